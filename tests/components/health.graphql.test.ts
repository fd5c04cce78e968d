import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { subscribeEvents } from '../support/ws.js';

const CREATE = graphql(`
  mutation HealthCreateComponent($name: String!) {
    createComponent(input: { name: $name, group: "Storefront" }) {
      id
    }
  }
`);
const DECLARE = graphql(`
  mutation HealthDeclare($title: String!, $impact: Impact!, $componentIds: [ID!]) {
    declareIncident(
      input: { title: $title, impact: $impact, body: "Investigating.", componentIds: $componentIds }
    ) {
      id
    }
  }
`);
const AFFECT = graphql(`
  mutation HealthAffect($incidentId: ID!, $components: [AffectedComponentInput!]!) {
    setAffectedComponents(input: { incidentId: $incidentId, components: $components }) {
      id
      components {
        status
        component {
          id
          status
        }
      }
    }
  }
`);
const POST = graphql(`
  mutation HealthPost($incidentId: ID!, $status: IncidentStatus!) {
    postIncidentUpdate(input: { incidentId: $incidentId, status: $status, body: "Update." }) {
      id
    }
  }
`);
const SET_STATUS = graphql(`
  mutation HealthSetStatus($componentId: ID!, $status: ComponentStatus!) {
    setComponentStatus(input: { componentId: $componentId, status: $status }) {
      status
      manualStatus
    }
  }
`);
const COMPONENTS = graphql(`
  query HealthComponents {
    components {
      id
      name
      status
      manualStatus
    }
  }
`);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

async function statusOf(id: string) {
  const { components } = await ok(server.graphqlUrl, COMPONENTS, {});
  const found = components.find((c) => c.id === id);
  if (!found) throw new Error(`component ${id} missing`);
  return { status: found.status, manualStatus: found.manualStatus };
}

/** The Statuspage-compatible API must agree with GraphQL about every component. */
async function statuspageStatusOf(name: string): Promise<unknown> {
  const response = await fetch(`${server.url}/api/v2/components.json`);
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('components' in body)) {
    throw new Error('components.json without components');
  }
  const list: unknown = body.components;
  if (!Array.isArray(list)) throw new Error('components is not a list');
  const found: unknown = list.find(
    (c: unknown) => typeof c === 'object' && c !== null && 'name' in c && c.name === name,
  );
  return typeof found === 'object' && found !== null && 'status' in found ? found.status : null;
}

async function component(name: string): Promise<string> {
  const data = await ok(server.graphqlUrl, CREATE, { name }, server.tokens.COMMANDER);
  return data.createComponent.id;
}

async function declare(title: string, componentIds: string[] = []): Promise<string> {
  const data = await ok(
    server.graphqlUrl,
    DECLARE,
    { title, impact: 'MAJOR', componentIds },
    server.tokens.COMMANDER,
  );
  return data.declareIncident.id;
}

const post = (incidentId: string, status: 'RESOLVED' | 'IDENTIFIED') =>
  ok(server.graphqlUrl, POST, { incidentId, status }, server.tokens.COMMANDER);

describe('Component.status (one health truth)', () => {
  it('should show the status an open incident gives a component, and drop it on resolve', async () => {
    const payments = await component('Payments');
    const incidentId = await declare('Payments down');
    expect(await statusOf(payments)).toEqual({
      status: 'OPERATIONAL',
      manualStatus: 'OPERATIONAL',
    });

    const affected = await ok(
      server.graphqlUrl,
      AFFECT,
      { incidentId, components: [{ componentId: payments, status: 'MAJOR_OUTAGE' }] },
      server.tokens.COMMANDER,
    );
    expect(affected.setAffectedComponents.components[0]?.component.status).toBe('MAJOR_OUTAGE');
    expect(await statusOf(payments)).toEqual({
      status: 'MAJOR_OUTAGE',
      manualStatus: 'OPERATIONAL',
    });
    expect(await statuspageStatusOf('Payments')).toBe('major_outage');

    await post(incidentId, 'RESOLVED');
    expect(await statusOf(payments)).toEqual({
      status: 'OPERATIONAL',
      manualStatus: 'OPERATIONAL',
    });
    expect(await statuspageStatusOf('Payments')).toBe('operational');

    // Reopening gives the incident its say again.
    await post(incidentId, 'IDENTIFIED');
    expect((await statusOf(payments)).status).toBe('MAJOR_OUTAGE');
  });

  it('should show the worst of the hand-set status and every open incident', async () => {
    const checkout = await component('Checkout');
    const a = await declare('Slow checkout');
    const b = await declare('Checkout errors');
    await ok(
      server.graphqlUrl,
      AFFECT,
      { incidentId: a, components: [{ componentId: checkout, status: 'DEGRADED_PERFORMANCE' }] },
      server.tokens.COMMANDER,
    );
    await ok(
      server.graphqlUrl,
      AFFECT,
      { incidentId: b, components: [{ componentId: checkout, status: 'PARTIAL_OUTAGE' }] },
      server.tokens.COMMANDER,
    );
    expect((await statusOf(checkout)).status).toBe('PARTIAL_OUTAGE');

    const set = await ok(
      server.graphqlUrl,
      SET_STATUS,
      { componentId: checkout, status: 'UNDER_MAINTENANCE' },
      server.tokens.COMMANDER,
    );
    expect(set.setComponentStatus).toEqual({
      status: 'PARTIAL_OUTAGE',
      manualStatus: 'UNDER_MAINTENANCE',
    });

    await post(b, 'RESOLVED');
    expect((await statusOf(checkout)).status).toBe('DEGRADED_PERFORMANCE');
    await post(a, 'RESOLVED');
    expect((await statusOf(checkout)).status).toBe('UNDER_MAINTENANCE');
  });

  it('should announce COMPONENT_STATUS_CHANGED for each component whose shown status changes', async () => {
    const sessions = await component('Sessions');
    const admin = await component('Admin');
    const stream = subscribeEvents(server.wsUrl);
    try {
      // Let the subscription reach the server before the first write.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const incidentId = await declare('Sessions lost', [sessions]);
      const declared = await stream.waitFor(2);
      expect(declared.map((e) => e.type)).toEqual([
        'INCIDENT_DECLARED',
        'COMPONENT_STATUS_CHANGED',
      ]);
      expect(declared[1]?.component).toEqual({ name: 'Sessions', status: 'MAJOR_OUTAGE' });

      // Moving the incident from Sessions to Admin changes both.
      await ok(
        server.graphqlUrl,
        AFFECT,
        { incidentId, components: [{ componentId: admin, status: 'PARTIAL_OUTAGE' }] },
        server.tokens.COMMANDER,
      );
      const moved = (await stream.waitFor(5)).slice(2);
      expect(moved.map((e) => e.type)).toEqual([
        'INCIDENT_CHANGED',
        'COMPONENT_STATUS_CHANGED',
        'COMPONENT_STATUS_CHANGED',
      ]);
      expect(moved.slice(1).map((e) => e.component)).toEqual(
        expect.arrayContaining([
          { name: 'Sessions', status: 'OPERATIONAL' },
          { name: 'Admin', status: 'PARTIAL_OUTAGE' },
        ]),
      );

      await post(incidentId, 'RESOLVED');
      const resolved = (await stream.waitFor(7)).slice(5);
      expect(resolved.map((e) => [e.type, e.component])).toEqual([
        ['UPDATE_POSTED', null],
        ['COMPONENT_STATUS_CHANGED', { name: 'Admin', status: 'OPERATIONAL' }],
      ]);
    } finally {
      await stream.close();
    }
  });
});
