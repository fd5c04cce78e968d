import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

const DECLARE = graphql(`
  mutation CadenceStatsDeclare($nextUpdateBy: DateTime) {
    declareIncident(
      input: { title: "Cadence", impact: MAJOR, body: "Looking.", nextUpdateBy: $nextUpdateBy }
    ) {
      id
    }
  }
`);
const POST = graphql(`
  mutation CadenceStatsPost($incidentId: ID!, $status: IncidentStatus!, $nextUpdateBy: DateTime) {
    postIncidentUpdate(
      input: {
        incidentId: $incidentId
        status: $status
        body: "Still looking."
        nextUpdateBy: $nextUpdateBy
      }
    ) {
      id
    }
  }
`);
const STATS = graphql(`
  query CadenceStats {
    incidentStats {
      cadence {
        promised
        kept
        late
        pending
        adherence
        worstLatenessSeconds
      }
    }
  }
`);

const start = Date.parse('2023-07-13T15:00:00.000Z');
let now = start;
const minutes = (m: number) => new Date(start + m * 60_000).toISOString();
let isolated: TestServer;

beforeAll(async () => {
  isolated = await startTestServer({ clock: () => new Date(now) });
});

afterAll(async () => {
  await isolated.close({ dropDatabase: true });
});

describe('incidentStats.cadence', () => {
  it('should count kept, late and pending promises as of now', async () => {
    now = start;
    const token = isolated.tokens.COMMANDER;
    const a = await ok(isolated.graphqlUrl, DECLARE, { nextUpdateBy: minutes(30) }, token);
    // Kept: the next update comes at 20 min and promises 50 min; late: the next at 70 min.
    now = start + 20 * 60_000;
    await ok(
      isolated.graphqlUrl,
      POST,
      { incidentId: a.declareIncident.id, status: 'IDENTIFIED', nextUpdateBy: minutes(50) },
      token,
    );
    now = start + 70 * 60_000;
    await ok(
      isolated.graphqlUrl,
      POST,
      { incidentId: a.declareIncident.id, status: 'MONITORING', nextUpdateBy: minutes(100) },
      token,
    );
    now = start + 80 * 60_000;
    const stats = await ok(isolated.graphqlUrl, STATS, {}, undefined);
    expect(stats.incidentStats.cadence).toEqual({
      promised: 2,
      kept: 1,
      late: 1,
      pending: 1,
      adherence: 0.5,
      worstLatenessSeconds: 20 * 60,
    });
    // Past the last promise with nothing posted, it is overdue.
    now = start + 110 * 60_000;
    const later = await ok(isolated.graphqlUrl, STATS, {}, undefined);
    expect(later.incidentStats.cadence).toMatchObject({ promised: 3, late: 2, pending: 0 });
  });
});
