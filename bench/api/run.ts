/**
 * `npm run bench:api`: latency of the GraphQL API over HTTP at 10,000 synthetic incidents.
 *
 * Starts the embedded engine in a temporary directory, loads the synthetic history in-process
 * through the same importer users use, then starts War Room in its own process on that database
 * and sends a fixed number of sequential requests per scenario (after a warm-up), in several
 * rounds with the scenarios interleaved. Prints p50/p99/min/max per scenario, the median of the
 * rounds' p50s with their spread, and the ratio to `{ viewer { role } }`: the server's floor per
 * request (HTTP, Apollo, auth, logging) with no database work.
 *
 * Options: --incidents 10000 --warmup 30 --requests 200 --rounds 3 --concurrency 12
 * --max-seconds 60 (per scenario and round: fewer requests past it, and the table says so)
 * --keep-data DIR (use and keep DIR instead of a temporary directory; seeding is skipped when
 * its database already holds the incidents, so repeated runs start in seconds).
 * Binds 127.0.0.1 only; stops every process and removes its directory, even on error.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { createServices } from '../../server/src/app/services.js';
import { ensureIndexes } from '../../server/src/db/connect.js';
import { spawnEmbeddedMongo, type SpawnedEngine } from '@war-room/embedded-mongo';
import { seedSynthetic } from '../../server/src/seed/synthetic.js';
import { killQuietly, startWarRoom, type BenchProcess } from './server-process.js';
import { median, ms, summarise, table, type Summary } from './stats.js';

const { values: args } = parseArgs({
  options: {
    incidents: { type: 'string', default: '10000' },
    warmup: { type: 'string', default: '30' },
    requests: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '12' },
    'max-seconds': { type: 'string', default: '60' },
    'keep-data': { type: 'string' },
  },
});

function positiveInt(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive integer (got ${raw})`);
    process.exit(2);
  }
  return value;
}

const incidents = positiveInt('incidents', args.incidents);
const warmup = positiveInt('warmup', args.warmup);
const requests = positiveInt('requests', args.requests);
const rounds = positiveInt('rounds', args.rounds);
const concurrency = positiveInt('concurrency', args.concurrency);
/** A scenario's measured requests in one round stop early past this, so the bench always ends. */
const maxScenarioMs = positiveInt('max-seconds', args['max-seconds']) * 1000;
const requestTimeoutMs = 30_000;

const LIST = `query List($filter: IncidentFilter) {
  incidents(first: 50, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status impact startedAt resolvedAt durationSeconds } }
  }
}`;

const DETAIL = `query Detail($id: ID!) {
  incident(id: $id) {
    id title status impact startedAt resolvedAt durationSeconds postmortem
    components { status component { id name status group } }
    updates { id status body createdAt author }
    recovery { flow latest { at value note } samples { at value note } }
    timeline { id at text }
    actionItems { id title owner status dueAt }
  }
}`;

const STATS = `query Stats {
  incidentStats {
    count
    timeToResolve { count medianSeconds }
    timeToRecover50 { count medianSeconds p90Seconds }
    timeToRecover90 { count medianSeconds p90Seconds }
    timeToRecover100 { count medianSeconds p90Seconds }
  }
}`;

const AT = `query At($id: ID!, $at: DateTime!) {
  incidentAt(id: $id, at: $at) {
    at status impact
    updates { id status createdAt }
    recovery { flow latest { at value } samples { at value } }
    timeline { at text }
    actionItems { title status }
  }
}`;

/** The title word of the incident the time-travel scenario rebuilds (found by the text filter). */
const timeTravelWord = 'timetravelbench';
/** Events of that incident: its declaration, then recovery samples. */
const timeTravelEvents = 5000;

const FIND = `query Find($text: String!) {
  incidents(first: 1, filter: { text: $text }) { edges { node { id startedAt } } }
}`;

const IDS = `query Ids($after: String) {
  incidents(first: 100, after: $after) { pageInfo { endCursor } edges { node { id } } }
}`;

interface Scenario {
  name: string;
  query: string;
  /** Variables for the i-th request of a round. */
  variables: (i: number) => Record<string, unknown>;
  /** A one-line description of what a response held, from the first response. */
  describe: (data: unknown) => string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** `data.incidents.totalCount` and the page size of a list response. */
function describeList(data: unknown): string {
  const connection = isRecord(data) ? data['incidents'] : undefined;
  if (!isRecord(connection)) return 'no incidents field';
  const edges = connection['edges'];
  const total = connection['totalCount'];
  return `${Array.isArray(edges) ? edges.length : '?'} of ${String(total)} matching`;
}

/** Sizes of the nested lists of a detail response. */
function describeDetail(data: unknown): string {
  const incident = isRecord(data) ? data['incident'] : undefined;
  if (!isRecord(incident)) return 'incident not found';
  const count = (field: string) => {
    const list = incident[field];
    return Array.isArray(list) ? list.length : 0;
  };
  return `${count('updates')} updates, ${count('recovery')} series, ${count('timeline')} timeline, ${count('actionItems')} actions`;
}

/** POSTs one GraphQL operation; returns its latency (ms, response body read) and its data. */
async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ latency: number; data: unknown }> {
  const body = JSON.stringify({ query, variables });
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(requestTimeoutMs),
  });
  const text = await response.text();
  const latency = performance.now() - started;
  const parsed: unknown = JSON.parse(text);
  if (!response.ok || !isRecord(parsed) || parsed['errors'] !== undefined) {
    throw new Error(`HTTP ${response.status} from ${query.split('(')[0] ?? ''}: ${text}`);
  }
  return { latency, data: parsed['data'] };
}

/** Collects up to `count` incident ids, newest first, for the detail scenario to rotate over. */
async function incidentIds(url: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  while (ids.length < count) {
    const { data } = await graphql(url, IDS, { after });
    const connection = isRecord(data) ? data['incidents'] : undefined;
    if (!isRecord(connection) || !Array.isArray(connection['edges'])) break;
    for (const edge of connection['edges']) {
      if (isRecord(edge) && isRecord(edge['node']) && typeof edge['node']['id'] === 'string')
        ids.push(edge['node']['id']);
    }
    const info = connection['pageInfo'];
    after = isRecord(info) && typeof info['endCursor'] === 'string' ? info['endCursor'] : null;
    if (after === null) break;
  }
  if (ids.length === 0) throw new Error('the seeded database returned no incidents');
  return ids.slice(0, count);
}

/** One incident with `timeTravelEvents` events (a declaration, then samples a minute apart). */
async function seedTimeTravel(): Promise<void> {
  const started = performance.now();
  const startedAt = new Date(Date.now() - timeTravelEvents * 60_000);
  let now = startedAt;
  const services = createServices({ clock: () => now });
  const viewer = { role: 'COMMANDER', name: 'bench', tokenId: null } as const;
  const incident = await services.incidents.declare(viewer, {
    title: `Checkout outage (${timeTravelWord})`,
    impact: 'MAJOR',
    body: 'Checkout is failing for most customers.',
    startedAt,
  });
  for (let i = 1; i < timeTravelEvents; i++) {
    now = new Date(startedAt.getTime() + i * 60_000);
    await services.recovery.record(viewer, {
      incidentId: incident._id.toHexString(),
      flow: i % 2 === 0 ? 'sales_flow' : 'checkout',
      value: Math.min(100, (i / timeTravelEvents) * 120),
    });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`recorded an incident with ${timeTravelEvents} events in ${seconds.toFixed(1)} s`);
}

async function seed(uri: string): Promise<void> {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 10_000 });
  try {
    await ensureIndexes();
    const existing = (await mongoose.connection.db?.collection('incidents').countDocuments()) ?? 0;
    if (existing > 0) {
      if (existing !== incidents + 1)
        throw new Error(
          `--keep-data holds ${existing} incidents, not ${incidents}: use another DIR`,
        );
      console.log(`reusing ${existing.toLocaleString('en-US')} incidents already in the database`);
      return;
    }
    const started = performance.now();
    await seedSynthetic(createServices(), {
      count: incidents,
      seed: 1,
      concurrency,
      onProgress: (done) => {
        if (process.stdout.isTTY) process.stdout.write(`\r  seeding ${done}/${incidents}`);
        else if (done % 2500 === 0) console.log(`  seeded ${done}/${incidents}`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    await seedTimeTravel();
    if (process.stdout.isTTY) process.stdout.write('\r');
    console.log(
      `seeded ${incidents.toLocaleString('en-US')} synthetic incidents in ${seconds.toFixed(1)} s ` +
        `(${Math.round(incidents / seconds)} incidents/s, ${concurrency} in flight, in-process importer)`,
    );
  } finally {
    await mongoose.disconnect();
  }
}

/** The time-travel incident's id and start, for `incidentAt` at moments spread over its life. */
async function timeTravelTarget(url: string): Promise<{ id: string; startedAt: number }> {
  const { data } = await graphql(url, FIND, { text: timeTravelWord });
  const connection = isRecord(data) ? data['incidents'] : undefined;
  const edges = isRecord(connection) ? connection['edges'] : undefined;
  const first: unknown = Array.isArray(edges) ? edges[0] : undefined;
  const node = isRecord(first) ? first['node'] : undefined;
  if (!isRecord(node) || typeof node['id'] !== 'string' || typeof node['startedAt'] !== 'string')
    throw new Error('the time-travel incident is missing');
  return { id: node['id'], startedAt: Date.parse(node['startedAt']) };
}

function scenarios(ids: readonly string[], travel: { id: string; startedAt: number }): Scenario[] {
  const yearAgo = new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString();
  const list = (name: string, filter: Record<string, unknown> | null): Scenario => ({
    name,
    query: LIST,
    variables: () => ({ filter }),
    describe: describeList,
  });
  return [
    {
      name: 'baseline { viewer { role } }',
      query: '{ viewer { role } }',
      variables: () => ({}),
      describe: () => 'no database work',
    },
    list('incidents(first: 50)', null),
    list('  impact: [CRITICAL]', { impact: ['CRITICAL'] }),
    list('  active: false', { active: false }),
    list('  startedAfter: a year ago', { startedAfter: yearAgo }),
    list('  text: "Checkout"', { text: 'Checkout' }),
    list('  all four filters', {
      impact: ['CRITICAL'],
      active: false,
      startedAfter: yearAgo,
      text: 'Checkout',
    }),
    {
      name: 'incident(id), all nested fields',
      query: DETAIL,
      variables: (i) => ({ id: ids[i % ids.length] }),
      describe: describeDetail,
    },
    {
      name: `incidentStats with timeToRecover50/90/100`,
      query: STATS,
      variables: () => ({}),
      describe: (data) => {
        const stats = isRecord(data) ? data['incidentStats'] : undefined;
        return isRecord(stats) ? `${String(stats['count'])} incidents` : 'no stats';
      },
    },
    {
      name: `incidentAt(id, at), ${timeTravelEvents} events`,
      query: AT,
      variables: (i) => ({
        id: travel.id,
        // Moments spread over the incident's life (a quarter, half, three quarters, the end).
        at: new Date(
          travel.startedAt + (((i % 4) + 1) / 4) * timeTravelEvents * 60_000,
        ).toISOString(),
      }),
      describe: (data) => {
        const snapshot = isRecord(data) ? data['incidentAt'] : undefined;
        const recovery = isRecord(snapshot) ? snapshot['recovery'] : undefined;
        const samples = Array.isArray(recovery)
          ? recovery.reduce((n: number, s: unknown) => {
              const list = isRecord(s) ? s['samples'] : undefined;
              return n + (Array.isArray(list) ? list.length : 0);
            }, 0)
          : 0;
        return `${samples} samples rebuilt`;
      },
    },
  ];
}

/** One round of one scenario: `warmup` unmeasured requests, then `requests` measured ones. */
async function measure(url: string, scenario: Scenario): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await graphql(url, scenario.query, scenario.variables(i));
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < requests && performance.now() - started < maxScenarioMs; i++) {
    const { latency } = await graphql(url, scenario.query, scenario.variables(warmup + i));
    latencies.push(latency);
  }
  return latencies;
}

function report(list: readonly Scenario[], results: ReadonlyMap<string, Summary[]>): void {
  const baseline = median((results.get(list[0]?.name ?? '') ?? []).map((s) => s.p50));
  const rows = list.map((scenario) => {
    const perRound = results.get(scenario.name) ?? [];
    const p50s = perRound.map((s) => s.p50);
    const p50 = median(p50s);
    const n = perRound.reduce((sum, s) => sum + s.count, 0);
    return [
      scenario.name + (n < rounds * requests ? ` (n=${n}, capped)` : ''),
      ms(p50),
      `${ms(Math.min(...p50s))}–${ms(Math.max(...p50s))}`,
      ms(median(perRound.map((s) => s.p99))),
      ms(Math.min(...perRound.map((s) => s.min))),
      ms(Math.max(...perRound.map((s) => s.max))),
      `${(p50 / baseline).toFixed(1)}x`,
    ];
  });
  console.log(
    `\nlatency in ms, ${requests} sequential requests per round after ${warmup} warm-up, ` +
      `${rounds} rounds (p50 = median of the rounds' p50s; spread = their min–max)\n`,
  );
  console.log(
    table(['scenario', 'p50', 'p50 spread', 'p99', 'min', 'max', 'p50 / baseline'], rows),
  );
}

async function main(): Promise<void> {
  const kept = args['keep-data'];
  const dir = kept ? path.resolve(kept) : mkdtempSync(path.join(tmpdir(), 'bench-api-'));
  if (kept) mkdirSync(path.join(dir, 'db'), { recursive: true });
  let engine: SpawnedEngine | null = null;
  let server: BenchProcess | null = null;
  const cleanup = async () => {
    await server?.stop().catch(() => undefined);
    await engine?.stop().catch(() => undefined);
    if (!kept) rmSync(dir, { recursive: true, force: true });
  };
  // Last resort if the process ends without `cleanup` (an uncaught exception, process.exit).
  process.once('exit', () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    if (engine) killQuietly(engine.pid);
    if (!kept) rmSync(dir, { recursive: true, force: true });
  });
  const interrupted = () => {
    console.error('\ninterrupted: stopping the server and the engine');
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    engine = await spawnEmbeddedMongo({ dbpath: path.join(dir, 'db') });
    const uri = `${engine.uri}/benchapi`;
    console.log(`embedded engine at ${engine.uri} (pid ${engine.pid}), database benchapi`);
    await seed(uri);
    server = await startWarRoom(uri, dir);
    const url = `${server.url}/graphql`;
    console.log(`War Room at ${url} (pid ${String(server.child.pid)}), LOG_LEVEL=info\n`);

    const list = scenarios(await incidentIds(url, 500), await timeTravelTarget(url));
    for (const scenario of list) {
      const { data } = await graphql(url, scenario.query, scenario.variables(0));
      console.log(`${scenario.name.trim().padEnd(34)} ${scenario.describe(data)}`);
    }
    const results = new Map<string, Summary[]>(list.map((s) => [s.name, []]));
    for (let round = 1; round <= rounds; round++) {
      const started = performance.now();
      for (const scenario of list) {
        const summary = summarise(await measure(url, scenario));
        results.get(scenario.name)?.push(summary);
        console.log(
          `  round ${round} ${scenario.name.trim().padEnd(34)} p50 ${ms(summary.p50)} ms ` +
            `p99 ${ms(summary.p99)} ms (n=${summary.count})`,
        );
      }
      console.log(
        `round ${round}/${rounds} took ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    report(list, results);
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
