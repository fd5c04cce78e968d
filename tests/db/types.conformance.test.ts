import { Decimal128, Double, Int32, Long, type Document } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { documentedOrRefused, serverError, useClient, type Keyed } from './client.js';

/**
 * Result types of the arithmetic update operators, read back without promotion so Int32,
 * Long and Double stay distinguishable, and compared with toStrictEqual: toEqual ignores the
 * class, so it takes Int32(2) for Double(2) (both are `{ value: 2 }`). Expected values from MongoDB's manual:
 * - $mul, "Mixed Type" (https://www.mongodb.com/docs/manual/reference/operator/update/mul/):
 *   int × int is an int, or a long when it exceeds the int range; any long makes a long;
 *   any float makes a float; a missing field becomes 0 of the multiplier's type.
 * - $inc (https://www.mongodb.com/docs/manual/reference/operator/update/inc/): the same
 *   rules for addition; a missing field is set to the amount.
 * - $bit (https://www.mongodb.com/docs/manual/reference/operator/update/bit/): and/or/xor on
 *   int and long fields only ("13 and 10" is 8 in its example).
 * - $min / $max (https://www.mongodb.com/docs/manual/reference/operator/update/min/): the
 *   field takes the given value, with its type, only when that value is lower (higher).
 */
describe('numeric types of update operators through the official driver', () => {
  const { db } = useClient('types');

  const cases: Array<{ name: string; field: unknown; update: Document; expected: unknown }> = [
    {
      name: 'double 1.5 $mul int 2 is the double 3',
      field: new Double(1.5),
      update: { $mul: { v: new Int32(2) } },
      expected: new Double(3),
    },
    {
      name: 'int $mul int past the int range is a long',
      field: new Int32(65536),
      update: { $mul: { v: new Int32(65536) } },
      expected: Long.fromNumber(4294967296),
    },
    {
      name: 'int $mul long is a long',
      field: new Int32(3),
      update: { $mul: { v: Long.fromNumber(2) } },
      expected: Long.fromNumber(6),
    },
    {
      name: 'int $inc int past the int range is a long',
      field: new Int32(2147483647),
      update: { $inc: { v: new Int32(1) } },
      expected: Long.fromNumber(2147483648),
    },
    {
      name: 'int $inc an integral double is a double',
      field: new Int32(1),
      update: { $inc: { v: new Double(2) } },
      expected: new Double(3),
    },
    {
      name: 'long $inc int is a long',
      field: Long.fromNumber(1),
      update: { $inc: { v: new Int32(1) } },
      expected: Long.fromNumber(2),
    },
    {
      name: 'double $inc double stays a double when the sum is integral',
      field: new Double(0.5),
      update: { $inc: { v: new Double(0.5) } },
      expected: new Double(1),
    },
    {
      name: 'int 13 $bit and int 10 is the int 8',
      field: new Int32(13),
      update: { $bit: { v: { and: new Int32(10) } } },
      expected: new Int32(8),
    },
    {
      name: 'long $bit or int is a long, beyond 32 bits',
      field: Long.fromNumber(2 ** 40 + 5),
      update: { $bit: { v: { or: new Int32(2) } } },
      expected: Long.fromNumber(2 ** 40 + 7),
    },
    {
      name: 'int $bit xor long is a long',
      field: new Int32(6),
      update: { $bit: { v: { xor: Long.fromNumber(3) } } },
      expected: Long.fromNumber(5),
    },
    {
      name: '$min keeps the lower given value with its type',
      field: new Int32(5),
      update: { $min: { v: new Double(2) } },
      expected: new Double(2),
    },
    {
      name: '$max leaves a higher long untouched',
      field: Long.fromNumber(5),
      update: { $max: { v: new Int32(3) } },
      expected: Long.fromNumber(5),
    },
  ];

  it.each(cases)('should store $name', async ({ field, update, expected }) => {
    const coll = db().collection<Keyed>('n');
    await coll.insertOne({ _id: 1, v: field });
    await coll.updateOne({ _id: 1 }, update);
    const doc = await coll.findOne({ _id: 1 }, { promoteValues: false });
    expect(doc?.v).toStrictEqual(expected);
  });

  it.each([
    { op: '$mul', arg: Long.fromNumber(5), expected: Long.fromNumber(0) },
    { op: '$mul', arg: new Double(2), expected: new Double(0) },
    { op: '$inc', arg: Long.fromNumber(7), expected: Long.fromNumber(7) },
    { op: '$inc', arg: new Double(7), expected: new Double(7) },
  ])(
    'should create a missing field as the $op argument type ($arg)',
    async ({ op, arg, expected }) => {
      const coll = db().collection<Keyed>('n');
      await coll.insertOne({ _id: 1 });
      await coll.updateOne({ _id: 1 }, { [op]: { v: arg } });
      const doc = await coll.findOne({ _id: 1 }, { promoteValues: false });
      expect(doc?.v).toStrictEqual(expected);
    },
  );

  it('should refuse $bit on a double field with BadValue', async () => {
    const coll = db().collection<Keyed>('n');
    await coll.insertOne({ _id: 1, v: new Double(4) });
    const error = await serverError(() =>
      coll.updateOne({ _id: 1 }, { $bit: { v: { and: new Int32(1) } } }),
    );
    expect(error.code).toBe(2);
    const doc = await coll.findOne({ _id: 1 }, { promoteValues: false });
    expect(doc?.v).toStrictEqual(new Double(4));
  });

  it('should add decimals as decimals, or refuse to', async () => {
    const coll = db().collection<Keyed>('n');
    await coll.insertOne({ _id: 1, v: Decimal128.fromString('1.1') });
    await documentedOrRefused(
      () => coll.updateOne({ _id: 1 }, { $inc: { v: new Int32(1) } }),
      async () => {
        const doc = await coll.findOne({ _id: 1 }, { promoteValues: false });
        expect(doc?.v).toStrictEqual(Decimal128.fromString('2.1'));
      },
    );
  });

  // distinct answers the field's values (https://www.mongodb.com/docs/manual/reference/command/distinct/),
  // each with its BSON type.
  it('should answer distinct values with their types', async () => {
    const coll = db().collection<Keyed>('n');
    await coll.insertMany([
      { _id: 1, v: new Double(2) },
      { _id: 2, v: Long.fromNumber(3) },
      { _id: 3, v: new Int32(4) },
      { _id: 4, v: [new Double(5)] },
    ]);
    const values: unknown[] = await coll.distinct('v', {}, { promoteValues: false });
    const byValue = values.slice().sort((a, b) => Number(a) - Number(b));
    expect(byValue).toStrictEqual([new Double(2), Long.fromNumber(3), new Int32(4), new Double(5)]);
  });

  // $match and $sort pass documents through unchanged
  // (https://www.mongodb.com/docs/manual/reference/operator/aggregation/match/).
  it('should return stored doubles and longs with their types from a selecting aggregation', async () => {
    const coll = db().collection<Keyed>('n');
    await coll.insertMany([
      { _id: 1, d: new Double(2), l: Long.fromNumber(3) },
      { _id: 2, d: new Double(4), l: Long.fromNumber(5) },
    ]);
    const docs = await coll
      .aggregate([{ $match: { _id: { $gte: 1 } } }, { $sort: { _id: -1 } }], {
        promoteValues: false,
      })
      .toArray();
    expect(docs).toStrictEqual([
      { _id: new Int32(2), d: new Double(4), l: Long.fromNumber(5) },
      { _id: new Int32(1), d: new Double(2), l: Long.fromNumber(3) },
    ]);
  });
});

/**
 * Array update operators keep each element's BSON type
 * (https://www.mongodb.com/docs/manual/reference/bson-types/): `$push` and `$addToSet` append
 * the given values as they are (https://www.mongodb.com/docs/manual/reference/operator/update/push/,
 * https://www.mongodb.com/docs/manual/reference/operator/update/addToSet/), `$pull` and `$pop`
 * remove elements and leave the others alone
 * (https://www.mongodb.com/docs/manual/reference/operator/update/pull/,
 * https://www.mongodb.com/docs/manual/reference/operator/update/pop/), `$[]` and `$` apply
 * the operator to the elements they select
 * (https://www.mongodb.com/docs/manual/reference/operator/update/positional-all/), `$inc`
 * there with the result-type rules of `$inc`.
 */
describe('numeric types of array elements under update operators through the official driver', () => {
  const { db } = useClient('arraytypes');

  const cases: Array<{ name: string; xs: unknown[]; update: Document; expected: unknown[] }> = [
    {
      name: '$push of an int keeps the doubles before it',
      xs: [new Double(1)],
      update: { $push: { xs: new Int32(2) } },
      expected: [new Double(1), new Int32(2)],
    },
    {
      name: '$push of a double appends a double',
      xs: [new Int32(1)],
      update: { $push: { xs: new Double(3) } },
      expected: [new Int32(1), new Double(3)],
    },
    {
      name: '$push $each appends each with its type',
      xs: [new Int32(1)],
      update: { $push: { xs: { $each: [new Double(3), Long.fromNumber(4)] } } },
      expected: [new Int32(1), new Double(3), Long.fromNumber(4)],
    },
    {
      name: '$addToSet of an int keeps the doubles before it',
      xs: [new Double(1)],
      update: { $addToSet: { xs: new Int32(2) } },
      expected: [new Double(1), new Int32(2)],
    },
    {
      name: '$addToSet of a double adds a double',
      xs: [new Int32(1)],
      update: { $addToSet: { xs: new Double(3) } },
      expected: [new Int32(1), new Double(3)],
    },
    // $addToSet $each adds only the values not yet in the array (nor added before them), and
    // numbers compare by value across types: Double 3 equals the Int32 3 already there
    // (https://www.mongodb.com/docs/manual/reference/operator/update/addToSet/#-each-modifier,
    // https://www.mongodb.com/docs/manual/reference/bson-type-comparison-order/#numeric-types).
    {
      name: '$addToSet $each types the added values by value, skipping one equal to an element',
      xs: [new Int32(3)],
      update: { $addToSet: { xs: { $each: [new Double(3), new Int32(5)] } } },
      expected: [new Int32(3), new Int32(5)],
    },
    {
      name: '$addToSet $each types the added values by value, skipping a repeated value',
      xs: [],
      update: { $addToSet: { xs: { $each: [new Int32(7), new Int32(7), new Double(8)] } } },
      expected: [new Int32(7), new Double(8)],
    },
    {
      name: '$pull leaves the other elements their types',
      xs: [new Int32(1), new Double(2), Long.fromNumber(3)],
      update: { $pull: { xs: new Int32(1) } },
      expected: [new Double(2), Long.fromNumber(3)],
    },
    {
      name: '$pop of the first element leaves the double',
      xs: [new Int32(1), new Double(2)],
      update: { $pop: { xs: -1 } },
      expected: [new Double(2)],
    },
    {
      name: '$set through $[] of a double sets doubles',
      xs: [new Int32(1), new Double(2)],
      update: { $set: { 'xs.$[]': new Double(5) } },
      expected: [new Double(5), new Double(5)],
    },
    {
      name: '$inc through $[] by an int keeps each element type',
      xs: [new Int32(1), new Double(2)],
      update: { $inc: { 'xs.$[]': new Int32(1) } },
      expected: [new Int32(2), new Double(3)],
    },
    {
      name: '$inc through $[] by a double makes doubles',
      xs: [new Int32(1), Long.fromNumber(2)],
      update: { $inc: { 'xs.$[]': new Double(1) } },
      expected: [new Double(2), new Double(3)],
    },
  ];

  it.each(cases)('should store $name', async ({ xs, update, expected }) => {
    const coll = db().collection<Keyed>('a');
    await coll.insertOne({ _id: 1, xs });
    await coll.updateOne({ _id: 1 }, update);
    const doc = await coll.findOne({ _id: 1 }, { promoteValues: false });
    expect(doc?.xs).toStrictEqual(expected);
  });

  it('should set the element the query matched through $ with the given type', async () => {
    const coll = db().collection<Keyed>('a');
    await coll.insertOne({ _id: 1, xs: [new Int32(1), new Double(2)] });
    await coll.updateOne({ _id: 1, xs: new Int32(1) }, { $set: { 'xs.$': new Double(9) } });
    const doc = await coll.findOne({ _id: 1 }, { promoteValues: false });
    expect(doc?.xs).toStrictEqual([new Double(9), new Double(2)]);
  });
});
