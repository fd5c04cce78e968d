import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fails, graphql, post, postText } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

const DECLARE = graphql(`
  mutation ScalarDeclare($input: DeclareIncidentInput!) {
    declareIncident(input: $input) {
      id
      startedAt
    }
  }
`);
const COUNT = graphql(`
  query ScalarCount {
    incidents {
      totalCount
    }
  }
`);

describe('DateTime over GraphQL', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server?.close({ dropDatabase: true });
  });

  it.each(['2023-02-31T00:00Z', '2023-07-13T25:00:00Z', '2023-07-13T15:61:00Z'])(
    'should refuse the impossible %s as BAD_USER_INPUT naming it, and write nothing',
    async (startedAt) => {
      const error = await fails(
        server.graphqlUrl,
        DECLARE,
        { input: { title: 'Impossible', impact: 'MINOR', body: 'x', startedAt } },
        server.tokens.COMMANDER,
        'BAD_USER_INPUT',
      );
      expect(error.message).toContain(startedAt);
      const count = await post(server.graphqlUrl, COUNT, {});
      expect(count.data?.incidents.totalCount).toBe(0);
    },
  );

  // A literal is part of the document, so Apollo Server reports it as a validation failure of
  // the document (its code for every literal of the wrong shape); the message still names it.
  it('should refuse an impossible literal in the document too, naming it', async () => {
    // As text: a typed document with an impossible literal would not pass codegen's validation.
    const result = await postText(
      server.graphqlUrl,
      `mutation { declareIncident(input: { title: "Literal", impact: MINOR, body: "x", startedAt: "2023-02-29T10:00:00Z" }) { id } }`,
      {},
      server.tokens.COMMANDER,
    );
    expect(result.errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors[0]?.message).toContain(
      '"2023-02-29T10:00:00Z" is not a real date and time',
    );
  });

  it('should keep writing ISO-8601 UTC with milliseconds', async () => {
    const result = await post(
      server.graphqlUrl,
      DECLARE,
      {
        input: {
          title: 'Real',
          impact: 'MINOR',
          body: 'x',
          startedAt: '2024-02-29T17:02:00+02:00',
        },
      },
      server.tokens.COMMANDER,
    );
    expect(result.errors).toEqual([]);
    expect(result.data?.declareIncident.startedAt).toBe('2024-02-29T15:02:00.000Z');
  });
});
