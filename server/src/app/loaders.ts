import DataLoader from 'dataloader';
import type { Types } from 'mongoose';
import type { ActionItemDoc } from '../actions/action.model.js';
import type { ComponentDoc } from '../components/component.model.js';
import type { IncidentDoc } from '../incidents/incident.model.js';
import type { UpdateDoc } from '../incidents/update.model.js';
import type { SampleDoc } from '../recovery/recovery.model.js';
import type { TimelineDoc } from '../timeline/timeline.model.js';
import type { Services } from './services.js';

const hex = (id: Types.ObjectId) => id.toHexString();

function byId<T extends { _id: Types.ObjectId }>(
  load: (ids: readonly Types.ObjectId[]) => Promise<T[]>,
) {
  return new DataLoader<Types.ObjectId, T | null, string>(
    async (ids) => {
      const found = new Map((await load(ids)).map((doc) => [hex(doc._id), doc]));
      return ids.map((id) => found.get(hex(id)) ?? null);
    },
    { cacheKeyFn: hex },
  );
}

function byIncident<T extends { incidentId: Types.ObjectId }>(
  load: (ids: readonly Types.ObjectId[]) => Promise<T[]>,
) {
  return new DataLoader<Types.ObjectId, T[], string>(
    async (ids) => {
      const groups = new Map<string, T[]>();
      for (const doc of await load(ids)) {
        const list = groups.get(hex(doc.incidentId)) ?? [];
        list.push(doc);
        groups.set(hex(doc.incidentId), list);
      }
      return ids.map((id) => groups.get(hex(id)) ?? []);
    },
    { cacheKeyFn: hex },
  );
}

/** Per-operation batching, so a page of 50 incidents costs one query per relation, not 50. */
export function createLoaders(services: Services) {
  return {
    incident: byId<IncidentDoc>((ids) => services.incidents.getMany(ids)),
    component: byId<ComponentDoc>((ids) => services.components.getMany(ids)),
    update: byId<UpdateDoc>((ids) => services.incidents.getUpdatesByIds(ids)),
    sample: byId<SampleDoc>((ids) => services.recovery.getMany(ids)),
    timelineEvent: byId<TimelineDoc>((ids) => services.timeline.getMany(ids)),
    actionItem: byId<ActionItemDoc>((ids) => services.actions.getMany(ids)),
    updatesByIncident: byIncident<UpdateDoc>((ids) => services.incidents.updatesFor(ids)),
    samplesByIncident: byIncident<SampleDoc>((ids) => services.recovery.samplesFor(ids)),
    timelineByIncident: byIncident<TimelineDoc>((ids) => services.timeline.eventsFor(ids)),
    actionItemsByIncident: byIncident<ActionItemDoc>((ids) => services.actions.itemsFor(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
