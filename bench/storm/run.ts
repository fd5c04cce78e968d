/**
 * `npm run bench:storm -- --subscribers 10000`: every wallboard comes back at once.
 *
 * An embedded engine, two War Room processes on one database (A serves the wallboards, B takes
 * the writes, as a second instance behind a balancer would), and a fleet process of N dashboard
 * feeds on A. Per round and per signal (SIGTERM, then SIGKILL): stop A (time to exit), post
 * events through B while A is down, start A on the same port, post more during the storm, and
 * probe A with `{ viewer { role } }` until every wallboard has every event. Reports catch-up
 * time after A is ready, events missed and doubled, probe p50/p99, A's peak RSS (VmHWM) and
 * its RSS per idle wallboard. Binds 127.0.0.1 only; stops everything it started.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnEmbeddedMongo, type SpawnedEngine } from '@war-room/embedded-mongo';
import { root, startWarRoom, type BenchProcess } from '../api/server-process.js';
import { median, ms, summarise, table } from '../api/stats.js';

const { values: args } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    down: { type: 'string', default: '10' },
    during: { type: 'string', default: '10' },
  },
});
const n = Number(args.subscribers);
const rounds = Number(args.rounds);
const downEvents = Number(args.down);
const stormEvents = Number(args.during);

const DECLARE = `mutation { declareIncident(input: { title: "bench:storm", impact: MAJOR, body: "storm" }) { id } }`;
const RECORD = `mutation R($id: ID!, $v: Float!) { recordRecovery(input: { incidentId: $id, flow: "orders", value: $v }) { value } }`;

async function gql(url: string, query: string, variables: object, token?: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${query}: ${text}`);
  return text;
}

/** A process's resident set (`VmRSS`) or its peak (`VmHWM`), in MB, from Linux `/proc`. */
function memoryMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
  return match?.[1] ? Number(match[1]) / 1024 : Number.NaN;
}

/** Sends a command to the fleet and resolves with its next answer of `type`. */
function ask(fleet: ChildProcess, command: object, type: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (typeof message !== 'object' || message === null || !('type' in message)) return;
      if (message.type === 'failed') reject(new Error(JSON.stringify(message)));
      if (message.type !== type) return;
      fleet.off('message', onMessage);
      resolve({ ...message });
    };
    fleet.on('message', onMessage);
    if (Object.keys(command).length > 0) fleet.send(command);
  });
}

interface Outcome {
  signal: string;
  exitMs: number;
  caughtUpMs: number;
  probe: { p50: number; p99: number; n: number };
  doubled: number;
  missed: number;
  peakRssMb: number;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-storm-'));
  const token = randomBytes(24).toString('hex');
  let engine: SpawnedEngine | null = null;
  let writer: BenchProcess | null = null;
  let served: BenchProcess | null = null;
  let fleet: ChildProcess | null = null;
  const cleanup = async () => {
    fleet?.kill('SIGKILL');
    await Promise.all([
      writer?.stop().catch(() => undefined),
      served?.stop().catch(() => undefined),
    ]);
    await engine?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    engine = await spawnEmbeddedMongo({ dbpath: path.join(dir, 'db') });
    const env = { BOOTSTRAP_ADMIN_TOKEN: token, WS_MAX_CONNECTIONS_PER_TOKEN: '1000000' };
    const uri = `${engine.uri}/benchstorm`;
    writer = await startWarRoom(uri, dir, env);
    served = await startWarRoom(uri, dir, env);
    const port = new URL(served.url).port;
    const declared = /"id":"([0-9a-f]{24})"/.exec(await gql(writer.url, DECLARE, {}, token));
    const incidentId = declared?.[1] ?? '';
    const rssBefore = memoryMb(served.child.pid, 'VmRSS');
    const wsUrl = `${served.url.replace('http://', 'ws://')}/graphql`;
    const connectStarted = performance.now();
    fleet = fork(path.join(root, 'bench/storm/fleet.ts'), [wsUrl, incidentId, String(n)], {
      cwd: root,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await ask(fleet, {}, 'live');
    const connectMs = performance.now() - connectStarted;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const rssIdle = memoryMb(served.child.pid, 'VmRSS');
    console.log(
      `${n} wallboards live on A in ${(connectMs / 1000).toFixed(1)} s; A's RSS ${rssBefore.toFixed(0)} → ` +
        `${rssIdle.toFixed(0)} MB: ${(((rssIdle - rssBefore) * 1024) / n).toFixed(1)} KB per idle wallboard`,
    );
    let value = 0;
    const record = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        value += 1;
        await gql(writer?.url ?? '', RECORD, { id: incidentId, v: value % 100 }, token);
      }
    };
    await ask(fleet, { type: 'reset' }, 'reset');
    await record(1);
    await ask(fleet, { type: 'wait', count: 1, ms: 120_000 }, 'caught');
    await ask(fleet, { type: 'reset' }, 'reset');
    let expected = 0;
    const outcomes: Outcome[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
        const child = served.child;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        const stopAt = performance.now();
        child.kill(signal);
        const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(force);
        const exitMs = performance.now() - stopAt;
        await record(downEvents);
        served = await startWarRoom(uri, dir, { ...env, PORT: port });
        const readyAt = Date.now();
        expected += downEvents + stormEvents;
        const caught = ask(fleet, { type: 'wait', count: expected, ms: 120_000 }, 'caught');
        let caughtUp = false;
        const probes: number[] = [];
        const probing = (async () => {
          while (!caughtUp) {
            const started = performance.now();
            await gql(served?.url ?? '', '{ viewer { role } }', {});
            probes.push(performance.now() - started);
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
        })();
        await record(stormEvents);
        const answer = await caught;
        caughtUp = true;
        await probing;
        const probe = summarise(probes);
        const outcome: Outcome = {
          signal,
          exitMs,
          caughtUpMs: Number(answer['at']) - readyAt,
          probe: { p50: probe.p50, p99: probe.p99, n: probe.count },
          doubled: Number(answer['doubled']),
          missed: 0, // waitForAll only answers once every board has every event
          peakRssMb: memoryMb(served.child.pid, 'VmHWM'),
        };
        outcomes.push(outcome);
        console.log(
          `round ${round} ${signal}: exit ${ms(exitMs)} ms, all ${n} caught up ${ms(outcome.caughtUpMs)} ms ` +
            `after ready, doubled ${outcome.doubled}, over-delivered boards ${String(answer['over'])}, ` +
            `probe p50/p99 ${ms(probe.p50)}/${ms(probe.p99)} ms (n=${probe.count}), peak RSS ${outcome.peakRssMb.toFixed(0)} MB`,
        );
      }
    }
    const column = (signal: string, pick: (o: Outcome) => number) => {
      const values = outcomes.filter((o) => o.signal === signal).map(pick);
      return values.length > 1
        ? `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`
        : ms(values[0] ?? Number.NaN);
    };
    console.log(
      `\n${n} wallboards, ${downEvents} events posted while A was down and ${stormEvents} during ` +
        `the storm; median (min–max) over ${rounds} rounds\n`,
    );
    console.log(
      table(
        [
          'restart',
          'exit ms',
          'caught up ms after ready',
          'probe p50',
          'probe p99',
          'doubled',
          'peak RSS MB',
        ],
        ['SIGTERM', 'SIGKILL'].map((signal) => [
          signal,
          signal === 'SIGTERM' ? column(signal, (o) => o.exitMs) : '(killed)',
          column(signal, (o) => o.caughtUpMs),
          column(signal, (o) => o.probe.p50),
          column(signal, (o) => o.probe.p99),
          String(outcomes.filter((o) => o.signal === signal).reduce((s, o) => s + o.doubled, 0)),
          column(signal, (o) => o.peakRssMb),
        ]),
      ),
    );
    console.log('\nmissed: 0 (a round only completes once every wallboard has every event)');
    fleet.send({ type: 'stop' });
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench:storm failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
