import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, ok } from '../support/graphql.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { startServerProcess, type ServerProcess } from '../support/process.js';
import { withDatabase } from '../support/server.js';
import { subscribeEvents } from '../support/ws.js';

const admin = `boot_${randomBytes(24).toString('base64url')}`;
const DECLARE = graphql(`
  mutation MultiDeclare {
    declareIncident(input: { title: "multi", impact: MAJOR, body: "seen everywhere?" }) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation MultiRecord($id: ID!, $v: Float!) {
    recordRecovery(input: { incidentId: $id, flow: "orders", value: $v }) {
      value
    }
  }
`);
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  const env = {
    MONGODB_URI: withDatabase(mongoUri(), uniqueDbName('multi')),
    BOOTSTRAP_ADMIN_TOKEN: admin,
  };
  [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
});

afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
});

const ws = (server: ServerProcess) => `${server.url.replace(/^http/, 'ws')}/graphql`;

describe('two server processes on one database', () => {
  it('should deliver a mutation made on A to subscribers of B and of A, in order, once', async () => {
    const onB = subscribeEvents(ws(b));
    const onA = subscribeEvents(ws(a));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const declared = await ok(`${a.url}/graphql`, DECLARE, {}, admin);
    const id = declared.declareIncident.id;
    for (let i = 1; i <= 10; i += 1) {
      const target = i % 2 === 0 ? a : b;
      await ok(`${target.url}/graphql`, RECORD, { id, v: i * 10 }, admin);
    }
    for (const stream of [onA, onB]) {
      const events = await stream.waitFor(11, 15_000);
      expect(events[0]?.type).toBe('INCIDENT_DECLARED');
      expect(events.slice(1).map((e) => e.sample?.value)).toEqual([
        10, 20, 30, 40, 50, 60, 70, 80, 90, 100,
      ]);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(onA.received).toHaveLength(11);
    expect(onB.received).toHaveLength(11);
    expect(onB.received.map((e) => e.cursor)).toEqual(onA.received.map((e) => e.cursor));
    await Promise.all([onA.close(), onB.close()]);
  });
});
