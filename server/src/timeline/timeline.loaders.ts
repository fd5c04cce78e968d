import { byId, byIncident } from '../common/loaders.js';
import type { TimelineDoc } from './timeline.model.js';
import type { TimelineService } from './timeline.service.js';

/** Per-operation batching of timeline events, by id (live events) and by incident. */
export function createTimelineLoaders(timeline: TimelineService) {
  return {
    timelineEvent: byId<TimelineDoc>((ids) => timeline.getMany(ids)),
    timelineByIncident: byIncident<TimelineDoc>((ids) => timeline.eventsFor(ids)),
  };
}
