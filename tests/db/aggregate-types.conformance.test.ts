import { Double, Int32, Long, type Document } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { documentedOrRefused, useClient, type Keyed } from './client.js';

/**
 * Result types of aggregation arithmetic, read back without promotion (Int32, Long and Double
 * stay distinguishable) and checked with `$type` in the same pipeline. Expected types from
 * MongoDB's manual, https://www.mongodb.com/docs/manual/reference/operator/aggregation/<op>/:
 * - $add, $subtract, $multiply: the widest input type (int < long < double); "a 32-bit
 *   integer will be converted to a 64-bit integer if the result is representable as a 64-bit
 *   integer" (the Behavior sections of subtract/, sum/, pow/); date − date is milliseconds.
 * - $divide: "returns the result" of a division, a double (1 / 1 is the double 1).
 * - $avg (accumulator and expression): "The default return type is a double"; null when no
 *   input is numeric.
 * - $sum: the larger input type, promoted past its range (int → long → double); non-numeric
 *   values ignored, none at all is 0.
 * - $stdDevPop / $stdDevSamp: doubles; $stdDevSamp of one value is null.
 * - $mod: the larger of the two input types (an int divisor here, so 7.0 and 7.2+ agree).
 * - $abs, $ceil, $floor, $round, $trunc: "a rounded number of the same type" (SERVER-19548).
 * - $sqrt, $exp, $ln, $log, $log10: doubles.
 * - $pow: "the same type as the input except when it cannot be represented accurately in
 *   that type": int → long → double; a negative exponent gives a fraction, a double.
 */
describe('result types of aggregation arithmetic through the official driver', () => {
  const { db } = useClient('aggtypes');

  const row = {
    _id: 1,
    i: new Int32(6),
    j: new Int32(3),
    big: new Int32(2147483647),
    l: Long.fromNumber(10),
    d: new Double(2),
    half: new Double(0.5),
    neg: new Int32(-7),
    at: new Date('2024-01-01T00:00:00Z'),
    later: new Date('2024-01-01T00:00:01Z'),
  };

  /** Evaluates `expr` on `row`; returns the raw value and its `$type`. */
  async function typeOf(expr: unknown): Promise<{ value: unknown; type: unknown }> {
    const coll = db().collection<Keyed>('row');
    await coll.insertOne({ ...row });
    const [doc] = await coll
      .aggregate([{ $project: { _id: 0, v: expr } }, { $addFields: { t: { $type: '$v' } } }], {
        promoteValues: false,
      })
      .toArray();
    return { value: doc?.v, type: doc?.t };
  }

  const cases: Array<{ name: string; expr: unknown; type: string; value: unknown }> = [
    {
      name: '$divide of two ints',
      expr: { $divide: [6, 3] },
      type: 'double',
      value: new Double(2),
    },
    {
      name: '$divide of fields',
      expr: { $divide: ['$i', '$j'] },
      type: 'double',
      value: new Double(2),
    },
    { name: '$add int + int', expr: { $add: ['$i', '$j'] }, type: 'int', value: new Int32(9) },
    {
      name: '$add int + int past int32 is a long',
      expr: { $add: ['$big', 1] },
      type: 'long',
      value: Long.fromNumber(2147483648),
    },
    {
      name: '$add int + long',
      expr: { $add: ['$i', '$l'] },
      type: 'long',
      value: Long.fromNumber(16),
    },
    {
      name: '$add int + integral double',
      expr: { $add: ['$i', '$d'] },
      type: 'double',
      value: new Double(8),
    },
    {
      name: '$add double literal',
      expr: { $add: [1, new Double(1)] },
      type: 'double',
      value: new Double(2),
    },
    {
      name: '$subtract long − int',
      expr: { $subtract: ['$l', '$j'] },
      type: 'long',
      value: Long.fromNumber(7),
    },
    {
      name: '$subtract date − date is a long',
      expr: { $subtract: ['$later', '$at'] },
      type: 'long',
      value: Long.fromNumber(1000),
    },
    {
      name: '$multiply int × int past int32 is a long',
      expr: { $multiply: ['$big', 2] },
      type: 'long',
      value: Long.fromNumber(4294967294),
    },
    {
      name: '$multiply double × int',
      expr: { $multiply: ['$half', 4] },
      type: 'double',
      value: new Double(2),
    },
    { name: '$mod int % int', expr: { $mod: ['$i', 4] }, type: 'int', value: new Int32(2) },
    { name: '$mod long % int', expr: { $mod: ['$l', 4] }, type: 'long', value: Long.fromNumber(2) },
    { name: '$abs int', expr: { $abs: '$neg' }, type: 'int', value: new Int32(7) },
    {
      name: '$abs double',
      expr: { $abs: { $multiply: ['$d', -1] } },
      type: 'double',
      value: new Double(2),
    },
    { name: '$ceil double', expr: { $ceil: '$half' }, type: 'double', value: new Double(1) },
    { name: '$floor int', expr: { $floor: '$i' }, type: 'int', value: new Int32(6) },
    { name: '$round long', expr: { $round: ['$l', 0] }, type: 'long', value: Long.fromNumber(10) },
    { name: '$trunc double', expr: { $trunc: ['$d', 0] }, type: 'double', value: new Double(2) },
    { name: '$sqrt int', expr: { $sqrt: 16 }, type: 'double', value: new Double(4) },
    { name: '$exp int', expr: { $exp: 0 }, type: 'double', value: new Double(1) },
    { name: '$ln int', expr: { $ln: 1 }, type: 'double', value: new Double(0) },
    { name: '$log int', expr: { $log: [100, 10] }, type: 'double', value: new Double(2) },
    { name: '$log10 int', expr: { $log10: 1000 }, type: 'double', value: new Double(3) },
    { name: '$pow int ^ int', expr: { $pow: [5, 2] }, type: 'int', value: new Int32(25) },
    {
      name: '$pow int ^ int past int32 is a long',
      expr: { $pow: [2, 40] },
      type: 'long',
      value: Long.fromNumber(2 ** 40),
    },
    {
      name: '$pow int ^ negative int',
      expr: { $pow: [5, -2] },
      type: 'double',
      value: new Double(0.04),
    },
    { name: '$pow double ^ int', expr: { $pow: ['$d', 3] }, type: 'double', value: new Double(8) },
    {
      name: '$avg of ints (expression)',
      expr: { $avg: ['$i', '$j', 3] },
      type: 'double',
      value: new Double(4),
    },
    { name: '$avg of nothing numeric', expr: { $avg: ['$missing'] }, type: 'null', value: null },
    {
      name: '$sum of ints (expression)',
      expr: { $sum: ['$i', '$j'] },
      type: 'int',
      value: new Int32(9),
    },
    {
      name: '$sum past int32 (expression)',
      expr: { $sum: ['$big', '$big'] },
      type: 'long',
      value: Long.fromNumber(4294967294),
    },
    {
      name: '$sum with a long',
      expr: { $sum: ['$i', '$l'] },
      type: 'long',
      value: Long.fromNumber(16),
    },
    {
      name: 'nested: int + ($divide → double)',
      expr: { $add: [1, { $divide: ['$i', '$j'] }] },
      type: 'double',
      value: new Double(3),
    },
    {
      name: '$cond picks a branch with its type',
      expr: { $cond: [{ $gt: ['$i', 1] }, '$d', '$i'] },
      type: 'double',
      value: new Double(2),
    },
    { name: 'a double field passes through', expr: '$d', type: 'double', value: new Double(2) },
  ];

  for (const c of cases) {
    it(`should type ${c.name} as ${c.type}`, async () => {
      const { value, type } = await typeOf(c.expr);
      expect(type).toBe(c.type);
      expect(value).toStrictEqual(c.value);
    });
  }

  it('should type the group accumulators $avg $sum $stdDevPop $stdDevSamp $min $max $push', async () => {
    const coll = db().collection<Keyed>('g');
    await coll.insertMany([
      { _id: 1, k: 'a', n: new Int32(2), x: new Double(1), big: new Int32(2147483647) },
      { _id: 2, k: 'a', n: new Int32(4), x: new Double(3), big: new Int32(2147483647) },
      { _id: 3, k: 'b', n: new Int32(5), x: new Double(5), big: new Int32(1), s: 'text' },
    ]);
    const docs = await coll
      .aggregate(
        [
          {
            $group: {
              _id: '$k',
              avg: { $avg: '$n' },
              sum: { $sum: '$n' },
              sumBig: { $sum: '$big' },
              sumX: { $sum: '$x' },
              sumText: { $sum: '$s' },
              pop: { $stdDevPop: '$n' },
              samp: { $stdDevSamp: '$n' },
              min: { $min: '$x' },
              max: { $max: '$n' },
              xs: { $push: '$x' },
              count: { $sum: 1 },
            },
          },
          { $sort: { _id: 1 } },
          {
            $addFields: {
              types: {
                avg: { $type: '$avg' },
                sum: { $type: '$sum' },
                sumBig: { $type: '$sumBig' },
                sumX: { $type: '$sumX' },
                sumText: { $type: '$sumText' },
                pop: { $type: '$pop' },
                samp: { $type: '$samp' },
                min: { $type: '$min' },
                max: { $type: '$max' },
                count: { $type: '$count' },
              },
            },
          },
        ],
        { promoteValues: false },
      )
      .toArray();
    expect(docs).toStrictEqual([
      {
        _id: 'a',
        avg: new Double(3),
        sum: new Int32(6),
        sumBig: Long.fromNumber(4294967294),
        sumX: new Double(4),
        sumText: new Int32(0),
        pop: new Double(1),
        samp: new Double(Math.SQRT2),
        min: new Double(1),
        max: new Int32(4),
        xs: [new Double(1), new Double(3)],
        count: new Int32(2),
        types: {
          avg: 'double',
          sum: 'int',
          sumBig: 'long',
          sumX: 'double',
          sumText: 'int',
          pop: 'double',
          samp: 'double',
          min: 'double',
          max: 'int',
          count: 'int',
        },
      },
      {
        _id: 'b',
        avg: new Double(5),
        sum: new Int32(5),
        sumBig: new Int32(1),
        sumX: new Double(5),
        sumText: new Int32(0),
        pop: new Double(0),
        samp: null,
        min: new Double(5),
        max: new Int32(5),
        xs: [new Double(5)],
        count: new Int32(1),
        types: {
          avg: 'double',
          sum: 'int',
          sumBig: 'int',
          sumX: 'double',
          sumText: 'int',
          pop: 'double',
          samp: 'null',
          min: 'double',
          max: 'int',
          count: 'int',
        },
      },
    ]);
  });

  it('should keep computed types through $set, a later $group and $out', async () => {
    const database = db();
    const coll = database.collection<Keyed>('chain');
    await coll.insertMany([
      { _id: 1, a: new Int32(6), b: new Int32(3) },
      { _id: 2, a: new Int32(8), b: new Int32(4) },
    ]);
    const pipeline: Document[] = [
      { $set: { q: { $divide: ['$a', '$b'] } } },
      { $group: { _id: null, total: { $sum: '$q' }, first: { $first: '$q' } } },
    ];
    const [doc] = await coll.aggregate(pipeline, { promoteValues: false }).toArray();
    expect(doc).toStrictEqual({ _id: null, total: new Double(4), first: new Double(2) });
    await coll.aggregate([...pipeline, { $out: 'summary' }]).toArray();
    const stored = await database.collection('summary').findOne({}, { promoteValues: false });
    expect(stored).toStrictEqual({ _id: null, total: new Double(4), first: new Double(2) });
  });

  it('should answer a typed operator it cannot follow with NotImplemented, or as documented', async () => {
    const coll = db().collection<Keyed>('opaque');
    await coll.insertOne({ _id: 1, xs: [new Int32(1), new Int32(2)], d: new Double(2) });
    const typeOfV = { $addFields: { t: { $type: '$v' } } };
    // $reduce with $add: the int 3; the engine does not follow $reduce's types.
    const reduce = {
      $reduce: { input: '$xs', initialValue: 0, in: { $add: ['$$value', '$$this'] } },
    };
    const outcome = await documentedOrRefused(
      () => coll.aggregate([{ $project: { _id: 0, v: reduce } }, typeOfV]).toArray(),
      (docs) => expect(docs).toStrictEqual([{ v: 3, t: 'int' }]),
    );
    expect(['documented', 'refused']).toContain(outcome);
    // A double passing through an operator the engine does not follow keeps its type.
    const element = { $arrayElemAt: [['$d'], 0] };
    const passed = await documentedOrRefused(
      () => coll.aggregate([{ $project: { _id: 0, v: element } }, typeOfV]).toArray(),
      (docs) => expect(docs).toStrictEqual([{ v: 2, t: 'double' }]),
    );
    expect(['documented', 'refused']).toContain(passed);
    // $lookup of a collection holding a Double: the joined value keeps its type.
    const joined = await documentedOrRefused(
      () =>
        coll
          .aggregate([
            { $lookup: { from: 'opaque', localField: '_id', foreignField: '_id', as: 'same' } },
            { $project: { _id: 0, v: { $first: '$same.d' } } },
            typeOfV,
          ])
          .toArray(),
      (docs) => expect(docs).toStrictEqual([{ v: 2, t: 'double' }]),
    );
    expect(['documented', 'refused']).toContain(joined);
  });

  it('should recognise a refusal read without promotion (the code arrives as an Int32)', async () => {
    const coll = db().collection<Keyed>('facet');
    await coll.insertOne({ _id: 1 });
    // $facet runs its sub-pipelines on the same input
    // (https://www.mongodb.com/docs/manual/reference/operator/aggregation/facet/); $divide
    // gives a double (.../aggregation/divide/). The engine refuses typed operators in $facet.
    const facet = { $facet: { a: [{ $project: { v: { $divide: [6, 3] } } }] } };
    const outcome = await documentedOrRefused(
      () => coll.aggregate([facet], { promoteValues: false }).toArray(),
      (docs) => expect(docs).toStrictEqual([{ a: [{ _id: new Int32(1), v: new Double(2) }] }]),
    );
    expect(['documented', 'refused']).toContain(outcome);
  });

  it('should take $trunc and $round with a single operand (place 0)', async () => {
    const coll = db().collection<Keyed>('rounding');
    await coll.insertOne({ _id: 1, x: new Double(7.8), h: new Double(2.5), i: new Int32(7) });
    // { $trunc: <number> } (https://www.mongodb.com/docs/v4.0/reference/operator/aggregation/trunc/,
    // still accepted: "If operator accepts a single argument, you can omit the outer array",
    // https://www.mongodb.com/docs/manual/reference/aggregation-pipeline-operators/); <place>
    // "Defaults to 0" (.../aggregation/trunc/, .../aggregation/round/); $round "rounds to the
    // nearest even value" on a 5; the result keeps the input's type.
    const project = {
      _id: 0,
      t: { $trunc: '$x' },
      neg: { $trunc: -2.3 },
      r: { $round: '$h' },
      r1: { $round: ['$x'] },
      ti: { $trunc: '$i' },
    };
    const [doc] = await coll.aggregate([{ $project: project }], { promoteValues: false }).toArray();
    expect(doc).toStrictEqual({
      t: new Double(7),
      neg: new Double(-2),
      r: new Double(2),
      r1: new Double(8),
      ti: new Int32(7),
    });
    // The same forms in $expr, a find projection and an update pipeline.
    const found = await coll
      .find(
        { $expr: { $eq: [{ $trunc: '$x' }, 7] } },
        { projection: { _id: 0, r: { $round: '$h' } } },
      )
      .toArray();
    expect(found).toEqual([{ r: 2 }]);
    await coll.updateOne({ _id: 1 }, [{ $set: { x: { $trunc: '$x' } } }]);
    const stored = await coll.findOne({ _id: 1 }, { promoteValues: false });
    expect(stored?.x).toStrictEqual(new Double(7));
  });
});
