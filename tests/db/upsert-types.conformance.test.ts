import { Double, Int32, Long, type Document } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { field, useClient, type Keyed } from './client.js';

/**
 * An upsert that matches nothing "creates a base document from the equality clauses in the
 * <query> parameter, and then applies the expressions from the <update> parameter"
 * (https://www.mongodb.com/docs/manual/reference/method/db.collection.updateOne/#upsert,
 * https://www.mongodb.com/docs/manual/reference/method/db.collection.update/#upsert-behavior);
 * a replacement keeps only the query's `_id`
 * (https://www.mongodb.com/docs/manual/reference/method/db.collection.replaceOne/#upsert).
 * The copied values keep their BSON type (https://www.mongodb.com/docs/manual/reference/bson-types/):
 * the double 1 stays a double, the long 5 a long. Read back without promotion, and compared
 * with toStrictEqual, which (unlike toEqual) tells Int32(1) from Double(1).
 */
describe('types of upserted documents built from the filter through the official driver', () => {
  const { db } = useClient('upserttypes');

  const read = async (coll: { findOne(f: Document, o: Document): Promise<unknown> }) =>
    coll.findOne({}, { promoteValues: false, projection: { _id: 0 } });

  it.each([
    { name: 'a plain equality', filter: { x: new Double(1) }, want: { x: new Double(1) } },
    { name: 'an $eq', filter: { x: { $eq: new Double(1) } }, want: { x: new Double(1) } },
    { name: 'a dotted path', filter: { 'a.b': new Double(1) }, want: { a: { b: new Double(1) } } },
    { name: 'a long', filter: { x: Long.fromNumber(5) }, want: { x: Long.fromNumber(5) } },
    {
      name: 'an $and branch',
      filter: { $and: [{ x: new Double(2) }, { l: { $eq: Long.fromNumber(3) } }] },
      want: { x: new Double(2), l: Long.fromNumber(3) },
    },
  ])('should keep the type of $name in an updateOne upsert', async ({ filter, want }) => {
    const coll = db().collection<Keyed>('u');
    await coll.updateOne(filter, { $set: { y: new Int32(1) } }, { upsert: true });
    expect(await read(coll)).toStrictEqual({ ...want, y: new Int32(1) });
  });

  it('should keep the filter types next to $setOnInsert values', async () => {
    const coll = db().collection<Keyed>('u');
    await coll.updateOne(
      { x: new Double(1), n: new Int32(1) },
      { $setOnInsert: { z: new Double(2), w: Long.fromNumber(4) } },
      { upsert: true },
    );
    expect(await read(coll)).toStrictEqual({
      x: new Double(1),
      n: new Int32(1),
      z: new Double(2),
      w: Long.fromNumber(4),
    });
  });

  it('should keep the filter types in a pipeline-update upsert', async () => {
    const coll = db().collection<Keyed>('u');
    await coll.updateOne({ x: new Double(1) }, [{ $set: { y: new Int32(1) } }], { upsert: true });
    expect(await read(coll)).toStrictEqual({ x: new Double(1), y: new Int32(1) });
  });

  it('should keep a Double _id from the filter in a replaceOne upsert', async () => {
    const coll = db().collection<Document>('u');
    await coll.replaceOne(
      { _id: new Double(7), x: new Double(1) },
      { r: new Int32(1) },
      { upsert: true },
    );
    const doc = await coll.findOne({}, { promoteValues: false });
    expect(doc).toStrictEqual({ _id: new Double(7), r: new Int32(1) });
  });

  it('should return and store the filter types of a findOneAndUpdate upsert', async () => {
    const coll = db().collection<Keyed>('u');
    const after = await coll.findOneAndUpdate(
      { x: new Double(1), l: Long.fromNumber(2) },
      { $set: { y: new Int32(1) } },
      { upsert: true, returnDocument: 'after', promoteValues: false, projection: { _id: 0 } },
    );
    const want = { x: new Double(1), l: Long.fromNumber(2), y: new Int32(1) };
    expect(after).toStrictEqual(want);
    expect(await read(coll)).toStrictEqual(want);
  });

  it('should keep the filter types of every upsert in a bulkWrite', async () => {
    const coll = db().collection<Keyed>('u');
    await coll.bulkWrite([
      {
        updateOne: {
          filter: { _id: 1, x: new Double(1) },
          update: { $set: { k: 1 } },
          upsert: true,
        },
      },
      {
        updateOne: {
          filter: { _id: 2, x: Long.fromNumber(5) },
          update: { $set: { k: 2 } },
          upsert: true,
        },
      },
      {
        replaceOne: {
          filter: { _id: new Double(3), x: new Double(9) },
          replacement: { k: 3 },
          upsert: true,
        },
      },
      {
        updateMany: {
          filter: { _id: 4, x: { $eq: new Double(4) } },
          update: { $set: { k: 4 } },
          upsert: true,
        },
      },
    ]);
    const docs = await coll.find({}, { promoteValues: false, sort: { _id: 1 } }).toArray();
    expect(docs).toStrictEqual([
      { _id: new Int32(1), x: new Double(1), k: new Int32(1) },
      { _id: new Int32(2), x: Long.fromNumber(5), k: new Int32(2) },
      { _id: new Double(3), k: new Int32(3) },
      { _id: new Int32(4), x: new Double(4), k: new Int32(4) },
    ]);
    expect(field(docs[2], '_id')).toBeInstanceOf(Double);
  });
});
