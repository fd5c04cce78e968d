import type { ChangeStreamDocument } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { field, indexSummary, serverError, useClient, type Keyed } from './client.js';

describe('renameCollection and collMod through the official driver', () => {
  const { client, db } = useClient('ddl');

  // renameCollection (https://www.mongodb.com/docs/manual/reference/command/renameCollection/):
  // documents and indexes move; an existing target needs dropTarget (NamespaceExists, 48);
  // a stream on the old name sees a rename event, then invalidate
  // (https://www.mongodb.com/docs/manual/reference/change-events/rename/).
  it('should rename a collection with its documents and indexes, and tell its watchers', async () => {
    const database = db();
    const coll = database.collection<Keyed>('before');
    await coll.insertMany([{ _id: 1 }, { _id: 2 }]);
    await coll.createIndex({ a: 1 }, { name: 'a_1' });
    const stream = coll.watch([], { maxAwaitTimeMS: 500 });
    try {
      await stream.tryNext();
      const renamed = await coll.rename('after');
      expect(await renamed.countDocuments()).toBe(2);
      expect((await indexSummary(renamed)).map(([name]) => name)).toEqual(['_id_', 'a_1']);
      const names = (await database.listCollections().toArray()).map((c) => c.name);
      expect(names).toEqual(['after']);
      const rename: ChangeStreamDocument = await stream.next();
      expect(rename).toMatchObject({
        operationType: 'rename',
        ns: { db: database.databaseName, coll: 'before' },
        to: { db: database.databaseName, coll: 'after' },
      });
      expect((await stream.next()).operationType).toBe('invalidate');
    } finally {
      await stream.close();
    }
    await database.collection<Keyed>('other').insertOne({ _id: 9 });
    const exists = await serverError(() => database.collection('other').rename('after'));
    expect(exists.code).toBe(48);
    const dropped = await database.collection('other').rename('after', { dropTarget: true });
    expect(await dropped.find().toArray()).toEqual([{ _id: 9 }]);
    const missing = await serverError(() =>
      client()
        .db('admin')
        .command({
          renameCollection: `${database.databaseName}.nope`,
          to: `${database.databaseName}.x`,
        }),
    );
    expect(missing.code).toBe(26);
  });

  // collMod (https://www.mongodb.com/docs/manual/reference/command/collMod/): change a TTL
  // index's expireAfterSeconds, hide an index, turn on pre- and post-images.
  it('should change expireAfterSeconds, hide an index and record pre-images', async () => {
    const database = db();
    const coll = database.collection<Keyed>('modded');
    await coll.createIndex({ at: 1 }, { expireAfterSeconds: 60, name: 'at_1' });
    const ttl = await database.command({
      collMod: 'modded',
      index: { name: 'at_1', expireAfterSeconds: 120 },
    });
    expect(ttl).toMatchObject({ expireAfterSeconds_old: 60, expireAfterSeconds_new: 120 });
    const hidden = await database.command({
      collMod: 'modded',
      index: { keyPattern: { at: 1 }, hidden: true },
    });
    expect(hidden).toMatchObject({ hidden_old: false, hidden_new: true });
    const indexes: unknown[] = await coll.listIndexes().toArray();
    expect(indexes.find((i) => field(i, 'name') === 'at_1')).toMatchObject({
      expireAfterSeconds: 120,
      hidden: true,
    });
    await database.command({ collMod: 'modded', changeStreamPreAndPostImages: { enabled: true } });
    const [info] = await database.listCollections({ name: 'modded' }).toArray();
    expect(info).toMatchObject({ options: { changeStreamPreAndPostImages: { enabled: true } } });
  });
});
