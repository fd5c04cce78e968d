import type { ComponentService } from '../components/component.service.js';
import type { EventDoc } from '../events/event.model.js';
import type { IncidentService } from '../incidents/incident.service.js';
import {
  toSpComponentStatus,
  toSpImpact,
  toSpIncidentStatus,
} from '../interop/statuspage.vocabulary.js';
import type { WebhookFormatValue } from './webhook.model.js';

// The documents as the services hand them out (a domain sees another's models only so).
type IncidentDoc = NonNullable<Awaited<ReturnType<IncidentService['get']>>>;
type UpdateDoc = Awaited<ReturnType<IncidentService['getUpdatesByIds']>>[number];
type ComponentDoc = Awaited<ReturnType<ComponentService['getMany']>>[number];

/** What one event is about, read once per event and shared by every subscription's body. */
export interface EventContext {
  event: EventDoc;
  incident: IncidentDoc | null;
  update: UpdateDoc | null;
  component: ComponentDoc | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);
export const eventId = (event: EventDoc) => event._id.toHexString();

function warRoom({ event, incident, update, component }: EventContext) {
  return {
    id: eventId(event),
    seq: event.seq,
    type: event.type,
    at: event.at.toISOString(),
    incidentId: event.incidentId?.toHexString() ?? null,
    incident: incident && {
      id: incident._id.toHexString(),
      title: incident.title,
      status: incident.status,
      impact: incident.impact,
      startedAt: incident.startedAt.toISOString(),
      resolvedAt: iso(incident.resolvedAt),
    },
    update: update && {
      id: update._id.toHexString(),
      status: update.status,
      body: update.body,
      createdAt: update.createdAt.toISOString(),
    },
    component: component && {
      id: component._id.toHexString(),
      name: component.name,
      status: component.status,
      group: component.group,
    },
    flow: event.refs.flow ?? null,
  };
}

function statuspage({ event, incident, update, component }: EventContext, pageId: string) {
  const meta = { unsubscribe: null, documentation: null, generated_at: event.at.toISOString() };
  const page = { id: pageId };
  if (component && !incident) {
    return {
      meta,
      page,
      component_update: {
        created_at: event.at.toISOString(),
        new_status: toSpComponentStatus(component.status),
        id: eventId(event),
        component_id: component._id.toHexString(),
        component_type: 'Component',
      },
      component: {
        id: component._id.toHexString(),
        name: component.name,
        status: toSpComponentStatus(component.status),
      },
    };
  }
  return {
    meta,
    page,
    incident: incident && {
      id: incident._id.toHexString(),
      name: incident.title,
      status: toSpIncidentStatus(incident.status, incident.postmortem !== null),
      impact: toSpImpact(incident.impact),
      created_at: incident.createdAt.toISOString(),
      updated_at: incident.updatedAt.toISOString(),
      started_at: incident.startedAt.toISOString(),
      resolved_at: iso(incident.resolvedAt),
      postmortem_body: incident.postmortem,
      incident_updates: update
        ? [
            {
              id: update._id.toHexString(),
              incident_id: incident._id.toHexString(),
              status: toSpIncidentStatus(update.status),
              body: update.body,
              created_at: update.createdAt.toISOString(),
              display_at: update.createdAt.toISOString(),
            },
          ]
        : [],
    },
  };
}

/** Slack's mrkdwn: `&`, `<` and `>` are the only characters it needs escaped. */
const mrkdwn = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function slack({ event, incident, update, component }: EventContext) {
  const headline = incident
    ? `*${mrkdwn(incident.title)}*: ${incident.status.toLowerCase()} (${incident.impact.toLowerCase()} impact)`
    : component
      ? `*${mrkdwn(component.name)}* is now ${component.status.toLowerCase().replace(/_/g, ' ')}`
      : event.type;
  const text = update ? `${headline}\n${mrkdwn(update.body)}` : headline;
  return {
    text: text.slice(0, 3000),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3000) } },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: `${event.type} · ${event.at.toISOString()}` }],
      },
    ],
  };
}

/** The request body of one event for one subscription's format. */
export function payload(format: WebhookFormatValue, context: EventContext, pageId: string): string {
  switch (format) {
    case 'WAR_ROOM':
      return JSON.stringify(warRoom(context));
    case 'STATUSPAGE':
      return JSON.stringify(statuspage(context, pageId));
    case 'SLACK':
      return JSON.stringify(slack(context));
  }
}
