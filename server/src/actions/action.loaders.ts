import { byId, byIncident } from '../common/loaders.js';
import type { ActionItemDoc } from './action.model.js';
import type { ActionService } from './action.service.js';

/** Per-operation batching of action items, by id (live events) and by incident. */
export function createActionLoaders(actions: ActionService) {
  return {
    actionItem: byId<ActionItemDoc>((ids) => actions.getMany(ids)),
    actionItemsByIncident: byIncident<ActionItemDoc>((ids) => actions.itemsFor(ids)),
  };
}
