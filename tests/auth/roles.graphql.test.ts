import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role, TypedDocumentString } from '../__generated__/graphql.js';
import { graphql, post, type GraphQLResponse } from '../support/graphql.js';
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
  /** Builds fresh data, so every call could succeed; returns the call, to make as a caller. */
  prepare: () => Promise<Call>;
}

/** One mutation with its variables, sent with a caller's token (none for anonymous). */
type Call = (token: string | undefined) => Promise<GraphQLResponse<unknown>>;

const incidentId = async () => (await makeIncident(server.app.services))._id.toHexString();
const resolvedIncidentId = async () =>
  (await makeIncident(server.app.services, { resolve: true }))._id.toHexString();
const componentId = async () =>
  (
    await server.app.services.components.create(commander, {
      name: `c-${Math.random().toString(36).slice(2)}`,
    })
  )._id.toHexString();

/** Sends the mutation with its variables as the given caller. */
function call<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Call {
  return (token) => post(server.graphqlUrl, document, variables, token);
}

const DECLARE_INCIDENT = graphql(`
  mutation RolesDeclareIncident {
    declareIncident(input: { title: "t", impact: MINOR, body: "b" }) {
      id
    }
  }
`);
const POST_UPDATE_OPEN = graphql(`
  mutation RolesPostUpdateOpen($id: ID!) {
    postIncidentUpdate(input: { incidentId: $id, status: IDENTIFIED, body: "b" }) {
      id
    }
  }
`);
const POST_UPDATE_RESOLVED = graphql(`
  mutation RolesPostUpdateResolved($id: ID!) {
    postIncidentUpdate(input: { incidentId: $id, status: RESOLVED, body: "b" }) {
      id
    }
  }
`);
const POST_UPDATE_REOPEN = graphql(`
  mutation RolesPostUpdateReopen($id: ID!) {
    postIncidentUpdate(input: { incidentId: $id, status: MONITORING, body: "b" }) {
      id
    }
  }
`);
const RECORD_RECOVERY = graphql(`
  mutation RolesRecordRecovery($id: ID!) {
    recordRecovery(input: { incidentId: $id, flow: "orders", value: 42 }) {
      value
    }
  }
`);
const ADD_TIMELINE_EVENT = graphql(`
  mutation RolesAddTimelineEvent($id: ID!, $at: DateTime!) {
    addTimelineEvent(input: { incidentId: $id, at: $at, text: "x" }) {
      id
    }
  }
`);
const SET_INCIDENT_IMPACT = graphql(`
  mutation RolesSetIncidentImpact($id: ID!) {
    setIncidentImpact(input: { incidentId: $id, impact: CRITICAL }) {
      impact
    }
  }
`);
const SET_AFFECTED_COMPONENTS = graphql(`
  mutation RolesSetAffectedComponents($id: ID!, $c: ID!) {
    setAffectedComponents(
      input: { incidentId: $id, components: [{ componentId: $c, status: PARTIAL_OUTAGE }] }
    ) {
      id
    }
  }
`);
const CREATE_COMPONENT = graphql(`
  mutation RolesCreateComponent($n: String!) {
    createComponent(input: { name: $n }) {
      id
    }
  }
`);
const SET_COMPONENT_STATUS = graphql(`
  mutation RolesSetComponentStatus($c: ID!) {
    setComponentStatus(input: { componentId: $c, status: DEGRADED_PERFORMANCE }) {
      status
    }
  }
`);
const ADD_ACTION_ITEM = graphql(`
  mutation RolesAddActionItem($id: ID!) {
    addActionItem(input: { incidentId: $id, title: "fix it" }) {
      id
    }
  }
`);
const UPDATE_ACTION_ITEM = graphql(`
  mutation RolesUpdateActionItem($id: ID!) {
    updateActionItem(input: { id: $id, status: DONE }) {
      status
    }
  }
`);
const SET_POSTMORTEM = graphql(`
  mutation RolesSetPostmortem($id: ID!) {
    setPostmortem(input: { incidentId: $id, markdown: "# PM" }) {
      postmortem
    }
  }
`);
const IMPORT_INCIDENT = graphql(`
  mutation RolesImportIncident($at: DateTime!) {
    importIncident(
      input: {
        title: "i"
        impact: NONE
        startedAt: $at
        updates: [{ status: RESOLVED, body: "done", createdAt: $at }]
      }
    ) {
      id
    }
  }
`);
const CREATE_API_TOKEN = graphql(`
  mutation RolesCreateApiToken {
    createApiToken(input: { name: "n", role: VIEWER }) {
      token
    }
  }
`);
const REVOKE_API_TOKEN = graphql(`
  mutation RolesRevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

const mutations: MutationCase[] = [
  {
    name: 'declareIncident',
    needs: 'COMMANDER',
    prepare: () => Promise.resolve(call(DECLARE_INCIDENT, {})),
  },
  {
    name: 'postIncidentUpdate (open status)',
    needs: 'RESPONDER',
    prepare: async () => call(POST_UPDATE_OPEN, { id: await incidentId() }),
  },
  {
    name: 'postIncidentUpdate (RESOLVED)',
    needs: 'COMMANDER',
    prepare: async () => call(POST_UPDATE_RESOLVED, { id: await incidentId() }),
  },
  {
    name: 'postIncidentUpdate (reopen)',
    needs: 'COMMANDER',
    prepare: async () => call(POST_UPDATE_REOPEN, { id: await resolvedIncidentId() }),
  },
  {
    name: 'recordRecovery',
    needs: 'RESPONDER',
    prepare: async () => call(RECORD_RECOVERY, { id: await incidentId() }),
  },
  {
    name: 'addTimelineEvent',
    needs: 'RESPONDER',
    prepare: async () =>
      call(ADD_TIMELINE_EVENT, { id: await incidentId(), at: new Date().toISOString() }),
  },
  {
    name: 'setIncidentImpact',
    needs: 'COMMANDER',
    prepare: async () => call(SET_INCIDENT_IMPACT, { id: await incidentId() }),
  },
  {
    name: 'setAffectedComponents',
    needs: 'COMMANDER',
    prepare: async () =>
      call(SET_AFFECTED_COMPONENTS, { id: await incidentId(), c: await componentId() }),
  },
  {
    name: 'createComponent',
    needs: 'COMMANDER',
    prepare: () => Promise.resolve(call(CREATE_COMPONENT, { n: `new-${Math.random()}` })),
  },
  {
    name: 'setComponentStatus',
    needs: 'COMMANDER',
    prepare: async () => call(SET_COMPONENT_STATUS, { c: await componentId() }),
  },
  {
    name: 'addActionItem',
    needs: 'COMMANDER',
    prepare: async () => call(ADD_ACTION_ITEM, { id: await incidentId() }),
  },
  {
    name: 'updateActionItem',
    needs: 'COMMANDER',
    prepare: async () => {
      const item = await server.app.services.actions.add(commander, {
        incidentId: await incidentId(),
        title: 'a',
      });
      return call(UPDATE_ACTION_ITEM, { id: item._id.toHexString() });
    },
  },
  {
    name: 'setPostmortem',
    needs: 'COMMANDER',
    prepare: async () => call(SET_POSTMORTEM, { id: await incidentId() }),
  },
  {
    name: 'importIncident',
    needs: 'COMMANDER',
    prepare: () =>
      Promise.resolve(call(IMPORT_INCIDENT, { at: new Date(Date.now() - 60_000).toISOString() })),
  },
  {
    name: 'createApiToken',
    needs: 'ADMIN',
    prepare: () => Promise.resolve(call(CREATE_API_TOKEN, {})),
  },
  {
    name: 'revokeApiToken',
    needs: 'ADMIN',
    prepare: async () =>
      call(REVOKE_API_TOKEN, {
        id: (await server.app.services.tokens.issue('victim', 'VIEWER'))._id.toHexString(),
      }),
  },
];

const matrix = mutations.flatMap((mutation) => callers.map((caller) => ({ ...mutation, caller })));

describe('the role × mutation matrix', () => {
  it.each(matrix)(
    'should answer $name for $caller as its role allows',
    async ({ caller, needs, prepare }) => {
      const send = await prepare();
      const token = caller === 'anonymous' ? undefined : server.tokens[caller];
      const result = await send(token);
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

const VIEWER = graphql(`
  query RolesViewer {
    viewer {
      role
    }
  }
`);

describe('viewer', () => {
  it.each(callers)('should report the role of %s', async (caller) => {
    const token = caller === 'anonymous' ? undefined : server.tokens[caller];
    const result = await post(server.graphqlUrl, VIEWER, {}, token);
    expect(result.data?.viewer.role).toBe(caller === 'anonymous' ? null : caller);
  });
});
