import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Types } from 'mongoose';
import type { StartDrillInput } from '../__generated__/resolvers-types.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { badInput, conflict, notFound } from '../common/errors.js';
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
}

export const minSpeed = 1;
export const maxSpeed = 3600;
/** Upper bound between two runs of the runner, so new drills and expired leases are seen soon. */
export const idleMs = 1000;

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

  async function setState(drill: DrillDoc, state: DrillDoc['state']): Promise<void> {
    await events.commit({
      type: 'INCIDENT_CHANGED',
      incidentId: drill.incidentId,
      resultId: drill.incidentId,
      idempotencyKey: `drill:${drill._id.toHexString()}:${state}`,
      ops: [drillWrites.set(drill._id, { state, endedAt: clock() })],
    });
  }

  /**
   * Resolves a drill's incident at its end when the replay left it open (a source still open when
   * the drill started): a finished rehearsal promises no update it will never post.
   */
  async function resolveAtEnd(drill: DrillDoc): Promise<void> {
    const incident = await incidents.getOrThrow(drill.incidentId.toHexString());
    if (incident.status === 'RESOLVED') return;
    await updates.post(runner, {
      incidentId: drill.incidentId.toHexString(),
      status: 'RESOLVED',
      body: 'Drill finished: every step of the incident it rehearses has been replayed.',
      idempotencyKey: `drill:${drill._id.toHexString()}:finish`,
    });
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
      await perform(drill, step, index);
      // Only the lease holder moves the drill on; having lost it, stop (the new holder's retry
      // of this step is answered by its idempotency key).
      const moved = await DrillModel.updateOne(
        { _id: drill._id, 'lease.owner': owner, next: index, state: 'RUNNING' },
        { $set: { next: index + 1 } },
      );
      if (moved.modifiedCount !== 1) return null;
      drill = { ...drill, next: index + 1 };
      const renewed = await claim(drill, clock());
      if (!renewed) return null;
      drill = renewed;
    }
    await resolveAtEnd(drill);
    await setState(drill, 'FINISHED');
    return null;
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
      const drill = await getByIncident(new Types.ObjectId(id));
      if (!drill) throw notFound('Drill', id);
      if (drill.state !== 'RUNNING')
        throw conflict(`The drill is already ${drill.state.toLowerCase()}`);
      await setState(drill, 'STOPPED');
      const incident = await incidents.getOrThrow(id);
      if (incident.status !== 'RESOLVED') {
        await updates.post(runner, {
          incidentId: id,
          status: 'RESOLVED',
          body: `Drill stopped by ${viewer.name ?? 'a commander'}.`,
          idempotencyKey: `drill:${drill._id.toHexString()}:stop`,
        });
      }
      return incidents.getOrThrow(id);
    },

    /**
     * One pass of the runner: drives every running drill this instance can claim. Returns the
     * milliseconds until the next step due here (at most `idleMs`).
     */
    async tick(): Promise<number> {
      const running = await DrillModel.find({ state: 'RUNNING' }).lean<DrillDoc[]>().exec();
      let wait = idleMs;
      for (const drill of running) {
        const next = await drive(drill);
        if (next !== null) wait = Math.min(wait, next);
      }
      return Math.max(0, wait);
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
