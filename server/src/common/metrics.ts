/**
 * The server's Prometheus metrics (prom-client), served at `/metrics`. One registry per
 * process: several apps in one process (the tests) share it, as they share the process.
 * Every label set is small and closed, except GraphQL operation names, which clients choose:
 * those are capped by {@link operationLabel}.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** Latency buckets in seconds, from a cached query to a slow mutation under load. */
const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpDuration = new Histogram({
  name: 'warroom_http_request_duration_seconds',
  help: 'HTTP requests by method, route (graphql, metrics, health, static) and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: latencyBuckets,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: 'warroom_graphql_operation_duration_seconds',
  help: 'GraphQL operations over HTTP by operation name, type and outcome (success or error).',
  labelNames: ['operation', 'type', 'outcome'] as const,
  buckets: latencyBuckets,
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'warroom_graphql_errors_total',
  help: 'GraphQL errors sent to clients, by extensions.code.',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const wsSlowCloses = new Counter({
  name: 'warroom_ws_slow_subscriber_closes_total',
  help: 'WebSockets closed with 4008 because a subscriber fell behind (queue or socket buffer).',
  labelNames: ['reason'] as const,
  registers: [registry],
});

export const eventsCommitted = new Counter({
  name: 'warroom_events_committed_total',
  help: 'Events committed to the log by this instance, by event type.',
  labelNames: ['type'] as const,
  registers: [registry],
});

export const eventsDelivered = new Counter({
  name: 'warroom_events_delivered_total',
  help: 'Events handed to local subscribers: live from the tailer, or replayed after a cursor.',
  labelNames: ['source'] as const,
  registers: [registry],
});

export const drillFailures = new Counter({
  name: 'warroom_drill_failures_total',
  help: 'Drills the runner failed to move on in a pass (closing an ended one, or driving a running one); the others go on.',
  labelNames: ['phase'] as const,
  registers: [registry],
});

export const fanoutLag = new Histogram({
  name: 'warroom_fanout_lag_seconds',
  help: 'From an event being written to its hand-off to the last local subscriber.',
  buckets: latencyBuckets,
  registers: [registry],
});

export const replaySize = new Histogram({
  name: 'warroom_replay_events',
  help: 'Events replayed to one subscriber resuming after a cursor.',
  buckets: [0, 1, 10, 100, 1000, 10_000, 100_000],
  registers: [registry],
});

/** Sources of the live WebSocket gauges: each running WebSocket server registers one. */
const wsSources = new Set<() => { connections: number; subscriptions: number }>();

new Gauge({
  name: 'warroom_ws_connections',
  help: 'Open GraphQL WebSocket connections (past connection_init).',
  registers: [registry],
  collect() {
    this.set([...wsSources].reduce((sum, source) => sum + source().connections, 0));
  },
});

new Gauge({
  name: 'warroom_ws_subscriptions',
  help: 'Active GraphQL subscriptions over WebSocket.',
  registers: [registry],
  collect() {
    this.set([...wsSources].reduce((sum, source) => sum + source().subscriptions, 0));
  },
});

/** Registers a WebSocket server's counts with the gauges; returns the unregister function. */
export function addWsSource(source: () => { connections: number; subscriptions: number }) {
  wsSources.add(source);
  return () => wsSources.delete(source);
}

const seenOperations = new Set<string>();
const maxOperations = 200;

/**
 * A bounded label for a client-chosen operation name: the name itself when it looks like one,
 * `anonymous` without one, and `other` for a malformed name or past 200 distinct names.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= maxOperations) return 'other';
  seenOperations.add(name);
  return name;
}

/** What the embedded engine reports about its journal (`serverStatus.journal`). */
export interface EngineJournalStats {
  bytes: number;
  snapshotBytes: number;
  syncs: { count: number; totalMs: number; maxMs: number };
}

let engineStats: (() => Promise<EngineJournalStats | null>) | null = null;
/** The engine's figures, read once per scrape by the first of the engine collectors. */
let engineScrape: Promise<EngineJournalStats | null> | null = null;

function scrapeEngine(): Promise<EngineJournalStats | null> {
  engineScrape ??= (engineStats?.() ?? Promise.resolve(null)).finally(() => {
    setImmediate(() => (engineScrape = null));
  });
  return engineScrape;
}

new Gauge({
  name: 'warroom_engine_journal_bytes',
  help: 'Embedded engine: bytes in the journal (since the last compaction) and in the snapshot.',
  labelNames: ['file'] as const,
  registers: [registry],
  async collect() {
    const stats = await scrapeEngine();
    if (!stats) return;
    this.set({ file: 'journal' }, stats.bytes);
    this.set({ file: 'snapshot' }, stats.snapshotBytes);
  },
});

// The engine keeps the totals; these mirror them (reset + inc) so rate() works as on counters.
new Counter({
  name: 'warroom_engine_fsyncs_total',
  help: 'Embedded engine: journal group-commit fsyncs since the engine started.',
  registers: [registry],
  async collect() {
    const stats = await scrapeEngine();
    if (!stats) return;
    this.reset();
    this.inc(stats.syncs.count);
  },
});

new Counter({
  name: 'warroom_engine_fsync_seconds_total',
  help: 'Embedded engine: time spent in journal fsyncs (divide by fsyncs_total for the mean).',
  registers: [registry],
  async collect() {
    const stats = await scrapeEngine();
    if (!stats) return;
    this.reset();
    this.inc(stats.syncs.totalMs / 1000);
  },
});

new Gauge({
  name: 'warroom_engine_fsync_max_seconds',
  help: 'Embedded engine: the slowest journal fsync since the engine started.',
  registers: [registry],
  async collect() {
    const stats = await scrapeEngine();
    if (stats) this.set(stats.syncs.maxMs / 1000);
  },
});

/** Where the engine collectors read from (the embedded engine's serverStatus; null: none). */
export function setEngineStats(source: (() => Promise<EngineJournalStats | null>) | null): void {
  engineStats = source;
}

let blockedIndexSource: (() => readonly BlockedIndexCount[]) | null = null;

/** A unique index the stored data blocks, as `/metrics` shows it. */
export interface BlockedIndexCount {
  collection: string;
  index: string;
  groupCount: number;
}

new Gauge({
  name: 'warroom_db_index_blocked_duplicates',
  help:
    'Groups of documents whose duplicate keys keep a declared unique index from being built ' +
    '(0 once built); `npm run db:dedupe-sources` merges them.',
  labelNames: ['collection', 'index'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const blocked of blockedIndexSource?.() ?? [])
      this.set({ collection: blocked.collection, index: blocked.index }, blocked.groupCount);
  },
});

/** Where the blocked-index gauge reads from (the server's last index build). */
export function setBlockedIndexes(source: (() => readonly BlockedIndexCount[]) | null): void {
  blockedIndexSource = source;
}
