import type {
  ComponentStatus,
  DeclareIncidentInput,
  E2eIncidentQuery,
  IncidentStatus,
} from '../__generated__/graphql.js';
import { graphql, ok } from '../support/graphql.js';

/* The operations the end-to-end tests send through the API, as another tool would. */
export const DECLARE = graphql(`
  mutation E2eDeclare($input: DeclareIncidentInput!) {
    declareIncident(input: $input) {
      id
    }
  }
`);
export const POST_UPDATE = graphql(`
  mutation E2ePostUpdate($input: PostIncidentUpdateInput!) {
    postIncidentUpdate(input: $input) {
      id
    }
  }
`);
export const START_DRILL = graphql(`
  mutation E2eStartDrill($input: StartDrillInput!) {
    startDrill(input: $input) {
      id
    }
  }
`);
export const RECORD = graphql(`
  mutation E2eRecord($input: RecordRecoveryInput!) {
    recordRecovery(input: $input) {
      value
    }
  }
`);
export const INCIDENT = graphql(`
  query E2eIncident($id: ID!) {
    incident(id: $id) {
      id
      status
      updates {
        id
        status
        body
      }
    }
  }
`);
/** The demo incident, found by its title. */
export const SEED = graphql(`
  query E2eSeed {
    incidents(filter: { text: "Global Outage" }, first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
export const CREATE_COMPONENT = graphql(`
  mutation E2eCreateComponent($input: CreateComponentInput!) {
    createComponent(input: $input) {
      id
    }
  }
`);
const SET_COMPONENT_STATUS = graphql(`
  mutation E2eSetComponentStatus($input: SetComponentStatusInput!) {
    setComponentStatus(input: $input) {
      id
    }
  }
`);

/** Declares an open incident through the API and returns its id. */
export async function declare(
  graphqlUrl: string,
  token: string,
  title: string,
  extra: Partial<DeclareIncidentInput> = {},
): Promise<string> {
  const data = await ok(
    graphqlUrl,
    DECLARE,
    {
      input: {
        title,
        impact: 'CRITICAL',
        body: 'We are investigating elevated checkout errors.',
        ...extra,
      },
    },
    token,
  );
  return data.declareIncident.id;
}

/** Posts an update through the API. */
export async function postUpdate(
  graphqlUrl: string,
  token: string,
  incidentId: string,
  status: IncidentStatus,
  body: string,
): Promise<void> {
  await ok(graphqlUrl, POST_UPDATE, { input: { incidentId, status, body } }, token);
}

/** Reads an incident's status and updates through the API. */
export async function readIncident(
  graphqlUrl: string,
  id: string,
): Promise<NonNullable<E2eIncidentQuery['incident']>> {
  const data = await ok(graphqlUrl, INCIDENT, { id });
  if (!data.incident) throw new Error(`no incident ${id}`);
  return data.incident;
}

/** Sets a component's current status through the API. */
export async function setComponentStatus(
  graphqlUrl: string,
  token: string,
  componentId: string,
  status: ComponentStatus,
): Promise<void> {
  await ok(graphqlUrl, SET_COMPONENT_STATUS, { input: { componentId, status } }, token);
}

/**
 * A small catalog, as a real platform would have, some of it degraded (or, with `healthy`, all
 * operational); returns ids by name.
 */
export async function seedComponents(
  graphqlUrl: string,
  token: string,
  { healthy = false }: { healthy?: boolean } = {},
): Promise<Map<string, string>> {
  const catalog: [name: string, group: string, status: ComponentStatus][] = [
    ['Checkout', 'Storefront', 'MAJOR_OUTAGE'],
    ['Catalog', 'Storefront', 'OPERATIONAL'],
    ['Search', 'Storefront', 'DEGRADED_PERFORMANCE'],
    ['Payments', 'Platform', 'PARTIAL_OUTAGE'],
    ['Identity', 'Platform', 'OPERATIONAL'],
    ['Admin console', 'Platform', 'OPERATIONAL'],
    ['Order emails', 'Platform', 'UNDER_MAINTENANCE'],
  ];
  const ids = new Map<string, string>();
  for (const [name, group, status] of catalog) {
    const data = await ok(graphqlUrl, CREATE_COMPONENT, { input: { name, group } }, token);
    ids.set(name, data.createComponent.id);
    if (!healthy && status !== 'OPERATIONAL') {
      await setComponentStatus(graphqlUrl, token, data.createComponent.id, status);
    }
  }
  return ids;
}
