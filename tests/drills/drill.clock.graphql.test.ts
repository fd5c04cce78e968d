import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDoc } from '../../server/src/incidents/incident.model.js';
import { commander } from '../support/factories.js';
import { graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * A drill keeps its own time: its promises ("next update in 30 minutes") and its scenario clock
 * run at its speed, it starts with its source's headline flow and thresholds, and once stopped
 * or finished it promises nothing. The server runs on a clock this test moves, so every figure
 * is exact: at 600×, one real second is ten scenario minutes.
 */

const MIN = 60_000;
let nowMs = Date.parse('2024-03-01T09:00:00.000Z');
const clock = () => new Date(nowMs);
const at = (ms: number) => new Date(ms).toISOString();

const DRILL_VIEW = graphql(`
  query DrillClockView($id: ID!) {
    incident(id: $id) {
      status
      drill
      primaryFlow
      nextUpdateBy
      updates {
        status
        createdAt
        nextUpdateBy
      }
      recovery {
        flow
        threshold
      }
      drillRun {
        speed
        state
        startedAt
        endedAt
        sourceStartedAt
        scenarioDurationSeconds
        scenarioAt
        scenarioElapsedSeconds
        progress
      }
    }
  }
`);

const START = graphql(`
  mutation DrillClockStart($input: StartDrillInput!) {
    startDrill(input: $input) {
      id
    }
  }
`);

const STOP = graphql(`
  mutation DrillClockStop($id: ID!) {
    stopDrill(id: $id) {
      status
    }
  }
`);

let server: TestServer;
let source: IncidentDoc;
let sourceStart: number;

async function view(id: string) {
  const data = await ok(server.graphqlUrl, DRILL_VIEW, { id });
  if (!data.incident) throw new Error(`incident ${id} missing`);
  return data.incident;
}

/** Moves the server's clock on by `ms`, then lets the runner post what became due. */
async function advance(ms: number): Promise<void> {
  nowMs += ms;
  await server.app.services.drills.tick();
}

async function start(incidentId: string, speed: number): Promise<string> {
  const started = await ok(
    server.graphqlUrl,
    START,
    { input: { incidentId, speed } },
    server.tokens.COMMANDER,
  );
  return started.startDrill.id;
}

/** Each update's promise as a gap after it, newest first, in ms (null: none). */
const gaps = (updates: { createdAt: string; nextUpdateBy: string | null }[]) =>
  updates.map((u) =>
    u.nextUpdateBy === null ? null : Date.parse(u.nextUpdateBy) - Date.parse(u.createdAt),
  );

beforeAll(async () => {
  server = await startTestServer({ clock });
  const { services } = server.app;
  // The source, played live on the moved clock: three hours before the drills start.
  sourceStart = nowMs;
  source = await services.incidents.declare(commander, {
    title: 'Checkout outage of last month',
    impact: 'CRITICAL',
    body: 'Checkout is failing for most customers.',
  });
  const incidentId = source._id.toHexString();
  nowMs = sourceStart + 5 * MIN;
  // The first level flow recorded is sessions: without the copy it would head the drill.
  await services.recovery.record(commander, { incidentId, flow: 'sessions_flow', value: 40 });
  await services.recovery.record(commander, { incidentId, flow: 'checkout_errors', value: 12 });
  nowMs = sourceStart + 10 * MIN;
  await services.updates.post(commander, {
    incidentId,
    status: 'IDENTIFIED',
    body: 'A bad deploy; rolling back.',
    nextUpdateBy: new Date(nowMs + 20 * MIN),
  });
  nowMs = sourceStart + 15 * MIN;
  await services.recovery.setPrimaryFlow(commander, { incidentId, flow: 'sales_flow' });
  await services.recovery.setFlowThreshold(commander, {
    incidentId,
    flow: 'checkout_errors',
    threshold: 2,
  });
  await services.recovery.record(commander, { incidentId, flow: 'sales_flow', value: 50 });
  nowMs = sourceStart + 40 * MIN;
  await services.updates.post(commander, {
    incidentId,
    status: 'MONITORING',
    body: 'Recovering.',
    nextUpdateBy: null,
  });
  nowMs = sourceStart + 60 * MIN;
  await services.recovery.record(commander, { incidentId, flow: 'sales_flow', value: 95 });
  await services.recovery.record(commander, { incidentId, flow: 'checkout_errors', value: 1 });
  nowMs = sourceStart + 120 * MIN;
  await services.updates.post(commander, { incidentId, status: 'RESOLVED', body: 'Fixed.' });
  nowMs = sourceStart + 180 * MIN;
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

describe('a drill on its own clock', () => {
  it('should promise, tick and finish at its speed, headed by its source primary flow', async () => {
    const t0 = nowMs;
    const id = await start(source._id.toHexString(), 600);

    const opened = await view(id);
    expect(opened.primaryFlow).toBe('sales_flow');
    expect(opened.drillRun).toEqual({
      speed: 600,
      state: 'RUNNING',
      startedAt: at(t0),
      endedAt: null,
      sourceStartedAt: at(sourceStart),
      scenarioDurationSeconds: 7200,
      scenarioAt: at(sourceStart),
      scenarioElapsedSeconds: 0,
      progress: 0,
    });
    // The drill's opening update: the CRITICAL default of 30 minutes, in 3 s at 600×.
    expect(opened.nextUpdateBy).toBe(at(t0 + 3000));

    // One real second: ten scenario minutes, the source's opening and IDENTIFIED updates.
    await advance(1000);
    const early = await view(id);
    expect(early.drillRun).toMatchObject({
      scenarioAt: at(sourceStart + 10 * MIN),
      scenarioElapsedSeconds: 600,
    });
    expect(early.drillRun?.progress).toBeCloseTo(600 / 7200, 6);
    // Newest first: IDENTIFIED promised 20 minutes (2 s), the source's opening the 30-minute
    // default it was stored with (3 s), the drill's own opening 3 s.
    expect(early.updates.map((u) => u.status)).toEqual([
      'IDENTIFIED',
      'INVESTIGATING',
      'INVESTIGATING',
    ]);
    expect(gaps(early.updates)).toEqual([2000, 3000, 3000]);
    expect(early.nextUpdateBy).toBe(at(t0 + 1000 + 2000));
    expect(early.recovery[0]?.flow).toBe('sessions_flow');
    expect(early.recovery.find((s) => s.flow === 'checkout_errors')?.threshold).toBe(2);

    // Scenario 15 minutes: sales flow arrives and heads the board at once.
    await advance(500);
    expect((await view(id)).recovery[0]?.flow).toBe('sales_flow');

    // Scenario 40 minutes: MONITORING promised nothing upstream, so the default, at speed.
    await advance(2500);
    const monitoring = await view(id);
    expect(monitoring.updates[0]?.status).toBe('MONITORING');
    expect(gaps(monitoring.updates)[0]).toBe(3000);
    expect(monitoring.nextUpdateBy).toBe(at(t0 + 4000 + 3000));

    // Scenario 2 hours: resolved, finished, nothing promised; the clock stays at the end.
    await advance(8000);
    const done = await view(id);
    expect(done.status).toBe('RESOLVED');
    expect(done.nextUpdateBy).toBeNull();
    expect(done.drillRun).toMatchObject({
      state: 'FINISHED',
      endedAt: at(t0 + 12_000),
      scenarioAt: at(sourceStart + 120 * MIN),
      scenarioElapsedSeconds: 7200,
      progress: 1,
    });
    await advance(60_000);
    expect((await view(id)).drillRun).toEqual(done.drillRun);
  });

  it('should freeze the scenario clock where a commander stopped the drill', async () => {
    const t0 = nowMs;
    const id = await start(source._id.toHexString(), 60);
    // At 60×, a real minute is a scenario hour.
    await advance(60_000);
    const running = await view(id);
    expect(running.drillRun).toMatchObject({ state: 'RUNNING', scenarioElapsedSeconds: 3600 });
    expect(running.nextUpdateBy).not.toBeNull();

    await ok(server.graphqlUrl, STOP, { id }, server.tokens.COMMANDER);
    await advance(60_000);
    const stopped = await view(id);
    expect(stopped.status).toBe('RESOLVED');
    expect(stopped.nextUpdateBy).toBeNull();
    expect(stopped.drillRun).toMatchObject({
      state: 'STOPPED',
      endedAt: at(t0 + 60_000),
      scenarioAt: at(sourceStart + 60 * MIN),
      scenarioElapsedSeconds: 3600,
      progress: 0.5,
    });
  });

  it('should resolve a drill whose source was still open when its replay ends', async () => {
    const { services } = server.app;
    const open = await services.incidents.declare(commander, {
      title: 'Search is slow',
      impact: 'MINOR',
      body: 'Looking into slow search.',
    });
    nowMs += 30 * MIN;
    await services.updates.post(commander, {
      incidentId: open._id.toHexString(),
      status: 'IDENTIFIED',
      body: 'An index is missing.',
    });
    const id = await start(open._id.toHexString(), 3600);
    const opened = await view(id);
    // MINOR promises 120 minutes by default: 2 s at 3600×.
    expect(gaps(opened.updates)).toEqual([2000]);
    await advance(1000);
    const done = await view(id);
    expect(done.drillRun).toMatchObject({
      state: 'FINISHED',
      scenarioDurationSeconds: 1800,
      scenarioElapsedSeconds: 1800,
    });
    expect(done.status).toBe('RESOLVED');
    expect(done.nextUpdateBy).toBeNull();
    expect(done.updates[0]?.status).toBe('RESOLVED');
  });

  it('should report no drill run for a real incident', async () => {
    expect((await view(source._id.toHexString())).drillRun).toBeNull();
  });
});
