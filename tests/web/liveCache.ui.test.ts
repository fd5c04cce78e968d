import { describe, expect, it } from 'vitest';
import { createCache } from '../../web/src/app/apolloClient';
import { applyLiveEvent } from '../../web/src/app/liveCache';
import { IncidentPageQuery } from '../../web/src/incidents/IncidentPage';
import { WarRoomOverviewQuery, WarRoomQuery } from '../../web/src/incidents/WarRoomPage';
import {
  IncidentRow_IncidentFragmentDoc,
  type LiveEventFieldsFragment,
} from '../../web/src/__generated__/graphql';

const ID = '64b0f0000000000000000001';
const startedAt = '2023-07-13T15:02:00.000Z';

function sample(at: string, value: number) {
  return { __typename: 'RecoverySample' as const, at, value, note: null };
}

function update(
  id: string,
  status: 'INVESTIGATING' | 'IDENTIFIED' | 'RESOLVED',
  createdAt: string,
) {
  return {
    __typename: 'IncidentUpdate' as const,
    id,
    status,
    body: `update ${id}`,
    createdAt,
    author: null,
  };
}

function summary(status: 'INVESTIGATING' | 'IDENTIFIED' | 'RESOLVED') {
  return {
    __typename: 'Incident' as const,
    id: ID,
    title: 'Global outage',
    status,
    impact: 'CRITICAL' as const,
    startedAt,
    resolvedAt: status === 'RESOLVED' ? '2023-07-13T23:20:00.000Z' : null,
    nextUpdateBy: null,
    drillRun: null,
    components: [],
  };
}

/** A cache holding the incident page of one open incident. */
function seededCache() {
  const cache = createCache();
  const incident = {
    ...summary('INVESTIGATING'),
    postmortem: null,
    drill: false,
    primaryFlow: 'sales_flow',
    updates: [update('u1', 'INVESTIGATING', '2023-07-13T15:09:00.000Z')],
    recovery: [
      {
        __typename: 'RecoverySeries' as const,
        flow: 'sales_flow',
        samples: [sample('2023-07-13T15:36:00.000Z', 50)],
      },
    ],
    timeline: [],
    actionItems: [],
  };
  cache.writeQuery({ query: IncidentPageQuery, variables: { id: ID }, data: { incident } });
  return cache;
}

function event(patch: Partial<LiveEventFieldsFragment>): LiveEventFieldsFragment {
  const base = {
    __typename: 'LiveEvent' as const,
    cursor: 'c1',
    type: 'UPDATE_POSTED' as const,
    at: '2023-07-13T16:00:00.000Z',
    incidentId: ID,
    incident: null,
    update: null,
    flow: null,
    sample: null,
    timelineEvent: null,
    component: null,
    actionItem: null,
  };
  return { ...base, ...patch };
}

/** An operational component, as the component grid selects it. */
function checkout() {
  return {
    __typename: 'Component' as const,
    id: 'c1',
    name: 'Checkout',
    status: 'OPERATIONAL' as const,
    manualStatus: 'OPERATIONAL' as const,
    group: null,
  };
}

function emptyRecent() {
  const recent = { __typename: 'IncidentConnection', edges: [] };
  return recent;
}

function readIncident(cache: ReturnType<typeof createCache>) {
  const data = cache.readQuery({ query: IncidentPageQuery, variables: { id: ID } });
  if (!data?.incident) throw new Error('incident not in cache');
  return data.incident;
}

describe('applyLiveEvent', () => {
  it('should put a posted update first and move the incident to its status', () => {
    const cache = seededCache();
    applyLiveEvent(
      cache,
      event({
        incident: summary('IDENTIFIED'),
        update: update('u2', 'IDENTIFIED', '2023-07-13T15:30:00.000Z'),
      }),
    );
    const incident = readIncident(cache);
    expect(incident.status).toBe('IDENTIFIED');
    expect(incident.updates.map((u) => u.id)).toEqual(['u2', 'u1']);
  });

  it('should apply the same event once when it is replayed after a reconnect', () => {
    const cache = seededCache();
    const posted = event({ update: update('u2', 'IDENTIFIED', '2023-07-13T15:30:00.000Z') });
    applyLiveEvent(cache, posted);
    applyLiveEvent(cache, posted);
    expect(readIncident(cache).updates).toHaveLength(2);
  });

  it('should append a recovery sample to its flow and make it the latest', () => {
    const cache = seededCache();
    const recorded = event({
      type: 'RECOVERY_RECORDED',
      flow: 'sales_flow',
      sample: sample('2023-07-13T19:26:00.000Z', 90),
    });
    applyLiveEvent(cache, recorded);
    applyLiveEvent(cache, recorded);
    const series = readIncident(cache).recovery[0];
    expect(series?.samples.map((s) => s.value)).toEqual([50, 90]);
    expect(series?.samples.at(-1)?.value).toBe(90);
  });

  it('should create the series of a flow seen for the first time after the flows the server ordered', () => {
    const cache = seededCache();
    applyLiveEvent(
      cache,
      event({
        type: 'RECOVERY_RECORDED',
        flow: 'checkout',
        sample: sample('2023-07-13T17:00:00.000Z', 70),
      }),
    );
    expect(readIncident(cache).recovery.map((s) => s.flow)).toEqual(['sales_flow', 'checkout']);
  });

  it('should add timeline events in time order and action items once', () => {
    const cache = seededCache();
    const tl = (id: string, at: string) => ({
      __typename: 'TimelineEvent' as const,
      id,
      at,
      text: id,
    });
    applyLiveEvent(
      cache,
      event({ type: 'TIMELINE_EVENT_ADDED', timelineEvent: tl('t2', '2023-07-13T15:14:00.000Z') }),
    );
    applyLiveEvent(
      cache,
      event({ type: 'TIMELINE_EVENT_ADDED', timelineEvent: tl('t1', '2023-07-13T15:02:00.000Z') }),
    );
    const item = {
      __typename: 'ActionItem' as const,
      id: 'a1',
      title: 'Redesign caching',
      owner: null,
      status: 'OPEN' as const,
      dueAt: null,
    };
    applyLiveEvent(cache, event({ type: 'ACTION_ITEM_CHANGED', actionItem: item }));
    applyLiveEvent(
      cache,
      event({ type: 'ACTION_ITEM_CHANGED', actionItem: { ...item, status: 'DONE' } }),
    );
    const incident = readIncident(cache);
    expect(incident.timeline.map((e) => e.id)).toEqual(['t1', 't2']);
    expect(incident.actionItems.map((a) => [a.id, a.status])).toEqual([['a1', 'DONE']]);
  });

  it('should drop the war room lists when an incident is resolved, so they are fetched again', () => {
    const cache = seededCache();
    const card = {
      ...summary('INVESTIGATING'),
      drill: false,
      updates: [update('u1', 'INVESTIGATING', '2023-07-13T15:09:00.000Z')],
      components: [],
      recovery: [],
    };
    const active = {
      __typename: 'IncidentConnection',

      edges: [{ __typename: 'IncidentEdge', node: card }],
    };
    cache.writeQuery({
      query: WarRoomQuery,
      data: { active },
    });
    expect(cache.readQuery({ query: WarRoomQuery })?.active.edges).toHaveLength(1);
    applyLiveEvent(
      cache,
      event({
        incident: summary('RESOLVED'),
        update: update('u9', 'RESOLVED', '2023-07-13T23:26:00.000Z'),
      }),
    );
    expect(cache.readQuery({ query: WarRoomQuery })).toBeNull();
    expect(readIncident(cache).status).toBe('RESOLVED');
  });

  it('should write every field an incident row draws, so a row the event brings is complete', () => {
    const cache = createCache();
    const component = { ...checkout(), status: 'MAJOR_OUTAGE' as const };
    const affected = { __typename: 'AffectedComponent' as const, status: 'MAJOR_OUTAGE' as const };
    applyLiveEvent(
      cache,
      event({
        type: 'INCIDENT_DECLARED',
        incident: { ...summary('INVESTIGATING'), components: [{ ...affected, component }] },
      }),
    );
    const id = cache.identify({ __typename: 'Incident', id: ID });
    if (id === undefined) throw new Error('no cache id for the incident');
    const row = cache.readFragment({
      id,
      fragment: IncidentRow_IncidentFragmentDoc,
      fragmentName: 'IncidentRow_incident',
    });
    expect(row).toMatchObject({
      id: ID,
      title: 'Global outage',
      status: 'INVESTIGATING',
      impact: 'CRITICAL',
      startedAt,
      resolvedAt: null,
      components: [{ component: { id: 'c1', name: 'Checkout' } }],
    });
  });

  it('should update a component everywhere it is shown', () => {
    const cache = seededCache();
    const component = checkout();
    cache.writeQuery({
      query: WarRoomOverviewQuery,
      data: { recent: emptyRecent(), components: [component] },
    });
    applyLiveEvent(
      cache,
      event({
        type: 'COMPONENT_STATUS_CHANGED',
        incidentId: null,
        component: { ...component, status: 'MAJOR_OUTAGE' },
      }),
    );
    expect(cache.readQuery({ query: WarRoomOverviewQuery })?.components[0]?.status).toBe(
      'MAJOR_OUTAGE',
    );
  });

  it('should add a newly created component to the component list', () => {
    const cache = seededCache();
    cache.writeQuery({
      query: WarRoomOverviewQuery,
      data: { recent: emptyRecent(), components: [] },
    });
    const component = {
      __typename: 'Component' as const,
      id: 'c2',
      name: 'Search',
      status: 'OPERATIONAL' as const,
      manualStatus: 'OPERATIONAL' as const,
      group: 'Storefront',
    };
    applyLiveEvent(cache, event({ type: 'COMPONENT_STATUS_CHANGED', incidentId: null, component }));
    expect(cache.readQuery({ query: WarRoomOverviewQuery })?.components.map((c) => c.name)).toEqual(
      ['Search'],
    );
  });
});
