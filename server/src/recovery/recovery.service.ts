import { Types } from 'mongoose';
import type {
  RecordRecoveryInput,
  SetFlowThresholdInput,
  SetPrimaryFlowInput,
} from '../__generated__/resolvers-types.js';
import { badInput } from '../common/errors.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import {
  checkTime,
  fieldPath,
  optionalText,
  scopedKey,
  type WriteContext,
} from '../common/validate.js';
import type { EventLog } from '../events/event.log.js';
import type { WriteOp } from '../events/writer.js';
import type { IncidentDoc, IncidentService } from '../incidents/incident.service.js';
import { flowKind } from './flow.kind.js';
import { marksOf, timesFromMarks, type MarkedSample, type StoredMarks } from './milestone.marks.js';
import { primaryFlowOf, recoveryTimes, toSeries, type RecoveryTimes } from './series.js';
import {
  SampleModel,
  flowPattern,
  flowRule,
  maxNote,
  maxValue,
  sampleWrites,
  type SampleDoc,
} from './recovery.model.js';

export type { RecoverySeriesView, SampleDoc } from './recovery.model.js';
export { toSeries } from './series.js';
export { milestones, peak, trendPerHour } from './analytics.js';

export interface RecoveryServiceDeps {
  events: EventLog;
  incidents: IncidentService;
  clock: () => Date;
}

/** One sample to record: from `recordRecovery` (time optional) or from an import. */
export interface SampleInput {
  flow: string;
  value: number;
  at?: Date | null | undefined;
  note?: string | null | undefined;
}

/** A prepared write: the id of what it creates and the ops that create it. */
export interface Prepared {
  id: Types.ObjectId;
  ops: WriteOp[];
}

/**
 * The rules of one recovery sample, stated once: `recordRecovery` and `importIncident` both
 * prepare samples here, through the service's `prepareSamples` (which adds the milestone marks). Errors name the field under `context.path` (e.g. `recovery[3].flow`).
 */
export function prepareSample(
  input: SampleInput,
  context: WriteContext,
): Prepared & { sample: SampleDoc } {
  const field = fieldPath(context.path);
  const { now, incident } = context;
  if (!flowPattern.test(input.flow)) {
    throw badInput(field('flow'), flowRule);
  }
  if (!Number.isFinite(input.value) || input.value < 0 || input.value > maxValue) {
    throw badInput(field('value'), `must be a finite percentage from 0 to ${maxValue}`);
  }
  const at = input.at
    ? checkTime(field('at'), input.at, { now, notBefore: incident.startedAt })
    : now;
  if (at.getTime() < incident.startedAt.getTime())
    throw badInput(field('at'), 'must not be before the incident started');
  const note = optionalText(field('note'), input.note, maxNote);
  const id = new Types.ObjectId();
  const sample: SampleDoc = {
    _id: id,
    incidentId: incident._id,
    flow: input.flow,
    value: input.value,
    at,
    note,
  };
  return { id, sample, ops: [sampleWrites.insert(sample)] };
}

/** Samples prepared together, with the one write that moves the incident's milestone marks. */
export interface PreparedSamples {
  ids: Types.ObjectId[];
  ops: WriteOp[];
}

/** An incident as `recoveryTimes` reads it: its settings, start, and marks when it has them. */
export type TimedIncident = StoredMarks & {
  _id: Types.ObjectId;
  milestonesVersion?: number | undefined;
};

/** Checks a flow name for a setting: well-formed and of the kind the setting applies to. */
function checkFlowOfKind(field: string, flow: string, kind: 'LEVEL' | 'RATE'): string {
  if (!flowPattern.test(flow)) {
    throw badInput(field, 'must match ^[a-z][a-z0-9_]{0,39}$ (e.g. sales_flow)');
  }
  if (flowKind(flow) !== kind) {
    throw badInput(
      field,
      kind === 'LEVEL'
        ? 'names a rate ("lower is better"); the headline must be a recovery level such as sales_flow'
        : 'names a recovery level; thresholds are for rates such as order_cancellations',
    );
  }
  return flow;
}

/** The primary flow an import or a setting may name (a level flow), or null for the default. */
export function checkPrimaryFlow(field: string, flow: string | null | undefined): string | null {
  return flow === null || flow === undefined ? null : checkFlowOfKind(field, flow, 'LEVEL');
}

/** The part of each sample the milestones read, grouped by incident (hex id). */
async function samplesByIncident(
  ids: readonly Types.ObjectId[],
): Promise<Map<string, MarkedSample[]>> {
  const samples = await SampleModel.find(
    { incidentId: { $in: ids } },
    { incidentId: 1, flow: 1, value: 1, at: 1 },
  )
    .lean<Pick<SampleDoc, '_id' | 'incidentId' | 'flow' | 'value' | 'at'>[]>()
    .exec();
  const byIncident = new Map<string, MarkedSample[]>();
  for (const sample of samples) {
    const key = sample.incidentId.toHexString();
    const list = byIncident.get(key) ?? [];
    list.push(sample);
    byIncident.set(key, list);
  }
  return byIncident;
}

/** The primary-flow milestones computed from every sample: the definition the marks must equal. */
async function timesFromSamples(
  list: readonly TimedIncident[],
): Promise<Map<string, RecoveryTimes>> {
  const samples = await samplesByIncident(list.map((i) => i._id));
  return new Map(
    list.map((incident) => {
      const key = incident._id.toHexString();
      return [key, recoveryTimes(incident, samples.get(key) ?? [])];
    }),
  );
}

/** How many incidents one pass of the marks backfill reads the samples of. */
const backfillBatch = 200;

/** Recovery percentages per business flow. */
export function createRecoveryService({ events, incidents, clock }: RecoveryServiceDeps) {
  /**
   * Every sample write of an incident goes through here (recordRecovery, import, and so a
   * drill's replay): the samples, checked one by one (`context.path` names the list, each entry
   * its index), and one `$min` of the incident's milestone marks, in the same event.
   */
  function prepareSamples(inputs: readonly SampleInput[], context: WriteContext): PreparedSamples {
    const prepared = inputs.map((input, i) =>
      prepareSample(input, {
        now: context.now,
        incident: context.incident,
        ...(context.path === undefined ? {} : { path: `${context.path}[${i}]` }),
      }),
    );
    const ops = prepared.flatMap((p) => p.ops);
    const marks = marksOf(prepared.map((p) => p.sample));
    // Samples below 50 % of a rate flow move no mark: then there is nothing to lower.
    if (marks.firstLevelSample !== undefined || Object.keys(marks.milestoneMarks).length > 0)
      ops.push(incidents.marksWrite(context.incident._id, marks));
    return { ids: prepared.map((p) => p.id), ops };
  }

  return {
    prepareSamples,

    getMany(ids: readonly Types.ObjectId[]): Promise<SampleDoc[]> {
      return SampleModel.find({ _id: { $in: ids } })
        .lean<SampleDoc[]>()
        .exec();
    },

    samplesFor(incidentIds: readonly Types.ObjectId[]): Promise<SampleDoc[]> {
      return SampleModel.find({ incidentId: { $in: incidentIds } })
        .sort({ at: 1, _id: 1 })
        .lean<SampleDoc[]>()
        .exec();
    },

    checkPrimaryFlow,
    toSeries,
    primaryFlowOf,

    /**
     * Each incident's primary-flow milestones, in seconds since its start, by incident id: from
     * its marks when they are complete, else (an incident the backfill has not reached yet)
     * from its samples.
     */
    async recoveryTimes(list: readonly TimedIncident[]): Promise<Map<string, RecoveryTimes>> {
      const times = new Map<string, RecoveryTimes>();
      const unmarked: TimedIncident[] = [];
      for (const incident of list) {
        if (incident.milestonesVersion === incidents.milestonesVersion)
          times.set(incident._id.toHexString(), timesFromMarks(incident));
        else unmarked.push(incident);
      }
      if (unmarked.length === 0) return times;
      for (const [key, value] of await timesFromSamples(unmarked)) times.set(key, value);
      return times;
    },

    /**
     * Completes the milestone marks of incidents stored before marks existed, a batch at a
     * time; returns how many it completed. Run once at start (every instance may: it is
     * idempotent); until it finishes, `recoveryTimes` reads those incidents' samples. Stops
     * between batches once `signal` aborts.
     */
    async backfillMarks(signal?: AbortSignal): Promise<number> {
      let done = 0;
      while (signal?.aborted !== true) {
        const batch = await incidents.unmarked(backfillBatch);
        if (batch.length === 0) return done;
        const samples = await samplesByIncident(batch.map((i) => i._id));
        await incidents.completeMarks(
          batch.map((i) => ({
            id: i._id,
            marks: marksOf(samples.get(i._id.toHexString()) ?? []),
          })),
        );
        done += batch.length;
      }
      return done;
    },

    async setPrimaryFlow(viewer: Viewer, input: SetPrimaryFlowInput): Promise<IncidentDoc> {
      requireRole(viewer, 'RESPONDER', 'setPrimaryFlow');
      const incident = await incidents.getOrThrow(input.incidentId);
      const primaryFlow = checkFlowOfKind('flow', input.flow, 'LEVEL');
      const { resultId } = await events.commit({
        type: 'INCIDENT_CHANGED',
        incidentId: incident._id,
        resultId: incident._id,
        refs: { flow: primaryFlow },
        ops: [incidents.settingsWrite(incident._id, { primaryFlow }, clock())],
      });
      return incidents.getOrThrow(resultId.toHexString());
    },

    async setFlowThreshold(viewer: Viewer, input: SetFlowThresholdInput): Promise<IncidentDoc> {
      requireRole(viewer, 'RESPONDER', 'setFlowThreshold');
      const incident = await incidents.getOrThrow(input.incidentId);
      const flow = checkFlowOfKind('flow', input.flow, 'RATE');
      const threshold = input.threshold ?? null;
      if (
        threshold !== null &&
        (!Number.isFinite(threshold) || threshold < 0 || threshold > maxValue)
      ) {
        throw badInput(
          'threshold',
          `must be a percentage from 0 to ${maxValue}, or null to clear it`,
        );
      }
      const others = (incident.flowThresholds ?? []).filter((t) => t.flow !== flow);
      const flowThresholds = threshold === null ? others : [...others, { flow, value: threshold }];
      const { resultId } = await events.commit({
        type: 'INCIDENT_CHANGED',
        incidentId: incident._id,
        resultId: incident._id,
        refs: { flow },
        ops: [incidents.settingsWrite(incident._id, { flowThresholds }, clock())],
      });
      return incidents.getOrThrow(resultId.toHexString());
    },

    async record(viewer: Viewer, input: RecordRecoveryInput): Promise<SampleDoc> {
      requireRole(viewer, 'RESPONDER', 'recordRecovery');
      const key = scopedKey('recordRecovery', input.idempotencyKey);
      const previous = await events.previous(key);
      if (previous) return sampleWrites.reread(previous);
      const incident = await incidents.getOrThrow(input.incidentId);
      const prepared = prepareSamples([input], { now: clock(), incident });
      const [id] = prepared.ids;
      if (!id) throw new Error('unreachable: one sample prepared');
      const { resultId } = await events.commit({
        type: 'RECOVERY_RECORDED',
        incidentId: incident._id,
        resultId: id,
        idempotencyKey: key,
        refs: { sampleId: id, flow: input.flow },
        ops: prepared.ops,
      });
      return sampleWrites.reread(resultId);
    },
  };
}

export type RecoveryService = ReturnType<typeof createRecoveryService>;
