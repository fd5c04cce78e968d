import type { Document } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { useClient, type Keyed } from './client.js';

const sales: Document[] = [
  { _id: 1, item: 'a', price: 10, qty: 2, at: new Date('2024-01-01T10:15:00Z') },
  { _id: 2, item: 'b', price: 20, qty: 1, at: new Date('2024-01-01T11:45:00Z') },
  { _id: 3, item: 'a', price: 10, qty: 5, at: new Date('2024-01-02T09:00:00Z') },
  { _id: 4, item: 'c', price: 5, qty: 10, at: new Date('2024-01-03T12:00:00Z') },
];

describe('aggregation through the official driver', () => {
  const { db } = useClient('aggregate');

  it('should group with $sum $avg $min $max $first $last $push', async () => {
    const coll = db().collection('sales');
    await coll.insertMany(sales);
    const result = await coll
      .aggregate([
        { $sort: { _id: 1 } },
        {
          $group: {
            _id: '$item',
            total: { $sum: { $multiply: ['$price', '$qty'] } },
            avgQty: { $avg: '$qty' },
            minQty: { $min: '$qty' },
            maxQty: { $max: '$qty' },
            first: { $first: '$_id' },
            last: { $last: '$_id' },
            ids: { $push: '$_id' },
            count: { $sum: 1 },
          },
        },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(result).toEqual([
      {
        _id: 'a',
        total: 70,
        avgQty: 3.5,
        minQty: 2,
        maxQty: 5,
        first: 1,
        last: 3,
        ids: [1, 3],
        count: 2,
      },
      {
        _id: 'b',
        total: 20,
        avgQty: 1,
        minQty: 1,
        maxQty: 1,
        first: 2,
        last: 2,
        ids: [2],
        count: 1,
      },
      {
        _id: 'c',
        total: 50,
        avgQty: 10,
        minQty: 10,
        maxQty: 10,
        first: 4,
        last: 4,
        ids: [4],
        count: 1,
      },
    ]);
  });

  it('should run $match $project $count and $facet', async () => {
    const coll = db().collection('sales');
    await coll.insertMany(sales);
    expect(await coll.aggregate([{ $match: { item: 'a' } }, { $count: 'n' }]).toArray()).toEqual([
      { n: 2 },
    ]);
    const [facets] = await coll
      .aggregate([
        {
          $facet: {
            cheap: [{ $match: { price: { $lt: 10 } } }, { $project: { _id: 1 } }],
            total: [{ $count: 'n' }],
          },
        },
      ])
      .toArray();
    expect(facets).toEqual({ cheap: [{ _id: 4 }], total: [{ n: 4 }] });
  });

  it('should join another collection of the same database with $lookup', async () => {
    const database = db();
    await database.collection('sales').insertMany(sales);
    await database.collection<Keyed>('items').insertMany([
      { _id: 'a', label: 'Apple' },
      { _id: 'c', label: 'Cherry' },
    ]);
    const result = await database
      .collection('sales')
      .aggregate([
        { $match: { _id: { $in: [1, 2] } } },
        { $lookup: { from: 'items', localField: 'item', foreignField: '_id', as: 'info' } },
        { $project: { item: 1, info: 1 } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(result).toEqual([
      { _id: 1, item: 'a', info: [{ _id: 'a', label: 'Apple' }] },
      { _id: 2, item: 'b', info: [] },
    ]);
  });

  it('should bucket values with $bucket and truncate dates with $dateTrunc', async () => {
    const coll = db().collection('sales');
    await coll.insertMany(sales);
    const buckets = await coll
      .aggregate([
        {
          $bucket: {
            groupBy: '$qty',
            boundaries: [0, 3, 100],
            default: 'other',
            output: { n: { $sum: 1 } },
          },
        },
      ])
      .toArray();
    expect(buckets).toEqual([
      { _id: 0, n: 2 },
      { _id: 3, n: 2 },
    ]);
    const days = await coll
      .aggregate([
        { $group: { _id: { $dateTrunc: { date: '$at', unit: 'day' } }, n: { $sum: 1 } } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(days).toEqual([
      { _id: new Date('2024-01-01T00:00:00Z'), n: 2 },
      { _id: new Date('2024-01-02T00:00:00Z'), n: 1 },
      { _id: new Date('2024-01-03T00:00:00Z'), n: 1 },
    ]);
  });

  it('should replace the target collection with $out', async () => {
    const database = db();
    await database.collection('sales').insertMany(sales);
    await database.collection<Keyed>('summary').insertOne({ _id: 'stale' });
    await database
      .collection('sales')
      .aggregate([{ $group: { _id: '$item', n: { $sum: 1 } } }, { $out: 'summary' }])
      .toArray();
    const summary = await database.collection('summary').find().sort({ _id: 1 }).toArray();
    expect(summary).toEqual([
      { _id: 'a', n: 2 },
      { _id: 'b', n: 1 },
      { _id: 'c', n: 1 },
    ]);
  });

  it('should page with $sort $skip $limit and reshape without touching stored documents', async () => {
    const coll = db().collection<Keyed>('paged');
    await coll.insertMany(Array.from({ length: 30 }, (_, i) => ({ _id: i, i, nested: { v: i } })));
    const docs = await coll
      .aggregate([
        { $match: { i: { $gte: 5 } } },
        { $sort: { i: -1 } },
        { $skip: 3 },
        { $limit: 4 },
        { $match: { i: { $ne: 25 } } },
        { $set: { 'nested.v': 0, extra: true } },
        { $project: { _id: 0, i: 1, nested: 1, extra: 1 } },
      ])
      .toArray();
    expect(docs).toEqual([
      { i: 26, nested: { v: 0 }, extra: true },
      { i: 24, nested: { v: 0 }, extra: true },
      { i: 23, nested: { v: 0 }, extra: true },
    ]);
    expect(await coll.findOne({ _id: 26 })).toEqual({ _id: 26, i: 26, nested: { v: 26 } });
    expect(await coll.countDocuments({ i: { $lt: 10 } }, { skip: 2, limit: 5 })).toBe(5);
    expect(await coll.countDocuments({ i: { $lt: 10 } }, { skip: 8 })).toBe(2);
    expect(await coll.countDocuments({ i: { $gt: 100 } })).toBe(0);
    expect(
      await coll.aggregate([{ $match: { i: { $gt: 100 } } }, { $count: 'n' }]).toArray(),
    ).toEqual([]);
  });

  it('should return large results across several batches', async () => {
    const coll = db().collection('many');
    await coll.insertMany(Array.from({ length: 300 }, (_, i) => ({ i })));
    const docs = await coll
      .aggregate([{ $match: { i: { $gte: 0 } } }, { $sort: { i: 1 } }], { batchSize: 50 })
      .toArray();
    expect(docs).toHaveLength(300);
    expect(docs[299]?.i).toBe(299);
  });
});
