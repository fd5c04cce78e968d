import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../server/src/app/services.js';
import { ensureIndexes } from '../../server/src/db/connect.js';
import { drillFailures } from '../../server/src/common/metrics.js';
import { DrillModel, drillWrites, type DrillDoc } from '../../server/src/drills/drill.model.js';
import {
  createDrillService,
  type DrillService,
  type DrillServiceDeps,
} from '../../server/src/drills/drill.service.js';
import { IncidentModel, type IncidentDoc } from '../../server/src/incidents/incident.model.js';
import { commander, makeIncident } from '../support/factories.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { withDatabase } from '../support/server.js';

// Two races of the drill runner, staged without timers: the runner is paused by its
// `beforeStep` hook, and time is a fake clock moved by hand.

let now = new Date('2026-03-01T12:00:00.000Z');
let services: Services;

const minutes = (n: number) => n * 60_000;
const later = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

beforeAll(async () => {
  if (mongoose.connection.readyState === mongoose.ConnectionStates.connected)
    await mongoose.disconnect();
  await mongoose.connect(withDatabase(mongoUri(), uniqueDbName('drillraces')));
  await ensureIndexes();
  services = createServices({ clock: () => now });
});

afterAll(async () => {
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

/** A resolved source with updates at +10, +20 and +30 minutes (the last resolves it). */
async function source(): Promise<IncidentDoc> {
  const incident = await makeIncident(services, { startedAt: now });
  const incidentId = incident._id.toHexString();
  for (const [at, status] of [
    [10, 'IDENTIFIED'],
    [20, 'MONITORING'],
    [30, 'RESOLVED'],
  ] as const) {
    later(minutes(10));
    await services.updates.post(commander, {
      incidentId,
      status,
      body: `${status} at +${at} min`,
      createdAt: now,
    });
  }
  return incident;
}

/** A drill service as another instance (or this one, with hooks) would build it. */
function instance(extra: Partial<DrillServiceDeps> = {}): DrillService {
  return createDrillService({
    events: services.events,
    incidents: services.incidents,
    updates: services.updates,
    recovery: services.recovery,
    timeline: services.timeline,
    clock: () => now,
    cadence: { CRITICAL: 15, MAJOR: 30, MINOR: 60, NONE: 120 },
    ...extra,
  });
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** A heartbeat driven by hand: `fire` runs the current beat, if any, and awaits its renewal. */
function manualBeat() {
  let beat: (() => Promise<void>) | null = null;
  const every: NonNullable<DrillServiceDeps['every']> = (_ms, fn) => {
    beat = fn;
    return () => {
      if (beat === fn) beat = null;
    };
  };
  return { every, fire: async () => beat?.() };
}

/** Commits a drill's stop as a stop that died before resolving it would have left it. */
async function stoppedUnclosed(drill: DrillDoc): Promise<void> {
  await services.events.commit({
    type: 'INCIDENT_CHANGED',
    incidentId: drill.incidentId,
    resultId: drill.incidentId,
    idempotencyKey: `drill:${drill._id.toHexString()}:STOPPED`,
    ops: [drillWrites.set(drill._id, { state: 'STOPPED', endedAt: now, stoppedBy: 'Ana' })],
  });
}

/**
 * Starts a drill of `past` at 60× and makes every step due; `target.index` becomes its MONITORING
 * update, the step that, posted after a stop, would reopen the drill.
 */
async function startDue(drills: DrillService, past: IncidentDoc, target: { index: number }) {
  const started = await drills.start(commander, { incidentId: past._id.toHexString(), speed: 60 });
  const drill = await drillOf(started);
  target.index = drill.steps.findIndex((s) => s.kind === 'UPDATE' && s.status === 'MONITORING');
  expect(target.index).toBeGreaterThan(0);
  later(minutes(1)); // every step is due (30 min / 60 = 30 s)
  return { started, drill };
}

async function drillOf(incident: IncidentDoc): Promise<DrillDoc> {
  const drill = await DrillModel.findOne({ incidentId: incident._id }).lean<DrillDoc>().exec();
  if (!drill) throw new Error('no drill stored');
  return drill;
}

/** The drill incident's committed events in order, by what each one was. */
async function history(drill: DrillDoc): Promise<string[]> {
  const prefix = `drill:${drill._id.toHexString()}:`;
  const events = await services.events.forIncident(drill.incidentId);
  return events.map((event) => {
    const key = event.idempotencyKey ?? '';
    const at = key.indexOf(prefix);
    return at < 0 ? event.type : key.slice(at + prefix.length);
  });
}

describe('drill races', () => {
  it('should wait for the step in flight and post none after it when a stop comes while the runner posts', async () => {
    const past = await source();
    later(minutes(5));
    const target = { index: -1 };
    const paused = deferred();
    const resume = deferred();
    const stopWaiting = deferred();
    const drills = instance({
      beforeStep: async (_drill, index) => {
        if (index !== target.index) return;
        paused.resolve();
        await resume.promise;
      },
      sleep: async () => {
        stopWaiting.resolve();
        await new Promise<void>((r) => setImmediate(r));
      },
    });
    const started = await drills.start(commander, {
      incidentId: past._id.toHexString(),
      speed: 60,
    });
    const drill = await drillOf(started);
    // Pause on the MONITORING update: posted after the stop, it would reopen the drill.
    target.index = drill.steps.findIndex((s) => s.kind === 'UPDATE' && s.status === 'MONITORING');
    expect(target.index).toBeGreaterThan(0);
    later(minutes(1)); // every step is due (30 min / 60 = 30 s)

    const ticking = drills.tick();
    await paused.promise; // the runner has checked the drill and is about to post the step
    const stopping = drills.stop({ ...commander, name: 'Ana' }, started._id.toHexString());
    // A stop that does not wait settles first; one that does reaches its sleep.
    await Promise.race([stopping, stopWaiting.promise]);
    resume.resolve();
    const stopped = await stopping;
    await ticking;
    later(minutes(60));
    await drills.tick(); // a later pass posts nothing either

    expect(stopped.status).toBe('RESOLVED');
    const after = await services.incidents.getOrThrow(started._id.toHexString());
    expect(after.status).toBe('RESOLVED');
    const order = await history(drill);
    const stoppedAt = order.indexOf('STOPPED');
    expect(stoppedAt).toBeGreaterThan(0);
    // The step in flight landed before the stop; after it, only the stop's own resolve.
    expect(order.slice(stoppedAt)).toEqual(['STOPPED', 'stop']);
    expect(order).toContain(String(target.index));
    const updates = await services.incidents.updatesFor([started._id]);
    // (Their createdAt ties on the frozen clock: the event order above is the order.)
    expect(updates.filter((u) => u.status === 'RESOLVED').map((u) => u.body)).toEqual([
      'Drill stopped by Ana.',
    ]);
    const stored = await drillOf(started);
    expect(stored.state).toBe('STOPPED');
    expect(stored.next).toBe(target.index + 1);
    expect(stored.lock?.holder ?? null).toBeNull();
  });

  it('should resolve a stopped drill once when the instance that stopped it died before resolving', async () => {
    const past = await source();
    later(minutes(5));
    const first = instance({ owner: 'first' });
    const started = await first.start(commander, {
      incidentId: past._id.toHexString(),
      speed: 60,
    });
    later(15_000); // the first two updates are due (10 and 20 min at 60×: 10 s, 20 s)
    await first.tick();
    const drill = await drillOf(started);
    expect(drill.next).toBeGreaterThan(0);
    expect(drill.next).toBeLessThan(drill.steps.length);

    // The crash point: the stop committed STOPPED (as `stop` does, holding the drill's lock)
    // and died before posting the resolve.
    await stoppedUnclosed(drill);
    await DrillModel.updateOne(
      { _id: drill._id },
      { $set: { lock: { holder: 'stop:dead', expiresAt: new Date(now.getTime() + 5000) } } },
    );
    const open = await services.incidents.getOrThrow(started._id.toHexString());
    expect(open.status).not.toBe('RESOLVED');

    // Two instances come up. While the dead stop's lock holds, neither touches the drill.
    const a = instance({ owner: 'a' });
    const b = instance({ owner: 'b' });
    await Promise.all([a.tick(), b.tick()]);
    expect((await services.incidents.getOrThrow(started._id.toHexString())).status).not.toBe(
      'RESOLVED',
    );
    later(6000); // the lock has expired
    await Promise.all([a.tick(), b.tick()]);
    await Promise.all([a.tick(), b.tick()]);

    const closed = await services.incidents.getOrThrow(started._id.toHexString());
    expect(closed.status).toBe('RESOLVED');
    const updates = await services.incidents.updatesFor([started._id]);
    const resolves = updates.filter((u) => u.status === 'RESOLVED');
    expect(resolves.map((u) => u.body)).toEqual(['Drill stopped by Ana.']);
    const order = await history(drill);
    expect(order.filter((what) => what === 'stop')).toHaveLength(1);
    // Stopped means stopped: no step was posted after it.
    expect(order.slice(order.indexOf('STOPPED'))).toEqual(['STOPPED', 'stop']);
    const stored = await drillOf(started);
    expect(stored.state).toBe('STOPPED');
    expect(stored.closedAt).toBeInstanceOf(Date);
    expect(stored.lock?.holder ?? null).toBeNull();
  });

  it('should close a drill once and refuse to stop it when it finished normally', async () => {
    const past = await source();
    later(minutes(5));
    const drills = instance();
    const started = await drills.start(commander, {
      incidentId: past._id.toHexString(),
      speed: 60,
    });
    later(minutes(1));
    await drills.tick();
    await drills.tick();
    const stored = await drillOf(started);
    expect(stored.state).toBe('FINISHED');
    expect(stored.closedAt).toBeInstanceOf(Date);
    const updates = await services.incidents.updatesFor([started._id]);
    // The replay resolved it itself: no extra "drill finished" resolve.
    expect(updates.filter((u) => u.status === 'RESOLVED')).toHaveLength(1);
    await expect(drills.stop(commander, started._id.toHexString())).rejects.toThrow(
      /already finished/,
    );
  });

  it('should keep its lock and land the step before the stop when posting it outlasts the lock', async () => {
    const past = await source();
    later(minutes(5));
    const leaseMs = 5000;
    const beats = manualBeat();
    const target = { index: -1 };
    const paused = deferred();
    const resume = deferred();
    let pausedAt = 0;
    let polls = 0;
    const drills = instance({
      leaseMs,
      every: beats.every,
      beforeStep: async (_drill, index) => {
        if (index !== target.index) return;
        pausedAt = now.getTime();
        paused.resolve();
        await resume.promise;
      },
      // Each time the stop looks again, a quarter of the lock passes and the heartbeat beats;
      // past the lock's length the stalled post goes on.
      sleep: async () => {
        polls += 1;
        later(leaseMs / 4);
        await beats.fire();
        if (polls === 6) resume.resolve();
        await new Promise<void>((r) => setImmediate(r));
      },
    });
    const { started, drill } = await startDue(drills, past, target);

    const ticking = drills.tick();
    await paused.promise;
    const stopping = drills.stop({ ...commander, name: 'Ana' }, started._id.toHexString());
    // A stop that took the lock once it expired has nothing left to wait for: let the post go.
    void stopping.finally(() => resume.resolve()).catch(() => {});
    await stopping;
    await ticking;

    expect(now.getTime() - pausedAt).toBeGreaterThan(leaseMs);
    const order = await history(drill);
    const stoppedAt = order.indexOf('STOPPED');
    expect(order.indexOf(String(target.index))).toBeGreaterThan(-1);
    expect(order.indexOf(String(target.index))).toBeLessThan(stoppedAt);
    expect(order.slice(stoppedAt)).toEqual(['STOPPED', 'stop']);
    const stored = await drillOf(started);
    expect(stored.state).toBe('STOPPED');
    expect(stored.next).toBe(target.index + 1);
  });

  it('should not commit the step when another instance took the lock while it was being posted', async () => {
    const past = await source();
    later(minutes(5));
    const target = { index: -1 };
    const paused = deferred();
    const resume = deferred();
    const drills = instance({
      every: manualBeat().every,
      beforeStep: async (_drill, index) => {
        if (index !== target.index) return;
        paused.resolve();
        await resume.promise;
      },
    });
    // Its clock runs 6 s ahead: to it, the runner's lock has already expired.
    const skewed = instance({ clock: () => new Date(now.getTime() + 6000) });
    const { started, drill } = await startDue(drills, past, target);

    const ticking = drills.tick();
    await paused.promise;
    await skewed.stop({ ...commander, name: 'Ana' }, started._id.toHexString());
    resume.resolve();
    await ticking;

    const order = await history(drill);
    expect(order.slice(order.indexOf('STOPPED'))).toEqual(['STOPPED', 'stop']);
    expect(order).not.toContain(String(target.index));
    const updates = await services.incidents.updatesFor([started._id]);
    expect(updates.map((u) => u.status)).not.toContain('MONITORING');
    const stored = await drillOf(started);
    expect(stored.state).toBe('STOPPED');
    expect(stored.next).toBe(target.index);
    expect(stored.lock?.holder ?? null).toBeNull();
  });

  it('should advance a healthy drill and report each broken one when other drills fail', async () => {
    const past = await source();
    later(minutes(5));
    const drills = instance();
    const start = () => drills.start(commander, { incidentId: past._id.toHexString(), speed: 60 });
    // Stopped but never closed, and its incident deleted since: closing it throws.
    const ended = await drillOf(await start());
    await stoppedUnclosed(ended);
    await IncidentModel.deleteOne({ _id: ended.incidentId });
    // Running, its incident deleted: posting its first step throws.
    const running = await drillOf(await start());
    await IncidentModel.deleteOne({ _id: running.incidentId });
    const healthy = await drillOf(await start());
    later(minutes(1));
    const failuresBefore = await failureCounts();

    const reported: string[] = [];
    await drills.tick((_error, drillId) => reported.push(drillId));

    expect(reported.sort()).toEqual([ended._id.toHexString(), running._id.toHexString()].sort());
    const advanced = await drillOf(
      await services.incidents.getOrThrow(healthy.incidentId.toHexString()),
    );
    expect(advanced.next).toBe(advanced.steps.length);
    const failuresAfter = await failureCounts();
    expect(failuresAfter.close - failuresBefore.close).toBe(1);
    expect(failuresAfter.drive - failuresBefore.drive).toBe(1);
    // Without a reporter the pass still throws the failures, after every drill's turn.
    await expect(drills.tick()).rejects.toBeInstanceOf(AggregateError);
  });
});

async function failureCounts(): Promise<{ close: number; drive: number }> {
  const { values } = await drillFailures.get();
  const of = (phase: string) => values.find((v) => v.labels.phase === phase)?.value ?? 0;
  return { close: of('close'), drive: of('drive') };
}
