import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Collection } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedServer, type EmbeddedServer } from '@war-room/embedded-mongo';

interface Item {
  _id: number;
  k: number;
  at: Date;
  plain: number;
  tags: string[];
}

const N = 5000;

describe('embedded engine query planning', () => {
  let server: EmbeddedServer;
  let client: MongoClient;
  let dbpath: string;
  let coll: Collection<Item>;

  /** Documents examined by the engine while running `fn` (serverStatus scannedObjects). */
  async function examined(fn: () => Promise<unknown>): Promise<number> {
    const read = async (): Promise<number> => {
      const status = await client.db('admin').command({ serverStatus: 1 });
      const metrics: unknown = status.metrics;
      const value = (metrics as { queryExecutor?: { scannedObjects?: unknown } }).queryExecutor
        ?.scannedObjects;
      if (typeof value !== 'number') throw new Error('serverStatus has no scannedObjects counter');
      return value;
    };
    const before = await read();
    await fn();
    return (await read()) - before;
  }

  beforeAll(async () => {
    dbpath = mkdtempSync(join(tmpdir(), 'engine-planner-'));
    server = await startEmbeddedServer({ port: 0, dbpath });
    client = new MongoClient(server.uri, { serverSelectionTimeoutMS: 5000 });
    await client.connect();
    coll = client.db('planner').collection<Item>('items');
    await coll.createIndex({ k: 1 });
    await coll.createIndex({ at: 1 });
    await coll.createIndex({ tags: 1 });
    const base = Date.UTC(2024, 0, 1);
    await coll.insertMany(
      Array.from({ length: N }, (_, i) => ({
        _id: i,
        k: i % 1000,
        at: new Date(base + i * 60_000),
        plain: i % 1000,
        tags: [`t${i % 50}`],
      })),
    );
  });
  afterAll(async () => {
    await client.close();
    await server.close();
    rmSync(dbpath, { recursive: true, force: true });
  });

  it('should examine only the matching documents for an equality match on an indexed field', async () => {
    expect(await examined(() => coll.find({ k: 42 }).toArray())).toBe(5);
  });

  it('should examine only the documents in range for a range query on an indexed field', async () => {
    const from = new Date(Date.UTC(2024, 0, 1) + 100 * 60_000);
    const to = new Date(Date.UTC(2024, 0, 1) + 110 * 60_000);
    expect(await examined(() => coll.find({ at: { $gte: from, $lt: to } }).toArray())).toBe(10);
  });

  it('should look documents up by _id without scanning', async () => {
    expect(await examined(() => coll.find({ _id: { $in: [1, 2, 3] } }).toArray())).toBe(3);
  });

  it('should use a multikey index for array elements', async () => {
    expect(await examined(() => coll.find({ tags: 't7' }).toArray())).toBe(100);
  });

  it('should count from the index alone when it covers the filter', async () => {
    let n = 0;
    expect(
      await examined(async () => {
        n = await coll.countDocuments({ tags: { $all: ['t7'] }, k: { $in: [7, 57, 107] } });
      }),
    ).toBe(0);
    expect(n).toBe(await coll.countDocuments({ tags: 't7', plain: { $in: [7, 57, 107] } }));
    expect(n).toBe(15);
    expect(await examined(() => coll.countDocuments({ at: { $gte: new Date(0) } }))).toBe(0);
    expect(await coll.countDocuments({ at: { $gte: new Date(0) } })).toBe(N);
  });

  it('should answer $or from the union of indexed branches', async () => {
    const filter = {
      $or: [{ k: 1 }, { _id: { $in: [2, 3] } }, { at: new Date(Date.UTC(2024, 0, 1)) }],
    };
    expect(await examined(() => coll.find(filter).toArray())).toBe(8);
    expect(await coll.countDocuments(filter)).toBe(8);
  });

  it('should scan the whole collection when one $or branch is unindexed', async () => {
    expect(await examined(() => coll.find({ $or: [{ k: 1 }, { plain: 2 }] }).toArray())).toBe(N);
  });

  it('should scan the whole collection for an unindexed field', async () => {
    expect(await examined(() => coll.find({ plain: 42 }).toArray())).toBe(N);
  });

  it('should answer equality and $in from a sparse index, and null from a scan', async () => {
    const sparse = client.db('planner').collection<{ _id: number; src?: string | null }>('sparse');
    await sparse.createIndex({ src: 1 }, { sparse: true });
    // Every other document has no `src`: the sparse index skips those.
    await sparse.insertMany(
      Array.from({ length: 2000 }, (_, i) => (i % 2 === 0 ? { _id: i, src: `s${i}` } : { _id: i })),
    );
    const wanted = Array.from({ length: 600 }, (_, i) => `s${i * 3}`);
    const expected = Array.from({ length: 1800 }, (_, i) => i).filter((i) => i % 6 === 0);
    let found: number[] = [];
    expect(
      await examined(async () => {
        found = (await sparse.find({ src: { $in: wanted } }).toArray()).map((d) => d._id);
      }),
    ).toBe(expected.length);
    expect(found.sort((a, b) => a - b)).toEqual(expected);
    expect(await examined(() => sparse.find({ src: 's10' }).toArray())).toBe(1);
    // A sparse index cannot answer null (the documents it skips match it).
    expect(await sparse.countDocuments({ src: null })).toBe(1000);
    expect(await sparse.countDocuments({ src: { $in: [null, 's4'] } })).toBe(1001);
  });

  it('should match a long $in together with other conditions exactly', async () => {
    const ks = Array.from({ length: 700 }, (_, i) => i);
    const docs = await coll.find({ k: { $in: ks }, plain: { $gte: 300 }, tags: 't1' }).toArray();
    const expected = Array.from({ length: N }, (_, i) => i).filter(
      (i) => i % 1000 < 700 && i % 1000 >= 300 && i % 50 === 1,
    );
    expect(docs.map((d) => d._id).sort((a, b) => a - b)).toEqual(expected);
    const none = await coll.find({ k: { $in: ks }, plain: { $gte: 700 } }).toArray();
    expect(none).toEqual([]);
  });

  it('should answer an indexed value no document holds, beside other conditions, with nothing', async () => {
    // `{ _id: { $in } , k: <absent> }`: the id set and an empty index lookup intersect to none.
    expect(await coll.find({ _id: { $in: [1, 2, 3] }, k: 5000 }).toArray()).toEqual([]);
    expect(await coll.find({ k: 5000, plain: 1 }).toArray()).toEqual([]);
    expect(await coll.countDocuments({ _id: { $in: [1, 2] }, k: 1, tags: 't1' })).toBe(1);
  });

  it('should report the plan and counters through explain', async () => {
    const plan = await coll.find({ k: 7 }).explain('executionStats');
    expect(plan.executionStats).toMatchObject({ nReturned: 5, totalDocsExamined: 5 });
    const scan = await coll.find({ plain: 7 }).explain('executionStats');
    expect(scan.executionStats).toMatchObject({ nReturned: 5, totalDocsExamined: N });
  });
});
