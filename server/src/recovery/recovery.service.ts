import { Types } from 'mongoose';
import type { RecordRecoveryInput } from '../__generated__/resolvers-types.js';
import { badInput, notFound } from '../app/errors.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { checkTime, optionalText, scopedKey } from '../common/validate.js';
import type { IncidentService } from '../incidents/incident.service.js';
import type { EventLog } from '../live/event.log.js';
import { SampleModel, type RecoverySeriesView, type SampleDoc } from './recovery.model.js';

export const flowPattern = /^[a-z][a-z0-9_]{0,39}$/;

export interface RecoveryServiceDeps {
  events: EventLog;
  incidents: IncidentService;
  clock: () => Date;
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

/** Recovery percentages per business flow. */
export function createRecoveryService({ events, incidents, clock }: RecoveryServiceDeps) {
  async function getSample(id: Types.ObjectId): Promise<SampleDoc> {
    const sample = await SampleModel.findById(id).lean<SampleDoc>().exec();
    if (!sample) throw notFound('RecoverySample', id.toHexString());
    return sample;
  }

  return {
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
      if (previous) return getSample(previous);
      const incident = await incidents.getOrThrow(input.incidentId);
      if (!flowPattern.test(input.flow)) {
        throw badInput('flow', 'must match ^[a-z][a-z0-9_]{0,39}$ (e.g. sales_flow)');
      }
      if (!Number.isFinite(input.value) || input.value < 0 || input.value > 1000) {
        throw badInput('value', 'must be a finite percentage from 0 to 1000');
      }
      const now = clock();
      const at = input.at ? checkTime('at', input.at, { now, notBefore: incident.startedAt }) : now;
      if (at.getTime() < incident.startedAt.getTime())
        throw badInput('at', 'must not be before the incident started');
      const note = optionalText('note', input.note, 1000);
      const sampleId = new Types.ObjectId();
      const { event } = await events.commit({
        type: 'RECOVERY_RECORDED',
        incidentId: incident._id,
        resultId: sampleId,
        idempotencyKey: key,
        refs: { sampleId, flow: input.flow },
        ops: [
          {
            model: 'RecoverySample',
            id: sampleId,
            insert: { incidentId: incident._id, flow: input.flow, value: input.value, at, note },
          },
        ],
      });
      return getSample(event.resultId ?? sampleId);
    },
  };
}

export type RecoveryService = ReturnType<typeof createRecoveryService>;
