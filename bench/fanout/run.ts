/**
 * `npm run bench:fanout -- --subscribers 1000,5000,10000 --mutations 30`: live-event fan-out.
 *
 * War Room runs in its own process on an embedded engine in a temporary directory; a bare `ws`
 * broadcast server (`floor.ts`) runs in another. For each N, a separate clients process
 * (`clients.ts`) opens N anonymous graphql-transport-ws subscribers to one server, then sends
 * events one at a time and times each from the trigger's HTTP response to receipt at the last
 * subscriber (and from the request, for the end-to-end view). The floor is measured identically,
 * with messages of the same byte size as War Room's `next` messages. Prints p50/p99 of both and
 * their ratio. Binds 127.0.0.1 only; stops every process and removes its directory, even on error.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnEmbeddedMongo, type SpawnedEngine } from '@war-room/embedded-mongo';
import {
  root,
  startProcess,
  startWarRoom,
  stopChild,
  type BenchProcess,
} from '../api/server-process.js';
import { median, ms, summarise, table, type Summary } from '../api/stats.js';
import { isReport, type ClientsConfig, type ClientsReport, type Target } from './protocol.js';

const { values: args } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '1000,5000,10000' },
    mutations: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '3' },
    'event-timeout': { type: 'string', default: '30000' },
    rounds: { type: 'string', default: '1' },
    /** Which servers to measure (e.g. `warroom` alone, to profile it). */
    targets: { type: 'string', default: 'warroom,stock,floor-respond-first,floor' },
  },
});

const counts = args.subscribers.split(',').map(Number);
const mutations = Number(args.mutations);
const warmup = Number(args.warmup);
const eventTimeoutMs = Number(args['event-timeout']);
const rounds = Number(args.rounds);
const targets = new Set(args.targets.split(','));
if (
  !Number.isInteger(rounds) ||
  rounds < 1 ||
  counts.some((n) => !Number.isInteger(n) || n < 1) ||
  !Number.isInteger(mutations) ||
  mutations < 1 ||
  !Number.isInteger(warmup) ||
  warmup < 1 ||
  !Number.isInteger(eventTimeoutMs) ||
  eventTimeoutMs < 100
) {
  console.error(
    'usage: npm run bench:fanout -- --subscribers 1000,5000,10000 --mutations 30 [--warmup 3] [--event-timeout 30000] [--rounds 1]',
  );
  process.exit(2);
}

const DECLARE = `mutation Declare($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`;

/** Declares the incident the clients record recovery on; returns its id. */
async function declareIncident(url: string, token: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: DECLARE,
      variables: {
        input: { title: 'bench:fanout', impact: 'MAJOR', body: 'Fan-out benchmark incident.' },
      },
    }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  const match = /"id":"([0-9a-f]{24})"/.exec(text);
  if (!response.ok || !match?.[1]) throw new Error(`declareIncident failed: ${text}`);
  return match[1];
}

/** Runs one clients process to completion (or kills it after `budgetMs`) and returns its report. */
async function runClients(config: ClientsConfig, budgetMs: number): Promise<ClientsReport> {
  const child = fork(path.join(root, 'bench/fanout/clients.ts'), [JSON.stringify(config)], {
    cwd: root,
    execArgv: ['--conditions=source', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let report: ClientsReport | null = null;
  child.on('message', (message: unknown) => {
    if (isReport(message)) report = message;
  });
  const timer = setTimeout(() => void stopChild(child, 2000), budgetMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return (
    report ?? {
      ok: false,
      error: `clients process exited (${String(code)}) without a report within ${budgetMs / 1000} s`,
      closes: {},
      errors: {},
    }
  );
}

interface Measured {
  cpuMsPerEvent: number | null;
  fromResponse: Summary;
  fromRequest: Summary;
  mutation: Summary;
  spread: Summary;
  connectMs: number;
  bytes: { min: number; max: number };
}

function measured(report: ClientsReport & { ok: true }): Measured {
  return {
    cpuMsPerEvent: report.serverCpuMsPerEvent,
    fromResponse: summarise(report.timings.map((t) => t.fromResponse)),
    fromRequest: summarise(report.timings.map((t) => t.fromRequest)),
    mutation: summarise(report.timings.map((t) => t.mutation)),
    spread: summarise(report.timings.map((t) => t.spread)),
    connectMs: report.connectMs,
    bytes: report.bytes,
  };
}

function describeFailure(target: Target, n: number, report: ClientsReport & { ok: false }): string {
  const lines = [`${target} with ${n} subscribers FAILED: ${report.error}`];
  for (const [what, count] of Object.entries(report.closes))
    lines.push(`  closed by the server: ${what} × ${count}`);
  for (const [what, count] of Object.entries(report.errors)) lines.push(`  ${what} × ${count}`);
  return lines.join('\n');
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);

/** `median (min–max)` of per-round figures; "failed" when a round had none. */
function cell(values: readonly (number | null | undefined)[], format: (v: number) => string) {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (known.length === 0) return 'failed';
  if (known.length < values.length) return `${format(median(known))} (${known.length} ok)`;
  if (known.length === 1) return format(median(known));
  return `${format(median(known))} (${format(Math.min(...known))}–${format(Math.max(...known))})`;
}
const times = (v: number) => `${v.toFixed(2)}x`;

/** One round at one N: every target measured back to back, so ratios compare like with like. */
interface Round {
  war: Measured | null;
  stock: Measured | null;
  floor: Measured | null;
  floorFirst: Measured | null;
}

type Pick = (m: Measured) => number | null;

/** Table rows: per N, the median (and spread) over rounds of each figure and each ratio. */
function rows(
  byN: Map<number, Round[]>,
  pick: Pick,
  floorOf: (r: Round) => Measured | null,
): string[][] {
  const out: string[][] = [];
  for (const [n, list] of byN) {
    const val = (m: Measured | null) => (m ? pick(m) : null);
    const per = (a: (r: Round) => Measured | null, b: (r: Round) => Measured | null) =>
      list.map((r) => {
        const x = val(a(r));
        const y = val(b(r));
        return x === null || y === null ? null : ratio(x, y);
      });
    out.push([
      n.toLocaleString('en-US'),
      cell(
        list.map((r) => val(r.war)),
        ms,
      ),
      cell(
        list.map((r) => val(r.stock)),
        ms,
      ),
      cell(
        list.map((r) => val(floorOf(r))),
        ms,
      ),
      cell(
        per((r) => r.war, floorOf),
        times,
      ),
      cell(
        per(
          (r) => r.war,
          (r) => r.stock,
        ),
        times,
      ),
      cell(
        per((r) => r.stock, floorOf),
        times,
      ),
    ]);
  }
  return out;
}

function describeRun(
  target: Target,
  n: number,
  m: Measured,
  report: ClientsReport & { ok: true },
): string {
  const closes = Object.entries(report.closes);
  return (
    `N=${n} ${target.padEnd(19)} connect ${(m.connectMs / 1000).toFixed(1)} s, ` +
    `${m.bytes.min}–${m.bytes.max} B/message, trigger response p50/p99 ` +
    `${ms(m.mutation.p50)}/${ms(m.mutation.p99)} ms, response→last p50/p99 ` +
    `${ms(m.fromResponse.p50)}/${ms(m.fromResponse.p99)}, request→last p50/p99 ` +
    `${ms(m.fromRequest.p50)}/${ms(m.fromRequest.p99)}, first→last subscriber p50 ${ms(m.spread.p50)} ms` +
    (report.serverCpuMsPerEvent === null
      ? ''
      : `, server CPU ${ms(report.serverCpuMsPerEvent)} ms/event`) +
    (report.duplicates > 0 ? `, ${report.duplicates} DUPLICATES` : '') +
    (closes.length > 0 ? `, server closes: ${JSON.stringify(report.closes)}` : '')
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-fanout-'));
  const token = randomBytes(24).toString('hex');
  let engine: SpawnedEngine | null = null;
  let server: BenchProcess | null = null;
  let floor: BenchProcess | null = null;
  let stock: BenchProcess | null = null;
  const serverProblems: string[] = [];
  const cleanup = async () => {
    await Promise.all([
      server?.stop().catch(() => undefined),
      floor?.stop().catch(() => undefined),
      stock?.stop().catch(() => undefined),
    ]);
    await engine?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  const interrupted = () => {
    console.error('\ninterrupted: stopping the servers and the engine');
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    engine = await spawnEmbeddedMongo({ dbpath: path.join(dir, 'db') });
    server = await startWarRoom(`${engine.uri}/benchfanout`, dir, {
      BOOTSTRAP_ADMIN_TOKEN: token,
      WS_MAX_CONNECTIONS_PER_TOKEN: '1000000',
      PUBLIC_READ: 'true',
    });
    server.child.stdout?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (/"level":(40|50|60)/.test(line)) serverProblems.push(line.slice(0, 500));
      }
    });
    floor = await startProcess(
      'bench/fanout/floor.ts',
      [],
      {},
      /floor listening (http:\/\/127\.0\.0\.1:\d+)/,
    );
    stock = await startProcess(
      'bench/fanout/stock.ts',
      [],
      {},
      /stock listening (http:\/\/127\.0\.0\.1:\d+)/,
    );
    const graphqlUrl = `${server.url}/graphql`;
    const floorUrl = floor.url;
    const warRoomPid = server.child.pid;
    const floorPid = floor.child.pid;
    const incidentId = await declareIncident(graphqlUrl, token);
    console.log(
      `War Room ${graphqlUrl} (pid ${String(server.child.pid)}), floor ${floor.url} ` +
        `(pid ${String(floor.child.pid)}), stock ${stock.url} (pid ${String(stock.child.pid)}), ` +
        `engine ${engine.uri}; ` +
        `${warmup} warm-up + ${mutations} measured events per run\n`,
    );

    const byN = new Map<number, Round[]>();
    const wsUrl = graphqlUrl.replace('http://', 'ws://');
    const floorWs = floor.url.replace('http://', 'ws://');
    const stockUrl = `${stock.url}/graphql`;
    const stockWs = stockUrl.replace('http://', 'ws://');
    const stockPid = stock.child.pid;
    for (let round = 1; round <= rounds; round += 1) {
      for (const n of counts) {
        const budgetMs = 120_000 + n * 20 + (warmup + mutations) * (eventTimeoutMs + 1000);
        const run = async (target: Target, bytes: number): Promise<Measured | null> => {
          if (!targets.has(target)) return null;
          const where = {
            warroom: { ws: wsUrl, trigger: graphqlUrl, pid: warRoomPid },
            stock: { ws: stockWs, trigger: stockUrl, pid: stockPid },
            floor: { ws: floorWs, trigger: `${floorUrl}/broadcast`, pid: floorPid },
            'floor-respond-first': { ws: floorWs, trigger: `${floorUrl}/broadcast`, pid: floorPid },
          }[target];
          const report = await runClients(
            {
              target,
              wsUrl: where.ws,
              triggerUrl: where.trigger,
              subscribers: n,
              mutations,
              warmup,
              token,
              incidentId,
              bytes,
              eventTimeoutMs,
              serverPid: where.pid ?? 0,
            },
            budgetMs,
          );
          if (!report.ok) {
            console.log(describeFailure(target, n, report));
            return null;
          }
          const m = measured(report);
          console.log(`round ${round} ${describeRun(target, n, m, report)}`);
          await new Promise((resolve) => setTimeout(resolve, 2000));
          return m;
        };
        const war = await run('warroom', 0);
        const bytes = war?.bytes.max ?? 200;
        const stockRun = await run('stock', 0);
        const floorFirst = await run('floor-respond-first', bytes);
        const floorRun = await run('floor', bytes);
        const list = byN.get(n) ?? [];
        list.push({ war, stock: stockRun, floor: floorFirst, floorFirst: floorRun });
        byN.set(n, list);
      }
    }
    const header = (what: string) => [
      'subscribers',
      `War Room ${what}`,
      `stock ${what}`,
      `floor ${what}`,
      'War Room / floor',
      'War Room / stock',
      'stock / floor',
    ];
    const spread = rounds > 1 ? `median (min–max) over ${rounds} rounds` : '1 round';
    const respondFirst = (r: Round) => r.floor;
    const broadcastFirst = (r: Round) => r.floorFirst;
    console.log(
      `\nEach cell: ${spread}; ratios are taken within a round (same machine state), then summarised.\n` +
        `stock = graphql-ws useServer + graphql-subscriptions PubSub (the docs' pattern, no sharing).\n`,
    );
    console.log(
      `(1) ms from the trigger's HTTP response to receipt at the last subscriber, ${mutations} events per run;\n` +
        '    floor = bare ws server that responds, then broadcasts (as War Room: commit, respond, fan out)\n',
    );
    console.log(
      'p50\n' +
        table(
          header('p50'),
          rows(byN, (m) => m.fromResponse.p50, respondFirst),
        ),
    );
    console.log(
      '\np99\n' +
        table(
          header('p99'),
          rows(byN, (m) => m.fromResponse.p99, respondFirst),
        ),
    );
    console.log(
      '\n(2) server CPU time (user + system, /proc) per measured event, ms; floor = respond-first run\n',
    );
    console.log(
      table(
        header('CPU'),
        rows(byN, (m) => m.cpuMsPerEvent, respondFirst),
      ),
    );
    console.log(
      '\n(3) ms from sending the trigger request to receipt at the last subscriber (p50);\n' +
        '    floor = bare ws server that broadcasts to all, then responds\n',
    );
    console.log(
      table(
        header('p50'),
        rows(byN, (m) => m.fromRequest.p50, broadcastFirst),
      ),
    );
    if (serverProblems.length > 0) {
      console.log(
        `\nWar Room logged ${serverProblems.length} warning/error line(s); the first ones:`,
      );
      for (const line of serverProblems.slice(0, 10)) console.log(`  ${line}`);
    }
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench:fanout failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
