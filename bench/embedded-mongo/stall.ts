/**
 * Latency histogram of sequential `findOne({ _id })` against a spawned engine while a change
 * stream is open on another collection and a trickle of writes goes on: a periodic stall in
 * the engine shows up as a far tail (p99/max) above the median.
 *
 * Run: `npx tsx bench/embedded-mongo/stall.ts [--reads 2000] [--docs 10000] [--write-ms 50]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MongoClient } from 'mongodb';
import { spawnEmbeddedMongo } from '@war-room/embedded-mongo';

const { values } = parseArgs({
  options: {
    reads: { type: 'string', default: '2000' },
    docs: { type: 'string', default: '10000' },
    'write-ms': { type: 'string', default: '50' },
    stream: { type: 'boolean', default: true },
    'no-stream': { type: 'boolean', default: false },
  },
});
const READS = Number(values.reads);
const DOCS = Number(values.docs);
const WRITE_MS = Number(values['write-ms']);
const STREAM = !values['no-stream'];

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

async function main(): Promise<void> {
  const dbpath = mkdtempSync(join(tmpdir(), 'bench-embedded-stall-'));
  const engine = await spawnEmbeddedMongo({ dbpath });
  const client = new MongoClient(engine.uri, { maxPoolSize: 16 });
  let writing = true;
  try {
    await client.connect();
    const db = client.db('stall');
    const items = db.collection<{ _id: number; name: string }>('items');
    for (let start = 0; start < DOCS; start += 5000) {
      await items.insertMany(
        Array.from({ length: Math.min(5000, DOCS - start) }, (_, j) => ({
          _id: start + j,
          name: `item ${start + j}`,
        })),
      );
    }
    const events = db.collection<{ seq: number }>('events');
    await events.insertOne({ seq: 0 });
    const stream = STREAM ? events.watch([], {}) : undefined;
    let changes = 0;
    stream?.on('change', () => (changes += 1));
    stream?.on('error', () => undefined);
    let seq = 1;
    const writer = (async () => {
      while (writing) {
        await events.insertOne({ seq: seq++ });
        await new Promise((r) => setTimeout(r, WRITE_MS));
      }
    })();
    await new Promise((r) => setTimeout(r, 500));
    const times: number[] = [];
    const started = Date.now();
    for (let i = 0; i < READS; i++) {
      const t0 = process.hrtime.bigint();
      await items.findOne({ _id: Math.floor(Math.random() * DOCS) });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const elapsed = Date.now() - started;
    writing = false;
    await writer;
    await stream?.close();
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `${READS} findOne({_id}) in ${elapsed} ms, stream=${STREAM}, ${seq} writes, ${changes} changes`,
    );
    console.log(
      `p50 ${pct(sorted, 50).toFixed(2)}  p90 ${pct(sorted, 90).toFixed(2)}  p99 ${pct(sorted, 99).toFixed(2)}  max ${(sorted[sorted.length - 1] ?? 0).toFixed(2)} ms`,
    );
    const buckets = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, Infinity];
    let lo = 0;
    for (const hi of buckets) {
      const n = times.filter((t) => t >= lo && t < hi).length;
      if (n > 0) console.log(`  [${lo}, ${hi}) ms: ${n}`);
      lo = hi;
    }
    const slow = times.map((t, i) => [i, t] as const).filter(([, t]) => t > 50);
    if (slow.length > 0)
      console.log(
        `slow reads (index: ms): ${slow.map(([i, t]) => `${i}:${t.toFixed(0)}`).join(' ')}`,
      );
  } finally {
    writing = false;
    await client.close();
    await engine.stop();
    rmSync(dbpath, { recursive: true, force: true });
  }
}

await main();
