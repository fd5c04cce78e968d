import type { ComponentStatus } from '../__generated__/resolvers-types.js';
import {
  fail,
  type ImportedComponent,
  type ImportedIncident,
  type ImportedUpdate,
} from './statuspage.imported.js';
import {
  importLimits,
  type SpComponentDoc,
  type SpIncidentDoc,
  type SpUpdateDoc,
} from './statuspage.schema.js';
import {
  fromSpComponentStatus,
  fromSpImpact,
  fromSpIncidentStatus,
  worstComponentStatus,
} from './statuspage.vocabulary.js';

/** Statuspage v2 entities (already checked by the schema) mapped to the import model. */

function toUpdates(updates: readonly SpUpdateDoc[]): ImportedUpdate[] {
  return updates
    .map((update, index) => ({ update, index }))
    .sort(
      (a, b) =>
        (a.update.display_at ?? a.update.created_at).getTime() -
          (b.update.display_at ?? b.update.created_at).getTime() || b.index - a.index,
    )
    .map(({ update }) => ({
      source: { updateId: update.id },
      status: fromSpIncidentStatus(update.status),
      body: update.body,
      displayAt: update.display_at ?? update.created_at,
      createdAt: update.created_at,
      componentChanges: (update.affected_components ?? []).flatMap((change) =>
        change.code === undefined
          ? []
          : [
              {
                componentId: change.code,
                name: change.name ?? null,
                oldStatus: change.old_status ? fromSpComponentStatus(change.old_status) : null,
                newStatus: change.new_status ? fromSpComponentStatus(change.new_status) : null,
              },
            ],
      ),
    }));
}

export function toIncident(incident: SpIncidentDoc, pagePageId: string | null): ImportedIncident {
  const status = fromSpIncidentStatus(incident.status);
  const updates = toUpdates(incident.incident_updates);
  const postmortem =
    incident.postmortem_body !== undefined &&
    incident.postmortem_body !== null &&
    incident.postmortem_body.trim() !== ''
      ? incident.postmortem_body
      : null;
  const lastResolving = updates.filter((u) => u.status === 'RESOLVED').at(-1);
  const resolvedAt =
    status === 'RESOLVED'
      ? (incident.resolved_at ??
        lastResolving?.displayAt ??
        incident.updated_at ??
        incident.created_at)
      : null;
  return {
    source: { pageId: incident.page_id ?? pagePageId, incidentId: incident.id },
    title: incident.name,
    status,
    hasPostmortem: incident.status === 'postmortem' || postmortem !== null,
    postmortem,
    impact: fromSpImpact(incident.impact),
    createdAt: incident.created_at,
    startedAt: incident.started_at ?? incident.created_at,
    updatedAt: incident.updated_at ?? null,
    monitoringAt: incident.monitoring_at ?? null,
    resolvedAt,
    shortlink: incident.shortlink ?? null,
    updates,
    components: affectedBy(incident, updates),
  };
}

/** The incident's components: listed ones and those its updates changed, at their worst status. */
function affectedBy(
  incident: SpIncidentDoc,
  updates: readonly ImportedUpdate[],
): ImportedIncident['components'] {
  const statuses = new Map<string, ComponentStatus[]>();
  for (const component of incident.components ?? []) {
    if (component.group !== true) statuses.set(component.id, []);
  }
  for (const change of updates.flatMap((u) => u.componentChanges)) {
    const list = statuses.get(change.componentId) ?? [];
    if (change.newStatus) list.push(change.newStatus);
    statuses.set(change.componentId, list);
  }
  const listed = new Map(
    (incident.components ?? []).map((c) => [c.id, fromSpComponentStatus(c.status)]),
  );
  return [...statuses.entries()].map(([componentId, seen]) => ({
    componentId,
    status:
      seen.length > 0 ? worstComponentStatus(seen) : (listed.get(componentId) ?? 'OPERATIONAL'),
  }));
}

/**
 * The component catalog: the page's components, then those only incidents mention, then
 * those only update diffs name. Groups are not components in War Room: they name members.
 */
export function collectComponents(
  top: readonly SpComponentDoc[],
  incidents: readonly SpIncidentDoc[],
  mapped: readonly ImportedIncident[],
  pageId: string | null,
): ImportedComponent[] {
  const all = [...top, ...incidents.flatMap((incident) => incident.components ?? [])];
  const groups = all.filter((c) => c.group === true);
  const groupById = new Map(groups.map((g) => [g.id, g.name]));
  const groupOfMember = new Map(
    groups.flatMap((g) => (g.components ?? []).map((member) => [member, g.name] as const)),
  );
  const out = new Map<string, ImportedComponent>();
  for (const component of all) {
    if (component.group === true || out.has(component.id)) continue;
    const groupSourceId = component.group_id ?? null;
    out.set(component.id, {
      source: { pageId: component.page_id ?? pageId, componentId: component.id },
      name: component.name,
      group:
        (groupSourceId ? groupById.get(groupSourceId) : undefined) ??
        groupOfMember.get(component.id) ??
        null,
      groupSourceId,
      status: fromSpComponentStatus(component.status),
      description: component.description ?? null,
    });
  }
  // Newest update first, so a component known only from diffs gets its latest status.
  const changes = mapped
    .flatMap((incident) =>
      incident.updates.flatMap((update) =>
        update.componentChanges.map((change) => ({
          change,
          at: update.displayAt,
          pageId: incident.source.pageId,
        })),
      ),
    )
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  for (const { change, pageId: incidentPage } of changes) {
    if (out.has(change.componentId) || change.name === null || change.name.trim() === '') continue;
    out.set(change.componentId, {
      source: { pageId: incidentPage, componentId: change.componentId },
      name: change.name,
      group: null,
      groupSourceId: null,
      status: change.newStatus ?? 'OPERATIONAL',
      description: null,
    });
  }
  if (out.size > importLimits.components) {
    fail(
      'components',
      `the document names ${out.size} components; at most ${importLimits.components}`,
    );
  }
  return [...out.values()];
}
