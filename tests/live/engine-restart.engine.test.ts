import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { graphql, ok, post } from '../support/graphql.js';
import { startServerProcess, type ServerProcess } from '../support/process.js';
import { subscribeEvents, type EventStream } from '../support/ws.js';

/**
 * The server survives its embedded engine: these always run their own engines (in their own
 * DATA_DIR), also when the suite runs against MONGODB_URI.
 */
const DECLARE = graphql(`
  mutation RestartDeclare {
    declareIncident(input: { title: "engine restart", impact: MAJOR, body: "b" }) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation RestartRecord($id: ID!, $v: Float!) {
    recordRecovery(input: { incidentId: $id, flow: "orders", value: $v }) {
      value
    }
  }
`);

const admin = `boot_${randomBytes(24).toString('base64url')}`;
const started: ServerProcess[] = [];
const streams: EventStream[] = [];
const dirs: string[] = [];
const wrappers: ChildProcess[] = [];

afterEach(async () => {
  for (const wrapper of wrappers.splice(0)) wrapper.kill('SIGKILL');
  for (const stream of streams.splice(0)) await stream.close();
  for (const server of started.splice(0)) await server.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function serve(dataDir: string): Promise<ServerProcess> {
  const server = await startServerProcess({
    DATA_DIR: dataDir,
    MONGODB_URI: '',
    BOOTSTRAP_ADMIN_TOKEN: admin,
  });
  started.push(server);
  return server;
}

function freshDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'warroom-restart-'));
  dirs.push(dir);
  return dir;
}

/** The pid of the engine recorded for a DATA_DIR. */
function enginePid(dataDir: string): number {
  const lock: unknown = JSON.parse(readFileSync(path.join(dataDir, 'db/engine.lock.json'), 'utf8'));
  if (typeof lock !== 'object' || lock === null || !('pid' in lock)) throw new Error('no lock');
  return Number(lock.pid);
}

/** `/readyz`'s status; a probe that takes over 3 s fails the test (it must never hang). */
async function readiness(url: string): Promise<number> {
  const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3000) });
  return response.status;
}

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 45_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const engineCli = path.resolve(import.meta.dirname, '../../packages/embedded-mongo/src/cli.ts');

/**
 * An engine on `dbpath` whose parent never reaps it: `sh` starts it in the background and
 * becomes `sleep`, so once the engine is SIGKILLed it stays a zombie, which `kill(pid, 0)`
 * still finds, for as long as the wrapper lives.
 */
async function unreapedEngine(dbpath: string): Promise<{ pid: number; uri: string }> {
  const wrapper = spawn(
    'sh',
    [
      '-c',
      '"$0" --import tsx "$1" --port 0 --dbpath "$2" & echo "pid $!"; exec sleep 600',
      process.execPath,
      engineCli,
      dbpath,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  wrappers.push(wrapper);
  let out = '';
  wrapper.stdout?.setEncoding('utf8');
  wrapper.stdout?.on('data', (chunk: string) => (out += chunk));
  await until(() => /^listening mongodb:/m.test(out), 'the engine to listen', 30_000);
  const pid = Number(/^pid (\d+)$/m.exec(out)?.[1]);
  const uri = /^listening (mongodb:\/\/\S+)$/m.exec(out)?.[1] ?? '';
  return { pid, uri };
}

/** The state letter of a process in /proc (`Z` for a zombie); Linux, where the lock is OFD. */
function processState(pid: number): string {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.charAt(0) ?? '';
}

describe('a server whose embedded engine dies', () => {
  it('should answer 503 at once, restart the engine, and lose or double no event', async () => {
    const dataDir = freshDataDir();
    const server = await serve(dataDir);
    const graphqlUrl = `${server.url}/graphql`;
    const wsUrl = `${server.url.replace(/^http/, 'ws')}/graphql`;
    const { declareIncident } = await ok(graphqlUrl, DECLARE, {}, admin);
    const id = declareIncident.id;
    const live = subscribeEvents(wsUrl);
    streams.push(live);
    await ok(graphqlUrl, RECORD, { id, v: 1 }, admin);
    const [first] = await live.waitFor(1);
    const cursor = first?.cursor;
    if (!cursor) throw new Error('no cursor');

    const victim = enginePid(dataDir);
    process.kill(victim, 'SIGKILL');
    await until(async () => (await readiness(server.url)) === 503, '/readyz 503');

    // Writers keep trying through the outage: each is refused as retryable, or acknowledged.
    const acknowledged = [1];
    const refusals: (string | undefined)[] = [];
    let value = 1;
    await until(async () => {
      value += 1;
      const result = await post(graphqlUrl, RECORD, { id, v: value }, admin);
      if (result.errors.length === 0) acknowledged.push(value);
      else {
        expect(result.status).toBe(503);
        refusals.push(result.errors[0]?.extensions?.code);
      }
      return (await readiness(server.url)) === 200;
    }, '/readyz 200 again');
    expect(refusals.length).toBeGreaterThan(0);
    expect(new Set(refusals)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(enginePid(dataDir)).not.toBe(victim);

    value += 1;
    await ok(graphqlUrl, RECORD, { id, v: value }, admin);
    acknowledged.push(value);

    const seen = await live.waitFor(acknowledged.length, 20_000);
    expect(seen.map((event) => event.sample?.value)).toEqual(acknowledged);
    const resumed = subscribeEvents(wsUrl, { after: cursor });
    streams.push(resumed);
    const replayed = await resumed.waitFor(acknowledged.length - 1, 20_000);
    expect(replayed.map((event) => event.sample?.value)).toEqual(acknowledged.slice(1));
    // Nothing arrives twice: give a duplicate the time to show up.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(live.received).toHaveLength(acknowledged.length);
    expect(resumed.received).toHaveLength(acknowledged.length - 1);
  }, 120_000);

  it('should be restarted by the second of two servers on one DATA_DIR when the first stops', async () => {
    const dataDir = freshDataDir();
    const first = await serve(dataDir);
    const second = await serve(dataDir);
    const owner = enginePid(dataDir);
    const { declareIncident } = await ok(`${second.url}/graphql`, DECLARE, {}, admin);

    await first.stop();
    await until(async () => (await readiness(second.url)) === 503, 'second /readyz 503');
    await until(async () => (await readiness(second.url)) === 200, 'second /readyz 200');
    expect(enginePid(dataDir)).not.toBe(owner);
    const recorded = await ok(
      `${second.url}/graphql`,
      RECORD,
      { id: declareIncident.id, v: 42 },
      admin,
    );
    expect(recorded.recordRecovery.value).toBe(42);
  }, 120_000);

  it('should start its own engine at once when the recorded engine is a SIGKILLed zombie', async () => {
    const dataDir = freshDataDir();
    const dbpath = path.join(dataDir, 'db');
    mkdirSync(dbpath, { recursive: true });
    const engine = await unreapedEngine(dbpath);
    // What a server that started this engine records for the others (connect.ts).
    writeFileSync(path.join(dbpath, 'engine.lock.json'), JSON.stringify(engine));
    const first = await serve(dataDir);
    const { declareIncident } = await ok(`${first.url}/graphql`, DECLARE, {}, admin);
    await first.stop();

    process.kill(engine.pid, 'SIGKILL');
    await until(() => processState(engine.pid) === 'Z', 'the engine to be a zombie', 10_000);
    // The trap: to kill(pid, 0) the dead engine is still there.
    expect(() => process.kill(engine.pid, 0)).not.toThrow();

    const second = await serve(dataDir);
    expect(await readiness(second.url)).toBe(200);
    expect(enginePid(dataDir)).not.toBe(engine.pid);
    // The acknowledged write is there: the incident it declared takes a sample.
    const recorded = await ok(
      `${second.url}/graphql`,
      RECORD,
      { id: declareIncident.id, v: 7 },
      admin,
    );
    expect(recorded.recordRecovery.value).toBe(7);
  }, 120_000);
});
