import { createActionService } from '../actions/action.service.js';
import { actionItemWrites } from '../actions/action.model.js';
import { createTokenService } from '../auth/token.service.js';
import { componentWrites } from '../components/component.model.js';
import { createComponentService } from '../components/component.service.js';
import { createEventLog } from '../events/event.log.js';
import { createWriterRegistry } from '../events/writer.js';
import { createImportService } from '../incidents/import.service.js';
import { incidentWrites } from '../incidents/incident.model.js';
import { drillWrites } from '../drills/drill.model.js';
import { createDrillService } from '../drills/drill.service.js';
import { createPostmortemService } from '../history/postmortem.service.js';
import { createTimeTravelService } from '../history/timetravel.service.js';
import { createIncidentService } from '../incidents/incident.service.js';
import { createStatsService } from '../incidents/stats.service.js';
import { updateWrites } from '../incidents/update.model.js';
import {
  createUpdateService,
  defaultCadence,
  type CadenceDefaults,
} from '../incidents/update.service.js';
import { createStatuspageImporter } from '../interop/statuspage.writer.js';
import { sampleWrites } from '../recovery/recovery.model.js';
import { createRecoveryService } from '../recovery/recovery.service.js';
import { createWebhookService } from '../webhooks/webhook.service.js';
import { timelineWrites } from '../timeline/timeline.model.js';
import { createTimelineService } from '../timeline/timeline.service.js';

export interface ServiceDeps {
  clock?: () => Date;
  /** Webhook settings from the configuration; default: no key (no webhooks), public targets only. */
  webhooks?: { key: Buffer | null; allowPrivate: boolean };
  /** Minutes until the next promised update, per impact (UPDATE_CADENCE_MINUTES). */
  cadence?: CadenceDefaults;
}

/**
 * Every domain's writer, registered with the event log here (the log itself knows no domain):
 * the log applies each stored op, live or after a crash, through the writer of its model.
 */
export const writers = createWriterRegistry([
  incidentWrites,
  updateWrites,
  sampleWrites,
  timelineWrites,
  actionItemWrites,
  componentWrites,
  drillWrites,
]);

/** Wires every domain service once per process; tests inject a clock instead of sleeping. */
export function createServices(deps: ServiceDeps = {}) {
  const clock = deps.clock ?? (() => new Date());
  const cadence = deps.cadence ?? defaultCadence;
  const events = createEventLog({ writers, clock });
  const components = createComponentService({ events });
  const incidents = createIncidentService({ events, components, clock, cadence });
  const updates = createUpdateService({ events, incidents, clock, cadence });
  const recovery = createRecoveryService({ events, incidents, clock });
  const timeline = createTimelineService({ events, incidents, clock });
  const actions = createActionService({ events, incidents, clock });
  const drills = createDrillService({
    events,
    incidents,
    updates,
    recovery,
    timeline,
    clock,
    cadence,
  });
  return {
    clock,
    events,
    components,
    incidents,
    stats: createStatsService({ recovery }),
    updates,
    imports: createImportService({
      events,
      incidents,
      updates,
      recovery,
      timeline,
      actions,
      clock,
    }),
    statuspage: createStatuspageImporter({ events, incidents, updates, components, clock }),
    recovery,
    timeline,
    actions,
    tokens: createTokenService({ clock }),
    drills,
    postmortems: createPostmortemService({ incidents, recovery, timeline, actions }),
    timeTravel: createTimeTravelService({
      events,
      writers: {
        incident: incidentWrites,
        update: updateWrites,
        sample: sampleWrites,
        timeline: timelineWrites,
        actionItem: actionItemWrites,
      },
    }),
    webhooks: createWebhookService({
      incidents,
      components,
      key: deps.webhooks?.key ?? null,
      allowPrivate: deps.webhooks?.allowPrivate ?? false,
      clock,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
