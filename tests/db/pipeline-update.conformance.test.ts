import { describe, expect, it } from 'vitest';
import { Double, Int32, Long } from 'mongodb';
import { documentedOrRefused, serverError, useClient, type Keyed } from './client.js';

/**
 * Updates with an aggregation pipeline
 * (https://www.mongodb.com/docs/manual/tutorial/update-documents-with-aggregation-pipeline/).
 * $replaceRoot/$replaceWith to a document without _id keep the original _id (the _id field is
 * immutable, https://www.mongodb.com/docs/manual/core/document/#the-_id-field); $setField
 * writes field names with dots or a leading $ literally
 * (https://www.mongodb.com/docs/manual/reference/operator/aggregation/setField/).
 */
describe('pipeline updates through the official driver', () => {
  const { db } = useClient('pipeline_update');

  it('should keep the original _id when $replaceWith produces a document without one', async () => {
    const coll = db().collection<Keyed>('docs');
    await coll.insertOne({ _id: 1, inner: { a: 1 }, old: true });
    await coll.updateOne({ _id: 1 }, [{ $replaceWith: '$inner' }]);
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, a: 1 });
    await coll.updateOne({ _id: 1 }, [{ $replaceRoot: { newRoot: { b: 2 } } }]);
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, b: 2 });
  });

  it('should refuse a pipeline that changes _id with ImmutableField (66)', async () => {
    const coll = db().collection<Keyed>('docs');
    await coll.insertOne({ _id: 1 });
    const error = await serverError(() => coll.updateOne({ _id: 1 }, [{ $set: { _id: 2 } }]));
    expect(error.code).toBe(66);
  });

  it('should write dotted and $-prefixed top-level field names with $setField', async () => {
    const coll = db().collection<Keyed>('docs');
    await coll.insertOne({ _id: 1 });
    await coll.updateOne({ _id: 1 }, [
      {
        $replaceWith: {
          $setField: {
            field: 'home.town',
            input: { $setField: { field: { $literal: '$price' }, input: '$$ROOT', value: 5 } },
            value: 'Oxford',
          },
        },
      },
    ]);
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, $price: 5, 'home.town': 'Oxford' });
  });
});

/**
 * Result types of what an update pipeline computes, read back without promotion and compared
 * with toStrictEqual (toEqual takes Int32(2) for Double(2)). The rules are aggregation's
 * (https://www.mongodb.com/docs/manual/reference/operator/aggregation/divide/: "The default
 * return type is a double"; .../aggregation/add/ and .../aggregation/sum/: an int result that
 * does not fit in 32 bits becomes a long; .../aggregation/multiply/: a double operand makes a
 * double), since an update pipeline runs aggregation stages
 * (https://www.mongodb.com/docs/manual/tutorial/update-documents-with-aggregation-pipeline/).
 */
describe('numeric types stored by pipeline updates', () => {
  const { db } = useClient('pipeline_types');
  const raw = { promoteValues: false } as const;

  it('should store $divide of two ints as a double and an int32 overflow as a long', async () => {
    const coll = db().collection<Keyed>('docs');
    await coll.insertOne({ _id: 1 });
    await coll.updateOne({ _id: 1 }, [
      { $set: { q: { $divide: [6, 3] }, big: { $add: [2147483647, 1] }, sum: { $add: [2, 3] } } },
    ]);
    expect(await coll.findOne({ _id: 1 }, raw)).toStrictEqual({
      _id: new Int32(1),
      q: new Double(2),
      big: Long.fromNumber(2147483648),
      sum: new Int32(5),
    });
  });

  it('should keep stored Doubles and Longs, retype overwritten fields and follow field paths', async () => {
    const coll = db().collection<Keyed>('docs');
    await coll.insertOne({ _id: 1, d: new Double(2), l: Long.fromNumber(7), o: new Double(4) });
    await coll.updateOne({ _id: 1 }, [
      { $set: { o: 5, next: { $add: ['$d', 1] }, ln: { $add: ['$l', 1] } } },
      { $set: { tripled: { $multiply: [1.5, 2] } } },
    ]);
    expect(await coll.findOne({ _id: 1 }, raw)).toStrictEqual({
      _id: new Int32(1),
      d: new Double(2),
      l: Long.fromNumber(7),
      o: new Int32(5),
      next: new Double(3),
      ln: Long.fromNumber(8),
      tripled: new Double(3),
    });
    await coll.updateOne({ _id: 1 }, [{ $project: { d: 1, l: 1 } }]);
    expect(await coll.findOne({ _id: 1 }, raw)).toStrictEqual({
      _id: new Int32(1),
      d: new Double(2),
      l: Long.fromNumber(7),
    });
    await coll.updateOne({ _id: 1 }, [
      { $replaceWith: { half: { $divide: ['$d', 4] }, w: { $divide: ['$l', 7] } } },
    ]);
    expect(await coll.findOne({ _id: 1 }, raw)).toStrictEqual({
      _id: new Int32(1),
      half: new Double(0.5),
      w: new Double(1),
    });
  });

  it('should type pipeline upserts, findOneAndUpdate and let variables the same way', async () => {
    const coll = db().collection<Keyed>('docs');
    await coll.updateOne({ _id: 9 }, [{ $set: { q: { $divide: [4, 2] } } }], { upsert: true });
    expect(await coll.findOne({ _id: 9 }, raw)).toStrictEqual({
      _id: new Int32(9),
      q: new Double(2),
    });
    const after = await coll.findOneAndUpdate(
      { _id: 9 },
      [{ $set: { r: { $multiply: ['$q', 3] }, v: '$$n' } }],
      { returnDocument: 'after', let: { n: new Double(4) }, ...raw },
    );
    expect(after).toStrictEqual({
      _id: new Int32(9),
      q: new Double(2),
      r: new Double(6),
      v: new Double(4),
    });
    await coll.insertOne({ _id: 10 });
    await coll.updateMany({}, [{ $set: { m: '$$m' } }], { let: { m: Long.fromNumber(3) } });
    expect(await coll.findOne({ _id: 10 }, raw)).toStrictEqual({
      _id: new Int32(10),
      m: Long.fromNumber(3),
    });
    expect(await coll.findOne({ _id: 9 }, { projection: { _id: 0, m: 1 }, ...raw })).toStrictEqual({
      m: Long.fromNumber(3),
    });
  });

  it('should answer a typed operator it cannot follow as documented or with NotImplemented', async () => {
    const coll = db().collection<Keyed>('docs');
    await coll.insertOne({ _id: 1, xs: [new Int32(1), new Double(2)] });
    // $reduce adding an int and a double: the double 3 (.../aggregation/reduce/, .../add/).
    const reduce = {
      $reduce: { input: '$xs', initialValue: 0, in: { $add: ['$$value', '$$this'] } },
    };
    const outcome = await documentedOrRefused(
      () => coll.updateOne({ _id: 1 }, [{ $set: { total: reduce } }]),
      async () => {
        const doc = await coll.findOne({ _id: 1 }, raw);
        expect(doc?.total).toStrictEqual(new Double(3));
      },
    );
    expect(['documented', 'refused']).toContain(outcome);
    // Refused or not, nothing was half-written.
    if (outcome === 'refused')
      expect(await coll.findOne({ _id: 1 }, raw)).toStrictEqual({
        _id: new Int32(1),
        xs: [new Int32(1), new Double(2)],
      });
  });
});
