import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnEmbeddedMongo, type SpawnedEngine } from '@war-room/embedded-mongo';

const fixture = fileURLToPath(new URL('./fixtures/engine-process.ts', import.meta.url));
const CYCLES = 20;
const WRITERS = 8;
const ACKS_PER_CYCLE = 40;

/** Inserts with `WRITERS` concurrent loops until `stop()`; records each acknowledged `_id`. */
function writeLoad(uri: string, firstId: number, acknowledged: number[]) {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2000, retryWrites: false });
  const coll = client.db('restart').collection<{ _id: number; payload: string }>('docs');
  let next = firstId;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (!stopped) {
      const id = next++;
      try {
        await coll.insertOne({ _id: id, payload: 'z'.repeat(64) });
        acknowledged.push(id);
      } catch {
        return; // the engine died mid-request: this write was never acknowledged
      }
    }
  };
  const workers = Promise.all(Array.from({ length: WRITERS }, () => worker()));
  return {
    nextId: () => next,
    stop: async (): Promise<void> => {
      stopped = true;
      await workers;
      await client.close(true);
    },
  };
}

/** An engine process whose parent never reaps it. */
interface UnreapedEngine {
  uri: string;
  pid: number;
  /** The non-reaping parent; killing it lets init reap the engine. */
  parent: ChildProcess;
}

/**
 * Starts an engine whose parent is `sleep`, which never waits for children: once SIGKILLed,
 * the engine stays a zombie (as under a container init that does not reap) until the parent
 * goes. That is the state in which a pid-based lock check takes a dead engine for a live one.
 */
async function startUnreaped(dbpath: string): Promise<UnreapedEngine> {
  const script = '"$0" --conditions=source --import tsx "$1" "$2" & echo "pid $!"; exec sleep 300';
  const parent = spawn('sh', ['-c', script, process.execPath, fixture, dbpath], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise<UnreapedEngine>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      parent.kill('SIGKILL');
      reject(new Error(`engine did not start within 20 s: ${out}`));
    }, 20_000);
    parent.stdout.setEncoding('utf8');
    parent.stdout.on('data', (chunk: string) => {
      out += chunk;
      const pid = /^pid (\d+)$/m.exec(out)?.[1];
      const uri = /^listening (\S+)$/m.exec(out)?.[1];
      if (pid && uri) {
        clearTimeout(timer);
        resolve({ uri, pid: Number(pid), parent });
      }
    });
  });
}

/** The process state letter from /proc (`Z` for a zombie), where there is a /proc. */
function processState(pid: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  return /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
}

describe('embedded engine restart after SIGKILL', () => {
  const dirs: string[] = [];
  const engines: SpawnedEngine[] = [];
  const unreaped: UnreapedEngine[] = [];
  afterEach(async () => {
    for (const engine of engines.splice(0)) await engine.kill();
    for (const { pid, parent } of unreaped.splice(0)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
      parent.kill('SIGKILL');
    }
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('should refuse a second engine process on a dbpath a live engine holds', async () => {
    const dbpath = mkdtempSync(join(tmpdir(), 'engine-restart-'));
    dirs.push(dbpath);
    const first = await spawnEmbeddedMongo({ dbpath });
    engines.push(first);
    await expect(spawnEmbeddedMongo({ dbpath })).rejects.toThrow(
      new RegExp(`in use by another embedded engine \\(pid ${first.pid}\\)`),
    );
    const client = new MongoClient(first.uri, { serverSelectionTimeoutMS: 2000 });
    await client.db('restart').collection('docs').insertOne({ stillServing: true });
    await client.close();
  });

  it(`should restart at once after SIGKILL under write load, ${CYCLES} times, keeping every acknowledged write`, async () => {
    const dbpath = mkdtempSync(join(tmpdir(), 'engine-restart-'));
    dirs.push(dbpath);
    const acknowledged: number[] = [];
    let nextId = 0;
    let engine = await startUnreaped(dbpath);
    unreaped.push(engine);
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const load = writeLoad(engine.uri, nextId, acknowledged);
      const target = acknowledged.length + ACKS_PER_CYCLE;
      for (let wait = 0; acknowledged.length < target && wait < 2000; wait++)
        await new Promise((resolve) => setTimeout(resolve, 5));
      const victim = engine;
      process.kill(victim.pid, 'SIGKILL');
      engine = await startUnreaped(dbpath);
      unreaped.push(engine);
      // The new engine opened the dbpath while the killed one was still unreaped.
      if (process.platform === 'linux') expect(processState(victim.pid)).toBe('Z');
      await load.stop();
      nextId = load.nextId();
      victim.parent.kill('SIGKILL');
    }
    const client = new MongoClient(engine.uri, { serverSelectionTimeoutMS: 2000 });
    const stored = await client.db('restart').collection('docs').find().toArray();
    await client.close();
    const ids = new Set(stored.map((doc) => Number(doc._id)));
    expect(acknowledged.length).toBeGreaterThanOrEqual(CYCLES * ACKS_PER_CYCLE);
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  }, 180_000);
});
