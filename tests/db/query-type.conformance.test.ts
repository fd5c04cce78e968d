import { Decimal128, Double, Int32, Long, ObjectId, type Document } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { documentedOrRefused, field, serverError, useClient, type Keyed } from './client.js';

/**
 * The `$type` query operator selects by BSON type
 * (https://www.mongodb.com/docs/manual/reference/operator/query/type/): "double" (1), "int"
 * (16), "long" (18), "decimal" (19), "objectId" (7), …; "number" matches double, int, long and
 * decimal; an array field matches "array" and also by its elements. An integral double stays a
 * double and a small long a long (https://www.mongodb.com/docs/manual/reference/bson-types/).
 */
describe('$type in queries through the official driver', () => {
  const { db } = useClient('querytype');

  async function seeded() {
    const coll = db().collection<Keyed>('nums');
    await coll.insertMany([
      { _id: 1, x: new Double(2) },
      { _id: 2, x: new Int32(2) },
      { _id: 3, x: Long.fromNumber(2) },
      { _id: 4, x: new Double(2.5) },
      { _id: 5, x: Decimal128.fromString('2') },
      { _id: 6, x: new ObjectId() },
      { _id: 7, x: [new Int32(1), new Double(3)] },
      { _id: 8, x: 'two' },
    ]);
    return coll;
  }

  /** Inserts `docs` under a change stream filtered by `match`; the first `n` events' ids. */
  async function insertedThrough(match: Document, n: number, docs: Keyed[]): Promise<unknown[]> {
    const coll = db().collection<Keyed>('events');
    await coll.insertOne({ _id: 0 });
    const stream = coll.watch([{ $match: match }], { maxAwaitTimeMS: 300 });
    try {
      await stream.tryNext();
      await coll.insertMany(docs);
      const got: unknown[] = [];
      for (let i = 0; i < n; i++) {
        const change = await stream.next();
        if (change.operationType === 'insert') got.push(change.documentKey._id);
      }
      return got;
    } finally {
      await stream.close();
    }
  }

  const ids = async (cursor: { toArray(): Promise<Keyed[]> }): Promise<unknown[]> =>
    (await cursor.toArray()).map((d) => d._id).sort();

  it.each([
    { type: 'double' as const, want: [1, 4, 7] },
    { type: 1, want: [1, 4, 7] },
    { type: 'int' as const, want: [2, 7] },
    { type: 16, want: [2, 7] },
    { type: 'long' as const, want: [3] },
    { type: 18, want: [3] },
    { type: 'decimal' as const, want: [5] },
    { type: 'number' as const, want: [1, 2, 3, 4, 5, 7] },
    { type: 'objectId' as const, want: [6] },
    { type: 'array' as const, want: [7] },
    { type: ['long', 'string'] as Array<'long' | 'string'>, want: [3, 8] },
  ])('should match type $type by the stored BSON type', async ({ type, want }) => {
    const coll = await seeded();
    const filter = { x: { $type: type } };
    expect(await ids(coll.find(filter, { projection: { _id: 1 } }))).toEqual(want);
    expect(await coll.countDocuments(filter)).toBe(want.length);
    expect(await ids(coll.aggregate([{ $match: filter }, { $project: { _id: 1 } }]))).toEqual(want);
    expect((await coll.distinct('_id', filter)).sort()).toEqual(want);
  });

  // The aggregation $type names the BSON type of its argument
  // (https://www.mongodb.com/docs/manual/reference/operator/aggregation/type/); an array is
  // "array", not its elements' type.
  it.each([
    { type: 'double', want: [1, 4] },
    { type: 'int', want: [2] },
    { type: 'long', want: [3] },
    { type: 'decimal', want: [5] },
    { type: 'objectId', want: [6] },
    { type: 'array', want: [7] },
    { type: 'string', want: [8] },
  ])(
    'should match the aggregation type $type in a filter expression by the stored BSON type',
    async ({ type, want }) => {
      const coll = await seeded();
      const filter = { $expr: { $eq: [{ $type: '$x' }, type] } };
      expect(await ids(coll.find(filter))).toEqual(want);
      expect(await ids(coll.aggregate([{ $match: filter }]))).toEqual(want);
    },
  );

  it('should apply $type in update and delete filters and after a computing stage', async () => {
    const coll = await seeded();
    const updated = await coll.updateMany({ x: { $type: 'double' } }, { $set: { hit: true } });
    expect(updated.modifiedCount).toBe(3);
    const deleted = await coll.deleteMany({ x: { $type: 'long' } });
    expect(deleted.deletedCount).toBe(1);
    expect(await ids(coll.find({ hit: true }))).toEqual([1, 4, 7]);
    // $divide gives a double (https://www.mongodb.com/docs/manual/reference/operator/aggregation/divide/).
    const computed = await coll
      .aggregate([
        { $match: { _id: { $in: [1, 2] } } },
        { $project: { q: { $divide: [4, 2] }, s: { $add: [1, 1] } } },
        { $match: { q: { $type: 'double' }, s: { $type: 'int' } } },
      ])
      .toArray();
    expect(computed.map((d) => field(d, '_id')).sort()).toEqual([1, 2]);
  });

  it('should refuse unknown type names with BadValue (2)', async () => {
    const coll = await seeded();
    const error = await serverError(() => coll.find({ x: { $type: 'nope' } }).toArray());
    expect(error.code).toBe(2);
  });

  // mongod's parser (src/mongo/db/matcher/expression_parser.cpp parseType and
  // matcher_type_set.cpp): an empty list of types is FailedToParse (9) "<path> must match at
  // least one type"; a type that is neither a number nor a string is TypeMismatch (14).
  it('should fail an empty $type list with FailedToParse (9) naming the path', async () => {
    const coll = await seeded();
    const viaFind = await serverError(() => coll.find({ x: { $type: [] } }).toArray());
    expect(viaFind.code).toBe(9);
    expect(viaFind.message).toContain('x must match at least one type');
    const viaCount = await serverError(() => coll.countDocuments({ 'a.b': { $type: [] } }));
    expect(viaCount.code).toBe(9);
    expect(viaCount.message).toContain('a.b must match at least one type');
    const viaMatch = await serverError(() =>
      coll.aggregate([{ $match: { x: { $type: [] } } }]).toArray(),
    );
    expect(viaMatch.code).toBe(9);
  });

  it('should fail a $type that is neither a number nor a string with TypeMismatch (14)', async () => {
    const coll = await seeded();
    const error = await serverError(() => coll.find({ x: { $type: [true] } }).toArray());
    expect(error.code).toBe(14);
  });

  it('should answer $type on array elements under $elemMatch as documented or refuse', async () => {
    const coll = db().collection<Keyed>('elems');
    await coll.insertMany([
      { _id: 1, xs: [{ v: new Double(1) }] },
      { _id: 2, xs: [{ v: new Int32(1) }] },
    ]);
    const outcome = await documentedOrRefused(
      () => coll.find({ xs: { $elemMatch: { v: { $type: 'double' } } } }).toArray(),
      (docs) => expect(docs.map((d) => d._id)).toEqual([1]),
    );
    expect(['documented', 'refused']).toContain(outcome);
  });

  it('should filter change events by the BSON type of a field', async () => {
    const got = await insertedThrough({ 'fullDocument.x': { $type: 'double' } }, 1, [
      { _id: 1, x: new Int32(2) },
      { _id: 2, x: Long.fromNumber(2) },
      { _id: 3, x: new Double(2) },
    ]);
    expect(got).toEqual([3]);
  });

  it('should index by a partialFilterExpression on $type as documented or refuse', async () => {
    const coll = db().collection<Keyed>('partial');
    await coll.insertMany([
      { _id: 1, x: new Double(2), k: 1 },
      { _id: 2, x: new Int32(2), k: 1 },
    ]);
    // A partial index holds only the documents its filter matches
    // (https://www.mongodb.com/docs/manual/core/index-partial/); a query on k under the same
    // filter finds the double only.
    const outcome = await documentedOrRefused(
      () =>
        coll.createIndex(
          { k: 1 },
          { partialFilterExpression: { x: { $type: 'double' } }, name: 'k_double' },
        ),
      async () => {
        const docs = await coll.find({ k: 1, x: { $type: 'double' } }).toArray();
        expect(docs.map((d) => d._id)).toEqual([1]);
      },
    );
    expect(['documented', 'refused']).toContain(outcome);
  });

  it('should update the element a $type filter matched positionally as documented or refuse', async () => {
    const coll = db().collection<Keyed>('positional');
    await coll.insertOne({ _id: 1, xs: ['a', new Double(2), new Int32(3)] });
    // The positional $ is the first element the query matched
    // (https://www.mongodb.com/docs/manual/reference/operator/update/positional/).
    const outcome = await documentedOrRefused(
      () => coll.updateOne({ xs: { $type: 'double' } }, { $set: { 'xs.$': 'hit' } }),
      async () => {
        const doc = await coll.findOne({ _id: 1 });
        expect(doc?.xs).toEqual(['a', 'hit', 3]);
      },
    );
    expect(['documented', 'refused']).toContain(outcome);
    if (outcome === 'refused') expect((await coll.findOne({ _id: 1 }))?.xs).toEqual(['a', 2, 3]);
  });

  it('should compare Double and Long values in change-stream filters by value', async () => {
    // Numbers compare by value whatever their BSON type
    // (https://www.mongodb.com/docs/manual/reference/bson-type-comparison-order/).
    const got = await insertedThrough({ 'fullDocument.x': { $gte: 2 } }, 3, [
      { _id: 1, x: new Double(2) },
      { _id: 2, x: Long.fromNumber(5) },
      { _id: 3, x: new Int32(1) },
      { _id: 4, x: new Int32(3) },
    ]);
    expect(got).toEqual([1, 2, 4]);
  });
});
