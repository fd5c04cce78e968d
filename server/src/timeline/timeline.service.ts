import { Types } from 'mongoose';
import type { AddTimelineEventInput } from '../__generated__/resolvers-types.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import {
  checkTime,
  fieldPath,
  requireText,
  scopedKey,
  type WriteContext,
} from '../common/validate.js';
import type { EventLog } from '../events/event.log.js';
import type { WriteOp } from '../events/writer.js';
import type { IncidentService } from '../incidents/incident.service.js';
import { TimelineModel, maxText, timelineWrites, type TimelineDoc } from './timeline.model.js';

export type { TimelineDoc } from './timeline.model.js';

export interface TimelineServiceDeps {
  events: EventLog;
  incidents: IncidentService;
  clock: () => Date;
}

/** One timeline event to add, from `addTimelineEvent` or from an import. */
export interface TimelineInput {
  at: Date;
  text: string;
}

/**
 * The rules of one timeline event, stated once for `addTimelineEvent` and `importIncident`:
 * text of 1 to 20,000 characters, a time not before the incident nor in the future.
 */
export function prepareEvent(
  input: TimelineInput,
  context: WriteContext,
): { id: Types.ObjectId; ops: WriteOp[] } {
  const field = fieldPath(context.path);
  const text = requireText(field('text'), input.text, maxText);
  const at = checkTime(field('at'), input.at, {
    now: context.now,
    notBefore: context.incident.startedAt,
  });
  const id = new Types.ObjectId();
  return {
    id,
    ops: [timelineWrites.insert({ _id: id, incidentId: context.incident._id, at, text })],
  };
}

/** The post-mortem timeline: what happened when. */
export function createTimelineService({ events, incidents, clock }: TimelineServiceDeps) {
  return {
    prepareEvent,

    getMany(ids: readonly Types.ObjectId[]): Promise<TimelineDoc[]> {
      return TimelineModel.find({ _id: { $in: ids } })
        .lean<TimelineDoc[]>()
        .exec();
    },

    eventsFor(incidentIds: readonly Types.ObjectId[]): Promise<TimelineDoc[]> {
      return TimelineModel.find({ incidentId: { $in: incidentIds } })
        .sort({ at: 1, _id: 1 })
        .lean<TimelineDoc[]>()
        .exec();
    },

    async add(viewer: Viewer, input: AddTimelineEventInput): Promise<TimelineDoc> {
      requireRole(viewer, 'RESPONDER', 'addTimelineEvent');
      const key = scopedKey('addTimelineEvent', input.idempotencyKey);
      const previous = await events.previous(key);
      if (previous) return timelineWrites.reread(previous);
      const incident = await incidents.getOrThrow(input.incidentId);
      const { id, ops } = prepareEvent(input, { now: clock(), incident });
      const { resultId } = await events.commit({
        type: 'TIMELINE_EVENT_ADDED',
        incidentId: incident._id,
        resultId: id,
        idempotencyKey: key,
        refs: { timelineEventId: id },
        ops,
      });
      return timelineWrites.reread(resultId);
    },
  };
}

export type TimelineService = ReturnType<typeof createTimelineService>;
