import { ok } from '../support/graphql.js';

/** The operations the end-to-end tests send through the API, as another tool would. */
export const DECLARE = `mutation ($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`;
export const POST_UPDATE = `mutation ($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`;
export const RECORD = `mutation ($input: RecordRecoveryInput!) { recordRecovery(input: $input) { value } }`;
export const INCIDENT = `query ($id: ID!) { incident(id: $id) { id status updates { id status body } } }`;

/** Declares an open incident through the API and returns its id. */
export async function declare(
  graphqlUrl: string,
  token: string,
  title: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const data = await ok<{ declareIncident: { id: string } }>(
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
  status: string,
  body: string,
): Promise<void> {
  await ok(graphqlUrl, POST_UPDATE, { input: { incidentId, status, body } }, token);
}

/** Reads an incident's status and updates through the API. */
export async function readIncident(
  graphqlUrl: string,
  id: string,
): Promise<{ status: string; updates: { id: string; status: string; body: string }[] }> {
  const data = await ok<{
    incident: { status: string; updates: { id: string; status: string; body: string }[] } | null;
  }>(graphqlUrl, INCIDENT, { id });
  if (!data.incident) throw new Error(`no incident ${id}`);
  return data.incident;
}

const CREATE_COMPONENT = `mutation ($input: CreateComponentInput!) { createComponent(input: $input) { id } }`;
const SET_COMPONENT_STATUS = `mutation ($input: SetComponentStatusInput!) { setComponentStatus(input: $input) { id } }`;

/** Sets a component's current status through the API. */
export async function setComponentStatus(
  graphqlUrl: string,
  token: string,
  componentId: string,
  status: string,
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
  const catalog: [name: string, group: string, status: string][] = [
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
    const data = await ok<{ createComponent: { id: string } }>(
      graphqlUrl,
      CREATE_COMPONENT,
      { input: { name, group } },
      token,
    );
    ids.set(name, data.createComponent.id);
    if (!healthy && status !== 'OPERATIONAL') {
      await setComponentStatus(graphqlUrl, token, data.createComponent.id, status);
    }
  }
  return ids;
}
