import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import type { StoredFields, StoredOp } from '../../server/src/events/event.model.js';
import { docKey, foldOps } from '../../server/src/events/writer.js';

const id = new Types.ObjectId();
const key = docKey('Incident', id);
const t = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));

function fold(start: StoredFields, ops: readonly Omit<StoredOp, 'model' | 'id'>[]): StoredFields {
  const state = new Map<string, StoredFields>([[key, start]]);
  foldOps(
    state,
    ops.map((op) => ({ model: 'Incident', id, ...op })),
  );
  const folded = state.get(key);
  if (!folded) throw new Error('the document is gone');
  return folded;
}

describe('foldOps with min', () => {
  it('should keep the smaller date of each dotted path, as $min does', () => {
    const folded = fold({ title: 'x' }, [
      { min: { 'marks.sales_flow:50': t(30), first: 'b' } },
      { min: { 'marks.sales_flow:50': t(40), 'marks.sales_flow:90': t(50), first: 'a' } },
      { min: { 'marks.sales_flow:50': t(10) } },
    ]);
    expect(folded).toEqual({
      title: 'x',
      marks: { 'sales_flow:50': t(10), 'sales_flow:90': t(50) },
      first: 'a',
    });
  });

  it('should not change the documents an earlier state or op holds', () => {
    const marks = { 'checkout:50': t(20) };
    const start = { marks };
    fold(start, [{ min: { 'marks.checkout:50': t(5) } }]);
    expect(marks).toEqual({ 'checkout:50': t(20) });
  });

  it.each([
    { stored: null, given: t(1), expected: null },
    { stored: 5, given: 'a', expected: 5 },
    { stored: 'b', given: 3, expected: 3 },
    { stored: t(1), given: 'z', expected: 'z' },
  ])('should order $stored against $given by BSON type', ({ stored, given, expected }) => {
    expect(fold({ v: stored }, [{ min: { v: given } }])['v']).toEqual(expected);
  });

  it('should write nothing to a document this prefix never created', () => {
    const state = new Map<string, StoredFields>();
    foldOps(state, [{ model: 'Incident', id, min: { first: 'a' } }]);
    expect(state.size).toBe(0);
  });
});
