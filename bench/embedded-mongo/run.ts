/**
 * Benchmark of the embedded MongoDB engine through the official driver, with the engine in its
 * own process (as the API server runs it). Prints median and min–max over repeated runs:
 * durable inserts/s (sequential and 16 in flight), finds/s by _id and by an indexed field at
 * 100k documents, an indexed lookup against a full scan of an unindexed field, and the latency
 * of a sorted page of 50 (`sort({ at: -1, _id: -1 }).limit(50)`, first page and a keyset page
 * deeper in) at 100k documents.
 *
 * Run: `npm run bench:embedded-mongo`. Binds 127.0.0.1 only and stops by itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Collection, type Filter } from 'mongodb';
import { spawnEmbeddedMongo } from '@war-room/embedded-mongo';

const REPEATS = 5;
const DOCS = 100_000;

interface Row {
  _id: number;
  k: number;
  u: number;
  name: string;
  at: Date;
}

/** A shuffled, mostly unique timestamp per document (every 97th repeats the previous one). */
const atOf = (i: number): Date =>
  new Date(Date.UTC(2024, 0, 1) + (((i - (i % 97 === 1 ? 1 : 0)) * 7919) % DOCS) * 1000);

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const fmt = (n: number): string =>
    n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2);
  return `median ${fmt(median)}  (min ${fmt(sorted[0] ?? 0)} – max ${fmt(sorted[sorted.length - 1] ?? 0)})`;
}

async function rate(ops: number, fn: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return ops / seconds;
}

async function repeat(label: string, fn: () => Promise<number>): Promise<number[]> {
  const results: number[] = [];
  for (let i = 0; i < REPEATS; i++) results.push(await fn());
  console.log(`${label.padEnd(46)} ${summary(results)}`);
  return results;
}

async function inFlight(
  count: number,
  concurrency: number,
  op: (i: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await op(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
}

async function main(): Promise<void> {
  const dbpath = mkdtempSync(join(tmpdir(), 'bench-embedded-mongo-'));
  const engine = await spawnEmbeddedMongo({ dbpath });
  const client = new MongoClient(engine.uri, { maxPoolSize: 32 });
  try {
    await client.connect();
    const db = client.db('bench');
    console.log(`embedded engine at ${engine.uri}, ${REPEATS} runs each\n`);

    let nextId = 10_000_000;
    const scratch = db.collection<{ _id: number; v: number }>('inserts');
    await repeat('durable inserts/s, sequential (500 per run)', () =>
      rate(500, async () => {
        for (let i = 0; i < 500; i++) await scratch.insertOne({ _id: nextId++, v: i });
      }),
    );
    await repeat('durable inserts/s, 16 in flight (4000 per run)', () =>
      rate(4000, () => inFlight(4000, 16, (i) => scratch.insertOne({ _id: nextId++, v: i }))),
    );

    const coll: Collection<Row> = db.collection<Row>('items');
    await coll.createIndex({ k: 1 });
    await coll.createIndex({ at: -1, _id: -1 });
    const load = Date.now();
    for (let start = 0; start < DOCS; start += 5000) {
      await coll.insertMany(
        Array.from({ length: 5000 }, (_, j) => ({
          _id: start + j,
          k: start + j,
          u: start + j,
          name: `item ${start + j}`,
          at: atOf(start + j),
        })),
      );
    }
    console.log(
      `\nloaded ${DOCS.toLocaleString('en-US')} documents in ${((Date.now() - load) / 1000).toFixed(1)} s\n`,
    );

    const random = (): number => Math.floor(Math.random() * DOCS);
    await repeat('finds/s by _id (2000 per run, 16 in flight)', () =>
      rate(2000, () => inFlight(2000, 16, () => coll.findOne({ _id: random() }))),
    );
    await repeat('finds/s by indexed field (2000 per run, 16 in flight)', () =>
      rate(2000, () => inFlight(2000, 16, () => coll.findOne({ k: random() }))),
    );
    const indexed = await repeat('indexed lookups/s, sequential (200 per run)', () =>
      rate(200, async () => {
        for (let i = 0; i < 200; i++) await coll.find({ k: random() }).toArray();
      }),
    );
    const scans = await repeat('unindexed full scans/s, sequential (10 per run)', () =>
      rate(10, async () => {
        for (let i = 0; i < 10; i++) await coll.find({ u: random() }).toArray();
      }),
    );
    const pageMs = async (filter: Filter<Row>): Promise<number> => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < 20; i++) {
        const page = await coll.find(filter).sort({ at: -1, _id: -1 }).limit(50).toArray();
        if (page.length !== 50) throw new Error(`sorted page returned ${page.length} documents`);
      }
      return Number(process.hrtime.bigint() - start) / 1e6 / 20;
    };
    await repeat('sorted page of 50 at 100k docs, ms (20 per run)', () => pageMs({}));
    const cursorDoc = (
      await coll.find({}).sort({ at: -1, _id: -1 }).skip(500).limit(1).toArray()
    )[0];
    if (!cursorDoc) throw new Error('no document at position 500');
    await repeat('  keyset page 11 (after 500), ms (20 per run)', () =>
      pageMs({
        $or: [{ at: { $lt: cursorDoc.at } }, { at: cursorDoc.at, _id: { $lt: cursorDoc._id } }],
      }),
    );
    const median = (xs: number[]): number =>
      [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const ratio = median(indexed) / median(scans);
    console.log(
      `\nindexed lookup vs full scan at ${DOCS.toLocaleString('en-US')} docs: ${ratio.toFixed(0)}x faster`,
    );
    if (ratio < 10) process.exitCode = 1;
  } finally {
    await client.close();
    await engine.stop();
    rmSync(dbpath, { recursive: true, force: true });
  }
}

await main();
