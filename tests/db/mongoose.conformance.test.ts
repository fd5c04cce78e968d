import mongoose, { Schema, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mongoUri, uniqueDbName } from '../support/mongo.js';

interface Incident {
  title: string;
  severity: number;
  tags: string[];
  owner?: mongoose.Types.ObjectId;
  slug: string;
  createdAt?: Date;
  updatedAt?: Date;
}

interface User {
  name: string;
}

describe('mongoose on the database', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = mongoose.createConnection(mongoUri(), {
      dbName: uniqueDbName('mongoose'),
      serverSelectionTimeoutMS: 10_000,
    });
    await conn.asPromise();
  });
  afterAll(async () => {
    await conn.dropDatabase();
    await conn.close();
  });

  const models = (): { Incident: mongoose.Model<Incident>; User: mongoose.Model<User> } => {
    const User =
      conn.models.User ??
      conn.model<User>('User', new Schema<User>({ name: { type: String, required: true } }));
    const Incident =
      conn.models.Incident ??
      conn.model<Incident>(
        'Incident',
        new Schema<Incident>(
          {
            title: { type: String, required: true },
            severity: { type: Number, min: 1, max: 4, default: 3 },
            tags: [String],
            owner: { type: Schema.Types.ObjectId, ref: 'User' },
            slug: { type: String, unique: true },
          },
          { timestamps: true },
        ),
      );
    return { Incident: Incident as mongoose.Model<Incident>, User: User as mongoose.Model<User> };
  };

  it('should create, read, update and delete documents with defaults and timestamps', async () => {
    const { Incident } = models();
    await Incident.init();
    const created = await Incident.create({ title: 'Outage', slug: 'outage', tags: ['api'] });
    expect(created.severity).toBe(3);
    expect(created.createdAt).toBeInstanceOf(Date);
    const found = await Incident.findById(created._id).lean();
    expect(found).toMatchObject({ title: 'Outage', severity: 3, tags: ['api'] });
    await Incident.updateOne(
      { _id: created._id },
      { $set: { severity: 1 }, $push: { tags: 'db' } },
    );
    const updated = await Incident.findOne({ slug: 'outage' }).lean();
    expect(updated).toMatchObject({ severity: 1, tags: ['api', 'db'] });
    expect(updated?.updatedAt?.getTime()).toBeGreaterThanOrEqual(created.createdAt?.getTime() ?? 0);
    await Incident.deleteOne({ _id: created._id });
    expect(await Incident.countDocuments()).toBe(0);
  });

  it('should report a duplicate key as code 11000 when a schema field is unique', async () => {
    const { Incident } = models();
    await Incident.init();
    await Incident.create({ title: 'A', slug: 'same' });
    const error: unknown = await Incident.create({ title: 'B', slug: 'same' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 11000, keyValue: { slug: 'same' } });
  });

  it('should populate references and paginate with sort, skip and limit', async () => {
    const { Incident, User } = models();
    const owner = await User.create({ name: 'Ada' });
    await Incident.insertMany(
      Array.from({ length: 5 }, (_, i) => ({
        title: `i${i}`,
        slug: `p${i}`,
        severity: (i % 4) + 1,
        owner: owner._id,
      })),
    );
    const page = await Incident.find({ slug: /^p/ })
      .sort({ severity: -1, slug: 1 })
      .skip(1)
      .limit(2)
      .populate<{ owner: User }>('owner')
      .lean();
    expect(page.map((p) => [p.slug, p.owner.name])).toEqual([
      ['p2', 'Ada'],
      ['p1', 'Ada'],
    ]);
  });

  it('should return the updated document from findOneAndUpdate with upsert', async () => {
    const { Incident } = models();
    const doc = await Incident.findOneAndUpdate(
      { slug: 'upserted' },
      { $set: { title: 'U' } },
      { upsert: true, new: true },
    ).lean();
    expect(doc).toMatchObject({ slug: 'upserted', title: 'U' });
  });

  it('should aggregate through a model', async () => {
    const { Incident } = models();
    await Incident.insertMany([
      { title: 'x', slug: 'agg1', severity: 2 },
      { title: 'y', slug: 'agg2', severity: 2 },
    ]);
    const result = await Incident.aggregate<{ _id: number; n: number }>([
      { $match: { slug: { $in: ['agg1', 'agg2'] } } },
      { $group: { _id: '$severity', n: { $sum: 1 } } },
    ]);
    expect(result).toEqual([{ _id: 2, n: 2 }]);
  });

  it('should deliver changes through Model.watch()', async () => {
    const { Incident } = models();
    const stream = Incident.watch([], { fullDocument: 'updateLookup', maxAwaitTimeMS: 500 });
    try {
      const change = new Promise<unknown>((resolve, reject) => {
        stream.once('change', resolve);
        stream.once('error', reject);
      });
      // Give the stream time to open its cursor before writing.
      await new Promise((resolve) => stream.once('resumeTokenChanged', resolve));
      await Incident.create({ title: 'Watched', slug: 'watched' });
      expect(await change).toMatchObject({
        operationType: 'insert',
        fullDocument: { title: 'Watched', slug: 'watched' },
      });
    } finally {
      await stream.close();
    }
  });
});
