import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIncidentInput } from '../../server/src/seed/demo.js';
import { graphql, ok } from '../support/graphql.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { startServerProcess, type ServerProcess } from '../support/process.js';
import { withDatabase } from '../support/server.js';
import { subscribeEvents, type LiveEventResult } from '../support/ws.js';

const admin = `boot_${randomBytes(24).toString('base64url')}`;

const SOURCE = graphql(`
  query DrillSource {
    incidents(first: 1, filter: { drill: false }) {
      edges {
        node {
          id
          startedAt
          resolvedAt
          updates {
            body
          }
          recovery {
            samples {
              value
            }
          }
          timeline {
            text
          }
        }
      }
    }
  }
`);

const START = graphql(`
  mutation StartDrill($input: StartDrillInput!) {
    startDrill(input: $input) {
      id
      drill
      title
      drillOf {
        id
      }
    }
  }
`);

const DRILL_STATE = graphql(`
  query DrillState($id: ID!) {
    incident(id: $id) {
      status
      drill
      updates {
        body
      }
      recovery {
        samples {
          value
        }
      }
      timeline {
        text
      }
    }
    incidentStats {
      count
    }
    incidents {
      totalCount
    }
    drills: incidents(filter: { drill: true }) {
      totalCount
    }
  }
`);

const env = () => ({
  MONGODB_URI: withDatabase(mongoUri(), uniqueDbName('drill')),
  BOOTSTRAP_ADMIN_TOKEN: admin,
});
const ws = (server: ServerProcess) => `${server.url.replace(/^http/, 'ws')}/graphql`;
const gql = (server: ServerProcess) => `${server.url}/graphql`;

async function seeded(server: ServerProcess) {
  const data = await ok(gql(server), SOURCE, {});
  const source = data.incidents.edges[0]?.node;
  if (!source) throw new Error('no seed incident');
  return source;
}

/** The drill's steps and the two events around them: its declaration and its FINISHED state. */
function expectedEvents(source: Awaited<ReturnType<typeof seeded>>): number {
  const samples = source.recovery.reduce((n, s) => n + s.samples.length, 0);
  return 1 + source.updates.length + samples + source.timeline.length + 1;
}

async function waitUntilResolved(server: ServerProcess, id: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const data = await ok(gql(server), DRILL_STATE, { id });
    if (data.incident?.status === 'RESOLVED') return data;
    if (Date.now() > deadline) throw new Error(`drill not resolved in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Every step once, in the order of the source, and nothing else. */
function expectFaithful(
  drill: NonNullable<Awaited<ReturnType<typeof waitUntilResolved>>['incident']>,
  source: Awaited<ReturnType<typeof seeded>>,
) {
  // Newest first, like the source; the drill adds its own opening update at the end.
  expect(drill.updates.slice(0, -1).map((u) => u.body)).toEqual(source.updates.map((u) => u.body));
  expect(drill.timeline.map((t) => t.text)).toEqual(source.timeline.map((t) => t.text));
  const values = (r: { samples: { value: number }[] }[]) =>
    r.flatMap((s) => s.samples.map((x) => x.value)).sort((a, b) => a - b);
  expect(values(drill.recovery)).toEqual(values(source.recovery));
}

describe('drills', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  const shared = env();

  beforeAll(async () => {
    a = await startServerProcess({ ...shared, SEED_DEMO: 'true' });
    b = await startServerProcess(shared);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
  });

  it('should play the seed at 600× in under a minute, every event once and in order, with two instances', async () => {
    const source = await seeded(a);
    const stream = subscribeEvents(ws(b));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const began = Date.now();
    const started = await ok(
      gql(a),
      START,
      { input: { incidentId: source.id, speed: 600 } },
      admin,
    );
    expect(started.startDrill).toMatchObject({ drill: true, drillOf: { id: source.id } });
    const id = started.startDrill.id;
    const state = await waitUntilResolved(b, id, 70_000);
    const elapsed = Date.now() - began;
    expect(elapsed).toBeLessThan(60_000);
    if (!state.incident) throw new Error('drill incident missing');
    expectFaithful(state.incident, source);

    const mine = (e: LiveEventResult) => e.incidentId === id;
    const expected = expectedEvents(source);
    await stream.waitFor(expected, 10_000).catch(() => undefined);
    const events = stream.received.filter(mine);
    expect(events).toHaveLength(expected);
    const cursors = events.map((e) => e.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(events[0]?.type).toBe('INCIDENT_DECLARED');
    const posted = events.flatMap((e) => (e.update ? [e.update.body] : []));
    expect(posted.slice(1)).toEqual([...source.updates].reverse().map((u) => u.body));
    await stream.close();

    // Drills stay out of the figures and of history unless asked for.
    expect(state.incidentStats.count).toBe(1);
    expect(state.incidents.totalCount).toBe(1);
    expect(state.drills.totalCount).toBe(1);
    expect(demoIncidentInput().updates).toHaveLength(source.updates.length);
  }, 120_000);

  it('should lose and double nothing when the instance driving a drill is killed mid-way', async () => {
    const source = await seeded(a);
    const started = await ok(
      gql(b),
      START,
      { input: { incidentId: source.id, speed: 3600 } },
      admin,
    );
    const id = started.startDrill.id;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // Whoever holds the lease, both die without a word; one comes back on the same database.
    await Promise.all([a.stop('SIGKILL'), b.stop('SIGKILL')]);
    a = await startServerProcess(shared);
    b = await startServerProcess(shared);
    const state = await waitUntilResolved(a, id, 60_000);
    if (!state.incident) throw new Error('drill incident missing');
    expectFaithful(state.incident, source);
    expect(state.drills.totalCount).toBe(2);
  }, 180_000);
});
