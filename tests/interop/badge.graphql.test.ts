import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComponentDoc } from '../../server/src/components/component.model.js';
import { groupId } from '../../server/src/interop/statuspage.format.js';
import { commander, makeIncident } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { get, getJson } from './http.js';

let server: TestServer;
let api: ComponentDoc;
let odd: ComponentDoc;

beforeAll(async () => {
  server = await startTestServer({ env: { PAGE_NAME: 'Acme <Status>' } });
  const { services } = server.app;
  api = await services.components.create(commander, { name: 'API', group: 'Core' });
  odd = await services.components.create(commander, { name: 'Edge "<&>" nodes' });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

async function badge(query = ''): Promise<string> {
  const got = await get(`${server.url}/badge.svg${query}`);
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toContain('image/svg+xml');
  expect(XMLValidator.validate(got.text)).toBe(true);
  return got.text;
}

describe('status badge', () => {
  it('should show all systems operational in green, with the page name escaped', async () => {
    const svg = await badge();
    expect(svg).toContain('fill="#2fcc66"');
    expect(svg).toContain('all systems operational');
    expect(svg).toContain('Acme &lt;Status&gt;');
  });

  it('should follow the page status: an open critical incident turns it red', async () => {
    const incident = await makeIncident(server.app.services, { title: 'Down', impact: 'CRITICAL' });
    const svg = await badge();
    expect(svg).toContain('fill="#e74c3c"');
    expect(svg).toContain('major outage');
    await server.app.services.updates.post(commander, {
      incidentId: incident._id.toHexString(),
      status: 'RESOLVED',
      body: 'Back.',
    });
    expect(await badge()).toContain('fill="#2fcc66"');
  });

  it('should show one component in the Statuspage colour of its status', async () => {
    await server.app.services.components.setStatus(commander, {
      componentId: api._id.toHexString(),
      status: 'PARTIAL_OUTAGE',
    });
    const svg = await badge(`?component=${api._id.toHexString()}`);
    expect(svg).toContain('fill="#e67e22"');
    expect(svg).toContain('>API<');
    expect(svg).toContain('partial outage');
    const group = await badge(`?component=${groupId('Core')}`);
    expect(group).toContain('>Core<');
    expect(group).toContain('fill="#e67e22"');
  });

  it('should escape a component name', async () => {
    const svg = await badge(`?component=${odd._id.toHexString()}`);
    expect(svg).toContain('Edge &quot;&lt;&amp;&gt;&quot; nodes');
    expect(svg).not.toContain('"<&>"');
  });

  it.each([
    { query: '?component=nope', status: 400 },
    { query: '?component=a&component=b', status: 400 },
    { query: '?component=%3Cscript%3E', status: 400 },
    { query: '?component=0123456789abcdef01234567', status: 404 },
  ])('should answer $status for $query', async ({ query, status }) => {
    const got = await getJson(`${server.url}/badge.svg${query}`);
    expect(got.status).toBe(status);
    expect(got.headers.get('content-type')).toContain('application/json');
    expect(got.body).toMatchObject({
      error: { code: status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST' },
    });
  });

  it('should be cache-friendly: ETag, 304 on match, and no script allowed', async () => {
    const first = await get(`${server.url}/badge.svg`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect(first.headers.get('cache-control')).toContain('must-revalidate');
    expect(first.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await get(`${server.url}/badge.svg`, { 'if-none-match': etag })).status).toBe(304);
  });
});
