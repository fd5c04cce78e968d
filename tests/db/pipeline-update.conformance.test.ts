import { describe, expect, it } from 'vitest';
import { serverError, useClient, type Keyed } from './client.js';

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
