import { Types } from 'mongoose';
import type { AddTimelineEventInput } from '../__generated__/resolvers-types.js';
import { notFound } from '../app/errors.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { checkTime, requireText } from '../common/validate.js';
import type { IncidentService } from '../incidents/incident.service.js';
import type { EventLog } from '../live/event.log.js';
import { TimelineModel, type TimelineDoc } from './timeline.model.js';

export interface TimelineServiceDeps {
  events: EventLog;
  incidents: IncidentService;
  clock: () => Date;
}

/** The post-mortem timeline: what happened when. */
export function createTimelineService({ events, incidents, clock }: TimelineServiceDeps) {
  return {
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
      const incident = await incidents.getOrThrow(input.incidentId);
      const text = requireText('text', input.text, 20_000);
      const at = checkTime('at', input.at, { now: clock(), notBefore: incident.startedAt });
      const id = new Types.ObjectId();
      await events.commit({
        type: 'TIMELINE_EVENT_ADDED',
        incidentId: incident._id,
        resultId: id,
        refs: { timelineEventId: id },
        ops: [{ model: 'TimelineEvent', id, insert: { incidentId: incident._id, at, text } }],
      });
      const saved = await TimelineModel.findById(id).lean<TimelineDoc>().exec();
      if (!saved) throw notFound('TimelineEvent', id.toHexString());
      return saved;
    },
  };
}

export type TimelineService = ReturnType<typeof createTimelineService>;
