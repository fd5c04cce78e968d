import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentFilter } from '../__generated__/graphql.js';
import { fails, graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

const IMPORT = graphql(`
  mutation StatsFilterImport($input: ImportIncidentInput!) {
    importIncident(input: $input) {
      id
    }
  }
`);
const START_DRILL = graphql(`
  mutation StatsFilterDrill($id: ID!) {
    startDrill(input: { incidentId: $id, speed: 60 }) {
      id
    }
  }
`);
const STATS = graphql(`
  query StatsFilter($filter: IncidentFilter, $from: DateTime, $to: DateTime, $buckets: Int) {
    incidentStats(filter: $filter, from: $from, to: $to) {
      count
      timeToRecover50 {
        count
        medianSeconds
        histogram(buckets: $buckets) {
          fromSeconds
          toSeconds
          count
        }
      }
    }
    incidents(filter: $filter, first: 1) {
      totalCount
    }
  }
`);

const day = Date.parse('2024-03-01T00:00:00.000Z');
let server: TestServer;

/** An incident whose sales flow reaches 50 % `minutes` after it starts, `days` after `day`. */
function incident(impact: 'MINOR' | 'MAJOR' | 'CRITICAL', days: number, minutes: number | null) {
  const startedAt = new Date(day + days * 86_400_000);
  const at = (m: number) => new Date(startedAt.getTime() + m * 60_000).toISOString();
  return {
    title: `Filtered ${impact} ${days}`,
    impact,
    startedAt: startedAt.toISOString(),
    updates: [{ status: 'RESOLVED' as const, body: 'Over.', createdAt: at(300) }],
    recovery:
      minutes === null
        ? [{ flow: 'sales_flow', value: 20, at: at(5) }]
        : [
            { flow: 'sales_flow', value: 20, at: at(5) },
            { flow: 'sales_flow', value: 60, at: at(minutes) },
          ],
  };
}

beforeAll(async () => {
  server = await startTestServer();
  const token = server.tokens.COMMANDER;
  const inputs = [
    incident('CRITICAL', 0, 20),
    incident('CRITICAL', 1, 95),
    incident('CRITICAL', 2, null),
    incident('MINOR', 3, 10),
    incident('MAJOR', 4, 240),
  ];
  const ids: string[] = [];
  for (const input of inputs)
    ids.push((await ok(server.graphqlUrl, IMPORT, { input }, token)).importIncident.id);
  await ok(server.graphqlUrl, START_DRILL, { id: ids[0] ?? '' }, token);
});

afterAll(async () => {
  await server?.close({ dropDatabase: true });
});

async function stats(filter: IncidentFilter | null, extra: { from?: string; to?: string } = {}) {
  return ok(server.graphqlUrl, STATS, { filter, buckets: 4, ...extra });
}

describe('incidentStats(filter)', () => {
  it('should count exactly the incidents the same filter lists', async () => {
    const critical = await stats({ impact: ['CRITICAL'] });
    expect(critical.incidentStats.count).toBe(3);
    expect(critical.incidents.totalCount).toBe(3);
    expect(critical.incidentStats.timeToRecover50).toMatchObject({
      count: 2,
      medianSeconds: ((20 + 95) / 2) * 60,
    });
    const all = await stats(null);
    expect(all.incidentStats.count).toBe(5);
    expect(all.incidentStats.timeToRecover50.count).toBe(4);
  });

  it('should intersect the filter with [from, to)', async () => {
    const result = await stats(
      { impact: ['CRITICAL', 'MAJOR'], startedAfter: new Date(day + 86_400_000).toISOString() },
      { to: new Date(day + 4 * 86_400_000).toISOString() },
    );
    expect(result.incidentStats.count).toBe(2);
    expect(result.incidentStats.timeToRecover50.count).toBe(1);
  });

  it('should bucket the durations in round widths whose counts add up to count', async () => {
    const { incidentStats } = await stats(null);
    // 10, 20, 95 and 240 minutes in at most 4 buckets: 1 h wide (60 min is the first round width ≥ 240/4).
    expect(incidentStats.timeToRecover50.histogram).toEqual([
      { fromSeconds: 0, toSeconds: 3600, count: 2 },
      { fromSeconds: 3600, toSeconds: 7200, count: 1 },
      { fromSeconds: 7200, toSeconds: 10_800, count: 0 },
      { fromSeconds: 10_800, toSeconds: 14_400, count: 1 },
    ]);
  });

  it('should leave drills out unless the filter asks for them', async () => {
    expect((await stats({ active: true })).incidentStats.count).toBe(0);
    expect((await stats({ drill: false })).incidentStats.count).toBe(5);
    const drills = await stats({ drill: true });
    expect(drills.incidentStats.count).toBe(1);
    expect(drills.incidents.totalCount).toBe(1);
  });

  it('should refuse a bucket count outside 1–50 with the field named', async () => {
    const error = await fails(
      server.graphqlUrl,
      STATS,
      { filter: null, buckets: 51 },
      undefined,
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['field']).toBe('buckets');
  });
});
