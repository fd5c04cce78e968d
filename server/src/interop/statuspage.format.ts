import { createHash } from 'node:crypto';
import type { ComponentStatus } from '../__generated__/resolvers-types.js';
import type { ComponentDoc } from '../components/component.model.js';
import type { IncidentDoc } from '../incidents/incident.model.js';
import type { UpdateDoc } from '../incidents/update.model.js';
import {
  pageStatus,
  toSpComponentStatus,
  toSpImpact,
  toSpIncidentStatus,
  worstComponentStatus,
  type SpComponentStatus,
  type SpImpact,
  type SpIncidentStatus,
  type SpStatus,
} from './statuspage.vocabulary.js';

/** Everything the v2 documents are built from, read once per request (see statuspage.read.ts). */
export interface PageSnapshot {
  page: { id: string; name: string; url: string };
  /** Components with their shown status (see shown-status.ts). */
  components: ComponentDoc[];
  /** Each component's latest status change (hex id → time), from the event log. */
  componentChangedAt: ReadonlyMap<string, Date>;
  /** Unresolved incidents, newest first. */
  unresolved: IncidentSnapshot[];
  /** The 50 most recent incidents, newest first. */
  recent: IncidentSnapshot[];
  updatedAt: Date;
}

export interface IncidentSnapshot {
  incident: IncidentDoc;
  /** Newest first. */
  updates: UpdateDoc[];
  /** The latest sample of each recovery flow. */
  recovery: { flow: string; value: number; at: Date }[];
}

export interface SpPage {
  id: string;
  name: string;
  url: string;
  time_zone: 'Etc/UTC';
  updated_at: string;
}

/** A component or a group, in Statuspage's field order (a group adds `components`). */
export interface SpComponent {
  id: string;
  name: string;
  status: SpComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  components?: string[];
}

export interface SpIncidentUpdate {
  id: string;
  status: SpIncidentStatus;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: null;
  deliver_notifications: boolean;
  custom_tweet: null;
  tweet_id: null;
}

/** War Room's own data about an incident, which Statuspage clients ignore. */
export interface SpWarRoomExtras {
  /** The latest recovery percentage of each flow. */
  recovery: { flow: string; percent: number; at: string }[];
}

export interface SpIncident {
  id: string;
  name: string;
  status: SpIncidentStatus;
  created_at: string;
  updated_at: string | null;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: SpImpact;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: SpIncidentUpdate[];
  components: SpComponent[];
  war_room: SpWarRoomExtras;
}

const iso = (at: Date): string => at.toISOString();
const isoOrNull = (at: Date | null): string | null => (at ? at.toISOString() : null);

/**
 * War Room groups are labels; Statuspage groups are components with their own id. The id is
 * derived from the label, so it stays the same from one request to the next. "grp" keeps it
 * apart from component ids (ObjectId hex).
 */
export function groupId(name: string): string {
  return `grp${createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 21)}`;
}

export function pageObject(snapshot: PageSnapshot): SpPage {
  return {
    id: snapshot.page.id,
    name: snapshot.page.name,
    url: snapshot.page.url,
    time_zone: 'Etc/UTC',
    updated_at: iso(snapshot.updatedAt),
  };
}

/**
 * When each component last changed: its latest status change, or its creation, or a later
 * change of an incident affecting it (which changes what the component shows).
 */
function componentTimes(snapshot: PageSnapshot): Map<string, Date> {
  const times = new Map<string, Date>();
  for (const component of snapshot.components) {
    const key = component._id.toHexString();
    times.set(key, snapshot.componentChangedAt.get(key) ?? component._id.getTimestamp());
  }
  for (const { incident } of [...snapshot.unresolved, ...snapshot.recent]) {
    for (const { componentId } of incident.components) {
      const key = componentId.toHexString();
      const known = times.get(key);
      if (known && incident.updatedAt.getTime() > known.getTime())
        times.set(key, incident.updatedAt);
    }
  }
  return times;
}

/**
 * The flat component list of `components.json` and `summary.json`: ungrouped components by
 * name, then each group followed by its members.
 */
export function componentObjects(snapshot: PageSnapshot): SpComponent[] {
  const times = componentTimes(snapshot);
  const pageId = snapshot.page.id;
  const byName = (a: ComponentDoc, b: ComponentDoc) => a.name.localeCompare(b.name);
  const ungrouped = snapshot.components.filter((c) => c.group === null).sort(byName);
  const groups = new Map<string, ComponentDoc[]>();
  for (const component of snapshot.components) {
    if (component.group === null) continue;
    groups.set(component.group, [...(groups.get(component.group) ?? []), component]);
  }
  const out: SpComponent[] = [];
  const member = (component: ComponentDoc, parent: string | null): SpComponent => {
    const created = component._id.getTimestamp();
    return {
      id: component._id.toHexString(),
      name: component.name,
      status: toSpComponentStatus(component.status),
      created_at: iso(created),
      updated_at: iso(times.get(component._id.toHexString()) ?? created),
      position: out.length + 1,
      description: null,
      showcase: false,
      start_date: null,
      group_id: parent,
      page_id: pageId,
      group: false,
      only_show_if_degraded: false,
    };
  };
  for (const component of ungrouped) out.push(member(component, null));
  for (const [name, members] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = members.sort(byName);
    const id = groupId(name);
    const created = new Date(Math.min(...sorted.map((c) => c._id.getTimestamp().getTime())));
    const updated = new Date(
      Math.max(...sorted.map((c) => (times.get(c._id.toHexString()) ?? created).getTime())),
    );
    out.push({
      id,
      name,
      status: toSpComponentStatus(worstComponentStatus(sorted.map((c) => c.status))),
      created_at: iso(created),
      updated_at: iso(updated),
      position: out.length + 1,
      description: null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: pageId,
      group: true,
      only_show_if_degraded: false,
      components: sorted.map((c) => c._id.toHexString()),
    });
    for (const component of sorted) out.push(member(component, id));
  }
  return out;
}

function updateObject(update: UpdateDoc, incidentId: string): SpIncidentUpdate {
  const at = iso(update.createdAt);
  return {
    id: update._id.toHexString(),
    status: toSpIncidentStatus(update.status),
    body: update.body,
    incident_id: incidentId,
    created_at: at,
    updated_at: at,
    display_at: at,
    affected_components: null,
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  };
}

/** One incident as Statuspage shows it; `components` are the current objects of those affected. */
export function incidentObject(
  snapshot: PageSnapshot,
  entry: IncidentSnapshot,
  components: ReadonlyMap<string, SpComponent>,
): SpIncident {
  const { incident } = entry;
  const id = incident._id.toHexString();
  return {
    id,
    name: incident.title,
    status: toSpIncidentStatus(incident.status, incident.postmortem !== null),
    created_at: iso(incident.createdAt),
    updated_at: iso(incident.updatedAt),
    monitoring_at: isoOrNull(incident.mitigatedAt),
    resolved_at: isoOrNull(incident.resolvedAt),
    impact: toSpImpact(incident.impact),
    shortlink: `${snapshot.page.url}/incidents/${id}`,
    started_at: iso(incident.startedAt),
    page_id: snapshot.page.id,
    incident_updates: entry.updates.map((update) => updateObject(update, id)),
    components: incident.components.flatMap(({ componentId }) => {
      const found = components.get(componentId.toHexString());
      return found ? [found] : [];
    }),
    war_room: {
      recovery: entry.recovery.map((r) => ({ flow: r.flow, percent: r.value, at: iso(r.at) })),
    },
  };
}

export function incidentObjects(
  snapshot: PageSnapshot,
  entries: readonly IncidentSnapshot[],
): SpIncident[] {
  const components = new Map(componentObjects(snapshot).map((c) => [c.id, c]));
  return entries.map((entry) => incidentObject(snapshot, entry, components));
}

/** `status` of status.json and summary.json, from the open incidents and the components. */
export function statusObject(snapshot: PageSnapshot): SpStatus {
  const statuses: ComponentStatus[] = snapshot.components.map((c) => c.status);
  return pageStatus(
    snapshot.unresolved.map((entry) => entry.incident.impact),
    statuses,
  );
}

/** The documents, by path under /api/v2. Maintenance does not exist yet: its lists are empty. */
export const documents = {
  'summary.json': (s: PageSnapshot) => ({
    page: pageObject(s),
    components: componentObjects(s),
    incidents: incidentObjects(s, s.unresolved),
    scheduled_maintenances: [],
    status: statusObject(s),
  }),
  'status.json': (s: PageSnapshot) => ({ page: pageObject(s), status: statusObject(s) }),
  'components.json': (s: PageSnapshot) => ({
    page: pageObject(s),
    components: componentObjects(s),
  }),
  'incidents.json': (s: PageSnapshot) => ({
    page: pageObject(s),
    incidents: incidentObjects(s, s.recent),
  }),
  'incidents/unresolved.json': (s: PageSnapshot) => ({
    page: pageObject(s),
    incidents: incidentObjects(s, s.unresolved),
  }),
  'scheduled-maintenances.json': (s: PageSnapshot) => ({
    page: pageObject(s),
    scheduled_maintenances: [],
  }),
  'scheduled-maintenances/upcoming.json': (s: PageSnapshot) => ({
    page: pageObject(s),
    scheduled_maintenances: [],
  }),
  'scheduled-maintenances/active.json': (s: PageSnapshot) => ({
    page: pageObject(s),
    scheduled_maintenances: [],
  }),
} as const;

export type DocumentPath = keyof typeof documents;
