import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql, ok, post } from '../support/graphql.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { startServerProcess, type ServerProcess } from '../support/process.js';
import { withDatabase } from '../support/server.js';

const admin = `boot_${randomBytes(24).toString('base64url')}`;
const uri = withDatabase(mongoUri(), uniqueDbName('crash'));
const env = { MONGODB_URI: uri, BOOTSTRAP_ADMIN_TOKEN: admin };
const DECLARE = graphql(`
  mutation CrashDeclare {
    declareIncident(input: { title: "crash", impact: MAJOR, body: "b" }) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation CrashRecord($id: ID!, $v: Float!) {
    recordRecovery(input: { incidentId: $id, flow: "orders", value: $v }) {
      value
    }
  }
`);
const SAMPLES = graphql(`
  query CrashSamples($id: ID!) {
    incident(id: $id) {
      recovery {
        samples {
          value
        }
      }
    }
  }
`);
let restarted: ServerProcess | null = null;

/** The sample id an event's refs point at, as a string ('' when absent). */
function sampleIdOf(refs: unknown): string {
  if (typeof refs !== 'object' || refs === null || !('sampleId' in refs)) return '';
  return String(refs.sampleId);
}

afterAll(async () => {
  await restarted?.stop();
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

describe('a server killed with SIGKILL in the middle of writes', () => {
  it('should come back with every event matched by its change and every change by its event', async () => {
    const first = await startServerProcess(env);
    const declared = await ok(`${first.url}/graphql`, DECLARE, {}, admin);
    const id = declared.declareIncident.id;
    let acknowledged = 0;
    let value = 0;
    // 16 writers in flight; the kill lands wherever they are, between any two writes.
    const writers = Array.from({ length: 16 }, async () => {
      for (;;) {
        value += 1;
        const result = await post(
          `${first.url}/graphql`,
          RECORD,
          { id, v: value % 1000 },
          admin,
        ).catch(() => null);
        if (!result || result.errors.length > 0) return;
        acknowledged += 1;
      }
    });
    while (acknowledged < 60) await new Promise((resolve) => setTimeout(resolve, 5));
    await first.stop('SIGKILL');
    await Promise.all(writers);

    restarted = await startServerProcess(env);
    await mongoose.connect(uri);
    const events = mongoose.connection.collection('events');
    const samples = mongoose.connection.collection('recovery_samples');
    expect(await events.countDocuments({ committed: false })).toBe(0);
    const recorded = await events.find({ type: 'RECOVERY_RECORDED' }).toArray();
    const stored = await samples.find({}).toArray();
    const sampleIds = new Set(stored.map((s) => String(s['_id'])));
    const eventSampleIds = new Set(recorded.map((e) => sampleIdOf(e['refs'])));
    expect([...eventSampleIds].filter((sid) => !sampleIds.has(sid))).toEqual([]);
    expect([...sampleIds].filter((sid) => !eventSampleIds.has(sid))).toEqual([]);
    expect(stored.length).toBeGreaterThanOrEqual(acknowledged);
    const seqs = recorded.map((e) => Number(e['seq'])).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(seqs.length);

    const data = await ok(`${restarted.url}/graphql`, SAMPLES, { id });
    expect(data.incident?.recovery[0]?.samples.length).toBe(stored.length);
  });
});
