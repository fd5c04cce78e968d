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
import {
  primaryFlowOf,
  recoveryTimes,
  toSeries,
  type FlowSettings,
  type RecoveryTimes,
} from './series.js';
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
 * prepare samples here. Errors name the field under `context.path` (e.g. `recovery[3].flow`).
 */
export function prepareSample(input: SampleInput, context: WriteContext): Prepared {
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
  return { id, ops: [sampleWrites.insert(sample)] };
}

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

/** Recovery percentages per business flow. */
export function createRecoveryService({ events, incidents, clock }: RecoveryServiceDeps) {
  return {
    prepareSample,

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

    /** Each incident's primary-flow milestones, in seconds since its start, by incident id. */
    async recoveryTimes(
      incidents: readonly (FlowSettings & { _id: Types.ObjectId; startedAt: Date })[],
    ): Promise<Map<string, RecoveryTimes>> {
      const samples = await SampleModel.find(
        { incidentId: { $in: incidents.map((i) => i._id) } },
        { incidentId: 1, flow: 1, value: 1, at: 1 },
      )
        .lean<Pick<SampleDoc, '_id' | 'incidentId' | 'flow' | 'value' | 'at'>[]>()
        .exec();
      const byIncident = new Map<string, typeof samples>();
      for (const sample of samples) {
        const key = sample.incidentId.toHexString();
        const list = byIncident.get(key) ?? [];
        list.push(sample);
        byIncident.set(key, list);
      }
      return new Map(
        incidents.map((incident) => {
          const key = incident._id.toHexString();
          return [key, recoveryTimes(incident, byIncident.get(key) ?? [])];
        }),
      );
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
      const { id, ops } = prepareSample(input, { now: clock(), incident });
      const { resultId } = await events.commit({
        type: 'RECOVERY_RECORDED',
        incidentId: incident._id,
        resultId: id,
        idempotencyKey: key,
        refs: { sampleId: id, flow: input.flow },
        ops,
      });
      return sampleWrites.reread(resultId);
    },
  };
}

export type RecoveryService = ReturnType<typeof createRecoveryService>;
