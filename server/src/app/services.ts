import { createActionService } from '../actions/action.service.js';
import { createTokenService } from '../auth/token.service.js';
import { createComponentService } from '../components/component.service.js';
import { createImportService } from '../incidents/import.service.js';
import { createIncidentService } from '../incidents/incident.service.js';
import { incidentStats } from '../incidents/stats.service.js';
import { createUpdateService } from '../incidents/update.service.js';
import { createEventLog } from '../live/event.log.js';
import { createRecoveryService } from '../recovery/recovery.service.js';
import { createTimelineService } from '../timeline/timeline.service.js';

export interface ServiceDeps {
  clock?: () => Date;
}

/** Wires every domain service once per process; tests inject a clock instead of sleeping. */
export function createServices(deps: ServiceDeps = {}) {
  const clock = deps.clock ?? (() => new Date());
  const events = createEventLog({ clock });
  const components = createComponentService({ events });
  const incidents = createIncidentService({ events, components, clock });
  return {
    clock,
    events,
    components,
    incidents,
    stats: { incidentStats },
    updates: createUpdateService({ events, incidents, clock }),
    imports: createImportService({ events, incidents, components, clock }),
    recovery: createRecoveryService({ events, incidents, clock }),
    timeline: createTimelineService({ events, incidents, clock }),
    actions: createActionService({ events, incidents, clock }),
    tokens: createTokenService({ clock }),
  };
}

export type Services = ReturnType<typeof createServices>;
