import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Collection, type Filter } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedServer, type EmbeddedServer } from '@war-room/embedded-mongo';

interface Row {
  _id: number;
  at: Date;
  /** Same values as `at`, without an index: the in-memory sort's answer to compare with. */
  atCopy: Date;
  status: string;
  grp: number;
  grpCopy: number;
  tags: string[];
  tagsCopy: string[];
}

const N = 10_000;
const BASE = Date.UTC(2024, 0, 1);
/** Every 97th document shares its `at` with the previous one, so `_id` has to break ties. */
const atOf = (i: number): Date =>
  new Date(BASE + (((i - (i % 97 === 1 ? 1 : 0)) * 7919) % N) * 60_000);

describe('embedded engine: sorted finds served by an index walk', () => {
  let server: EmbeddedServer;
  let client: MongoClient;
  let dbpath: string;
  let coll: Collection<Row>;
  let all: Row[];

  /** Documents examined by the engine while running `fn` (serverStatus scannedObjects). */
  async function examined(fn: () => Promise<unknown>): Promise<number> {
    const read = async (): Promise<number> => {
      const status = await client.db('admin').command({ serverStatus: 1 });
      const metrics = status.metrics as { queryExecutor?: { scannedObjects?: unknown } };
      const value = metrics.queryExecutor?.scannedObjects;
      if (typeof value !== 'number') throw new Error('serverStatus has no scannedObjects counter');
      return value;
    };
    const before = await read();
    await fn();
    return (await read()) - before;
  }

  /** The same query answered by the collection scan + in-memory sort (unindexed copies). */
  async function unindexed(
    filter: Filter<Row>,
    sort: Record<string, 1 | -1>,
    skip: number,
    limit: number,
  ): Promise<number[]> {
    const rename = (field: string): string =>
      field === 'at'
        ? 'atCopy'
        : field === 'grp'
          ? 'grpCopy'
          : field === 'tags'
            ? 'tagsCopy'
            : field;
    const copy: Record<string, 1 | -1> = {};
    for (const [field, dir] of Object.entries(sort)) copy[rename(field)] = dir;
    const docs = await coll.find(filter).sort(copy).skip(skip).limit(limit).toArray();
    return docs.map((d) => d._id);
  }

  beforeAll(async () => {
    dbpath = mkdtempSync(join(tmpdir(), 'engine-sorted-'));
    server = await startEmbeddedServer({ port: 0, dbpath });
    client = new MongoClient(server.uri, { serverSelectionTimeoutMS: 5000 });
    await client.connect();
    coll = client.db('sorted').collection<Row>('items');
    await coll.createIndex({ at: -1, _id: -1 });
    await coll.createIndex({ status: 1, at: -1, _id: -1 });
    await coll.createIndex({ tags: 1 });
    await coll.createIndex({ grp: 1 });
    all = Array.from({ length: N }, (_, i) => {
      const tags = [`w${i % 100}`, `x${i % 7}`];
      return {
        _id: i,
        at: atOf(i),
        atCopy: atOf(i),
        status: ['OPEN', 'MITIGATED', 'RESOLVED'][i % 3] ?? 'OPEN',
        grp: i % 10,
        grpCopy: i % 10,
        tags,
        tagsCopy: [...tags],
      };
    });
    for (let i = 0; i < N; i += 2500) await coll.insertMany(all.slice(i, i + 2500));
  });
  afterAll(async () => {
    await client.close();
    await server.close();
    rmSync(dbpath, { recursive: true, force: true });
  });

  const newestFirst = (a: Row, b: Row): number => b.at.getTime() - a.at.getTime() || b._id - a._id;

  it('should examine only about `limit` documents for a sorted, limited find over 10k', async () => {
    let ids: number[] = [];
    const n = await examined(async () => {
      const docs = await coll.find({}).sort({ at: -1, _id: -1 }).limit(51).toArray();
      ids = docs.map((d) => d._id);
    });
    expect(n).toBeLessThanOrEqual(51);
    expect(ids).toEqual(
      [...all]
        .sort(newestFirst)
        .slice(0, 51)
        .map((d) => d._id),
    );
    const plan = await coll.find({}).sort({ at: -1, _id: -1 }).limit(51).explain('executionStats');
    expect(plan.executionStats).toMatchObject({ nReturned: 51, totalDocsExamined: 51 });
  });

  it('should walk the index backwards for the reverse sort, honouring skip', async () => {
    let ids: number[] = [];
    const n = await examined(async () => {
      const docs = await coll.find({}).sort({ at: 1, _id: 1 }).skip(20).limit(30).toArray();
      ids = docs.map((d) => d._id);
    });
    expect(n).toBeLessThanOrEqual(50);
    expect(ids).toEqual(
      [...all]
        .sort(newestFirst)
        .reverse()
        .slice(20, 50)
        .map((d) => d._id),
    );
  });

  it('should walk after an equality prefix, and merge the walks of an $in prefix', async () => {
    const resolved = all.filter((d) => d.status === 'RESOLVED').sort(newestFirst);
    let ids: number[] = [];
    expect(
      await examined(async () => {
        const docs = await coll
          .find({ status: 'RESOLVED' })
          .sort({ at: -1, _id: -1 })
          .limit(51)
          .toArray();
        ids = docs.map((d) => d._id);
      }),
    ).toBeLessThanOrEqual(51);
    expect(ids).toEqual(resolved.slice(0, 51).map((d) => d._id));

    const either = all.filter((d) => d.status !== 'MITIGATED').sort(newestFirst);
    expect(
      await examined(async () => {
        const docs = await coll
          .find({ status: { $in: ['OPEN', 'RESOLVED'] } })
          .sort({ at: -1, _id: -1 })
          .limit(51)
          .toArray();
        ids = docs.map((d) => d._id);
      }),
    ).toBeLessThanOrEqual(51);
    expect(ids).toEqual(either.slice(0, 51).map((d) => d._id));
  });

  it('should start a keyset page at its cursor instead of walking the earlier pages', async () => {
    const ordered = [...all].sort(newestFirst);
    const last = ordered[500];
    if (!last) throw new Error('fixture too small');
    const filter: Filter<Row> = {
      $and: [{}, { $or: [{ at: { $lt: last.at } }, { at: last.at, _id: { $lt: last._id } }] }],
    };
    let ids: number[] = [];
    expect(
      await examined(async () => {
        const docs = await coll.find(filter).sort({ at: -1, _id: -1 }).limit(51).toArray();
        ids = docs.map((d) => d._id);
      }),
    ).toBeLessThanOrEqual(60);
    expect(ids).toEqual(ordered.slice(501, 552).map((d) => d._id));
  });

  it('should keep ties in natural order, as the in-memory sort does', async () => {
    for (const [sort, skip] of [
      [{ grp: 1 }, 0],
      [{ grp: -1 }, 10],
      [{ at: -1 }, 0],
      [{ tags: 1 }, 0],
      [{ tags: -1 }, 5],
    ] as const) {
      const docs = await coll.find({}).sort(sort).skip(skip).limit(40).toArray();
      expect(docs.map((d) => d._id)).toEqual(await unindexed({}, sort, skip, 40));
    }
  });

  it('should answer $all from the multikey index without scanning the collection', async () => {
    const filter = { tags: { $all: ['w7', 'x3'] } };
    const expected = all.filter((d) => d.tags.includes('w7') && d.tags.includes('x3'));
    let found: Row[] = [];
    const n = await examined(async () => {
      found = await coll.find(filter).toArray();
    });
    expect(n).toBeLessThanOrEqual(100);
    expect(found.map((d) => d._id).sort((a, b) => a - b)).toEqual(expected.map((d) => d._id));
    expect(await examined(() => coll.countDocuments(filter))).toBe(0);
    expect(await coll.countDocuments(filter)).toBe(expected.length);
    const sorted = await examined(() =>
      coll.find(filter).sort({ at: -1, _id: -1 }).limit(51).toArray(),
    );
    expect(sorted).toBeLessThanOrEqual(200);
    const page = await coll.find(filter).sort({ at: -1, _id: -1 }).limit(51).toArray();
    expect(page.map((d) => d._id)).toEqual(
      expected
        .sort(newestFirst)
        .slice(0, 51)
        .map((d) => d._id),
    );
  });

  it('should keep the ordered view in step with writes', async () => {
    const newest = new Date(BASE + 10 * N * 60_000);
    await coll.insertOne({
      _id: N,
      at: newest,
      atCopy: newest,
      status: 'OPEN',
      grp: 0,
      grpCopy: 0,
      tags: [],
      tagsCopy: [],
    });
    await coll.updateOne(
      { _id: 5 },
      { $set: { at: new Date(newest.getTime() + 1), atCopy: new Date(newest.getTime() + 1) } },
    );
    await coll.deleteOne({ _id: 6 });
    const sort = { at: -1, _id: -1 } as const;
    const top = await coll.find({}).sort(sort).limit(5).toArray();
    expect(top.map((d) => d._id)).toEqual(await unindexed({}, { at: -1, _id: -1 }, 0, 5));
    expect(top.map((d) => d._id).slice(0, 2)).toEqual([5, N]);
    const bottom = await coll.find({ status: 'OPEN' }).sort({ at: 1, _id: 1 }).limit(5).toArray();
    expect(bottom.map((d) => d._id)).toEqual(
      await unindexed({ status: 'OPEN' }, { at: 1, _id: 1 }, 0, 5),
    );
  });
});
