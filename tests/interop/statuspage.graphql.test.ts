import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ComponentDoc } from '../../server/src/components/component.model.js';
import type { IncidentDoc } from '../../server/src/incidents/incident.model.js';
import { parseStatuspage } from '../../server/src/interop/statuspage.import.js';
import { commander, makeIncident } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { get, getJson } from './http.js';
import {
  componentKeys,
  endpointPaths,
  endpoints,
  expectKeyOrder,
  incidentKeys,
  pageKeys,
  updateKeys,
  type Endpoint,
} from './statuspage.schemas.js';

let server: TestServer;
let api: ComponentDoc;
let checkout: ComponentDoc;
let payments: ComponentDoc;
let open: IncidentDoc;
let postmortem: IncidentDoc;
let resolved: IncidentDoc;

const htmlBody =
  'Rolled back. <a href="https://example.com/x?a=1&b=2">Details</a> <script>x()</script>';

beforeAll(async () => {
  server = await startTestServer({ env: { PUBLIC_URL: 'https://status.example.com/' } });
  const { services } = server.app;
  api = await services.components.create(commander, { name: 'API' });
  checkout = await services.components.create(commander, { name: 'Checkout', group: 'Storefront' });
  payments = await services.components.create(commander, { name: 'Payments', group: 'Storefront' });
  payments = await services.components.setStatus(commander, {
    componentId: payments._id.toHexString(),
    status: 'PARTIAL_OUTAGE',
  });
  postmortem = await makeIncident(services, {
    title: 'Login failures',
    impact: 'CRITICAL',
    startedAt: new Date(Date.now() - 3 * 3600_000),
    resolve: true,
  });
  postmortem = await services.incidents.setPostmortem(commander, {
    incidentId: postmortem._id.toHexString(),
    markdown: '# What happened\n\nA certificate expired.',
  });
  resolved = await makeIncident(services, {
    title: 'Slow search',
    impact: 'MINOR',
    startedAt: new Date(Date.now() - 2 * 3600_000),
  });
  await services.updates.post(commander, {
    incidentId: resolved._id.toHexString(),
    status: 'RESOLVED',
    body: htmlBody,
  });
  open = await makeIncident(services, {
    title: 'Checkout errors',
    impact: 'MAJOR',
    componentIds: [api._id.toHexString()],
  });
  await services.recovery.record(commander, {
    incidentId: open._id.toHexString(),
    flow: 'sales_flow',
    value: 40,
  });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

async function readWith<S extends z.ZodType>(
  endpoint: Endpoint,
  schema: S,
): Promise<{ raw: unknown; data: z.output<S> }> {
  const { status, body } = await getJson(`${server.url}/api/v2/${endpoint}`);
  expect(status).toBe(200);
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  if (!parsed.success) throw new Error(`${endpoint} does not match the documented shape`);
  return { raw: body, data: parsed.data };
}

/** Each endpoint read and checked against its strict schema. */
const data = <T>(read: Promise<{ data: T }>): Promise<T> => read.then((r) => r.data);
const read = {
  summary: () => data(readWith('summary.json', endpoints['summary.json'])),
  status: () => data(readWith('status.json', endpoints['status.json'])),
  components: () => data(readWith('components.json', endpoints['components.json'])),
  incidents: () => data(readWith('incidents.json', endpoints['incidents.json'])),
  unresolved: () =>
    data(readWith('incidents/unresolved.json', endpoints['incidents/unresolved.json'])),
};

/** A key of raw JSON, for key-order checks (a parsed copy has the schema's order). */
function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.entries(value).find(([k]) => k === key)?.[1];
}

function objectsIn(value: unknown): object[] {
  return Array.isArray(value)
    ? value.filter((v): v is object => typeof v === 'object' && v !== null)
    : [];
}

describe('Statuspage v2 read API', () => {
  it.each(endpointPaths)(
    'should serve %s with exactly the documented fields, in order',
    async (endpoint) => {
      const { raw, data: doc } = await readWith(endpoint, endpoints[endpoint]);
      expect(doc.page).toMatchObject({
        id: 'warroom',
        name: 'War Room',
        url: 'https://status.example.com',
      });
      expectKeyOrder(objectsIn([field(raw, 'page')])[0] ?? {}, pageKeys);
      for (const c of objectsIn(field(raw, 'components'))) expectKeyOrder(c, componentKeys);
      for (const incident of objectsIn(field(raw, 'incidents'))) {
        expectKeyOrder(incident, incidentKeys);
        for (const c of objectsIn(field(incident, 'components'))) expectKeyOrder(c, componentKeys);
        for (const update of objectsIn(field(incident, 'incident_updates'))) {
          expectKeyOrder(update, updateKeys);
        }
      }
    },
  );

  it('should have incidents with updates to check the order of', async () => {
    const { incidents } = await read.incidents();
    expect(incidents.some((i) => i.incident_updates.length > 1)).toBe(true);
    expect(incidents.some((i) => i.components.length > 0)).toBe(true);
  });

  it('should list groups as components holding their members', async () => {
    const { components } = await read.components();
    expect(components.map((c) => c.name)).toEqual(['API', 'Storefront', 'Checkout', 'Payments']);
    const group = components[1];
    expect(group).toMatchObject({ group: true, status: 'partial_outage', group_id: null });
    expect(group && 'components' in group ? group.components : []).toEqual([
      checkout._id.toHexString(),
      payments._id.toHexString(),
    ]);
    expect(components[3]).toMatchObject({
      id: payments._id.toHexString(),
      status: 'partial_outage',
      group: false,
      group_id: group?.id,
    });
    expect(components.map((c) => c.position)).toEqual([1, 2, 3, 4]);
  });

  it('should show the 50 most recent incidents newest first, with a post-mortem as postmortem', async () => {
    const { incidents } = await read.incidents();
    expect(incidents.map((i) => i.name)).toEqual([
      'Checkout errors',
      'Slow search',
      'Login failures',
    ]);
    const [first, second, third] = incidents;
    expect(first).toMatchObject({
      id: open._id.toHexString(),
      status: 'investigating',
      impact: 'major',
      resolved_at: null,
      monitoring_at: null,
      shortlink: `https://status.example.com/incidents/${open._id.toHexString()}`,
      war_room: { recovery: [{ flow: 'sales_flow', percent: 40 }] },
    });
    expect(first?.components.map((c) => c.id)).toEqual([api._id.toHexString()]);
    expect(second).toMatchObject({ status: 'resolved', impact: 'minor' });
    expect(second?.resolved_at).not.toBeNull();
    expect(third).toMatchObject({
      id: postmortem._id.toHexString(),
      status: 'postmortem',
      impact: 'critical',
    });
  });

  it('should keep update bodies as the text that was posted, newest update first', async () => {
    const { incidents } = await read.incidents();
    const slow = incidents.find((i) => i.name === 'Slow search');
    expect(slow?.incident_updates.map((u) => u.status)).toEqual(['resolved', 'investigating']);
    expect(slow?.incident_updates[0]?.body).toBe(htmlBody);
    expect(slow?.incident_updates[0]?.display_at).toBe(slow?.incident_updates[0]?.created_at);
  });

  it('should list only open incidents as unresolved, in summary.json too', async () => {
    const unresolved = await read.unresolved();
    expect(unresolved.incidents.map((i) => i.id)).toEqual([open._id.toHexString()]);
    const summary = await read.summary();
    expect(summary.incidents.map((i) => i.id)).toEqual([open._id.toHexString()]);
    expect(summary.scheduled_maintenances).toEqual([]);
  });

  it('should derive the page status from open incidents and component statuses', async () => {
    // The open MAJOR incident affects API, which it puts in MAJOR_OUTAGE (a component shows the
    // worst of its open incidents): a major outage of a component is "critical".
    const { status } = await read.status();
    expect(status).toEqual({ indicator: 'critical', description: 'Major Service Outage' });
    const { components } = await read.components();
    expect(components.find((c) => c.name === 'API')?.status).toBe('major_outage');
    const summary = await read.summary();
    expect(summary.status).toEqual(status);
  });

  it('should set updated_at to the latest change', async () => {
    const before = await read.status();
    await server.app.services.components.setStatus(commander, {
      componentId: api._id.toHexString(),
      status: 'MAJOR_OUTAGE',
    });
    const after = await read.status();
    expect(after.status).toEqual({ indicator: 'critical', description: 'Major Service Outage' });
    expect(Date.parse(after.page.updated_at)).toBeGreaterThanOrEqual(
      Date.parse(before.page.updated_at),
    );
    const { components } = await read.components();
    const apiNow = components.find((c) => c.id === api._id.toHexString());
    expect(apiNow?.updated_at).toBe(after.page.updated_at);
  });
  it('should serve documents its own Statuspage import reads back unchanged', async () => {
    const summary = await get(`${server.url}/api/v2/summary.json`);
    const imported = parseStatuspage(summary.text);
    expect(imported.kind).toBe('summary');
    expect(imported.page).toMatchObject({ id: 'warroom', name: 'War Room' });
    const served = (await read.components()).components.filter((c) => !c.group);
    expect(imported.components.map((c) => [c.source.componentId, c.name, c.group])).toEqual([
      [api._id.toHexString(), 'API', null],
      [checkout._id.toHexString(), 'Checkout', 'Storefront'],
      [payments._id.toHexString(), 'Payments', 'Storefront'],
    ]);
    expect(imported.components.map((c) => c.status.toLowerCase())).toEqual(
      served.map((c) => c.status),
    );
    const apiStatus = imported.components[0]?.status;
    const history = parseStatuspage((await get(`${server.url}/api/v2/incidents.json`)).text);
    const [checkoutErrors, slowSearch, loginFailures] = history.incidents;
    expect(checkoutErrors).toMatchObject({
      source: { pageId: 'warroom', incidentId: open._id.toHexString() },
      title: 'Checkout errors',
      status: 'INVESTIGATING',
      impact: 'MAJOR',
      startedAt: open.startedAt,
      components: [{ componentId: api._id.toHexString(), status: apiStatus }],
    });
    expect(slowSearch?.updates.map((u) => [u.status, u.body])).toEqual([
      ['INVESTIGATING', 'We are investigating elevated checkout errors.'],
      ['RESOLVED', htmlBody],
    ]);
    expect(loginFailures).toMatchObject({ status: 'RESOLVED', hasPostmortem: true });
  });
});

describe('Statuspage v2 HTTP behaviour', () => {
  it('should answer 304 when the ETag matches, and 200 with a new ETag after a change', async () => {
    const url = `${server.url}/api/v2/summary.json`;
    const first = await get(url);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('last-modified')).not.toBeNull();
    const again = await get(url, { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const weak = await get(url, { 'if-none-match': `"nope", W/${etag ?? ''}` });
    expect(weak.status).toBe(304);

    await makeIncident(server.app.services, { title: 'DNS trouble', impact: 'MINOR' });
    const changed = await get(url, { 'if-none-match': etag ?? '' });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('should answer 304 to If-Modified-Since at or after Last-Modified', async () => {
    const url = `${server.url}/api/v2/status.json`;
    const first = await get(url);
    const lastModified = first.headers.get('last-modified') ?? '';
    expect((await get(url, { 'if-modified-since': lastModified })).status).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    expect((await get(url, { 'if-modified-since': earlier })).status).toBe(200);
  });

  it('should allow any origin to GET, and answer the preflight', async () => {
    const got = await get(`${server.url}/api/v2/status.json`, {
      origin: 'https://dash.example.org',
    });
    expect(got.headers.get('access-control-allow-origin')).toBe('*');
    expect(got.headers.get('access-control-expose-headers')).toContain('ETag');
    const preflight = await get(
      `${server.url}/api/v2/status.json`,
      {
        origin: 'https://dash.example.org',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
      'OPTIONS',
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const elsewhere = await get(`${server.url}/healthz`, { origin: 'https://dash.example.org' });
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should refuse writes with 405 and unknown endpoints with a JSON 404', async () => {
    const posted = await get(`${server.url}/api/v2/incidents.json`, {}, 'POST');
    expect(posted.status).toBe(405);
    expect(posted.headers.get('allow')).toContain('GET');
    const missing = await getJson(`${server.url}/api/v2/pages.json`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('should refuse an unknown token with 401 even when reads are public', async () => {
    const refused = await getJson(`${server.url}/api/v2/status.json`, {
      authorization: 'Bearer wr_not_a_token',
    });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('should cap incidents.json at the 50 most recent', async () => {
    for (let i = 0; i < 50; i += 1) {
      await makeIncident(server.app.services, { title: `Burst ${i}`, impact: 'NONE' });
    }
    const { incidents } = await read.incidents();
    expect(incidents).toHaveLength(50);
    const unresolved = await read.unresolved();
    expect(unresolved.incidents.length).toBeGreaterThan(50);
  });
});
