import { ObjectId } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { field, serverError, useClient, type Keyed } from './client.js';

describe('CRUD through the official driver', () => {
  const { db } = useClient('crud');

  it('should generate an ObjectId _id and return documents with _id first when inserting', async () => {
    const coll = db().collection<Keyed>('items');
    const { insertedId } = await coll.insertOne({ name: 'a', n: 1 });
    expect(insertedId).toBeInstanceOf(ObjectId);
    const doc = await coll.findOne({ _id: insertedId });
    expect(Object.keys(doc ?? {})).toEqual(['_id', 'name', 'n']);
  });

  it('should filter, sort, skip, limit and project when finding', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertMany(
      [1, 2, 3, 4, 5].map((n) => ({ _id: n, n, odd: n % 2 === 1, tag: `t${n}` })),
    );
    const docs = await coll
      .find({ odd: true }, { projection: { n: 1 } })
      .sort({ n: -1 })
      .skip(1)
      .limit(5)
      .toArray();
    expect(docs).toEqual([
      { _id: 3, n: 3 },
      { _id: 1, n: 1 },
    ]);
    const excluded = await coll.find({ _id: 2 }, { projection: { _id: 0, odd: 0 } }).toArray();
    expect(excluded).toEqual([{ n: 2, tag: 't2' }]);
  });

  it('should return every document across getMore batches when batchSize is small', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertMany(Array.from({ length: 25 }, (_, i) => ({ i })));
    const docs = await coll.find({}, { batchSize: 4 }).sort({ i: 1 }).toArray();
    expect(docs.map((d) => field(d, 'i'))).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('should count and list distinct values when queried', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertMany([{ k: 'a', tags: ['x', 'y'] }, { k: 'b', tags: ['y'] }, { k: 'a' }]);
    expect(await coll.countDocuments({ k: 'a' })).toBe(2);
    expect(await coll.countDocuments({}, { skip: 1, limit: 1 })).toBe(1);
    expect(await coll.estimatedDocumentCount()).toBe(3);
    expect((await coll.distinct('k')).sort()).toEqual(['a', 'b']);
    expect((await coll.distinct('tags')).sort()).toEqual(['x', 'y']);
  });

  it('should apply $set $unset $inc $min $max $currentDate and $push with $each/$slice/$position', async () => {
    const coll = db().collection<{
      a: number;
      b?: number;
      lo: number;
      hi: number;
      arr: number[];
      at?: Date;
    }>('items');
    const { insertedId: id } = await coll.insertOne({ a: 1, b: 2, lo: 5, hi: 5, arr: [1, 2, 3] });
    await coll.updateOne(
      { _id: id },
      {
        $set: { 'nested.x': 'y' },
        $unset: { b: '' },
        $inc: { a: 2 },
        $min: { lo: 3 },
        $max: { hi: 9 },
        $currentDate: { at: true },
        $push: { arr: { $each: [9, 8], $position: 0, $slice: 4 } },
      },
    );
    const doc = await coll.findOne({ _id: id });
    expect(doc).toMatchObject({ a: 3, lo: 3, hi: 9, nested: { x: 'y' }, arr: [9, 8, 1, 2] });
    expect(doc).not.toHaveProperty('b');
    expect(doc?.at).toBeInstanceOf(Date);
  });

  it('should apply $pull, $addToSet and $pop to arrays', async () => {
    const coll = db().collection<{ tags: string[]; nums: number[] }>('items');
    const { insertedId: id } = await coll.insertOne({ tags: ['a', 'b', 'c'], nums: [1, 2, 3, 4] });
    await coll.updateOne(
      { _id: id },
      { $pull: { nums: { $gte: 3 } }, $addToSet: { tags: { $each: ['a', 'd'] } } },
    );
    await coll.updateOne({ _id: id }, { $pop: { tags: -1 } });
    expect(await coll.findOne({ _id: id })).toEqual({
      _id: id,
      tags: ['b', 'c', 'd'],
      nums: [1, 2],
    });
  });

  it('should update only the matching array elements when arrayFilters are given', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertOne({
      _id: 1,
      items: [
        { k: 1, v: 0 },
        { k: 2, v: 0 },
        { k: 3, v: 0 },
      ],
    });
    await coll.updateOne(
      { _id: 1 },
      { $set: { 'items.$[e].v': 7 } },
      { arrayFilters: [{ 'e.k': { $gte: 2 } }] },
    );
    await coll.updateOne({ _id: 1, 'items.k': 1 }, { $set: { 'items.$.v': 1 } });
    const doc = await coll.findOne({ _id: 1 });
    expect(doc?.items).toEqual([
      { k: 1, v: 1 },
      { k: 2, v: 7 },
      { k: 3, v: 7 },
    ]);
  });

  it('should insert from the filter equality fields and $setOnInsert when upserting', async () => {
    const coll = db().collection<Keyed>('items');
    const first = await coll.updateOne(
      { key: 'k1' },
      { $set: { v: 1 }, $setOnInsert: { created: true } },
      { upsert: true },
    );
    expect(first.upsertedCount).toBe(1);
    const second = await coll.updateOne(
      { key: 'k1' },
      { $set: { v: 2 }, $setOnInsert: { created: false } },
      { upsert: true },
    );
    expect(second).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
    const doc = await coll.findOne({ key: 'k1' }, { projection: { _id: 0 } });
    expect(doc).toEqual({ key: 'k1', v: 2, created: true });
  });

  it('should update every match with updateMany and report matched and modified counts', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertMany([
      { g: 1, v: 0 },
      { g: 1, v: 5 },
      { g: 2, v: 0 },
    ]);
    const result = await coll.updateMany({ g: 1 }, { $set: { v: 5 } });
    expect(result).toMatchObject({ matchedCount: 2, modifiedCount: 1 });
    expect(await coll.countDocuments({ v: 5 })).toBe(2);
  });

  it('should apply an aggregation pipeline update', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertOne({ _id: 1, a: 2, b: 3 });
    await coll.updateOne({ _id: 1 }, [{ $set: { sum: { $add: ['$a', '$b'] } } }, { $unset: 'b' }]);
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, a: 2, sum: 5 });
  });

  it('should replace the whole document but keep _id when replacing', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertOne({ _id: 1, a: 1, b: 2 });
    await coll.replaceOne({ _id: 1 }, { c: 3 });
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, c: 3 });
  });

  it('should reject changing _id with ImmutableField (66)', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertOne({ _id: 1, a: 1 });
    const error = await serverError(() => coll.updateOne({ _id: 1 }, { $set: { _id: 2 } }));
    expect(error.code).toBe(66);
  });

  it('should reject $inc on a non-numeric field with TypeMismatch (14)', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertOne({ _id: 1, a: 'text' });
    const error = await serverError(() => coll.updateOne({ _id: 1 }, { $inc: { a: 1 } }));
    expect(error.code).toBe(14);
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, a: 'text' });
  });

  it('should return the document before or after the change with findOneAndUpdate', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertMany([
      { q: 1, v: 1 },
      { q: 1, v: 2 },
    ]);
    const before = await coll.findOneAndUpdate(
      { q: 1 },
      { $inc: { v: 10 } },
      { sort: { v: -1 }, projection: { _id: 0 } },
    );
    expect(before).toEqual({ q: 1, v: 2 });
    const after = await coll.findOneAndUpdate(
      { q: 1, v: 1 },
      { $inc: { v: 1 } },
      { returnDocument: 'after', projection: { _id: 0 } },
    );
    expect(after).toEqual({ q: 1, v: 2 });
    const upserted = await coll.findOneAndUpdate(
      { q: 9 },
      { $set: { v: 0 } },
      { upsert: true, returnDocument: 'after', includeResultMetadata: true },
    );
    expect(upserted.lastErrorObject).toMatchObject({ n: 1, updatedExisting: false });
    expect(upserted.value).toMatchObject({ q: 9, v: 0 });
  });

  it('should remove and return one document with findOneAndDelete and findOneAndReplace', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertMany([
      { _id: 1, v: 1 },
      { _id: 2, v: 2 },
    ]);
    expect(await coll.findOneAndDelete({ v: { $gt: 0 } }, { sort: { v: -1 } })).toEqual({
      _id: 2,
      v: 2,
    });
    expect(await coll.findOneAndReplace({ _id: 1 }, { w: 1 }, { returnDocument: 'after' })).toEqual(
      { _id: 1, w: 1 },
    );
    expect(await coll.countDocuments()).toBe(1);
  });

  it('should delete one or many documents and report the count', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertMany([{ g: 1 }, { g: 1 }, { g: 1 }, { g: 2 }]);
    expect((await coll.deleteOne({ g: 1 })).deletedCount).toBe(1);
    expect((await coll.deleteMany({ g: 1 })).deletedCount).toBe(2);
    expect(await coll.countDocuments()).toBe(1);
  });

  it('should report write errors per document and keep going when a batch is unordered', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertOne({ _id: 2 });
    const ordered = await serverError(() => coll.insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3 }]));
    expect(ordered.code).toBe(11000);
    expect(await coll.countDocuments()).toBe(2);
    await serverError(() =>
      coll.insertMany([{ _id: 4 }, { _id: 2 }, { _id: 5 }], { ordered: false }),
    );
    expect((await coll.find().sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([1, 2, 4, 5]);
  });

  it('should answer ping, buildInfo and hello as a writable replica set primary', async () => {
    const admin = db().admin();
    expect(await admin.ping()).toMatchObject({ ok: 1 });
    expect((await admin.buildInfo()).version).toEqual(expect.any(String));
    const hello = await admin.command({ hello: 1 });
    expect(hello).toMatchObject({ isWritablePrimary: true, ok: 1 });
    expect(typeof hello.setName).toBe('string');
    expect(hello.logicalSessionTimeoutMinutes).toEqual(expect.any(Number));
  });

  it('should answer an unknown command with CommandNotFound (59)', async () => {
    const error = await serverError(() => db().command({ noSuchCommandHere: 1 }));
    expect(error.code).toBe(59);
  });
});
