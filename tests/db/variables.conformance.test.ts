import { describe, expect, it } from 'vitest';
import { useClient, type Keyed } from './client.js';

/**
 * `let` variables, referenced as `$$name` in `$expr` and in pipeline updates. Documented on each
 * command's page: find (https://www.mongodb.com/docs/manual/reference/command/find/), aggregate
 * (…/command/aggregate/), update (…/command/update/), delete (…/command/delete/) and
 * findAndModify (…/command/findAndModify/), each under "Use Variables in let".
 */
describe('let variables through the official driver', () => {
  const { db } = useClient('variables');

  const seeded = async () => {
    const coll = db().collection<Keyed>('flavors');
    await coll.insertMany([
      { _id: 1, flavor: 'chocolate' },
      { _id: 2, flavor: 'strawberry' },
      { _id: 3, flavor: 'cherry' },
    ]);
    return coll;
  };
  const isTarget = { $expr: { $eq: ['$flavor', '$$targetFlavor'] } };
  const vars = { targetFlavor: 'cherry' };

  it('should see let variables in a find filter', async () => {
    const coll = await seeded();
    expect(await coll.find(isTarget, { let: vars }).toArray()).toEqual([
      { _id: 3, flavor: 'cherry' },
    ]);
  });

  it('should see let variables in an aggregation $match and later stages', async () => {
    const coll = await seeded();
    const docs = await coll
      .aggregate([{ $match: isTarget }, { $project: { _id: 0, was: '$$targetFlavor' } }], {
        let: vars,
      })
      .toArray();
    expect(docs).toEqual([{ was: 'cherry' }]);
  });

  it('should see let variables in an update filter and its pipeline', async () => {
    const coll = await seeded();
    const result = await coll.updateMany(isTarget, [{ $set: { flavor: '$$newFlavor' } }], {
      let: { ...vars, newFlavor: 'orange' },
    });
    expect(result.modifiedCount).toBe(1);
    expect(await coll.findOne({ _id: 3 })).toEqual({ _id: 3, flavor: 'orange' });
  });

  it('should see let variables in a delete filter', async () => {
    const coll = await seeded();
    const result = await coll.deleteMany(isTarget, { let: vars });
    expect(result.deletedCount).toBe(1);
    expect(await coll.countDocuments()).toBe(2);
  });

  it('should see let variables in findAndModify', async () => {
    const coll = await seeded();
    const doc = await coll.findOneAndUpdate(isTarget, [{ $set: { flavor: '$$newFlavor' } }], {
      let: { ...vars, newFlavor: 'lime' },
      returnDocument: 'after',
    });
    expect(doc).toEqual({ _id: 3, flavor: 'lime' });
  });
});
