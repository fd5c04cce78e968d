import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/src/__generated__/resolvers-types.js';
import { post } from '../support/graphql.js';
import { commander, makeIncident } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

type Caller = Role | 'anonymous';
const callers: Caller[] = ['anonymous', 'VIEWER', 'RESPONDER', 'COMMANDER', 'ADMIN'];
const rank: Record<Caller, number> = {
  anonymous: 0,
  VIEWER: 1,
  RESPONDER: 2,
  COMMANDER: 3,
  ADMIN: 4,
};

interface MutationCase {
  name: string;
  needs: Role;
  /** Builds the document and variables on fresh data, so every call could succeed. */
  prepare: () => Promise<{ query: string; variables: Record<string, unknown> }>;
}

const incidentId = async () => (await makeIncident(server.app.services))._id.toHexString();
const resolvedIncidentId = async () =>
  (await makeIncident(server.app.services, { resolve: true }))._id.toHexString();
const componentId = async () =>
  (
    await server.app.services.components.create(commander, {
      name: `c-${Math.random().toString(36).slice(2)}`,
    })
  )._id.toHexString();

const mutations: MutationCase[] = [
  {
    name: 'declareIncident',
    needs: 'COMMANDER',
    prepare: () =>
      Promise.resolve({
        query:
          'mutation { declareIncident(input: { title: "t", impact: MINOR, body: "b" }) { id } }',
        variables: {},
      }),
  },
  {
    name: 'postIncidentUpdate (open status)',
    needs: 'RESPONDER',
    prepare: async () => ({
      query:
        'mutation($id: ID!) { postIncidentUpdate(input: { incidentId: $id, status: IDENTIFIED, body: "b" }) { id } }',
      variables: { id: await incidentId() },
    }),
  },
  {
    name: 'postIncidentUpdate (RESOLVED)',
    needs: 'COMMANDER',
    prepare: async () => ({
      query:
        'mutation($id: ID!) { postIncidentUpdate(input: { incidentId: $id, status: RESOLVED, body: "b" }) { id } }',
      variables: { id: await incidentId() },
    }),
  },
  {
    name: 'postIncidentUpdate (reopen)',
    needs: 'COMMANDER',
    prepare: async () => ({
      query:
        'mutation($id: ID!) { postIncidentUpdate(input: { incidentId: $id, status: MONITORING, body: "b" }) { id } }',
      variables: { id: await resolvedIncidentId() },
    }),
  },
  {
    name: 'recordRecovery',
    needs: 'RESPONDER',
    prepare: async () => ({
      query:
        'mutation($id: ID!) { recordRecovery(input: { incidentId: $id, flow: "orders", value: 42 }) { value } }',
      variables: { id: await incidentId() },
    }),
  },
  {
    name: 'addTimelineEvent',
    needs: 'RESPONDER',
    prepare: async () => ({
      query:
        'mutation($id: ID!, $at: DateTime!) { addTimelineEvent(input: { incidentId: $id, at: $at, text: "x" }) { id } }',
      variables: { id: await incidentId(), at: new Date().toISOString() },
    }),
  },
  {
    name: 'setIncidentImpact',
    needs: 'COMMANDER',
    prepare: async () => ({
      query:
        'mutation($id: ID!) { setIncidentImpact(input: { incidentId: $id, impact: CRITICAL }) { impact } }',
      variables: { id: await incidentId() },
    }),
  },
  {
    name: 'setAffectedComponents',
    needs: 'COMMANDER',
    prepare: async () => ({
      query:
        'mutation($id: ID!, $c: ID!) { setAffectedComponents(input: { incidentId: $id, components: [{ componentId: $c, status: PARTIAL_OUTAGE }] }) { id } }',
      variables: { id: await incidentId(), c: await componentId() },
    }),
  },
  {
    name: 'createComponent',
    needs: 'COMMANDER',
    prepare: () =>
      Promise.resolve({
        query: 'mutation($n: String!) { createComponent(input: { name: $n }) { id } }',
        variables: { n: `new-${Math.random()}` },
      }),
  },
  {
    name: 'setComponentStatus',
    needs: 'COMMANDER',
    prepare: async () => ({
      query:
        'mutation($c: ID!) { setComponentStatus(input: { componentId: $c, status: DEGRADED_PERFORMANCE }) { status } }',
      variables: { c: await componentId() },
    }),
  },
  {
    name: 'addActionItem',
    needs: 'COMMANDER',
    prepare: async () => ({
      query:
        'mutation($id: ID!) { addActionItem(input: { incidentId: $id, title: "fix it" }) { id } }',
      variables: { id: await incidentId() },
    }),
  },
  {
    name: 'updateActionItem',
    needs: 'COMMANDER',
    prepare: async () => {
      const item = await server.app.services.actions.add(commander, {
        incidentId: await incidentId(),
        title: 'a',
      });
      return {
        query:
          'mutation($id: ID!) { updateActionItem(input: { id: $id, status: DONE }) { status } }',
        variables: { id: item._id.toHexString() },
      };
    },
  },
  {
    name: 'setPostmortem',
    needs: 'COMMANDER',
    prepare: async () => ({
      query:
        'mutation($id: ID!) { setPostmortem(input: { incidentId: $id, markdown: "# PM" }) { postmortem } }',
      variables: { id: await incidentId() },
    }),
  },
  {
    name: 'importIncident',
    needs: 'COMMANDER',
    prepare: () =>
      Promise.resolve({
        query:
          'mutation($at: DateTime!) { importIncident(input: { title: "i", impact: NONE, startedAt: $at, updates: [{ status: RESOLVED, body: "done", createdAt: $at }] }) { id } }',
        variables: { at: new Date(Date.now() - 60_000).toISOString() },
      }),
  },
  {
    name: 'createApiToken',
    needs: 'ADMIN',
    prepare: () =>
      Promise.resolve({
        query: 'mutation { createApiToken(input: { name: "n", role: VIEWER }) { token } }',
        variables: {},
      }),
  },
  {
    name: 'revokeApiToken',
    needs: 'ADMIN',
    prepare: async () => ({
      query: 'mutation($id: ID!) { revokeApiToken(id: $id) }',
      variables: {
        id: (await server.app.services.tokens.issue('victim', 'VIEWER'))._id.toHexString(),
      },
    }),
  },
];

const matrix = mutations.flatMap((mutation) => callers.map((caller) => ({ ...mutation, caller })));

describe('the role × mutation matrix', () => {
  it.each(matrix)(
    'should answer $name for $caller as its role allows',
    async ({ caller, needs, prepare }) => {
      const { query, variables } = await prepare();
      const token = caller === 'anonymous' ? undefined : server.tokens[caller];
      const result = await post(server.graphqlUrl, query, variables, token);
      if (rank[caller] >= rank[needs]) {
        expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
      } else {
        expect(result.errors[0]?.extensions?.code).toBe(
          caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        );
        expect(result.data).toBeNull();
      }
    },
  );
});

describe('viewer', () => {
  it.each(callers)('should report the role of %s', async (caller) => {
    const token = caller === 'anonymous' ? undefined : server.tokens[caller];
    const result = await post<{ viewer: { role: string | null } }>(
      server.graphqlUrl,
      '{ viewer { role } }',
      {},
      token,
    );
    expect(result.data?.viewer.role).toBe(caller === 'anonymous' ? null : caller);
  });
});
