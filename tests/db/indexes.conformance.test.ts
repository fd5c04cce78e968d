import { ObjectId, type Collection, type FindCursor } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { field, indexSummary, serverError, useClient, type Keyed } from './client.js';

describe('indexes through the official driver', () => {
  const { db } = useClient('indexes');

  it('should reject a duplicate key with code 11000 when a unique index exists', async () => {
    const coll = db().collection<Keyed>('users');
    await coll.createIndex({ email: 1 }, { unique: true });
    await coll.insertOne({ email: 'a@example.com' });
    const error = await serverError(() => coll.insertOne({ email: 'a@example.com' }));
    expect(error.code).toBe(11000);
    expect(error.message).toMatch(
      /^E11000 duplicate key error collection: \S+\.users index: email_1 dup key: \{ email: "a@example\.com" \}/,
    );
    expect(error.errorResponse.keyPattern).toEqual({ email: 1 });
    expect(error.errorResponse.keyValue).toEqual({ email: 'a@example.com' });
    expect(await coll.countDocuments()).toBe(1);
  });

  it('should reject a duplicate _id with code 11000 even without other indexes', async () => {
    const coll = db().collection<Keyed>('users');
    await coll.insertOne({ _id: 'x' });
    const error = await serverError(() => coll.insertOne({ _id: 'x' }));
    expect(error.code).toBe(11000);
  });

  it('should reject an update that would create a duplicate and leave the document unchanged', async () => {
    const coll = db().collection<Keyed>('users');
    await coll.createIndex({ name: 1 }, { unique: true });
    await coll.insertMany([
      { _id: 1, name: 'a' },
      { _id: 2, name: 'b' },
    ]);
    const error = await serverError(() => coll.updateOne({ _id: 2 }, { $set: { name: 'a' } }));
    expect(error.code).toBe(11000);
    expect(await coll.findOne({ _id: 2 })).toEqual({ _id: 2, name: 'b' });
  });

  it('should enforce uniqueness on the combination of fields for a compound unique index', async () => {
    const coll = db().collection<Keyed>('memberships');
    await coll.createIndex({ team: 1, user: 1 }, { unique: true });
    await coll.insertMany([
      { team: 't', user: 'u1' },
      { team: 't', user: 'u2' },
      { team: 's', user: 'u1' },
    ]);
    const error = await serverError(() => coll.insertOne({ team: 't', user: 'u1' }));
    expect(error.code).toBe(11000);
    expect(error.errorResponse.keyValue).toEqual({ team: 't', user: 'u1' });
  });

  it('should allow many documents without the field when a unique index is sparse', async () => {
    const coll = db().collection<Keyed>('users');
    await coll.createIndex({ nick: 1 }, { unique: true, sparse: true });
    await coll.insertMany([{ a: 1 }, { a: 2 }, { nick: 'n' }]);
    expect((await serverError(() => coll.insertOne({ nick: 'n' }))).code).toBe(11000);
  });

  it('should allow only one document without the field when a unique index is not sparse', async () => {
    const coll = db().collection<Keyed>('users');
    await coll.createIndex({ nick: 1 }, { unique: true });
    await coll.insertOne({ a: 1 });
    expect((await serverError(() => coll.insertOne({ a: 2 }))).code).toBe(11000);
  });

  it('should refuse to build a unique index over existing duplicates', async () => {
    const coll = db().collection<Keyed>('users');
    await coll.insertMany([{ k: 1 }, { k: 1 }]);
    expect((await serverError(() => coll.createIndex({ k: 1 }, { unique: true }))).code).toBe(
      11000,
    );
    expect((await indexSummary(coll)).map(([name]) => name)).toEqual(['_id_']);
  });

  it('should list, keep idempotent and drop indexes', async () => {
    const coll = db().collection<Keyed>('users');
    expect(await coll.createIndex({ a: 1, b: -1 })).toBe('a_1_b_-1');
    expect(await coll.createIndex({ a: 1, b: -1 })).toBe('a_1_b_-1');
    await coll.createIndex({ c: 1 }, { name: 'by_c', unique: true });
    expect(await indexSummary(coll)).toEqual([
      ['_id_', { _id: 1 }, false],
      ['a_1_b_-1', { a: 1, b: -1 }, false],
      ['by_c', { c: 1 }, true],
    ]);
    await coll.dropIndex('by_c');
    expect((await indexSummary(coll)).map(([name]) => name)).toEqual(['_id_', 'a_1_b_-1']);
    await coll.dropIndexes();
    expect((await indexSummary(coll)).map(([name]) => name)).toEqual(['_id_']);
  });

  it('should fail with IndexNotFound (27) when dropping an unknown index', async () => {
    const coll = db().collection<Keyed>('users');
    await coll.insertOne({ a: 1 });
    expect((await serverError(() => coll.dropIndex('nope_1'))).code).toBe(27);
  });

  it('should answer equality and range queries on an indexed field correctly', async () => {
    const coll = db().collection<Keyed>('events');
    await coll.createIndex({ at: 1 });
    await coll.createIndex({ n: 1 });
    const base = Date.UTC(2024, 0, 1);
    await coll.insertMany(
      Array.from({ length: 50 }, (_, i) => ({ n: i, at: new Date(base + i * 1000), s: `s${i}` })),
    );
    await coll.insertOne({ n: 'not a number', at: 'not a date' });
    expect(await coll.countDocuments({ n: { $gte: 10, $lt: 20 } })).toBe(10);
    expect(await coll.countDocuments({ n: { $gt: 45 } })).toBe(4);
    expect(await coll.countDocuments({ at: { $lt: new Date(base + 5000) } })).toBe(5);
    expect(await coll.countDocuments({ n: { $in: [1, 2, 99] } })).toBe(2);
    const sorted = await coll
      .find({ n: { $lte: 3 } })
      .sort({ n: -1 })
      .toArray();
    expect(sorted.map((d) => field(d, 'n'))).toEqual([3, 2, 1, 0]);
  });

  it('should match array elements through a multikey index', async () => {
    const coll = db().collection<Keyed>('posts');
    await coll.createIndex({ tags: 1 });
    await coll.insertMany([
      { tags: ['a', 'b'] },
      { tags: ['b'] },
      { tags: 'a' },
      { scores: [1, 10] },
    ]);
    expect(await coll.countDocuments({ tags: 'a' })).toBe(2);
    await coll.createIndex({ scores: 1 });
    expect(await coll.countDocuments({ scores: { $gt: 3, $lt: 5 } })).toBe(1);
  });
});

describe('sorted finds over indexes', () => {
  const { db } = useClient('indexes_sorted');

  /** Mixed BSON types, a missing field, and a tie on `v` (ids 3 and 10) broken by `_id`. */
  async function mixed(): Promise<Collection<Keyed>> {
    const coll = db().collection<Keyed>('mixed');
    await coll.createIndex({ v: 1, _id: 1 });
    await coll.createIndex({ k: 1, v: 1, _id: 1 });
    await coll.insertMany([
      { _id: 1, k: 'a', v: true },
      { _id: 2, k: 'b', v: 'text' },
      { _id: 3, k: 'a', v: 10 },
      { _id: 4, k: 'b', v: null },
      { _id: 5, k: 'a', v: new Date(0) },
      { _id: 6, k: 'b', v: { a: 1 } },
      { _id: 7, k: 'a', v: new ObjectId('000000000000000000000001') },
      { _id: 8, k: 'b', v: 2.5 },
      { _id: 9, k: 'a' },
      { _id: 10, k: 'b', v: 10 },
      { _id: 11, k: 'a', v: 'apple' },
      { _id: 12, k: 'b', v: -1 },
    ]);
    return coll;
  }
  const ids = async (cursor: FindCursor<Keyed>): Promise<unknown[]> =>
    (await cursor.toArray()).map((d) => d._id);

  it('should order an index-sorted find in BSON type order, both ways, with skip and limit', async () => {
    const coll = await mixed();
    expect(await ids(coll.find().sort({ v: 1, _id: 1 }))).toEqual([
      4, 9, 12, 8, 3, 10, 11, 2, 6, 7, 1, 5,
    ]);
    expect(await ids(coll.find().sort({ v: -1, _id: -1 }))).toEqual([
      5, 1, 7, 6, 2, 11, 10, 3, 8, 12, 9, 4,
    ]);
    expect(await ids(coll.find().sort({ v: 1, _id: 1 }).skip(2).limit(5))).toEqual([
      12, 8, 3, 10, 11,
    ]);
    expect(await ids(coll.find().sort({ v: -1, _id: -1 }).skip(9).limit(5))).toEqual([12, 9, 4]);
  });

  it('should sort after an equality or $in on the leading index field', async () => {
    const coll = await mixed();
    expect(await ids(coll.find({ k: 'a' }).sort({ v: 1, _id: 1 }))).toEqual([9, 3, 11, 7, 1, 5]);
    expect(await ids(coll.find({ k: 'a' }).sort({ k: 1, v: -1, _id: -1 }))).toEqual([
      5, 1, 7, 11, 3, 9,
    ]);
    expect(
      await ids(
        coll
          .find({ k: { $in: ['a', 'b'] } })
          .sort({ v: 1, _id: 1 })
          .limit(6),
      ),
    ).toEqual([4, 9, 12, 8, 3, 10]);
    expect(
      await ids(coll.find({ k: 'b', v: { $type: 'string' } }).sort({ v: -1, _id: 1 })),
    ).toEqual([2]);
  });

  it('should keep range and keyset-page filters to their type bracket when sorting', async () => {
    const coll = await mixed();
    expect(await ids(coll.find({ v: { $gte: 0 } }).sort({ v: -1, _id: -1 }))).toEqual([10, 3, 8]);
    const page = { $or: [{ v: { $lt: 10 } }, { v: 10, _id: { $lt: 10 } }] };
    expect(await ids(coll.find(page).sort({ v: -1, _id: -1 }))).toEqual([3, 8, 12]);
    expect(await coll.countDocuments({ k: 'a', v: { $gte: 0 } })).toBe(1);
    expect(await coll.countDocuments({ v: { $in: [10, 'text'] } })).toBe(3);
    expect(await coll.countDocuments(page)).toBe(3);
  });
});

describe('indexes kept current under interleaved writes', () => {
  const { db } = useClient('indexes_live');

  it('should include later inserts, updates and deletes in range queries that follow earlier ones', async () => {
    const coll = db().collection<Keyed>('ranges');
    await coll.createIndex({ n: 1 });
    await coll.insertMany(Array.from({ length: 20 }, (_, i) => ({ _id: i, n: i })));
    expect(await coll.countDocuments({ n: { $gte: 10 } })).toBe(10);
    await coll.insertOne({ _id: 100, n: 15 });
    await coll.updateOne({ _id: 3 }, { $set: { n: 30 } });
    await coll.deleteOne({ _id: 19 });
    const ids = (
      await coll
        .find({ n: { $gte: 10 } })
        .sort({ n: 1, _id: 1 })
        .toArray()
    ).map((d) => d._id);
    expect(ids).toEqual([10, 11, 12, 13, 14, 15, 100, 16, 17, 18, 3]);
  });
});
