import { Types } from 'mongoose';
import type { RecordRecoveryInput } from '../__generated__/resolvers-types.js';
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
import type { IncidentService } from '../incidents/incident.service.js';
import {
  SampleModel,
  flowPattern,
  flowRule,
  maxNote,
  maxValue,
  sampleWrites,
  type RecoverySeriesView,
  type SampleDoc,
} from './recovery.model.js';

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

/** Groups samples into one series per flow (flows alphabetical, samples oldest first). */
export function toSeries(samples: readonly SampleDoc[]): RecoverySeriesView[] {
  const byFlow = new Map<string, SampleDoc[]>();
  for (const sample of samples) {
    const list = byFlow.get(sample.flow) ?? [];
    list.push(sample);
    byFlow.set(sample.flow, list);
  }
  return [...byFlow.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([flow, list]) => ({
      flow,
      samples: list.sort(
        (a, b) =>
          a.at.getTime() - b.at.getTime() || a._id.toHexString().localeCompare(b._id.toHexString()),
      ),
    }));
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
