import {
  Binary,
  Decimal128,
  Double,
  Int32,
  Long,
  MongoClient,
  ObjectId,
  BSONRegExp,
} from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mongoUri } from '../support/mongo.js';
import { useClient, type Keyed } from './client.js';

describe('BSON fidelity through the official driver', () => {
  const { db } = useClient('bson');

  it('should round-trip ObjectId, Date, Decimal128, Binary, RegExp, nested arrays and null', async () => {
    const coll = db().collection('values');
    const doc = {
      _id: new ObjectId(),
      date: new Date('2024-02-29T12:34:56.789Z'),
      dec: Decimal128.fromString('12345.6789'),
      bin: new Binary(Buffer.from([1, 2, 3]), 0),
      re: /ab+c/i,
      nested: { list: [[1, 2], [{ x: 'y' }]], empty: {} },
      nothing: null,
    };
    await coll.insertOne(doc);
    const found = await coll.findOne({ _id: doc._id });
    expect(found?._id).toEqual(doc._id);
    expect(found?.date).toEqual(doc.date);
    expect(String(found?.dec)).toBe('12345.6789');
    expect(Buffer.from((found?.bin as Binary).buffer)).toEqual(Buffer.from([1, 2, 3]));
    expect(found?.re).toEqual(/ab+c/i);
    expect(found?.nested).toEqual(doc.nested);
    expect(found).toHaveProperty('nothing', null);
    expect(found).not.toHaveProperty('missing');
  });

  it('should distinguish null from a missing field in queries', async () => {
    const coll = db().collection<Keyed>('values');
    await coll.insertMany([{ _id: 1, v: null }, { _id: 2 }, { _id: 3, v: 0 }]);
    expect(await coll.countDocuments({ v: null })).toBe(2);
    expect(await coll.countDocuments({ v: { $exists: false } })).toBe(1);
    expect(await coll.countDocuments({ v: { $type: 'null' } })).toBe(1);
    expect(await coll.countDocuments({ v: { $gte: null } })).toBe(2);
    expect(await coll.countDocuments({ v: { $lte: null } })).toBe(2);
  });

  it('should compare and order ObjectIds and Dates in queries and sorts', async () => {
    const coll = db().collection('values');
    const ids = [
      new ObjectId('000000000000000000000001'),
      new ObjectId('000000000000000000000002'),
      new ObjectId('000000000000000000000003'),
    ];
    await coll.insertMany(ids.map((_id, i) => ({ _id, at: new Date(Date.UTC(2024, 0, 3 - i)) })));
    expect(await coll.countDocuments({ _id: { $gt: ids[0] ?? new ObjectId() } })).toBe(2);
    const byDate = await coll
      .find({ at: { $gte: new Date(Date.UTC(2024, 0, 2)) } })
      .sort({ at: 1 })
      .toArray();
    expect(byDate.map((d) => d._id)).toEqual([ids[1], ids[0]]);
  });

  it('should sort mixed types in BSON type order', async () => {
    const coll = db().collection<Keyed>('values');
    await coll.insertMany([
      { _id: 1, v: true },
      { _id: 2, v: 'text' },
      { _id: 3, v: 10 },
      { _id: 4, v: null },
      { _id: 5, v: new Date(0) },
      { _id: 6, v: { a: 1 } },
      { _id: 7, v: new ObjectId('000000000000000000000001') },
      { _id: 8, v: 2.5 },
      { _id: 9 },
    ]);
    const ids = (await coll.find().sort({ v: 1, _id: 1 }).toArray()).map((d) => d._id);
    expect(ids).toEqual([4, 9, 8, 3, 2, 6, 7, 1, 5]);
    const aggregated = await coll.aggregate<Keyed>([{ $sort: { v: -1, _id: 1 } }]).toArray();
    expect(aggregated.map((d) => d._id)).toEqual([5, 1, 7, 6, 2, 3, 8, 4, 9]);
  });

  describe('numeric types with promoteValues disabled', () => {
    let raw: MongoClient;
    beforeAll(async () => {
      raw = new MongoClient(mongoUri(), { promoteValues: false, serverSelectionTimeoutMS: 10_000 });
      await raw.connect();
    });
    afterAll(async () => {
      await raw.close();
    });

    it('should keep integral Doubles and small Longs as their types through inserts and updates', async () => {
      const coll = raw.db(db().databaseName).collection<Keyed>('numbers');
      await coll.insertOne({
        _id: 1,
        d: new Double(5),
        l: Long.fromNumber(5),
        i: new Int32(5),
        nested: [{ d: new Double(1) }],
      });
      await coll.updateOne(
        { _id: 1 },
        { $inc: { l: new Int32(1), d: new Int32(1) }, $set: { d2: new Double(3) } },
      );
      const found = await coll.findOne({ _id: 1 });
      expect(found?.d).toEqual(new Double(6));
      expect(found?.l).toEqual(Long.fromNumber(6));
      expect(found?.i).toEqual(new Int32(5));
      expect(found?.d2).toEqual(new Double(3));
      expect(found?.nested).toEqual([{ d: new Double(1) }]);
      await coll.updateOne({ _id: 1 }, { $set: { d: new Int32(2) } });
      expect((await coll.findOne({ _id: 1 }))?.d).toEqual(new Int32(2));
    });

    it('should keep Int32, non-integral Double and large Long values as their BSON types', async () => {
      const name = db().databaseName;
      const coll = raw.db(name).collection<Keyed>('numbers');
      await coll.insertOne({
        _id: 1,
        i: new Int32(7),
        d: new Double(2.5),
        l: Long.fromString('9007199254740993'),
      });
      const found = await coll.findOne({ _id: 1 });
      expect(found?.i).toBeInstanceOf(Int32);
      expect(found?.d).toBeInstanceOf(Double);
      expect(found?.l).toBeInstanceOf(Long);
      expect(String(found?.l)).toBe('9007199254740993');
    });
  });

  it('should match a regular expression stored as a pattern or used as a filter', async () => {
    const coll = db().collection('values');
    await coll.insertMany([{ s: 'Alpha' }, { s: 'beta' }]);
    expect(await coll.countDocuments({ s: /^a/i })).toBe(1);
    expect(await coll.countDocuments({ s: { $regex: 'ET', $options: 'i' } })).toBe(1);
    expect(await coll.countDocuments({ s: new BSONRegExp('^b') })).toBe(1);
  });
});
