import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { get, getJson } from './http.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { PUBLIC_READ: 'false' } });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

const paths = [
  '/api/v2/summary.json',
  '/api/v2/status.json',
  '/api/v2/components.json',
  '/api/v2/incidents.json',
  '/api/v2/incidents/unresolved.json',
  '/api/v2/scheduled-maintenances.json',
  '/api/v2/scheduled-maintenances/upcoming.json',
  '/api/v2/scheduled-maintenances/active.json',
  '/history.rss',
  '/history.atom',
  '/badge.svg',
];

describe('interop reads with PUBLIC_READ=false', () => {
  it.each(paths)('should refuse an anonymous GET %s with a 401 JSON error', async (path) => {
    const got = await getJson(`${server.url}${path}`);
    expect(got.status).toBe(401);
    expect(got.headers.get('www-authenticate')).toBe('Bearer');
    expect(got.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it.each(paths)('should serve %s to a VIEWER token, privately cached', async (path) => {
    const got = await get(`${server.url}${path}`, {
      authorization: `Bearer ${server.tokens.VIEWER}`,
    });
    expect(got.status).toBe(200);
    expect(got.headers.get('cache-control')).toContain('private');
    expect(got.headers.get('vary')).toContain('Authorization');
  });
});
