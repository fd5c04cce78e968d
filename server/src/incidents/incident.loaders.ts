import { byId, byIncident } from '../common/loaders.js';
import type { IncidentDoc } from './incident.model.js';
import type { IncidentService } from './incident.service.js';
import type { UpdateDoc } from './update.model.js';

/** Per-operation batching of incidents and their updates. */
export function createIncidentLoaders(incidents: IncidentService) {
  return {
    incident: byId<IncidentDoc>((ids) => incidents.getMany(ids)),
    update: byId<UpdateDoc>((ids) => incidents.getUpdatesByIds(ids)),
    updatesByIncident: byIncident<UpdateDoc>((ids) => incidents.updatesFor(ids)),
  };
}
