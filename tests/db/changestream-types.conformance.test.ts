import { Double, Int32, Long, type Document } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { field, useClient, type Keyed } from './client.js';

/**
 * Change-stream pipelines may reshape events with `$addFields`, `$match`, `$project`,
 * `$replaceRoot`, `$replaceWith`, `$redact`, `$set` and `$unset`
 * (https://www.mongodb.com/docs/manual/changeStreams/#modify-change-stream-output), and every
 * stage compares numbers by value whatever their BSON type: the double 2 and the long 5 are
 * both `$gte: 2` (https://www.mongodb.com/docs/manual/reference/bson-type-comparison-order/).
 * A field an event carries keeps its BSON type through the stages
 * (https://www.mongodb.com/docs/manual/reference/bson-types/): read without promotion, the
 * double 2 is a Double and the long 5 a Long.
 */
describe('change-stream stages over Double and Long values through the official driver', () => {
  const { db } = useClient('cstypes');

  const docs: Keyed[] = [
    { _id: 1, x: new Double(2) },
    { _id: 2, x: Long.fromNumber(5) },
    { _id: 3, x: new Int32(1) },
    { _id: 4, x: new Int32(3) },
    { _id: 5, x: new Double(1) },
  ];

  /** Inserts `docs` under a stream with `pipeline`; the first `n` events, unpromoted. */
  async function eventsThrough(pipeline: Document[], n: number): Promise<Document[]> {
    const coll = db().collection<Keyed>('events');
    await coll.insertOne({ _id: 0 });
    const stream = coll.watch<Keyed, Document>(pipeline, {
      maxAwaitTimeMS: 300,
      promoteValues: false,
    });
    try {
      await stream.tryNext();
      await coll.insertMany(docs);
      // Bounded: a missed event shows up as a short list, not as a hung test.
      const got: Document[] = [];
      for (let polls = 0; got.length < n && polls < 20; polls++) {
        const change = await stream.tryNext();
        if (change) got.push(change);
      }
      return got;
    } finally {
      await stream.close();
    }
  }

  /** The `_id` of each event's inserted document, as a plain number. */
  const idsOf = (events: Document[], at: (e: Document) => unknown): number[] =>
    events.map((e) => Number(field(at(e), '_id')));
  const fullDocument = (e: Document): unknown => field(e, 'fullDocument');

  it.each([
    {
      name: '$addFields then $match on the computed flag',
      pipeline: [
        { $addFields: { big: { $gte: ['$fullDocument.x', 2] } } },
        { $match: { big: true } },
      ],
    },
    {
      name: '$set then $match on a copied field',
      pipeline: [{ $set: { copy: '$fullDocument.x' } }, { $match: { copy: { $gte: 2 } } }],
    },
    {
      name: '$project then $match',
      pipeline: [
        { $project: { fullDocument: 1, operationType: 1 } },
        { $match: { 'fullDocument.x': { $gte: 2 } } },
      ],
    },
    {
      name: '$unset then $match',
      pipeline: [{ $unset: 'ns' }, { $match: { 'fullDocument.x': { $gte: 2 } } }],
    },
    {
      name: '$redact by a comparison',
      pipeline: [
        {
          $redact: {
            $cond: { if: { $gte: ['$fullDocument.x', 2] }, then: '$$KEEP', else: '$$PRUNE' },
          },
        },
      ],
    },
    {
      name: '$match with $expr after $addFields',
      pipeline: [
        { $addFields: { seen: true } },
        { $match: { $expr: { $gte: ['$fullDocument.x', 2] } } },
      ],
    },
  ])('should deliver the double 2, the long 5 and the int 3 for $name', async ({ pipeline }) => {
    const events = await eventsThrough(pipeline, 3);
    expect(idsOf(events, fullDocument)).toEqual([1, 2, 4]);
    const xs = events.map((e) => field(fullDocument(e), 'x'));
    expect(xs[0]).toBeInstanceOf(Double);
    expect(xs[1]).toBeInstanceOf(Long);
    expect(xs[2]).toBeInstanceOf(Int32);
  });

  it.each([
    {
      name: '$replaceRoot',
      pipeline: [
        { $replaceRoot: { newRoot: { _id: '$_id', doc: '$fullDocument' } } },
        { $match: { 'doc.x': { $gte: 2 } } },
      ],
    },
    {
      name: '$replaceWith',
      pipeline: [
        { $replaceWith: { _id: '$_id', doc: '$fullDocument' } },
        { $match: { 'doc.x': { $gte: 2 } } },
      ],
    },
  ])('should keep types and compare by value after $name', async ({ pipeline }) => {
    const events = await eventsThrough(pipeline, 3);
    const doc = (e: Document): unknown => field(e, 'doc');
    expect(idsOf(events, doc)).toEqual([1, 2, 4]);
    const xs = events.map((e) => field(doc(e), 'x'));
    expect(xs[0]).toBeInstanceOf(Double);
    expect(xs[1]).toBeInstanceOf(Long);
  });

  it('should compute with a Double in $addFields as aggregate does', async () => {
    // $add of a double is a double; of an int and a long, a long
    // (https://www.mongodb.com/docs/manual/reference/operator/aggregation/add/).
    const events = await eventsThrough(
      [
        { $addFields: { next: { $add: ['$fullDocument.x', 1] } } },
        { $match: { next: { $gte: 3 } } },
      ],
      3,
    );
    expect(idsOf(events, fullDocument)).toEqual([1, 2, 4]);
    const next = events.map((e) => field(e, 'next'));
    expect(next[0]).toEqual(new Double(3));
    expect(next[0]).toBeInstanceOf(Double);
    expect(next[1]).toBeInstanceOf(Long);
    expect(next[2]).toBeInstanceOf(Int32);
  });

  it('should compare and keep the types of pre-images after $addFields', async () => {
    // Pre-images need changeStreamPreAndPostImages on the collection
    // (https://www.mongodb.com/docs/manual/changeStreams/#change-streams-with-document-pre--and-post-images).
    const coll = await db().createCollection<Keyed>('before', {
      changeStreamPreAndPostImages: { enabled: true },
    });
    await coll.insertMany(docs);
    const stream = coll.watch<Keyed, Document>(
      [
        { $addFields: { was: '$fullDocumentBeforeChange.x' } },
        { $match: { operationType: 'update', was: { $gte: 2 } } },
      ],
      { fullDocumentBeforeChange: 'whenAvailable', maxAwaitTimeMS: 300, promoteValues: false },
    );
    try {
      await stream.tryNext();
      for (const id of [1, 2, 3, 4, 5]) await coll.updateOne({ _id: id }, { $set: { seen: true } });
      const got: Document[] = [];
      for (let polls = 0; got.length < 3 && polls < 20; polls++) {
        const change = await stream.tryNext();
        if (change) got.push(change);
      }
      expect(idsOf(got, (e) => field(e, 'fullDocumentBeforeChange'))).toEqual([1, 2, 4]);
      const was = got.map((e) => field(e, 'was'));
      expect(was).toStrictEqual([new Double(2), Long.fromNumber(5), new Int32(3)]);
    } finally {
      await stream.close();
    }
  });
});
