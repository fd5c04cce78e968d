import { auditServer } from 'graphql-http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, post, postText } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { rawSocket } from '../support/ws.js';

const DECLARE = graphql(`
  mutation HardeningDeclare($title: String!) {
    declareIncident(input: { title: $title, impact: MINOR, body: "b" }) {
      id
    }
  }
`);
const TYPENAME = graphql(`
  query HardeningTypename {
    __typename
  }
`);

/** A stand-in web build: an index.html and one hashed asset with its brotli and gzip copies. */
function fakeWebDist(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'warroom-web-'));
  mkdirSync(path.join(dir, 'assets'));
  const js = 'console.log("war room");\n'.repeat(50);
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>War Room</title>');
  writeFileSync(path.join(dir, 'assets', 'app-Ab12Cd34.js'), js);
  writeFileSync(path.join(dir, 'assets', 'app-Ab12Cd34.js.br'), brotliCompressSync(js));
  writeFileSync(path.join(dir, 'assets', 'app-Ab12Cd34.js.gz'), gzipSync(js));
  return dir;
}

describe('GraphQL over HTTP conformance (graphql-http audit)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close({ dropDatabase: true }));

  it.each([
    { preflight: false, name: 'without apollo-require-preflight' },
    { preflight: true, name: 'with apollo-require-preflight' },
  ])('should pass every MUST and SHOULD audit $name', async ({ preflight }) => {
    const results = await auditServer({
      url: server.graphqlUrl,
      fetchFn: (input: string, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        if (preflight) headers.set('apollo-require-preflight', 'true');
        return fetch(input, { ...init, headers });
      },
    });
    const failures = results
      .filter((r) => r.status === 'error' || r.status === 'warn')
      .map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThan(20);
  });
});

describe('rate limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: {
        RATE_LIMITS: 'true',
        RATE_LIMIT_MUTATIONS_PER_TOKEN: '3',
        RATE_LIMIT_MUTATIONS_PER_ADDRESS: '100',
        RATE_LIMIT_ANONYMOUS_READS_PER_ADDRESS: '5',
        RATE_LIMIT_WINDOW_S: '60',
      },
    });
  });
  afterAll(() => server.close({ dropDatabase: true }));

  it('should answer 429 with Retry-After when a token sends more mutations than its limit', async () => {
    const token = server.tokens.COMMANDER;
    for (let i = 0; i < 3; i += 1) {
      const accepted = await post(server.graphqlUrl, DECLARE, { title: `ok ${i}` }, token);
      expect(accepted.errors).toEqual([]);
    }
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: DECLARE.toString(), variables: { title: 'one too many' } }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    // Another token is counted on its own.
    const other = await post(server.graphqlUrl, DECLARE, { title: 'other' }, server.tokens.ADMIN);
    expect(other.errors).toEqual([]);
  });

  it('should limit reads without a token per address, and not reads with one', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await post(server.graphqlUrl, TYPENAME, {})).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const signedIn = await post(server.graphqlUrl, TYPENAME, {}, server.tokens.VIEWER);
    expect(signedIn.status).toBe(200);
  });

  it('should answer a rate-limited subscribe over WebSocket with a clear RATE_LIMITED error', async () => {
    const ws = await rawSocket(server.wsUrl);
    ws.send({ type: 'connection_init', payload: {} });
    expect((await ws.nextMessage()).type).toBe('connection_ack');
    ws.send({
      id: '1',
      type: 'subscribe',
      payload: { query: 'subscription { events { cursor } }' },
    });
    const message = await ws.nextMessage();
    expect(message).toMatchObject({
      id: '1',
      type: 'error',
      payload: [{ extensions: { code: 'RATE_LIMITED' } }],
    });
    ws.socket.close();
  });
});

describe('in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => server.close({ dropDatabase: true }));

  it('should not suggest field names over HTTP or WebSocket', async () => {
    // Misspelt on purpose: a typed document cannot say it.
    const http = await postText(server.graphqlUrl, '{ incidnts { totalCount } }');
    expect(http.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(http.errors)).not.toMatch(/Did you mean/);

    const ws = await rawSocket(server.wsUrl);
    ws.send({ type: 'connection_init', payload: {} });
    await ws.nextMessage();
    ws.send({
      id: '1',
      type: 'subscribe',
      payload: { query: 'subscription { evnts { cursor } }' },
    });
    const message = await ws.nextMessage();
    expect(message.type).toBe('error');
    expect(JSON.stringify(message)).toContain('evnts');
    expect(JSON.stringify(message)).not.toMatch(/Did you mean/);
    ws.socket.close();
  });
});

describe('static files and security headers', () => {
  let server: TestServer;
  const webDist = fakeWebDist();
  beforeAll(async () => {
    server = await startTestServer({ env: { WEB_DIST: webDist } });
  });
  afterAll(async () => {
    await server.close({ dropDatabase: true });
    rmSync(webDist, { recursive: true, force: true });
  });

  it('should serve the pre-compressed brotli copy with Vary and immutable caching', async () => {
    const response = await fetch(`${server.url}/assets/app-Ab12Cd34.js`, {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // fetch decodes the body by its Content-Encoding: it arrives whole and readable.
    expect(await response.text()).toContain('war room');
  });

  it('should fall back to gzip, then to the plain file', async () => {
    const gzip = await fetch(`${server.url}/assets/app-Ab12Cd34.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toContain('war room');
    const plain = await fetch(`${server.url}/assets/app-Ab12Cd34.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('war room');
  });

  it('should send a Content-Security-Policy and the other security headers, and HTML uncached', async () => {
    const response = await fetch(`${server.url}/history`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('should answer 404 for a missing hashed asset instead of the dashboard', async () => {
    const response = await fetch(`${server.url}/assets/gone-12345678.js`);
    expect(response.status).toBe(404);
  });
});
