import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { docKey, foldOps } from '../../server/src/events/writer.js';
import type { StoredFields } from '../../server/src/events/event.model.js';

describe('foldOps', () => {
  const id = new Types.ObjectId();
  const key = docKey('Incident', id);

  it('should forget a document a remove op deleted, as the database does', () => {
    const state = new Map<string, StoredFields>();
    foldOps(state, [
      { model: 'Incident', id, insert: { title: 'Checkout down' } },
      { model: 'Incident', id, set: { title: 'Checkout down again' } },
    ]);
    expect(state.get(key)).toEqual({ _id: id, title: 'Checkout down again' });
    foldOps(state, [{ model: 'Incident', id, remove: { title: 'Checkout down again' } }]);
    expect(state.has(key)).toBe(false);
  });

  it('should leave other documents alone when one is removed', () => {
    const other = new Types.ObjectId();
    const state = new Map<string, StoredFields>();
    foldOps(state, [
      { model: 'Incident', id, insert: { title: 'a' } },
      { model: 'Incident', id: other, insert: { title: 'b' } },
      { model: 'Incident', id, remove: { title: 'a' } },
    ]);
    expect([...state.keys()]).toEqual([docKey('Incident', other)]);
  });
});
