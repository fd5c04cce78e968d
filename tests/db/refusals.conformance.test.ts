import { describe, expect, it } from 'vitest';
import { documentedOrRefused, serverError, useClient, type Keyed } from './client.js';

/** Case-insensitive comparison (https://www.mongodb.com/docs/manual/reference/collation/). */
const caseInsensitive = { locale: 'en', strength: 2 } as const;

describe('options and input MongoDB refuses or the engine must not ignore', () => {
  const { db } = useClient('refusals');

  const seeded = async () => {
    const coll = db().collection<Keyed>('people');
    await coll.insertMany([
      { _id: 1, name: 'alice' },
      { _id: 2, name: 'bob' },
    ]);
    return coll;
  };

  // Collation applies to delete, update, findAndModify and bulkWrite as to reads
  // (https://www.mongodb.com/docs/manual/reference/collation/#operations-that-support-collation).
  it('should delete case-insensitively under a collation, or refuse it and delete nothing', async () => {
    const coll = await seeded();
    const outcome = await documentedOrRefused(
      () => coll.deleteMany({ name: 'ALICE' }, { collation: caseInsensitive }),
      (result) => expect(result.deletedCount).toBe(1),
    );
    expect(await coll.countDocuments()).toBe(outcome === 'documented' ? 1 : 2);
  });

  it('should update case-insensitively under a collation, or refuse it and change nothing', async () => {
    const coll = await seeded();
    const outcome = await documentedOrRefused(
      () =>
        coll.updateMany({ name: 'BOB' }, { $set: { seen: true } }, { collation: caseInsensitive }),
      (result) => expect(result.modifiedCount).toBe(1),
    );
    expect(await coll.countDocuments({ seen: true })).toBe(outcome === 'documented' ? 1 : 0);
  });

  it('should findOneAndUpdate case-insensitively under a collation, or refuse it', async () => {
    const coll = await seeded();
    const outcome = await documentedOrRefused(
      () =>
        coll.findOneAndUpdate(
          { name: 'Alice' },
          { $set: { seen: true } },
          { collation: caseInsensitive, returnDocument: 'after' },
        ),
      (doc) => expect(doc).toEqual({ _id: 1, name: 'alice', seen: true }),
    );
    expect(await coll.countDocuments({ seen: true })).toBe(outcome === 'documented' ? 1 : 0);
  });

  it('should bulkWrite under a collation, or refuse the whole batch', async () => {
    const coll = await seeded();
    const outcome = await documentedOrRefused(
      () =>
        coll.bulkWrite([
          {
            updateOne: {
              filter: { name: 'ALICE' },
              update: { $set: { seen: true } },
              collation: caseInsensitive,
            },
          },
          { deleteOne: { filter: { name: 'BOB' }, collation: caseInsensitive } },
        ]),
      (result) => {
        expect(result.modifiedCount).toBe(1);
        expect(result.deletedCount).toBe(1);
      },
    );
    expect(await coll.find().sort({ _id: 1 }).toArray()).toEqual(
      outcome === 'documented'
        ? [{ _id: 1, name: 'alice', seen: true }]
        : [
            { _id: 1, name: 'alice' },
            { _id: 2, name: 'bob' },
          ],
    );
  });

  // "The _id field ... may not contain $-prefixed fields"
  // (https://www.mongodb.com/docs/manual/core/document/#field-names); DollarPrefixedFieldName.
  it('should compute a running total with $setWindowFields, or refuse the stage', async () => {
    // A "documents: ['unbounded', 'current']" window sums everything up to the document
    // (https://www.mongodb.com/docs/manual/reference/operator/aggregation/setWindowFields/).
    const coll = db().collection<Keyed>('window');
    await coll.insertMany([
      { _id: 1, y: 2 },
      { _id: 2, y: 3 },
    ]);
    const window = { documents: ['unbounded', 'current'] };
    const outcome = await documentedOrRefused(
      () =>
        coll
          .aggregate([
            { $setWindowFields: { sortBy: { _id: 1 }, output: { s: { $sum: '$y', window } } } },
          ])
          .toArray(),
      (docs) => expect(docs.map((d): unknown => d.s)).toEqual([2, 5]),
    );
    expect(['documented', 'refused']).toContain(outcome);
  });

  it('should refuse an _id holding a $-prefixed field with DollarPrefixedFieldName (52)', async () => {
    const coll = db().collection<{ _id: unknown }>('ids');
    const error = await serverError(() => coll.insertOne({ _id: { $a: 1 } }));
    expect(error.code).toBe(52);
    const nested = await serverError(() => coll.insertOne({ _id: { a: { $b: 1 } } }));
    expect(nested.code).toBe(52);
    expect(await coll.countDocuments()).toBe(0);
  });

  // "$out ... cannot be used with readConcern 'linearizable'"
  // (https://www.mongodb.com/docs/manual/reference/operator/aggregation/out/#restrictions).
  it('should refuse $out under a linearizable read concern with InvalidOptions (72)', async () => {
    const coll = await seeded();
    const error = await serverError(() =>
      coll.aggregate([{ $out: 'copy' }], { readConcern: { level: 'linearizable' } }).toArray(),
    );
    expect(error.code).toBe(72);
  });

  // Aggregation stages (https://www.mongodb.com/docs/manual/reference/operator/aggregation-pipeline/):
  // a name that is not a stage is "Unrecognized pipeline stage name" (40324); $out must be last.
  it('should answer an unknown stage with 40324 and a $out before the end with 40601', async () => {
    const coll = await seeded();
    const unknown = await serverError(() => coll.aggregate([{ $frobnicate: {} }]).toArray());
    expect(unknown.code).toBe(40324);
    const early = await serverError(() =>
      coll.aggregate([{ $out: 'copy' }, { $match: {} }]).toArray(),
    );
    expect(early.code).toBe(40601);
  });
});
