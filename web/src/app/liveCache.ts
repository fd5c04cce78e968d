import type { ApolloCache } from '@apollo/client';
import { graphql } from '../__generated__';
import {
  ActionItems_IncidentFragmentDoc,
  ComponentGrid_ComponentFragmentDoc,
  RecoveryPanel_IncidentFragmentDoc,
  Timeline_IncidentFragmentDoc,
  UpdateList_IncidentFragmentDoc,
  type ActionItems_ItemFragment,
  type ComponentGrid_ComponentFragment,
  type LiveEventFieldsFragment,
  type RecoveryPanel_SampleFragment,
  type Timeline_EventFragment,
  type UpdateList_UpdateFragment,
} from '../__generated__/graphql';

/*
 * How live events change the Apollo cache. Every page reads from the cache, so writing an event
 * here is what makes the war room, the incident page and the wallboard move. Each function is
 * idempotent: the same event (a replay after reconnect, or the echo of our own mutation) applied
 * twice leaves the cache as it was after the first time.
 *
 * The cache writes each entity, and each list of an incident, with the fragment of the component
 * that shows it (`IncidentRow_incident`, `UpdateList_update`, `Timeline_incident`, …), the
 * fragment every query of it spreads: what a component renders is exactly what the cache writes.
 */

/** What the cache reads of an incident before writing an event about it. */
const IncidentStatusOnly = graphql(`
  fragment IncidentStatusOnly on Incident {
    id
    status
  }
`);

/** The scalar state of an incident, as every event that concerns one carries it. */
export const IncidentSummaryFields = graphql(`
  fragment IncidentSummaryFields on Incident {
    ...IncidentStatusOnly
    ...IncidentRow_incident
    ...NextUpdate_incident
    components {
      ...AffectedComponents_affected
      component {
        ...ComponentGrid_component
      }
    }
  }
`);

export const LiveEventFields = graphql(`
  fragment LiveEventFields on LiveEvent {
    cursor
    type
    at
    incidentId
    incident {
      ...IncidentSummaryFields
    }
    update {
      ...UpdateList_update
    }
    flow
    sample {
      ...RecoveryPanel_sample
    }
    timelineEvent {
      ...Timeline_event
    }
    component {
      ...ComponentGrid_component
    }
    actionItem {
      ...ActionItems_item
    }
  }
`);

const ComponentsList = graphql(`
  query ComponentsList {
    components {
      ...ComponentGrid_component
    }
  }
`);

type Cache = ApolloCache;

function incidentRef(cache: Cache, id: string): string | undefined {
  return cache.identify({ __typename: 'Incident', id });
}

/** Puts a posted update at the top of its incident's updates (newest first), once. */
export function prependUpdate(
  cache: Cache,
  incidentId: string,
  update: UpdateList_UpdateFragment,
): void {
  const id = incidentRef(cache, incidentId);
  if (id === undefined) return;
  cache.updateFragment(
    { id, fragment: UpdateList_IncidentFragmentDoc, fragmentName: 'UpdateList_incident' },
    (data) => {
      if (!data || data.updates.some((u) => u.id === update.id)) return data;
      const updates = [...data.updates, update].sort(
        (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
      );
      return { ...data, updates };
    },
  );
}

/** Adds a recovery sample to its flow's series (creating the series), once. */
export function appendSample(
  cache: Cache,
  incidentId: string,
  flow: string,
  sample: RecoveryPanel_SampleFragment,
): void {
  const id = incidentRef(cache, incidentId);
  if (id === undefined) return;
  const full = { __typename: 'RecoverySample' as const, ...sample };
  cache.updateFragment(
    { id, fragment: RecoveryPanel_IncidentFragmentDoc, fragmentName: 'RecoveryPanel_incident' },
    (data) => {
      if (!data) return data;
      const existing = data.recovery.find((s) => s.flow === flow);
      const same = (s: RecoveryPanel_SampleFragment) =>
        s.at === sample.at && s.value === sample.value;
      if (existing?.samples.some(same)) return data;
      const samples = [...(existing?.samples ?? []), full].sort(
        (a, b) => Date.parse(a.at) - Date.parse(b.at),
      );
      const series = { __typename: 'RecoverySeries' as const, flow, samples };
      // The server orders the flows (primary first); a new flow joins at the end until refetched.
      const recovery = data.recovery.some((s) => s.flow === flow)
        ? data.recovery.map((s) => (s.flow === flow ? series : s))
        : [...data.recovery, series];
      return { ...data, recovery };
    },
  );
}

/** Adds a timeline event in time order, once. */
export function addTimelineEvent(
  cache: Cache,
  incidentId: string,
  event: Timeline_EventFragment,
): void {
  const id = incidentRef(cache, incidentId);
  if (id === undefined) return;
  cache.updateFragment(
    { id, fragment: Timeline_IncidentFragmentDoc, fragmentName: 'Timeline_incident' },
    (data) => {
      if (!data || data.timeline.some((e) => e.id === event.id)) return data;
      const timeline = [...data.timeline, event].sort(
        (a, b) => Date.parse(a.at) - Date.parse(b.at),
      );
      return { ...data, timeline };
    },
  );
}

/** Adds an action item to its incident's list when it is new (changes merge by id on their own). */
export function upsertActionItem(
  cache: Cache,
  incidentId: string,
  item: ActionItems_ItemFragment,
): void {
  const id = incidentRef(cache, incidentId);
  if (id === undefined) return;
  cache.updateFragment(
    { id, fragment: ActionItems_IncidentFragmentDoc, fragmentName: 'ActionItems_incident' },
    (data) => {
      if (!data) return data;
      if (data.actionItems.some((a) => a.id === item.id)) {
        return { ...data, actionItems: data.actionItems.map((a) => (a.id === item.id ? item : a)) };
      }
      return { ...data, actionItems: [...data.actionItems, item] };
    },
  );
}

/** Writes a component and adds it to the catalog list when it is new (created), once. */
export function upsertComponent(cache: Cache, component: ComponentGrid_ComponentFragment): void {
  cache.writeFragment({ fragment: ComponentGrid_ComponentFragmentDoc, data: component });
  cache.updateQuery({ query: ComponentsList }, (data) => {
    if (!data || data.components.some((c) => c.id === component.id)) return data;
    return { components: [...data.components, component] };
  });
}

/** Lists and figures whose membership may change: refetched by the queries that watch them. */
function evictLists(cache: Cache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'incidents' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'incidentStats' });
  cache.gc();
}

/** Writes one live event into the cache. Safe to call twice with the same event. */
export function applyLiveEvent(cache: Cache, event: LiveEventFieldsFragment): void {
  const incidentId = event.incidentId ?? event.incident?.id ?? null;
  let listsChanged = event.type === 'INCIDENT_DECLARED' || event.type === 'INCIDENT_CHANGED';
  if (event.incident) {
    const id = incidentRef(cache, event.incident.id);
    const before =
      id === undefined ? null : cache.readFragment({ id, fragment: IncidentStatusOnly });
    const wasResolved = before ? before.status === 'RESOLVED' : null;
    const isResolved = event.incident.status === 'RESOLVED';
    if (wasResolved !== null && wasResolved !== isResolved) listsChanged = true;
    cache.writeFragment({
      fragment: IncidentSummaryFields,
      fragmentName: 'IncidentSummaryFields',
      data: event.incident,
    });
  }
  if (event.component) upsertComponent(cache, event.component);
  if (incidentId !== null) {
    if (event.update) prependUpdate(cache, incidentId, event.update);
    if (event.flow !== null && event.flow !== undefined && event.sample) {
      appendSample(cache, incidentId, event.flow, event.sample);
    }
    if (event.timelineEvent) addTimelineEvent(cache, incidentId, event.timelineEvent);
    if (event.actionItem) upsertActionItem(cache, incidentId, event.actionItem);
    if (event.type === 'POSTMORTEM_CHANGED') {
      const id = incidentRef(cache, incidentId);
      if (id !== undefined) cache.evict({ id, fieldName: 'postmortem' });
    }
  }
  if (listsChanged) evictLists(cache);
}
