import { Double, Int32, Long, type Document } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { codeOf, serverError, useClient, type Keyed } from './client.js';

/**
 * Find projections over Double and Long values, read back without promotion (toStrictEqual
 * tells Int32(2) from Double(2)):
 * - `<array>.$` returns "the first element that matches the query condition on the array"
 *   (https://www.mongodb.com/docs/manual/reference/operator/projection/positional/), with the
 *   query's `$type` deciding by BSON type
 *   (https://www.mongodb.com/docs/manual/reference/operator/query/type/) and comparisons by
 *   value whatever the numeric type
 *   (https://www.mongodb.com/docs/manual/reference/bson-type-comparison-order/).
 * - `$elemMatch` returns the first element matching its condition
 *   (https://www.mongodb.com/docs/manual/reference/operator/projection/elemMatch/).
 * - `$slice` returns the chosen elements
 *   (https://www.mongodb.com/docs/manual/reference/operator/projection/slice/).
 * - A computed field is an aggregation expression
 *   (https://www.mongodb.com/docs/manual/reference/method/db.collection.find/#projection):
 *   `$gt` compares by value, `$add` of a double is a double
 *   (https://www.mongodb.com/docs/manual/reference/operator/aggregation/add/).
 */
describe('find projections over Double and Long values through the official driver', () => {
  const { db } = useClient('projtypes');

  async function seeded() {
    const coll = db().collection<Keyed>('p');
    await coll.insertMany([
      { _id: 1, xs: ['a', new Double(2), new Int32(3)] },
      { _id: 2, xs: [new Int32(1), new Double(3), Long.fromNumber(7)] },
    ]);
    return coll;
  }

  const projected = async (coll: Awaited<ReturnType<typeof seeded>>, filter: Document) =>
    coll
      .find(filter, { projection: { 'xs.$': 1 }, promoteValues: false, sort: { _id: 1 } })
      .toArray();

  it.each([
    {
      name: '$type double',
      filter: { xs: { $type: 'double' } },
      want: [
        { _id: new Int32(1), xs: [new Double(2)] },
        { _id: new Int32(2), xs: [new Double(3)] },
      ],
    },
    {
      name: '$type int',
      filter: { xs: { $type: 'int' } },
      want: [
        { _id: new Int32(1), xs: [new Int32(3)] },
        { _id: new Int32(2), xs: [new Int32(1)] },
      ],
    },
    {
      name: '$type long',
      filter: { xs: { $type: 'long' } },
      want: [{ _id: new Int32(2), xs: [Long.fromNumber(7)] }],
    },
    {
      name: '$gte 2',
      filter: { xs: { $gte: 2 } },
      want: [
        { _id: new Int32(1), xs: [new Double(2)] },
        { _id: new Int32(2), xs: [new Double(3)] },
      ],
    },
    {
      name: '$gte 5',
      filter: { xs: { $gte: 5 } },
      want: [{ _id: new Int32(2), xs: [Long.fromNumber(7)] }],
    },
  ])('should return the element $name matched positionally', async ({ filter, want }) => {
    const coll = await seeded();
    expect(await projected(coll, filter)).toStrictEqual(want);
  });

  /**
   * `.$` takes the element whose index the query's match recorded. A negation (`$ne`, `$nin`,
   * `$not`, `$exists: false`) holds for the array as a whole and records no index, so with no
   * other condition on the array mongod fails the find with 51246, "positional operator '.$'
   * couldn't find a matching element in the array" (`applyPositionalProjection` in mongod's
   * src/mongo/db/exec/find_projection_executor.cpp: `uassert(51246, …,
   * details.hasElemMatchKey())` at the first array on the path; the docs' "Array Field
   * Limitations" of
   * https://www.mongodb.com/docs/manual/reference/operator/projection/positional/). SBE answers
   * the same message as 5291401 (sbe_stage_builder_projection.cpp), so either code is mongod's.
   */
  it.each([
    { name: '$ne', filter: { 'ds.v': { $ne: 5 } } },
    { name: '$nin', filter: { 'ds.v': { $nin: [5, 6] } } },
    { name: '$not', filter: { 'ds.v': { $not: { $gt: 5 } } } },
    { name: '$exists: false', filter: { 'ds.w': { $exists: false } } },
    { name: '$ne in an $and branch', filter: { $and: [{ _id: 1 }, { 'ds.v': { $ne: 5 } }] } },
    { name: 'missing (only _id)', filter: { _id: 1 } },
  ])(
    'should fail a positional projection whose array condition is $name as mongod does',
    async ({ filter }) => {
      const coll = db().collection<Keyed>('p');
      await coll.insertOne({ _id: 1, ds: [{ v: new Int32(1) }, { v: new Int32(2) }] });
      const error = await serverError(() =>
        coll.find(filter, { projection: { 'ds.$': 1 } }).toArray(),
      );
      expect([51246, 5291401]).toContain(codeOf(error));
      expect(error.message).toContain(
        "positional operator '.$' couldn't find a matching element in the array",
      );
    },
  );

  it('should take the element a positive condition matched when a negation sits beside it', async () => {
    const coll = db().collection<Keyed>('p');
    await coll.insertOne({ _id: 1, ds: [{ v: new Int32(1) }, { v: new Int32(2) }] });
    const docs = await coll
      .find({ 'ds.v': { $gte: 2, $ne: 5 } }, { projection: { 'ds.$': 1 } })
      .toArray();
    expect(docs).toEqual([{ _id: 1, ds: [{ v: 2 }] }]);
  });

  it('should return the first $elemMatch element, comparing a Double by value', async () => {
    const coll = db().collection<Keyed>('p');
    await coll.insertOne({ _id: 1, ds: [{ v: new Double(2) }, { v: new Int32(5) }] });
    const docs = await coll
      .find({}, { projection: { ds: { $elemMatch: { v: { $gte: 2 } } } }, promoteValues: false })
      .toArray();
    expect(docs).toStrictEqual([{ _id: new Int32(1), ds: [{ v: new Double(2) }] }]);
  });

  it('should keep the types of the elements $slice returns', async () => {
    const coll = db().collection<Keyed>('p');
    await coll.insertOne({ _id: 1, xs: [new Int32(1), new Double(2), Long.fromNumber(3)] });
    const docs = await coll
      .find({}, { projection: { xs: { $slice: -2 } }, promoteValues: false })
      .toArray();
    expect(docs).toStrictEqual([{ _id: new Int32(1), xs: [new Double(2), Long.fromNumber(3)] }]);
  });

  it('should compute projected expressions over a Double by value and type', async () => {
    const coll = db().collection<Keyed>('p');
    await coll.insertOne({ _id: 1, x: new Double(2) });
    const docs = await coll
      .find(
        {},
        {
          projection: { _id: 0, x: 1, big: { $gt: ['$x', 1] }, next: { $add: ['$x', 1] } },
          promoteValues: false,
        },
      )
      .toArray();
    expect(docs).toStrictEqual([{ x: new Double(2), big: true, next: new Double(3) }]);
  });

  it('should project positionally in findOneAndUpdate by the query', async () => {
    const coll = await seeded();
    const before = await coll.findOneAndUpdate(
      { _id: 2, xs: { $gte: 2 } },
      { $set: { seen: true } },
      { projection: { 'xs.$': 1 }, promoteValues: false },
    );
    expect(before).toStrictEqual({ _id: new Int32(2), xs: [new Double(3)] });
  });

  it('should keep Double, Long and Int32 values and the field order when a projection only keeps or drops fields', async () => {
    const coll = db().collection<Keyed>('fields');
    await coll.insertMany([
      {
        _id: 1,
        d: new Double(2),
        l: Long.fromNumber(3),
        i: new Int32(4),
        nested: { d: new Double(5), x: 1 },
      },
    ]);
    const kept = await coll
      .find({}, { projection: { nested: 1, d: 1, l: 1 }, promoteValues: false })
      .toArray();
    expect(kept).toStrictEqual([
      {
        _id: new Int32(1),
        d: new Double(2),
        l: Long.fromNumber(3),
        nested: { d: new Double(5), x: new Int32(1) },
      },
    ]);
    const dropped = await coll
      .find({}, { projection: { d: 0, 'nested.x': 0 }, promoteValues: false })
      .toArray();
    expect(dropped).toStrictEqual([
      { _id: new Int32(1), l: Long.fromNumber(3), i: new Int32(4), nested: { d: new Double(5) } },
    ]);
  });
});
