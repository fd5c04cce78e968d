import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, describe, expect, it } from 'vitest';
import { startFleet, type Fleet } from '../support/fleet.js';
import { graphql, ok } from '../support/graphql.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { startServerProcess, type ServerProcess } from '../support/process.js';
import { withDatabase } from '../support/server.js';

const admin = `boot_${randomBytes(24).toString('base64url')}`;
const uri = withDatabase(mongoUri(), uniqueDbName('storm'));
const env = { MONGODB_URI: uri, BOOTSTRAP_ADMIN_TOKEN: admin };
const DECLARE = graphql(`
  mutation StormDeclare {
    declareIncident(input: { title: "storm", impact: MAJOR, body: "b" }) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation StormRecord($id: ID!, $v: Float!) {
    recordRecovery(input: { incidentId: $id, flow: "orders", value: $v }) {
      value
    }
  }
`);
const wallboards = 500;
const started: ServerProcess[] = [];
let fleet: Fleet | null = null;

afterAll(async () => {
  fleet?.stop();
  await Promise.all(started.map((s) => s.stop('SIGKILL')));
  await mongoose.connect(uri);
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

async function start(extra: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServerProcess({ ...env, ...extra });
  started.push(server);
  return server;
}

describe('a reconnect storm after a restart', () => {
  it('should bring every wallboard every event, none twice, after SIGTERM and after SIGKILL', async () => {
    // B stays up and takes the writes, as a second instance behind the balancer would; the
    // wallboards are all on A, which is restarted under them.
    const writer = await start();
    let served = await start();
    const port = new URL(served.url).port;
    const { declareIncident } = await ok(`${writer.url}/graphql`, DECLARE, {}, admin);
    let value = 0;
    const record = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        value += 1;
        await ok(
          `${writer.url}/graphql`,
          RECORD,
          { id: declareIncident.id, v: value % 100 },
          admin,
        );
      }
    };
    fleet = await startFleet(
      `${served.url.replace('http://', 'ws://')}/graphql`,
      declareIncident.id,
      wallboards,
    );
    await record(1);
    await fleet.waitForAll(1, 60_000);
    fleet.reset();
    let expected = 0;
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      await served.stop(signal);
      expect(served.child.exitCode !== null || served.child.signalCode !== null).toBe(true);
      await record(5); // while the server is down
      served = await start({ PORT: port });
      await record(5); // while the wallboards storm back
      expected += 10;
      await fleet.waitForAll(expected, 120_000);
      expect(fleet.boards.filter((b) => b.doubled > 0)).toHaveLength(0);
      expect(fleet.boards.filter((b) => b.count !== expected)).toHaveLength(0);
    }
  }, 300_000);
});
