import type { ActionService } from '../actions/action.service.js';
import type { IncidentService } from '../incidents/incident.service.js';
import type { RecoveryService } from '../recovery/recovery.service.js';
import type { TimelineService } from '../timeline/timeline.service.js';
import { draftPostmortem, type PostmortemData } from './postmortem.js';

export interface PostmortemServiceDeps {
  incidents: IncidentService;
  recovery: RecoveryService;
  timeline: TimelineService;
  actions: ActionService;
}

/** Gathers an incident's structured data for its post-mortem draft and its exports. */
export function createPostmortemService({
  incidents,
  recovery,
  timeline,
  actions,
}: PostmortemServiceDeps) {
  async function gather(incidentId: string): Promise<PostmortemData> {
    const incident = await incidents.getOrThrow(incidentId);
    const [updates, samples, events, actionItems] = await Promise.all([
      incidents.updatesFor([incident._id]),
      recovery.samplesFor([incident._id]),
      timeline.eventsFor([incident._id]),
      actions.itemsFor([incident._id]),
    ]);
    const series = recovery.toSeries(samples, incident);
    return {
      incident,
      updates: [...updates].reverse(),
      recovery: series,
      primaryFlow: recovery.primaryFlowOf(incident, samples),
      timeline: events,
      actionItems,
    };
  }

  return {
    gather,
    async draft(incidentId: string): Promise<string> {
      return draftPostmortem(await gather(incidentId));
    },
  };
}

export type PostmortemService = ReturnType<typeof createPostmortemService>;
