import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeededQuery } from '../__generated__/graphql.js';
import { graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;

const QUERY = graphql(`
  query DemoSeeded {
    incidents(first: 5) {
      totalCount
      edges {
        node {
          id
          title
          status
          impact
          startedAt
          resolvedAt
          durationSeconds
          postmortem
          components {
            status
          }
          updates {
            status
            body
            createdAt
          }
          timeline {
            at
            text
          }
          recovery {
            flow
            samples {
              at
              value
              note
            }
          }
          actionItems {
            title
            status
          }
        }
      }
    }
    components {
      name
      status
    }
    incidentStats {
      count
      timeToIdentify {
        count
        medianSeconds
      }
      timeToMitigate {
        count
        medianSeconds
      }
      timeToResolve {
        count
        medianSeconds
        meanSeconds
        p90Seconds
      }
    }
  }
`);
const COUNT = graphql(`
  query DemoCount {
    incidents {
      totalCount
    }
  }
`);

let data: DemoSeededQuery;

beforeAll(async () => {
  server = await startTestServer({ env: { SEED_DEMO: 'true' } });
  data = await ok(server.graphqlUrl, QUERY, {});
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

const utc = (hhmm: string) => `2023-07-13T${hhmm}:00.000Z`;

describe('the demo incident', () => {
  it('should be the seed page incident: critical, resolved, 15:02 to 23:26 UTC', () => {
    expect(data.incidents.totalCount).toBe(1);
    const incident = data.incidents.edges[0]?.node;
    expect(incident).toMatchObject({
      title: 'Global Outage in the Platform',
      status: 'RESOLVED',
      impact: 'CRITICAL',
      startedAt: utc('15:02'),
      resolvedAt: utc('23:26'),
      durationSeconds: 8 * 3600 + 24 * 60,
    });
  });

  it('should hold all 13 updates, newest first, with their exact status and time', () => {
    const updates = data.incidents.edges[0]?.node.updates ?? [];
    expect(updates.map((u) => [u.status, u.createdAt])).toEqual([
      ['RESOLVED', utc('23:26')],
      ['MONITORING', utc('21:48')],
      ['MONITORING', utc('20:55')],
      ['IDENTIFIED', utc('19:16')],
      ['IDENTIFIED', utc('18:07')],
      ['IDENTIFIED', utc('17:44')],
      ['IDENTIFIED', utc('17:02')],
      ['IDENTIFIED', utc('16:37')],
      ['IDENTIFIED', utc('16:09')],
      ['IDENTIFIED', utc('15:59')],
      ['IDENTIFIED', utc('15:43')],
      ['IDENTIFIED', utc('15:30')],
      ['INVESTIGATING', utc('15:09')],
    ]);
    expect(updates.at(-1)?.body).toBe(
      'We are investigating increased error rates in our platform.',
    );
    expect(updates[3]?.body).toContain('we recovered 90% or more of our global sales flow');
  });

  it('should use the post-mortem as the resolved update and as the postmortem', () => {
    const incident = data.incidents.edges[0]?.node;
    expect(incident?.postmortem).toBe(incident?.updates[0]?.body);
    expect(incident?.postmortem).toMatch(
      /^On July 13, 2023, at 15:02 UTC, our alarms were triggered/,
    );
    expect(incident?.postmortem).toContain('communications via status.vtex.com.');
  });

  it('should hold the post-mortem timeline at 15:02, 15:14, 15:36, 16:47, 19:26 and 23:20', () => {
    const timeline = data.incidents.edges[0]?.node.timeline ?? [];
    expect(timeline.map((t) => t.at)).toEqual(
      ['15:02', '15:14', '15:36', '16:47', '19:26', '23:20'].map(utc),
    );
    expect(timeline[1]?.text).toMatch(/^At 15:14 UTC, we rolled back a deployment/);
    expect(timeline[5]?.text).toContain(
      'order cancellations of approx. 2-5% resolving at 23:20 UTC',
    );
  });

  it('should hold recovery series that never claim more than the text says, each sample with its source', () => {
    const recovery = data.incidents.edges[0]?.node.recovery ?? [];
    // The headline (primary) flow first, the other levels, the rate last.
    expect(recovery.map((s) => s.flow)).toEqual([
      'sales_flow',
      'orders',
      'sessions',
      'order_cancellations',
    ]);
    const sales = recovery.find((s) => s.flow === 'sales_flow')?.samples ?? [];
    expect(sales.find((s) => s.at === utc('16:47'))?.value).toBe(50);
    expect(
      sales
        .filter((s) => s.at >= utc('19:16') && s.at <= utc('19:26'))
        .every((s) => s.value >= 90 && s.value < 100),
    ).toBe(true);
    expect(sales.at(-1)?.value).toBe(100);
    const sessions = recovery.find((s) => s.flow === 'sessions')?.samples ?? [];
    expect(sessions[0]).toMatchObject({ at: utc('15:36'), value: 50 });
    const cancellations = recovery.find((s) => s.flow === 'order_cancellations')?.samples ?? [];
    expect(cancellations.every((s) => s.value >= 2 && s.value <= 5 && s.at <= utc('23:20'))).toBe(
      true,
    );
    for (const series of recovery)
      for (const sample of series.samples) expect(sample.note?.length ?? 0).toBeGreaterThan(10);
  });

  it('should list the two follow-up actions as OPEN action items', () => {
    const items = data.incidents.edges[0]?.node.actionItems ?? [];
    expect(items).toHaveLength(2);
    expect(items.every((i) => i.status === 'OPEN')).toBe(true);
    expect(items[0]?.title).toMatch(/^Improve our system deployment metrics/);
    expect(items[1]?.title).toMatch(/^Redesign our caching strategy/);
  });

  it('should catalog the components the text names, none affected by the incident', () => {
    expect(data.components.map((c) => c.name).sort()).toEqual(
      [
        'Administrative environment',
        'Checkout',
        'License Manager',
        'Payments',
        'Sessions and orders',
        'Store navigation',
      ].sort(),
    );
    expect(data.incidents.edges[0]?.node.components).toEqual([]);
  });

  it('should give the seed incident 28 minutes to identify and 8 h 24 min to resolve', () => {
    expect(data.incidentStats.count).toBe(1);
    expect(data.incidentStats.timeToIdentify).toEqual({ count: 1, medianSeconds: 28 * 60 });
    expect(data.incidentStats.timeToMitigate).toEqual({
      count: 1,
      medianSeconds: (20 * 60 + 55 - (15 * 60 + 2)) * 60,
    });
    expect(data.incidentStats.timeToResolve).toEqual({
      count: 1,
      medianSeconds: 30_240,
      meanSeconds: 30_240,
      p90Seconds: 30_240,
    });
  });

  it('should not load the demo twice when the server restarts on the same database', async () => {
    await server.app.close();
    const again = await startTestServer({ env: { SEED_DEMO: 'true' }, dbName: server.dbName });
    const count = await ok(again.graphqlUrl, COUNT, {});
    expect(count.incidents.totalCount).toBe(1);
    server = again;
  });
});
