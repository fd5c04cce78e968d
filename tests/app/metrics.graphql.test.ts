import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, ok, post } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { subscribeEvents } from '../support/ws.js';

const metricsToken = 'metrics-scraper-secret-0123456789';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { METRICS_TOKEN: metricsToken } });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

const DECLARE = graphql(`
  mutation MetricsDeclare {
    declareIncident(input: { title: "metrics", impact: MINOR, body: "b" }) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation MetricsRecord($id: ID!) {
    recordRecovery(input: { incidentId: $id, flow: "orders", value: 50 }) {
      value
    }
  }
`);
const MISSING = graphql(`
  mutation MetricsMissing {
    recordRecovery(input: { incidentId: "000000000000000000000000", flow: "orders", value: 1 }) {
      value
    }
  }
`);

/** One sample of the exposition: metric name, labels, value. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text format (comments skipped; label values without escapes). */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match?.[1] || match[3] === undefined) throw new Error(`unparsable line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) {
      if (pair[1] !== undefined && pair[2] !== undefined) labels[pair[1]] = pair[2];
    }
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

async function scrape(): Promise<Sample[]> {
  const response = await fetch(`${server.url}/metrics`, {
    headers: { authorization: `Bearer ${metricsToken}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return parseExposition(await response.text());
}

/** The sum of every sample of `name` whose labels include `labels`. */
function total(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

describe('/metrics', () => {
  it('should refuse a scrape without the METRICS_TOKEN bearer token with 401', async () => {
    const none = await fetch(`${server.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await fetch(`${server.url}/metrics`, {
      headers: { authorization: 'Bearer not-the-metrics-token-at-all' },
    });
    expect(wrong.status).toBe(401);
  });

  it('should expose every series and move their counts when traffic flows', async () => {
    const before = await scrape();
    const names = new Set(before.map((s) => s.name));
    for (const name of [
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
      'warroom_ws_connections',
      'warroom_ws_subscriptions',
      'warroom_engine_journal_bytes',
      'warroom_engine_fsyncs_total',
      'warroom_engine_fsync_seconds_total',
      'warroom_engine_fsync_max_seconds',
    ]) {
      expect(names, name).toContain(name);
    }

    const stream = subscribeEvents(server.wsUrl, { token: server.tokens.VIEWER });
    const { declareIncident } = await ok(server.graphqlUrl, DECLARE, {}, server.tokens.COMMANDER);
    const first = await stream.waitFor(1);
    const cursor = first[0]?.cursor;
    if (!cursor) throw new Error('no cursor');
    await ok(server.graphqlUrl, RECORD, { id: declareIncident.id }, server.tokens.RESPONDER);
    await ok(server.graphqlUrl, RECORD, { id: declareIncident.id }, server.tokens.RESPONDER);
    await stream.waitFor(3);
    const missing = await post(server.graphqlUrl, MISSING, {}, server.tokens.RESPONDER);
    expect(missing.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const resumed = subscribeEvents(server.wsUrl, { token: server.tokens.VIEWER, after: cursor });
    await resumed.waitFor(2);

    const during = await scrape();
    expect(total(during, 'warroom_ws_connections')).toBeGreaterThanOrEqual(2);
    expect(total(during, 'warroom_ws_subscriptions')).toBeGreaterThanOrEqual(2);
    await stream.close();
    await resumed.close();

    const after = await scrape();
    const moved = (name: string, labels: Record<string, string> = {}) =>
      total(after, name, labels) - total(before, name, labels);
    expect(moved('warroom_events_committed_total')).toBe(3);
    expect(moved('warroom_events_committed_total', { type: 'INCIDENT_DECLARED' })).toBe(1);
    expect(moved('warroom_events_delivered_total', { source: 'live' })).toBe(3);
    expect(moved('warroom_events_delivered_total', { source: 'replay' })).toBe(2);
    expect(moved('warroom_replay_events_count')).toBe(1);
    expect(moved('warroom_replay_events_sum')).toBe(2);
    expect(moved('warroom_fanout_lag_seconds_count')).toBeGreaterThanOrEqual(3);
    expect(
      moved('warroom_graphql_operation_duration_seconds_count', {
        operation: 'MetricsRecord',
        type: 'mutation',
        outcome: 'success',
      }),
    ).toBe(2);
    expect(
      moved('warroom_graphql_operation_duration_seconds_count', {
        operation: 'MetricsMissing',
        outcome: 'error',
      }),
    ).toBe(1);
    expect(moved('warroom_graphql_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    expect(
      moved('warroom_http_request_duration_seconds_count', {
        method: 'POST',
        route: 'graphql',
        status: '200',
      }),
    ).toBe(4);
    expect(
      moved('warroom_http_request_duration_seconds_count', { route: 'metrics' }),
    ).toBeGreaterThanOrEqual(1);
    expect(moved('warroom_engine_fsyncs_total')).toBeGreaterThan(0);
    expect(total(after, 'warroom_engine_journal_bytes', { file: 'journal' })).toBeGreaterThan(0);
  });
});
