import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, ok, post } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

const COUNT = graphql(`
  query PrivateCount {
    incidents {
      totalCount
    }
  }
`);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { PUBLIC_READ: 'false' } });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

describe('PUBLIC_READ=false', () => {
  it('should refuse an anonymous read with UNAUTHENTICATED', async () => {
    const result = await post(server.graphqlUrl, COUNT, {});
    expect(result.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('should serve a read to a VIEWER token', async () => {
    const data = await ok(server.graphqlUrl, COUNT, {}, server.tokens.VIEWER);
    expect(data.incidents.totalCount).toBe(0);
  });
});
