import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fails, graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

const DECLARE = graphql(`
  mutation CadenceDeclare($impact: Impact!, $nextUpdateBy: DateTime) {
    declareIncident(
      input: { title: "Cadence", impact: $impact, body: "Looking.", nextUpdateBy: $nextUpdateBy }
    ) {
      id
      nextUpdateBy
      updates {
        nextUpdateBy
      }
    }
  }
`);
const POST = graphql(`
  mutation CadencePost($incidentId: ID!, $status: IncidentStatus!, $nextUpdateBy: DateTime) {
    postIncidentUpdate(
      input: {
        incidentId: $incidentId
        status: $status
        body: "Still looking."
        nextUpdateBy: $nextUpdateBy
      }
    ) {
      nextUpdateBy
    }
  }
`);
const POST_DEFAULT = graphql(`
  mutation CadencePostDefault($incidentId: ID!) {
    postIncidentUpdate(input: { incidentId: $incidentId, status: IDENTIFIED, body: "Found it." }) {
      nextUpdateBy
    }
  }
`);
const INCIDENT = graphql(`
  query CadenceIncident($id: ID!) {
    incident(id: $id) {
      nextUpdateBy
    }
  }
`);
const RECORD = graphql(`
  mutation CadenceRecord($incidentId: ID!, $flow: String!) {
    recordRecovery(input: { incidentId: $incidentId, flow: $flow, value: 10 }) {
      value
    }
  }
`);

const start = Date.parse('2023-07-13T15:00:00.000Z');
let now = start;
const minutes = (m: number) => new Date(start + m * 60_000).toISOString();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    clock: () => new Date(now),
    env: { UPDATE_CADENCE_MINUTES: 'CRITICAL=15,MAJOR=45' },
  });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

const commander = () => server.tokens.COMMANDER;

describe('update cadence (nextUpdateBy)', () => {
  it('should promise the configured default for the impact when none is given', async () => {
    now = start;
    const data = await ok(server.graphqlUrl, DECLARE, { impact: 'CRITICAL' }, commander());
    expect(data.declareIncident.nextUpdateBy).toBe(minutes(15));
    now = start + 10 * 60_000;
    const posted = await ok(
      server.graphqlUrl,
      POST_DEFAULT,
      { incidentId: data.declareIncident.id },
      commander(),
    );
    expect(posted.postIncidentUpdate.nextUpdateBy).toBe(minutes(25));
  });

  it('should keep the impacts not configured at their built-in default, and NONE promises nothing', async () => {
    now = start;
    const minor = await ok(server.graphqlUrl, DECLARE, { impact: 'MINOR' }, commander());
    expect(minor.declareIncident.nextUpdateBy).toBe(minutes(120));
    const none = await ok(server.graphqlUrl, DECLARE, { impact: 'NONE' }, commander());
    expect(none.declareIncident.nextUpdateBy).toBeNull();
  });

  it('should take an explicit promise, and null for none', async () => {
    now = start;
    const data = await ok(
      server.graphqlUrl,
      DECLARE,
      { impact: 'MAJOR', nextUpdateBy: minutes(20) },
      commander(),
    );
    const id = data.declareIncident.id;
    expect(data.declareIncident.updates[0]?.nextUpdateBy).toBe(minutes(20));
    const none = await ok(
      server.graphqlUrl,
      POST,
      { incidentId: id, status: 'MONITORING', nextUpdateBy: null },
      commander(),
    );
    expect(none.postIncidentUpdate.nextUpdateBy).toBeNull();
    expect((await ok(server.graphqlUrl, INCIDENT, { id }, undefined)).incident?.nextUpdateBy).toBe(
      null,
    );
  });

  it.each([
    { name: 'before the update', at: -1 },
    { name: 'more than a day ahead', at: 24 * 60 + 1 },
  ])('should refuse a promise $name with BAD_USER_INPUT on nextUpdateBy', async ({ at }) => {
    now = start;
    const data = await ok(server.graphqlUrl, DECLARE, { impact: 'MAJOR' }, commander());
    const error = await fails(
      server.graphqlUrl,
      POST,
      { incidentId: data.declareIncident.id, status: 'IDENTIFIED', nextUpdateBy: minutes(at) },
      commander(),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.field).toBe('nextUpdateBy');
  });

  it('should refuse a promise on a resolving update, and drop the pending one once resolved', async () => {
    now = start;
    const data = await ok(server.graphqlUrl, DECLARE, { impact: 'MAJOR' }, commander());
    const id = data.declareIncident.id;
    await fails(
      server.graphqlUrl,
      POST,
      { incidentId: id, status: 'RESOLVED', nextUpdateBy: minutes(30) },
      commander(),
      'BAD_USER_INPUT',
    );
    expect((await ok(server.graphqlUrl, INCIDENT, { id }, undefined)).incident?.nextUpdateBy).toBe(
      minutes(45),
    );
    await ok(server.graphqlUrl, POST, { incidentId: id, status: 'RESOLVED' }, commander());
    expect(
      (await ok(server.graphqlUrl, INCIDENT, { id }, undefined)).incident?.nextUpdateBy,
    ).toBeNull();
  });
});

describe('errors in words', () => {
  it('should say what a flow name may hold, not a regular expression', async () => {
    now = start;
    const data = await ok(server.graphqlUrl, DECLARE, { impact: 'MINOR' }, commander());
    const error = await fails(
      server.graphqlUrl,
      RECORD,
      { incidentId: data.declareIncident.id, flow: 'Sales Flow' },
      commander(),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.field).toBe('flow');
    expect(error.message).toContain('lower-case letters, digits and _');
    expect(error.message).not.toMatch(/[\^$[\]{}]/);
  });
});
