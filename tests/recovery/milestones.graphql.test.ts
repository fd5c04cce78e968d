import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIncidentInput, demoRecovery } from '../../server/src/seed/demo.js';
import { fails, graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

const RECOVERY = graphql(`
  query SeedRecovery {
    incidents(first: 1) {
      edges {
        node {
          id
          startedAt
          primaryFlow
          recovery {
            flow
            kind
            trendPerHour
            etaToFull
            threshold
            backUnderThresholdAt
            milestones {
              reached50At
              reached90At
              reached100At
            }
            peak {
              at
              value
            }
          }
        }
      }
    }
    incidentStats {
      timeToRecover50 {
        count
        medianSeconds
      }
      timeToRecover90 {
        count
        medianSeconds
      }
      timeToRecover100 {
        count
        medianSeconds
      }
    }
  }
`);

const SET_PRIMARY = graphql(`
  mutation SetPrimaryFlow($input: SetPrimaryFlowInput!) {
    setPrimaryFlow(input: $input) {
      id
      primaryFlow
      recovery {
        flow
      }
    }
  }
`);

const SET_THRESHOLD = graphql(`
  mutation SetFlowThreshold($input: SetFlowThresholdInput!) {
    setFlowThreshold(input: $input) {
      id
      recovery {
        flow
        threshold
        backUnderThresholdAt
      }
    }
  }
`);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { SEED_DEMO: 'true' } });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

/** The first demo sample of `flow` at or above `level`, read from the demo data itself. */
function firstReached(flow: string, level: number): string | null {
  const reached = demoRecovery
    .filter((s) => s.flow === flow && s.value >= level)
    .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  return reached?.at.toISOString() ?? null;
}

async function seed() {
  const data = await ok(server.graphqlUrl, RECOVERY, {});
  const incident = data.incidents.edges[0]?.node;
  if (!incident) throw new Error('the demo incident is missing');
  return { incident, stats: data.incidentStats };
}

describe('recovery milestones on the seed demo', () => {
  it('should head the incident with the sales flow, then levels, then the rate', async () => {
    const { incident } = await seed();
    expect(incident.primaryFlow).toBe(demoIncidentInput().primaryFlow);
    expect(incident.recovery.map((s) => [s.flow, s.kind])).toEqual([
      ['sales_flow', 'LEVEL'],
      ['orders', 'LEVEL'],
      ['sessions', 'LEVEL'],
      ['order_cancellations', 'RATE'],
    ]);
  });

  it('should give the sales flow the milestones the demo data holds', async () => {
    const { incident } = await seed();
    const sales = incident.recovery.find((s) => s.flow === 'sales_flow');
    expect(sales?.milestones).toEqual({
      reached50At: firstReached('sales_flow', 50),
      reached90At: firstReached('sales_flow', 90),
      reached100At: firstReached('sales_flow', 100),
    });
    // The reading of the page: 16:47, 19:16 and by the 20:55 update.
    expect(sales?.milestones.reached90At).toBe('2023-07-13T19:16:00.000Z');
    expect(sales?.etaToFull).toBeNull();
  });

  it('should give the rate its peak and no threshold until one is set', async () => {
    const { incident } = await seed();
    const rate = incident.recovery.find((s) => s.kind === 'RATE');
    const highest = Math.max(
      ...demoRecovery.filter((s) => s.flow === rate?.flow).map((s) => s.value),
    );
    expect(rate?.peak?.value).toBe(highest);
    expect(rate?.milestones).toEqual({ reached50At: null, reached90At: null, reached100At: null });
    expect(rate?.threshold).toBeNull();
    expect(rate?.backUnderThresholdAt).toBeNull();
  });

  it('should compute timeToRecover over the primary flow from the incident start', async () => {
    const { incident, stats } = await seed();
    const start = Date.parse(incident.startedAt);
    const seconds = (iso: string | null) =>
      iso === null ? null : (Date.parse(iso) - start) / 1000;
    expect(stats.timeToRecover50).toEqual({
      count: 1,
      medianSeconds: seconds(firstReached('sales_flow', 50)),
    });
    expect(stats.timeToRecover90.medianSeconds).toBe(seconds(firstReached('sales_flow', 90)));
    expect(stats.timeToRecover100.medianSeconds).toBe(seconds(firstReached('sales_flow', 100)));
  });

  it('should set a threshold for a rate and say when it came back under it', async () => {
    const { incident } = await seed();
    const changed = await ok(
      server.graphqlUrl,
      SET_THRESHOLD,
      { input: { incidentId: incident.id, flow: 'order_cancellations', threshold: 3 } },
      server.tokens.RESPONDER,
    );
    const rate = changed.setFlowThreshold.recovery.find((s) => s.flow === 'order_cancellations');
    const under = demoRecovery
      .filter((s) => s.flow === 'order_cancellations' && s.value < 3)
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .at(-1);
    expect(rate).toEqual({
      flow: 'order_cancellations',
      threshold: 3,
      backUnderThresholdAt: under?.at.toISOString(),
    });
  });

  it('should refuse a rate as the primary flow and a level as a threshold flow', async () => {
    const { incident } = await seed();
    const primary = await fails(
      server.graphqlUrl,
      SET_PRIMARY,
      { input: { incidentId: incident.id, flow: 'order_cancellations' } },
      server.tokens.RESPONDER,
      'BAD_USER_INPUT',
    );
    expect(primary.extensions?.field).toBe('flow');
    await fails(
      server.graphqlUrl,
      SET_THRESHOLD,
      { input: { incidentId: incident.id, flow: 'sales_flow', threshold: 3 } },
      server.tokens.RESPONDER,
      'BAD_USER_INPUT',
    );
  });

  it('should need RESPONDER to choose the primary flow, and then put it first', async () => {
    const { incident } = await seed();
    await fails(
      server.graphqlUrl,
      SET_PRIMARY,
      { input: { incidentId: incident.id, flow: 'sessions' } },
      server.tokens.VIEWER,
      'FORBIDDEN',
    );
    const changed = await ok(
      server.graphqlUrl,
      SET_PRIMARY,
      { input: { incidentId: incident.id, flow: 'sessions' } },
      server.tokens.RESPONDER,
    );
    expect(changed.setPrimaryFlow.primaryFlow).toBe('sessions');
    expect(changed.setPrimaryFlow.recovery[0]?.flow).toBe('sessions');
    await ok(
      server.graphqlUrl,
      SET_PRIMARY,
      { input: { incidentId: incident.id, flow: 'sales_flow' } },
      server.tokens.RESPONDER,
    );
  });
});
