import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { Types } from 'mongoose';
import type { StartDrillInput } from '../__generated__/resolvers-types.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import { drillFailures } from '../common/metrics.js';
import { isObjectIdHex } from '../common/validate.js';
import type { EventLog } from '../events/event.log.js';
import type { IncidentDoc, IncidentService } from '../incidents/incident.service.js';
import type { CadenceDefaults, UpdateService } from '../incidents/update.service.js';
import type { RecoveryService } from '../recovery/recovery.service.js';
import type { TimelineService } from '../timeline/timeline.service.js';
import { DrillModel, drillWrites, type DrillDoc, type DrillStep } from './drill.model.js';
import { drillPromise, scenarioClock, type ScenarioClock } from './drill.clock.js';
import { drillPlan, scenarioLength } from './drill.plan.js';

export interface DrillServiceDeps {
  events: EventLog;
  incidents: IncidentService;
  updates: UpdateService;
  recovery: RecoveryService;
  timeline: TimelineService;
  clock: () => Date;
  /** Default promises per impact (UPDATE_CADENCE_MINUTES), kept on the drill's clock. */
  cadence: CadenceDefaults;
  /** This instance's name in leases; unique per process by default. */
  owner?: string;
  /** How long a claim holds without renewal: a dead instance's drills move on after this. */
  leaseMs?: number;
  /** How a stop waits for a step in flight to land (default: a timer); tests observe it. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Called by the runner once it holds the drill's lock for step `index`, just before posting it:
   * the window a concurrent stop used to slip into. Tests pause here; production passes nothing.
   */
  beforeStep?: (drill: DrillDoc, index: number) => Promise<void>;
  /**
   * Calls `beat` every `ms` until the returned function is called: the heartbeat renewing the
   * drill's lock while a step is posted (default: an unref'd interval). Tests beat by hand and
   * await the renewal `beat` returns.
   */
  every?: (ms: number, beat: () => Promise<void>) => () => void;
}

/** Reports a drill the runner could not move on in a pass; the pass goes on with the others. */
export type DrillFailureReport = (error: unknown, drillId: string) => void;

/** Thrown inside a step's post when the runner no longer holds the drill's lock. */
class LockLost extends Error {
  constructor() {
    super('the drill lock was lost while a step was being posted');
  }
}

const interval = (ms: number, beat: () => Promise<void>) => {
  const timer = setInterval(() => void beat(), ms);
  timer.unref();
  return () => clearInterval(timer);
};

export const minSpeed = 1;
export const maxSpeed = 3600;
/** Upper bound between two runs of the runner, so new drills and expired leases are seen soon. */
export const idleMs = 1000;
/** How often a stop looks again while a step is being posted. */
const stopPollMs = 25;

/** The drill runner posts as a commander of its own name, so every drill write is attributed. */
const runner: Viewer = { role: 'COMMANDER', name: 'drill', tokenId: null };

const titlePrefix = 'Drill: ';

/**
 * Drills: a past incident replayed as a new incident marked `drill`, step by step at `speed`×,
 * through the same service calls a person makes, so every screen and subscriber sees it live.
 * Progress is stored (the drill's `next` step), each step is an idempotent write keyed by the
 * drill and step, and one instance at a time drives a drill (a lease claimed atomically): a
 * restart continues where the drill was, and two instances never both post a step.
 */
export function createDrillService(deps: DrillServiceDeps) {
  const { events, incidents, updates, recovery, timeline, clock, cadence } = deps;
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const leaseMs = deps.leaseMs ?? 5000;
  const sleep = deps.sleep ?? ((ms: number) => delay(ms));
  const { beforeStep } = deps;
  const every = deps.every ?? interval;
  /** The pass in flight: passes of one instance run one at a time (they share its lock holder). */
  let passing: Promise<unknown> = Promise.resolve();

  async function getByIncident(incidentId: Types.ObjectId): Promise<DrillDoc | null> {
    return DrillModel.findOne({ incidentId }).lean<DrillDoc>().exec();
  }

  /** Claims (or renews) the lease on a running drill; null when another instance holds it. */
  async function claim(drill: DrillDoc, now: Date): Promise<DrillDoc | null> {
    return DrillModel.findOneAndUpdate(
      {
        _id: drill._id,
        state: 'RUNNING',
        $or: [
          { 'lease.owner': owner },
          { 'lease.owner': null },
          { 'lease.expiresAt': { $lt: now } },
        ],
      },
      { $set: { 'lease.owner': owner, 'lease.expiresAt': new Date(now.getTime() + leaseMs) } },
      { returnDocument: 'after' },
    )
      .lean<DrillDoc>()
      .exec();
  }

  /**
   * Takes the drill's write lock for `holder` when the drill still matches `where` (its state,
   * its step): one conditional write, so the check and the claim cannot be split by a stop. A
   * lock whose holder died is free once it expires. True when `holder` now holds it.
   */
  async function lock(
    drillId: Types.ObjectId,
    holder: string,
    where: { state: DrillDoc['state']; next?: number; 'lease.owner'?: string; closedAt?: null },
  ): Promise<boolean> {
    const now = clock();
    const taken = await DrillModel.updateOne(
      {
        _id: drillId,
        ...where,
        $or: [
          { 'lock.holder': null },
          { 'lock.holder': holder },
          { 'lock.expiresAt': { $lt: now } },
        ],
      },
      { $set: { 'lock.holder': holder, 'lock.expiresAt': new Date(now.getTime() + leaseMs) } },
    );
    return taken.matchedCount === 1;
  }

  /** Extends `holder`'s lock on the drill; false when it no longer holds it. */
  async function renew(drillId: Types.ObjectId, holder: string): Promise<Date | null> {
    const until = new Date(clock().getTime() + leaseMs);
    const renewed = await DrillModel.updateOne(
      { _id: drillId, 'lock.holder': holder },
      { $set: { 'lock.expiresAt': until } },
    );
    return renewed.matchedCount === 1 ? until : null;
  }

  /**
   * Posts step `index` while renewing the runner's lock every quarter of `leaseMs` (a post may
   * take longer than the lock lasts, and an expired lock is a stop's to take). Posts nothing once
   * a renewal finds the lock taken or it may have expired unrenewed, and each of the step's
   * events commits only after the lock is read back as still ours (`LockLost` otherwise). False
   * when the lock was lost, whether the step was posted is then up to its idempotency key.
   */
  async function postLocked(drill: DrillDoc, step: DrillStep, index: number): Promise<boolean> {
    let until: Date | null = new Date(clock().getTime() + leaseMs);
    const beat: { renewing: Promise<void> | null } = { renewing: null };
    const stopBeating = every(Math.max(1, Math.floor(leaseMs / 4)), () => {
      beat.renewing ??= renew(drill._id, owner)
        .then(
          (renewed) => {
            // Lost for good: a later beat must not take back a lock someone else has freed.
            if (until) until = renewed;
          },
          // Unreachable database: the lock simply runs out unless a later beat renews it.
          () => {},
        )
        .finally(() => (beat.renewing = null));
      return beat.renewing;
    });
    const held = () => until !== null && clock().getTime() < until.getTime();
    const stillOurs = async () => {
      const ours = await DrillModel.exists({
        _id: drill._id,
        state: 'RUNNING',
        next: index,
        'lock.holder': owner,
        'lock.expiresAt': { $gt: clock() },
      });
      if (!ours || !held()) throw new LockLost();
    };
    try {
      await beforeStep?.(drill, index);
      if (!held()) return false;
      await events.guarded(stillOurs, () => perform(drill, step, index));
      return true;
    } catch (error) {
      if (error instanceof LockLost) return false;
      throw error;
    } finally {
      stopBeating();
      await beat.renewing;
    }
  }

  async function unlock(drillId: Types.ObjectId, holder: string): Promise<void> {
    await DrillModel.updateOne(
      { _id: drillId, 'lock.holder': holder },
      { $set: { 'lock.holder': null, 'lock.expiresAt': null } },
    );
  }

  /** Posts one step through its domain's service, idempotently (a retry after a crash is a no-op). */
  async function perform(drill: DrillDoc, step: DrillStep, index: number): Promise<void> {
    const incidentId = drill.incidentId.toHexString();
    const idempotencyKey = `drill:${drill._id.toHexString()}:${index}`;
    switch (step.kind) {
      case 'COMPONENTS':
        await incidents.setAffectedComponents(runner, {
          incidentId,
          components: step.components.map((c) => ({
            componentId: c.componentId.toHexString(),
            status: c.status,
          })),
          idempotencyKey,
        });
        return;
      case 'UPDATE': {
        const status = step.status ?? 'INVESTIGATING';
        const { impact } = await incidents.getOrThrow(incidentId);
        // Posted at this instant and promising on the drill's clock (see `drillPromise`).
        const createdAt = clock();
        await updates.post(runner, {
          incidentId,
          status,
          body: step.body ?? '',
          createdAt,
          nextUpdateBy: drillPromise(createdAt, { ...step, status }, drill.speed, cadence[impact]),
          idempotencyKey,
        });
        return;
      }
      case 'SAMPLE':
        await recovery.record(runner, {
          incidentId,
          flow: step.flow ?? '',
          value: step.value ?? 0,
          note: step.note,
          idempotencyKey,
        });
        return;
      case 'TIMELINE':
        await timeline.add(runner, {
          incidentId,
          at: clock(),
          text: step.text ?? '',
          idempotencyKey,
        });
        return;
    }
  }

  const dueAt = (drill: DrillDoc, step: DrillStep) =>
    drill.startedAt.getTime() + step.offsetMs / drill.speed;

  async function setState(
    drill: DrillDoc,
    state: Exclude<DrillDoc['state'], 'RUNNING'>,
    stoppedBy: string | null = null,
  ): Promise<void> {
    await events.commit({
      type: 'INCIDENT_CHANGED',
      incidentId: drill.incidentId,
      resultId: drill.incidentId,
      idempotencyKey: `drill:${drill._id.toHexString()}:${state}`,
      ops: [drillWrites.set(drill._id, { state, endedAt: clock(), stoppedBy })],
    });
  }

  /**
   * Resolves an ended drill's incident if it is still open, then marks the drill closed; the
   * caller holds the drill's lock. A stopped drill is resolved as stopped; a finished one that the
   * replay left open (a source still open when the drill started) because a finished rehearsal
   * promises no update it will never post. Keyed per drill and end, so it is posted at most once
   * whoever gets here (the stop, the runner at the end, or any instance after a crash).
   */
  async function close(
    drill: DrillDoc,
    state: Exclude<DrillDoc['state'], 'RUNNING'>,
    stoppedBy: string | null,
  ): Promise<void> {
    const incident = await incidents.getOrThrow(drill.incidentId.toHexString());
    if (incident.status !== 'RESOLVED') {
      await updates.post(runner, {
        incidentId: drill.incidentId.toHexString(),
        status: 'RESOLVED',
        body:
          state === 'STOPPED'
            ? `Drill stopped by ${stoppedBy ?? 'a commander'}.`
            : 'Drill finished: every step of the incident it rehearses has been replayed.',
        idempotencyKey: `drill:${drill._id.toHexString()}:${state === 'STOPPED' ? 'stop' : 'finish'}`,
      });
    }
    await DrillModel.updateOne({ _id: drill._id, closedAt: null }, { $set: { closedAt: clock() } });
  }

  /**
   * Finishes ended drills whose incident was never closed (the instance that stopped or finished
   * them died before the resolve): each under its lock, so two instances do not both do it. A
   * drill that fails (its incident deleted, say) is reported and retried next pass; the others
   * are closed regardless.
   */
  async function closeEnded(report: DrillFailureReport): Promise<void> {
    const ended = await DrillModel.find({
      state: { $in: ['STOPPED', 'FINISHED'] },
      closedAt: null,
    })
      .lean<DrillDoc[]>()
      .exec();
    for (const drill of ended) {
      if (drill.state === 'RUNNING') continue;
      try {
        if (!(await lock(drill._id, owner, { state: drill.state, closedAt: null }))) continue;
        try {
          await close(drill, drill.state, drill.stoppedBy ?? null);
        } finally {
          await unlock(drill._id, owner);
        }
      } catch (error) {
        drillFailures.inc({ phase: 'close' });
        report(error, drill._id.toHexString());
      }
    }
  }

  /**
   * Drives one drill as far as its clock allows, while this instance holds its lease. Returns the
   * milliseconds until its next step is due, or null when it has nothing left to do here.
   */
  async function drive(found: DrillDoc): Promise<number | null> {
    let drill = await claim(found, clock());
    if (!drill) return null;
    while (drill.next < drill.steps.length) {
      const index = drill.next;
      const step = drill.steps[index];
      if (!step) break;
      const wait = dueAt(drill, step) - clock().getTime();
      if (wait > 0) return wait;
      // Still running, still ours, still at this step, and no stop in progress: checked and
      // locked in one write, so a stop waits for this step to land (and it is the last).
      if (!(await lock(drill._id, owner, { state: 'RUNNING', next: index, 'lease.owner': owner })))
        return null;
      let posted: boolean;
      try {
        posted = await postLocked(drill, step, index);
      } catch (error) {
        await unlock(drill._id, owner);
        throw error;
      }
      if (!posted) {
        await unlock(drill._id, owner);
        return null;
      }
      // Only the lease holder moves the drill on; having lost it, stop (the new holder's retry
      // of this step is answered by its idempotency key).
      const moved = await DrillModel.updateOne(
        {
          _id: drill._id,
          'lease.owner': owner,
          next: index,
          state: 'RUNNING',
          'lock.holder': owner,
        },
        { $set: { next: index + 1, 'lock.holder': null, 'lock.expiresAt': null } },
      );
      if (moved.modifiedCount !== 1) {
        await unlock(drill._id, owner);
        return null;
      }
      drill = { ...drill, next: index + 1 };
      const renewed = await claim(drill, clock());
      if (!renewed) return null;
      drill = renewed;
    }
    const end = drill.steps.length;
    if (!(await lock(drill._id, owner, { state: 'RUNNING', next: end, 'lease.owner': owner })))
      return null;
    try {
      // Resolved before it is marked finished: a crash between the two finishes it here again.
      await close(drill, 'FINISHED', null);
      await setState(drill, 'FINISHED');
    } finally {
      await unlock(drill._id, owner);
    }
    return null;
  }

  /** One pass of the runner (see `tick`). */
  async function pass(report?: DrillFailureReport): Promise<number> {
    const failures: unknown[] = [];
    const note: DrillFailureReport =
      report ??
      ((error) => {
        failures.push(error);
      });
    await closeEnded(note);
    const running = await DrillModel.find({ state: 'RUNNING' }).lean<DrillDoc[]>().exec();
    let wait = idleMs;
    for (const drill of running) {
      try {
        const next = await drive(drill);
        if (next !== null) wait = Math.min(wait, next);
      } catch (error) {
        drillFailures.inc({ phase: 'drive' });
        note(error, drill._id.toHexString());
      }
    }
    if (failures.length > 0) throw new AggregateError(failures, 'some drills failed this pass');
    return Math.max(0, wait);
  }

  return {
    owner,

    get: getByIncident,

    /** A drill incident's scenario clock at `now`; null for a real incident. */
    async clockOf(incidentId: Types.ObjectId, now: Date): Promise<ScenarioClock | null> {
      const drill = await getByIncident(incidentId);
      if (!drill) return null;
      const sourceStartedAt =
        drill.sourceStartedAt ??
        (await incidents.get(drill.sourceId.toHexString()))?.startedAt ??
        drill.startedAt;
      return scenarioClock({ ...drill, sourceStartedAt }, now);
    },

    async start(viewer: Viewer, input: StartDrillInput): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'startDrill');
      if (!Number.isFinite(input.speed) || input.speed < minSpeed || input.speed > maxSpeed) {
        throw badInput('speed', `must be a number from ${minSpeed} to ${maxSpeed}`);
      }
      const source = await incidents.getOrThrow(input.incidentId);
      if (source.drill === true)
        throw conflict('A drill cannot be replayed; start from the incident it rehearses');
      const [sourceUpdates, samples, events_] = await Promise.all([
        incidents.updatesFor([source._id]),
        recovery.samplesFor([source._id]),
        timeline.eventsFor([source._id]),
      ]);
      const steps = drillPlan({
        incident: source,
        updates: sourceUpdates,
        samples,
        timeline: events_,
      });
      const now = clock();
      const drillId = new Types.ObjectId();
      // The headline flow and thresholds as the source has them, so the drill's headline is
      // right from its first sample (an unset primary is the source's default, frozen).
      const settings = {
        primaryFlow: recovery.primaryFlowOf(source, samples),
        flowThresholds: (source.flowThresholds ?? []).map((t) => ({
          flow: t.flow,
          value: t.value,
        })),
      };
      const opening = { status: 'INVESTIGATING' as const, promiseMs: null };
      const title = `${titlePrefix}${source.title}`.slice(0, 200);
      return incidents.declare(
        viewer,
        {
          title,
          impact: source.impact,
          status: 'INVESTIGATING',
          body: `Drill of "${source.title}" at ${input.speed}× speed: a rehearsal, not a real incident.`,
          startedAt: now,
        },
        {
          drillOf: source._id,
          promise: (createdAt) =>
            drillPromise(createdAt, opening, input.speed, cadence[source.impact]),
          ops: (incidentId) => [
            incidents.settingsWrite(incidentId, settings, now),
            drillWrites.insert({
              _id: drillId,
              incidentId,
              sourceId: source._id,
              speed: input.speed,
              startedAt: now,
              steps,
              next: 0,
              state: 'RUNNING',
              endedAt: null,
              sourceStartedAt: source.startedAt,
              scenarioMs: scenarioLength({ incident: source }, steps),
              lease: { owner: null, expiresAt: null },
              createdAt: now,
            }),
          ],
        },
      );
    },

    async stop(viewer: Viewer, id: string): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'stopDrill');
      if (!isObjectIdHex(id)) throw notFound('Drill', id);
      const incidentId = new Types.ObjectId(id);
      // The stop takes the drill's lock: a step being posted lands first (the runner holds the
      // lock from its check to its commit), and none is posted after. Bounded by the lock's
      // expiry, after which a dead runner's lock is free.
      const holder = `stop:${owner}:${randomBytes(4).toString('hex')}`;
      const attempts = Math.ceil(leaseMs / stopPollMs) + 2;
      let drill: DrillDoc | null = null;
      for (let attempt = 0; drill === null; attempt++) {
        const found = await getByIncident(incidentId);
        if (!found) throw notFound('Drill', id);
        if (found.state !== 'RUNNING')
          throw conflict(`The drill is already ${found.state.toLowerCase()}`);
        if (await lock(found._id, holder, { state: 'RUNNING' })) drill = found;
        else if (attempt >= attempts)
          throw conflict('The drill is busy posting a step; try stopping it again');
        else await sleep(stopPollMs);
      }
      const stoppedBy = (viewer.name ?? 'a commander').slice(0, 200);
      try {
        await setState(drill, 'STOPPED', stoppedBy);
        await close(drill, 'STOPPED', stoppedBy);
      } finally {
        await unlock(drill._id, holder);
      }
      return incidents.getOrThrow(id);
    },

    /**
     * One pass of the runner: closes ended drills and drives every running drill this instance
     * can claim. A drill that fails is handed to `report` (and counted) and the pass goes on, so
     * one broken drill never holds up the others; without `report`, the pass throws the failures
     * once every drill has had its turn. Returns the milliseconds until the next step due here
     * (at most `idleMs`; a failed drill is retried by a later pass).
     */
    tick(report?: DrillFailureReport): Promise<number> {
      const run = passing.then(() => pass(report));
      passing = run.catch(() => {});
      return run;
    },

    /** Gives up this instance's leases (on shutdown), so another instance takes over at once. */
    async release(): Promise<void> {
      await DrillModel.updateMany(
        { 'lease.owner': owner },
        { $set: { 'lease.owner': null, 'lease.expiresAt': null } },
      );
    },
  };
}

export type DrillService = ReturnType<typeof createDrillService>;
