import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fails, graphql, ok, post, postText } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

const CREATE = graphql(`
  mutation TokensCreate($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      id
      name
      role
      token
    }
  }
`);
const REVOKE = graphql(`
  mutation TokensRevoke($id: ID!) {
    revokeApiToken(id: $id)
  }
`);
const VIEWER = graphql(`
  query TokensViewer {
    viewer {
      role
      name
    }
  }
`);
const VIEWER_ROLE = graphql(`
  query TokensViewerRole {
    viewer {
      role
    }
  }
`);

describe('API tokens', () => {
  it('should show a created secret once and store only its hash', async () => {
    const data = await ok(
      server.graphqlUrl,
      CREATE,
      { input: { name: 'war room laptop', role: 'COMMANDER' } },
      server.adminToken,
    );
    const created = data.createApiToken;
    expect(created).toMatchObject({ name: 'war room laptop', role: 'COMMANDER' });
    expect(created.token.length).toBeGreaterThanOrEqual(40);
    const raw = await mongoose.connection
      .collection('api_tokens')
      .findOne({ name: 'war room laptop' });
    expect(JSON.stringify(raw)).not.toContain(created.token);
    const viewer = await ok(server.graphqlUrl, VIEWER, {}, created.token);
    expect(viewer.viewer).toEqual({ role: 'COMMANDER', name: 'war room laptop' });
  });

  it('should answer UNAUTHENTICATED with HTTP 401 for an unknown token, even on a read', async () => {
    const result = await post(server.graphqlUrl, VIEWER_ROLE, {}, 'wr_not-a-real-token');
    expect(result.status).toBe(401);
    expect(result.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should refuse a revoked token', async () => {
    const data = await ok(
      server.graphqlUrl,
      CREATE,
      { input: { name: 'temp', role: 'VIEWER' } },
      server.adminToken,
    );
    const revoked = await ok(
      server.graphqlUrl,
      REVOKE,
      { id: data.createApiToken.id },
      server.adminToken,
    );
    expect(revoked.revokeApiToken).toBe(true);
    const again = await ok(
      server.graphqlUrl,
      REVOKE,
      { id: data.createApiToken.id },
      server.adminToken,
    );
    expect(again.revokeApiToken).toBe(false);
    const result = await post(server.graphqlUrl, VIEWER_ROLE, {}, data.createApiToken.token);
    expect(result.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should reject an empty token name with BAD_USER_INPUT', async () => {
    const error = await fails(
      server.graphqlUrl,
      CREATE,
      { input: { name: '  ', role: 'VIEWER' } },
      server.adminToken,
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.field).toBe('name');
  });
});

describe('abuse limits', () => {
  it('should refuse a body over 1 MB with a GraphQL error', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ viewer { role } }',
        variables: { pad: 'x'.repeat(1_100_000) },
      }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('should refuse an operation whose cost is over the limit, and serve a realistic one', async () => {
    const heavy = `incidents(first: 100) { edges { node { title updates { id body status createdAt author } timeline { id at text }
      actionItems { id title status } recovery { flow samples { at value note } } components { status component { id name status group } } } } }`;
    expect((await postText(server.graphqlUrl, `{ ${heavy} }`)).errors).toEqual([]);
    const aliases = Array.from({ length: 12 }, (_, i) => `a${i}: ${heavy}`).join(' ');
    const result = await postText(server.graphqlUrl, `{ ${aliases} }`);
    expect(result.errors[0]?.message).toMatch(/cost/i);
    expect(result.data).toBeNull();
  });

  it('should refuse an operation with too many tokens', async () => {
    const fields = Array.from({ length: 2500 }, () => '__typename').join(' ');
    const result = await postText(server.graphqlUrl, `{ ${fields} }`);
    expect(result.errors.map((e) => e.message).join(' ')).toMatch(/token/i);
    expect(result.data).toBeNull();
  });

  it('should refuse too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const result = await postText(server.graphqlUrl, `{ ${aliases} }`);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.data).toBeNull();
  });

  it('should refuse a GET mutation-like request without a CSRF-safe header', async () => {
    const response = await fetch(
      `${server.graphqlUrl}?query=${encodeURIComponent('{ viewer { role } }')}`,
    );
    expect(response.status).toBe(400);
  });
});

describe('health', () => {
  it('should answer /healthz and /readyz with 200 when the database is reachable', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
