import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AddTimelineEventInput,
  DeclareIncidentInput,
  IncidentFilter,
  IncidentStatus,
  IncidentsListQuery,
  PostIncidentUpdateInput,
  RecordRecoveryInput,
} from '../__generated__/graphql.js';
import { fails, graphql, ok, postText } from '../support/graphql.js';
import { collectionCounts, commander, makeIncident } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

graphql(`
  fragment IncidentDetails on Incident {
    id
    title
    status
    impact
    startedAt
    resolvedAt
    durationSeconds
    postmortem
    components {
      status
      component {
        id
        name
        status
      }
    }
    updates {
      id
      status
      body
      createdAt
      author
    }
    recovery {
      flow
      latest {
        at
        value
      }
      samples {
        at
        value
        note
      }
    }
    timeline {
      id
      at
      text
    }
    actionItems {
      id
      title
      owner
      status
      dueAt
    }
  }
`);

const DECLARE = graphql(`
  mutation IncidentsDeclare($input: DeclareIncidentInput!) {
    declareIncident(input: $input) {
      ...IncidentDetails
    }
  }
`);
const POST_UPDATE = graphql(`
  mutation IncidentsPostUpdate($input: PostIncidentUpdateInput!) {
    postIncidentUpdate(input: $input) {
      id
      status
      body
      createdAt
      author
    }
  }
`);
const INCIDENT = graphql(`
  query IncidentsRead($id: ID!) {
    incident(id: $id) {
      ...IncidentDetails
    }
  }
`);
const LIST = graphql(`
  query IncidentsList($filter: IncidentFilter, $first: Int, $after: String) {
    incidents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          status
          impact
          startedAt
        }
      }
    }
  }
`);
const RECORD_RECOVERY = graphql(`
  mutation IncidentsRecordRecovery($input: RecordRecoveryInput!) {
    recordRecovery(input: $input) {
      at
      value
    }
  }
`);
const ADD_TIMELINE_EVENT = graphql(`
  mutation IncidentsAddTimelineEvent($input: AddTimelineEventInput!) {
    addTimelineEvent(input: $input) {
      id
    }
  }
`);
const CREATE_COMPONENT = graphql(`
  mutation IncidentsCreateComponent($input: CreateComponentInput!) {
    createComponent(input: $input) {
      id
    }
  }
`);

/** A validation case: a mutation with an input that breaks one rule (incident added for all but `declare`). */
type ValidationCase = { name: string; field: string } & (
  | { mutation: 'declare'; input: DeclareIncidentInput }
  | { mutation: 'update'; input: Omit<PostIncidentUpdateInput, 'incidentId'> }
  | { mutation: 'recovery'; input: Omit<RecordRecoveryInput, 'incidentId'> }
  | { mutation: 'timeline'; input: Omit<AddTimelineEventInput, 'incidentId'> }
);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

/** Reads an incident through the API; fails the test when there is none with this id. */
async function readIncident(id: string | number) {
  const { incident } = await ok(server.graphqlUrl, INCIDENT, { id });
  if (!incident) throw new Error(`no incident ${id}`);
  return incident;
}

describe('declareIncident', () => {
  it('should create an incident with its first update when a COMMANDER declares it', async () => {
    const data = await ok(
      server.graphqlUrl,
      DECLARE,
      {
        input: {
          title: '  Checkout down  ',
          impact: 'CRITICAL',
          body: 'Investigating checkout failures.',
        },
      },
      server.tokens.COMMANDER,
    );
    const incident = data.declareIncident;
    expect(incident.title).toBe('Checkout down');
    expect(incident.status).toBe('INVESTIGATING');
    expect(incident.impact).toBe('CRITICAL');
    expect(incident.resolvedAt).toBeNull();
    expect(incident.updates).toHaveLength(1);
    expect(incident.updates[0]).toMatchObject({
      status: 'INVESTIGATING',
      body: 'Investigating checkout failures.',
      author: 'test commander',
    });
    const read = await readIncident(incident.id);
    expect(read.id).toBe(incident.id);
  });

  it('should return null when asked for an incident id that does not exist', async () => {
    const data = await ok(server.graphqlUrl, INCIDENT, {
      id: '64b0f0f0f0f0f0f0f0f0f0f0',
    });
    expect(data.incident).toBeNull();
  });

  it('should reject a new incident that starts RESOLVED with BAD_USER_INPUT on status', async () => {
    const error = await fails(
      server.graphqlUrl,
      DECLARE,
      { input: { title: 'x', impact: 'MINOR', body: 'y', status: 'RESOLVED' } },
      server.tokens.COMMANDER,
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.field).toBe('status');
  });
});

describe('validation', () => {
  const future = () => new Date(Date.now() + 10 * 60_000).toISOString();
  const cases: ValidationCase[] = [
    {
      name: 'an empty title',
      mutation: 'declare',
      input: { title: '', impact: 'MINOR', body: 'b' },
      field: 'title',
    },
    {
      name: 'a whitespace-only title',
      mutation: 'declare',
      input: { title: ' \n\t ', impact: 'MINOR', body: 'b' },
      field: 'title',
    },
    {
      name: 'a title over 200 characters',
      mutation: 'declare',
      input: { title: 'x'.repeat(201), impact: 'MINOR', body: 'b' },
      field: 'title',
    },
    {
      name: 'a whitespace-only body',
      mutation: 'declare',
      input: { title: 't', impact: 'MINOR', body: '   ' },
      field: 'body',
    },
    {
      name: 'a body over 20,000 characters',
      mutation: 'declare',
      input: { title: 't', impact: 'MINOR', body: 'x'.repeat(20_001) },
      field: 'body',
    },
    {
      name: 'a start more than 5 minutes in the future',
      mutation: 'declare',
      input: { title: 't', impact: 'MINOR', body: 'b', startedAt: future() },
      field: 'startedAt',
    },
    {
      name: 'an empty update body',
      mutation: 'update',
      input: { status: 'IDENTIFIED', body: '' },
      field: 'body',
    },
    {
      name: 'an update body over 20,000 characters',
      mutation: 'update',
      input: { status: 'IDENTIFIED', body: 'x'.repeat(20_001) },
      field: 'body',
    },
    {
      name: 'an update in the future',
      mutation: 'update',
      input: { status: 'IDENTIFIED', body: 'b', createdAt: future() },
      field: 'createdAt',
    },
    {
      name: 'an update before the incident started',
      mutation: 'update',
      input: { status: 'IDENTIFIED', body: 'b', createdAt: '2020-01-01T00:00:00Z' },
      field: 'createdAt',
    },
    {
      name: 'a recovery value that is negative',
      mutation: 'recovery',
      input: { flow: 'sales_flow', value: -1 },
      field: 'value',
    },
    {
      name: 'a recovery value above 1000',
      mutation: 'recovery',
      input: { flow: 'sales_flow', value: 1000.5 },
      field: 'value',
    },
    {
      name: 'a flow with capitals',
      mutation: 'recovery',
      input: { flow: 'Sales', value: 50 },
      field: 'flow',
    },
    {
      name: 'a flow starting with a digit',
      mutation: 'recovery',
      input: { flow: '1flow', value: 50 },
      field: 'flow',
    },
    {
      name: 'a flow over 40 characters',
      mutation: 'recovery',
      input: { flow: `a${'b'.repeat(40)}`, value: 50 },
      field: 'flow',
    },
    {
      name: 'a sample before the incident started',
      mutation: 'recovery',
      input: { flow: 'orders', value: 5, at: '2020-01-01T00:00:00Z' },
      field: 'at',
    },
    {
      name: 'a sample in the future',
      mutation: 'recovery',
      input: { flow: 'orders', value: 5, at: future() },
      field: 'at',
    },
    {
      name: 'a timeline event before the incident started',
      mutation: 'timeline',
      input: { text: 'x', at: '2020-01-01T00:00:00Z' },
      field: 'at',
    },
    {
      name: 'a timeline event with empty text',
      mutation: 'timeline',
      input: { text: ' ', at: new Date().toISOString() },
      field: 'text',
    },
  ];
  /** Sends a case's mutation, on the incident for all but `declare`, and expects BAD_USER_INPUT. */
  const rejected = (c: ValidationCase, incidentId: string) => {
    const url = server.graphqlUrl;
    const token = server.tokens.COMMANDER;
    switch (c.mutation) {
      case 'declare':
        return fails(url, DECLARE, { input: c.input }, token, 'BAD_USER_INPUT');
      case 'update':
        return fails(
          url,
          POST_UPDATE,
          { input: { incidentId, ...c.input } },
          token,
          'BAD_USER_INPUT',
        );
      case 'recovery':
        return fails(
          url,
          RECORD_RECOVERY,
          { input: { incidentId, ...c.input } },
          token,
          'BAD_USER_INPUT',
        );
      case 'timeline':
        return fails(
          url,
          ADD_TIMELINE_EVENT,
          { input: { incidentId, ...c.input } },
          token,
          'BAD_USER_INPUT',
        );
    }
  };

  it.each(cases)(
    'should answer BAD_USER_INPUT naming the field and write nothing when given $name',
    async (c) => {
      const incident = await makeIncident(server.app.services, {
        startedAt: new Date(Date.now() - 60_000),
      });
      const before = await collectionCounts();
      const error = await rejected(c, incident._id.toHexString());
      expect(error.extensions?.field).toBe(c.field);
      expect(await collectionCounts()).toEqual(before);
    },
  );

  it('should reject a non-finite recovery value before any resolver runs', async () => {
    const incident = await makeIncident(server.app.services);
    const result = await postText(
      server.graphqlUrl,
      RECORD_RECOVERY.toString(),
      { input: { incidentId: incident._id.toHexString(), flow: 'orders', value: 'NaN' } },
      server.tokens.RESPONDER,
    );
    expect(result.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should answer NOT_FOUND and write nothing when the incident id is unknown', async () => {
    const before = await collectionCounts();
    await fails(
      server.graphqlUrl,
      POST_UPDATE,
      { input: { incidentId: '64b0f0f0f0f0f0f0f0f0f0f0', status: 'IDENTIFIED', body: 'x' } },
      server.tokens.RESPONDER,
      'NOT_FOUND',
    );
    await fails(
      server.graphqlUrl,
      POST_UPDATE,
      { input: { incidentId: 'not-an-id', status: 'IDENTIFIED', body: 'x' } },
      server.tokens.RESPONDER,
      'NOT_FOUND',
    );
    expect(await collectionCounts()).toEqual(before);
  });

  it('should reject an unknown enum value through GraphQL itself', async () => {
    const result = await postText(
      server.graphqlUrl,
      DECLARE.toString(),
      { input: { title: 't', impact: 'APOCALYPTIC', body: 'b' } },
      server.tokens.COMMANDER,
    );
    expect(result.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('lifecycle', () => {
  it('should let a RESPONDER move an open incident between INVESTIGATING, IDENTIFIED and MONITORING in any order', async () => {
    const incident = await makeIncident(server.app.services);
    const id = incident._id.toHexString();
    const statuses: IncidentStatus[] = ['MONITORING', 'IDENTIFIED', 'INVESTIGATING', 'MONITORING'];
    for (const status of statuses) {
      const data = await ok(
        server.graphqlUrl,
        POST_UPDATE,
        { input: { incidentId: id, status, body: `now ${status}` } },
        server.tokens.RESPONDER,
      );
      expect(data.postIncidentUpdate.status).toBe(status);
    }
    const read = await readIncident(id);
    expect(read.status).toBe('MONITORING');
    expect(read.updates.map((u) => u.status)).toEqual([
      'MONITORING',
      'INVESTIGATING',
      'IDENTIFIED',
      'MONITORING',
      'INVESTIGATING',
    ]);
  });

  it('should forbid a RESPONDER to resolve, and let a COMMANDER resolve and set resolvedAt', async () => {
    const incident = await makeIncident(server.app.services);
    const input: PostIncidentUpdateInput = {
      incidentId: incident._id.toHexString(),
      status: 'RESOLVED',
      body: 'All good.',
    };
    await fails(server.graphqlUrl, POST_UPDATE, { input }, server.tokens.RESPONDER, 'FORBIDDEN');
    const data = await ok(server.graphqlUrl, POST_UPDATE, { input }, server.tokens.COMMANDER);
    const read = await readIncident(input.incidentId);
    expect(read.status).toBe('RESOLVED');
    expect(read.resolvedAt).toBe(data.postIncidentUpdate.createdAt);
  });

  it('should reopen a resolved incident only for a COMMANDER, clearing resolvedAt', async () => {
    const incident = await makeIncident(server.app.services, { resolve: true });
    const input: PostIncidentUpdateInput = {
      incidentId: incident._id.toHexString(),
      status: 'INVESTIGATING',
      body: 'It is back.',
    };
    await fails(server.graphqlUrl, POST_UPDATE, { input }, server.tokens.RESPONDER, 'FORBIDDEN');
    await ok(server.graphqlUrl, POST_UPDATE, { input }, server.tokens.COMMANDER);
    const read = await readIncident(input.incidentId);
    expect(read.status).toBe('INVESTIGATING');
    expect(read.resolvedAt).toBeNull();
  });

  it('should answer CONFLICT when resolving an incident that is already resolved', async () => {
    const incident = await makeIncident(server.app.services, { resolve: true });
    await fails(
      server.graphqlUrl,
      POST_UPDATE,
      { input: { incidentId: incident._id.toHexString(), status: 'RESOLVED', body: 'again' } },
      server.tokens.COMMANDER,
      'CONFLICT',
    );
  });
});

describe('idempotency', () => {
  it('should return the first result and write nothing new when the same key is sent twice', async () => {
    const input: DeclareIncidentInput = {
      title: 'Idempotent',
      impact: 'MINOR',
      body: 'once',
      idempotencyKey: 'key-declare-1',
    };
    const first = await ok(server.graphqlUrl, DECLARE, { input }, server.tokens.COMMANDER);
    const before = await collectionCounts();
    const second = await ok(server.graphqlUrl, DECLARE, { input }, server.tokens.COMMANDER);
    expect(second.declareIncident.id).toBe(first.declareIncident.id);
    expect(await collectionCounts()).toEqual(before);
  });

  it('should post one update when two requests with the same key race', async () => {
    const incident = await makeIncident(server.app.services);
    const input: PostIncidentUpdateInput = {
      incidentId: incident._id.toHexString(),
      status: 'IDENTIFIED',
      body: 'double click',
      idempotencyKey: 'dbl-1',
    };
    const [a, b] = await Promise.all([
      ok(server.graphqlUrl, POST_UPDATE, { input }, server.tokens.RESPONDER),
      ok(server.graphqlUrl, POST_UPDATE, { input }, server.tokens.RESPONDER),
    ]);
    expect(a.postIncidentUpdate.id).toBe(b.postIncidentUpdate.id);
    const read = await readIncident(input.incidentId);
    expect(read.updates.filter((u) => u.body === 'double click')).toHaveLength(1);
  });

  it('should return the first update, not a CONFLICT, when a resolve is retried with its key', async () => {
    const incident = await makeIncident(server.app.services);
    const input: PostIncidentUpdateInput = {
      incidentId: incident._id.toHexString(),
      status: 'RESOLVED',
      body: 'done',
      idempotencyKey: 'resolve-1',
    };
    const first = await ok(server.graphqlUrl, POST_UPDATE, { input }, server.tokens.COMMANDER);
    const again = await ok(server.graphqlUrl, POST_UPDATE, { input }, server.tokens.COMMANDER);
    expect(again.postIncidentUpdate.id).toBe(first.postIncidentUpdate.id);
  });
});

describe('incidents', () => {
  it('should page newest first without skipping or repeating while incidents are being added', async () => {
    const dbServer = server;
    const tag = `page-${Date.now()}`;
    const base = Date.now() - 3_600_000;
    for (let i = 0; i < 7; i += 1) {
      // Two incidents share each start time, so the tie-breaker is exercised too.
      await makeIncident(dbServer.app.services, {
        title: `${tag} ${i}`,
        startedAt: new Date(base + Math.floor(i / 2) * 60_000),
      });
    }
    const filter = { text: tag };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: IncidentsListQuery = await ok(server.graphqlUrl, LIST, {
        filter,
        first: 3,
        after,
      });
      seen.push(...page.incidents.edges.map((e) => e.node.title));
      pages += 1;
      // A newer incident arriving mid-way lands before the cursor and must not disturb the walk.
      if (pages === 1) await makeIncident(dbServer.app.services, { title: `${tag} late` });
      if (!page.incidents.pageInfo.hasNextPage) break;
      after = page.incidents.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((t) => t !== `${tag} late`).sort()).toEqual(
      Array.from({ length: 7 }, (_, i) => `${tag} ${i}`).sort(),
    );
    expect(pages).toBe(3);
  });

  it('should filter by status, active, impact, start range and text, and count the matches', async () => {
    const tag = `filter-${Date.now()}`;
    const t0 = new Date(Date.now() - 7_200_000);
    await makeIncident(server.app.services, {
      title: `${tag} a`,
      impact: 'CRITICAL',
      startedAt: t0,
    });
    await makeIncident(server.app.services, {
      title: `${tag} b`,
      impact: 'MINOR',
      resolve: true,
      startedAt: new Date(t0.getTime() + 60_000),
    });
    await makeIncident(server.app.services, {
      title: `${tag} c`,
      impact: 'MINOR',
      body: `needle-${tag} in the body`,
    });
    const titles = async (filter: IncidentFilter) =>
      (await ok(server.graphqlUrl, LIST, { filter: { text: tag, ...filter } })).incidents.edges
        .map((e) => e.node.title)
        .sort();
    expect(await titles({ impact: ['CRITICAL'] })).toEqual([`${tag} a`]);
    expect(await titles({ active: false })).toEqual([`${tag} b`]);
    expect(await titles({ active: true })).toEqual([`${tag} a`, `${tag} c`]);
    expect(await titles({ status: ['RESOLVED'] })).toEqual([`${tag} b`]);
    expect(await titles({ startedBefore: new Date(t0.getTime() + 30_000).toISOString() })).toEqual([
      `${tag} a`,
    ]);
    expect(await titles({ startedAfter: new Date(t0.getTime() + 30_000).toISOString() })).toEqual([
      `${tag} b`,
      `${tag} c`,
    ]);
    const byBody = await ok(server.graphqlUrl, LIST, {
      filter: { text: `NEEDLE-${tag}` },
    });
    expect(byBody.incidents.totalCount).toBe(1);
    expect(byBody.incidents.edges[0]?.node.title).toBe(`${tag} c`);
  });

  it('should find an incident by a word prefix of an update posted after it was declared', async () => {
    const word = `zebrafish${Date.now()}`;
    const incident = await makeIncident(server.app.services);
    const before = await ok(server.graphqlUrl, LIST, {
      filter: { text: word.slice(0, 12) },
    });
    expect(before.incidents.totalCount).toBe(0);
    await server.app.services.updates.post(commander, {
      incidentId: incident._id.toHexString(),
      status: 'IDENTIFIED',
      body: `The ${word} service is the culprit.`,
    });
    const after = await ok(server.graphqlUrl, LIST, {
      filter: { text: word.slice(0, 12).toUpperCase() },
    });
    expect(after.incidents.edges.map((e) => e.node.id)).toEqual([incident._id.toHexString()]);
  });

  it('should refuse a text filter with no word in it', async () => {
    expect(
      (
        await fails(
          server.graphqlUrl,
          LIST,
          { filter: { text: '!!' } },
          undefined,
          'BAD_USER_INPUT',
        )
      ).extensions?.field,
    ).toBe('filter.text');
  });

  it('should filter by affected component', async () => {
    const component = await ok(
      server.graphqlUrl,
      CREATE_COMPONENT,
      { input: { name: `Search ${Date.now()}` } },
      server.tokens.COMMANDER,
    );
    const incident = await makeIncident(server.app.services, {
      componentIds: [component.createComponent.id],
    });
    const data = await ok(server.graphqlUrl, LIST, {
      filter: { componentId: component.createComponent.id },
    });
    expect(data.incidents.edges.map((e) => e.node.id)).toEqual([incident._id.toHexString()]);
  });

  it('should refuse a page size outside 1..100 and a forged cursor with BAD_USER_INPUT', async () => {
    expect(
      (await fails(server.graphqlUrl, LIST, { first: 101 }, undefined, 'BAD_USER_INPUT')).extensions
        ?.field,
    ).toBe('first');
    expect(
      (await fails(server.graphqlUrl, LIST, { first: 0 }, undefined, 'BAD_USER_INPUT')).extensions
        ?.field,
    ).toBe('first');
    expect(
      (await fails(server.graphqlUrl, LIST, { after: 'bm9wZQ' }, undefined, 'BAD_USER_INPUT'))
        .extensions?.field,
    ).toBe('after');
  });
});
