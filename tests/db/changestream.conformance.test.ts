import type { ChangeStream, ChangeStreamDocument, Document } from 'mongodb';
import { describe, expect, it } from 'vitest';
import {
  changedId,
  changedNs,
  documentedOrRefused,
  serverError,
  useClient,
  type Keyed,
} from './client.js';

/** Waits for the next change, failing the test instead of hanging forever. */
async function nextChange<T extends Document>(
  stream: ChangeStream<T>,
): Promise<ChangeStreamDocument<T>> {
  return stream.next();
}

describe('change streams through the official driver', () => {
  const { client, db } = useClient('changes');

  it('should report insert, update, replace and delete events with their details', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertOne({ _id: 0 });
    const stream = coll.watch([], { fullDocument: 'updateLookup', maxAwaitTimeMS: 500 });
    try {
      await stream.tryNext();
      await coll.insertOne({ _id: 1, a: 1, b: 1 });
      await coll.updateOne({ _id: 1 }, { $set: { a: 2, 'c.d': 3 }, $unset: { b: '' } });
      const insert = await nextChange(stream);
      expect(insert).toMatchObject({
        operationType: 'insert',
        documentKey: { _id: 1 },
        fullDocument: { _id: 1, a: 1, b: 1 },
      });
      expect(changedNs(insert)).toEqual({ db: coll.dbName, coll: 'items' });
      const update = await nextChange(stream);
      expect(update.operationType).toBe('update');
      if (update.operationType !== 'update') throw new Error('expected an update');
      expect(update.updateDescription.updatedFields).toEqual({ a: 2, c: { d: 3 } });
      expect(update.updateDescription.removedFields).toEqual(['b']);
      expect(update.fullDocument).toEqual({ _id: 1, a: 2, c: { d: 3 } });
      await coll.replaceOne({ _id: 1 }, { z: 1 });
      await coll.deleteOne({ _id: 1 });
      const replace = await nextChange(stream);
      expect(replace).toMatchObject({ operationType: 'replace', fullDocument: { _id: 1, z: 1 } });
      const remove = await nextChange(stream);
      expect(remove).toMatchObject({ operationType: 'delete', documentKey: { _id: 1 } });
    } finally {
      await stream.close();
    }
  });

  it('should report array appends by index and pre-images when the collection records them', async () => {
    const database = db();
    const coll = await database.createCollection<{ _id: number; tags: string[]; n: number }>(
      'tracked',
      {
        changeStreamPreAndPostImages: { enabled: true },
      },
    );
    await coll.insertOne({ _id: 1, tags: ['a', 'b'], n: 1 });
    const stream = coll.watch([], {
      fullDocumentBeforeChange: 'whenAvailable',
      maxAwaitTimeMS: 500,
    });
    try {
      await stream.tryNext();
      await coll.updateOne({ _id: 1 }, { $push: { tags: 'c' }, $inc: { n: 1 } });
      const change = await nextChange(stream);
      if (change.operationType !== 'update')
        throw new Error(`expected an update, got ${change.operationType}`);
      expect(change.updateDescription.updatedFields).toEqual({ 'tags.2': 'c', n: 2 });
      expect(change.fullDocumentBeforeChange).toEqual({ _id: 1, tags: ['a', 'b'], n: 1 });
      await coll.deleteOne({ _id: 1 });
      const removal = await nextChange(stream);
      expect(removal).toMatchObject({
        operationType: 'delete',
        fullDocumentBeforeChange: { _id: 1, n: 2 },
      });
    } finally {
      await stream.close();
    }
  });

  it('should deliver an event to a waiting cursor as soon as the write happens', async () => {
    const coll = db().collection<Keyed>('items');
    const stream = coll.watch([], { maxAwaitTimeMS: 20_000 });
    try {
      await stream.tryNext();
      const pending = nextChange(stream);
      await coll.insertOne({ _id: 'now' });
      expect(await pending).toMatchObject({ operationType: 'insert', documentKey: { _id: 'now' } });
    } finally {
      await stream.close();
    }
  });

  it('should resume after a token and deliver only later events', async () => {
    const coll = db().collection<Keyed>('items');
    const stream = coll.watch([], { maxAwaitTimeMS: 500 });
    await stream.tryNext();
    await coll.insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3 }]);
    const first = await nextChange(stream);
    await stream.close();
    const resumed = coll.watch([], { resumeAfter: first._id, maxAwaitTimeMS: 500 });
    try {
      const ids = [changedId(await nextChange(resumed)), changedId(await nextChange(resumed))];
      expect(ids).toEqual([2, 3]);
    } finally {
      await resumed.close();
    }
    const started = coll.watch([], { startAfter: first._id, maxAwaitTimeMS: 500 });
    try {
      expect(changedId(await nextChange(started))).toBe(2);
    } finally {
      await started.close();
    }
  });

  it('should resume from the post-batch token even when no event was returned', async () => {
    const coll = db().collection<Keyed>('items');
    const stream = coll.watch([], { maxAwaitTimeMS: 100 });
    await stream.tryNext();
    const token = stream.resumeToken;
    await stream.close();
    await coll.insertOne({ _id: 'later' });
    const resumed = coll.watch([], { resumeAfter: token, maxAwaitTimeMS: 500 });
    try {
      expect(await nextChange(resumed)).toMatchObject({
        operationType: 'insert',
        documentKey: { _id: 'later' },
      });
    } finally {
      await resumed.close();
    }
  });

  it('should watch the whole deployment when watching the client', async () => {
    const database = db();
    const stream = client().watch([{ $match: { 'ns.db': database.databaseName } }], {
      maxAwaitTimeMS: 500,
    });
    try {
      await stream.tryNext();
      await database.collection<Keyed>('anywhere').insertOne({ _id: 'c' });
      const change = await nextChange(stream);
      expect(changedNs(change)).toEqual({ db: database.databaseName, coll: 'anywhere' });
      expect(changedId(change)).toBe('c');
    } finally {
      await stream.close();
    }
  });

  it('should watch every collection of a database and apply a $match stage', async () => {
    const database = db();
    const stream = database.watch([{ $match: { operationType: 'insert' } }], {
      maxAwaitTimeMS: 500,
    });
    try {
      await stream.tryNext();
      await database.collection<Keyed>('one').insertOne({ _id: 1 });
      await database.collection<Keyed>('one').deleteOne({ _id: 1 });
      await database.collection<Keyed>('two').insertOne({ _id: 2 });
      const a = await nextChange(stream);
      const b = await nextChange(stream);
      expect([a, b].map(changedNs)).toEqual([
        { db: database.databaseName, coll: 'one' },
        { db: database.databaseName, coll: 'two' },
      ]);
    } finally {
      await stream.close();
    }
  });

  // "updateLookup: ... the most current majority-committed version of the updated document",
  // also for events replayed after resumeAfter
  // (https://www.mongodb.com/docs/manual/changeStreams/#lookup-full-document-for-update-operations).
  it('should look up the current document for updates replayed by a resumed stream', async () => {
    const coll = db().collection<{ _id: number; n: number }>('items');
    const stream = coll.watch([], { maxAwaitTimeMS: 500 });
    await stream.tryNext();
    await coll.insertOne({ _id: 1, n: 0 });
    const inserted = await nextChange(stream);
    await stream.close();
    await coll.updateOne({ _id: 1 }, { $set: { n: 1 } });
    await coll.updateOne({ _id: 1 }, { $set: { n: 2 } });
    const resumed = coll.watch([], {
      resumeAfter: inserted._id,
      fullDocument: 'updateLookup',
      maxAwaitTimeMS: 500,
    });
    try {
      for (const _ of [1, 2]) {
        const change = await nextChange(resumed);
        if (change.operationType !== 'update') throw new Error('expected an update');
        expect(change.fullDocument).toEqual({ _id: 1, n: 2 });
      }
    } finally {
      await resumed.close();
    }
  });

  // "If you modify the _id field of a change stream event, ... the change stream fails"
  // with ChangeStreamFatalError (https://www.mongodb.com/docs/manual/changeStreams/#modify-change-stream-output).
  it('should fail with ChangeStreamFatalError (280) when the pipeline projects out _id', async () => {
    const coll = db().collection<Keyed>('items');
    const stream = coll.watch([{ $project: { _id: 0 } }], { maxAwaitTimeMS: 500 });
    try {
      await stream.tryNext();
      await coll.insertOne({ _id: 1 });
      const error = await serverError(() => nextChange(stream));
      expect(error.code).toBe(280);
    } finally {
      await stream.close();
    }
  });

  // Only $addFields, $match, $project, $replaceRoot, $replaceWith, $redact, $set and $unset may
  // follow $changeStream (https://www.mongodb.com/docs/manual/changeStreams/#modify-change-stream-output);
  // another stage is IllegalOperation (20), an unknown name 40324.
  it('should refuse a $group in a change stream (20) and an unknown stage (40324)', async () => {
    const coll = db().collection<Keyed>('items');
    const group = await serverError(async () => {
      const stream = coll.watch([{ $group: { _id: null } }]);
      try {
        await stream.tryNext();
      } finally {
        await stream.close();
      }
    });
    expect(group.code).toBe(20);
    const unknown = await serverError(async () => {
      const stream = coll.watch([{ $frobnicate: {} }]);
      try {
        await stream.tryNext();
      } finally {
        await stream.close();
      }
    });
    expect(unknown.code).toBe(40324);
  });

  // showExpandedEvents adds DDL events and updateDescription.disambiguatedPaths
  // (https://www.mongodb.com/docs/manual/reference/change-events/update/#path-disambiguation):
  // a dotted field name is reported with its path spelled out.
  it('should spell out ambiguous paths with showExpandedEvents, or refuse the option', async () => {
    const coll = db().collection<Keyed>('items');
    await coll.insertOne({ _id: 1, 'home.town': 'Oxford' });
    await documentedOrRefused(
      async () => {
        const stream = coll.watch([], { showExpandedEvents: true, maxAwaitTimeMS: 500 });
        await stream.tryNext();
        return stream;
      },
      async (stream) => {
        try {
          await coll.updateOne({ _id: 1 }, [
            {
              $replaceWith: { $setField: { field: 'home.town', input: '$$ROOT', value: 'London' } },
            },
          ]);
          const change = await nextChange(stream);
          if (change.operationType !== 'update') throw new Error('expected an update');
          expect(change.updateDescription.disambiguatedPaths).toEqual({
            'home.town': ['home.town'],
          });
        } finally {
          await stream.close();
        }
      },
    );
  });
});
