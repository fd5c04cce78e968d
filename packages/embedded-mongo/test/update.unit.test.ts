import { describe, expect, it } from 'vitest';
import { decodeToken, encodeToken } from '../src/changelog.js';
import { CommandError } from '../src/errors.js';
import { describeUpdate } from '../src/diff.js';
import { applyUpdate, upsertSeed, validateUpdate } from '../src/update.js';
import { isPlainObject } from '../src/values.js';

describe('update application', () => {
  it('should leave the stored document untouched and return a new one', () => {
    const stored = { _id: 1, a: { b: 1 } };
    const updated = applyUpdate(stored, { $set: { 'a.b': 2 } }, { filter: {}, inserting: false });
    expect(updated).toEqual({ _id: 1, a: { b: 2 } });
    expect(stored).toEqual({ _id: 1, a: { b: 1 } });
  });

  it('should apply $setOnInsert only when inserting', () => {
    const spec = { $setOnInsert: { created: true }, $set: { v: 1 } };
    expect(applyUpdate({ _id: 1 }, spec, { filter: {}, inserting: true })).toEqual({
      _id: 1,
      v: 1,
      created: true,
    });
    expect(applyUpdate({ _id: 1 }, spec, { filter: {}, inserting: false })).toEqual({
      _id: 1,
      v: 1,
    });
  });

  it.each([
    { name: 'a new field', doc: { _id: 1, a: 1 }, spec: { $set: { b: { c: [1, 2] } } } },
    { name: 'an existing field in place', doc: { _id: 1, a: 1, b: 2 }, spec: { $set: { a: 9 } } },
    {
      name: 'an upsert of dates and ids',
      doc: { _id: 7 },
      spec: { $setOnInsert: { at: new Date(5), list: [{ x: 1 }], z: null, a: 'first' } },
    },
    {
      name: '$set with $setOnInsert',
      doc: { _id: 1 },
      spec: { $set: { v: 1 }, $setOnInsert: { w: 2 } },
    },
  ])(
    'should assign plain top-level fields ($name) exactly as the general path does',
    ({ doc, spec }) => {
      for (const inserting of [true, false]) {
        const plain = applyUpdate(doc, spec, { filter: {}, inserting });
        // An $unset of a missing field changes nothing but takes mingo's general path.
        const general = applyUpdate(
          doc,
          { ...spec, $unset: { absent: '' } },
          { filter: {}, inserting },
        );
        expect(plain).toStrictEqual(general);
        expect(Object.keys(plain)).toEqual(Object.keys(general));
      }
      const before = structuredClone(doc);
      const updated = applyUpdate(doc, spec, { filter: {}, inserting: true });
      expect(doc).toStrictEqual(before);
      // The stored document holds copies: changing the spec afterwards does not reach it.
      const source: unknown = Object.values(spec)[0];
      if (!isPlainObject(source)) throw new Error('each case sets fields through one operator');
      for (const [field, value] of Object.entries(source))
        if (typeof value === 'object' && value !== null) expect(updated[field]).not.toBe(value);
    },
  );

  it.each([
    { name: 'mixed operators and fields', spec: { $set: { a: 1 }, b: 2 } },
    { name: 'an unknown operator', spec: { $frob: { a: 1 } } },
    { name: 'an operator without a document', spec: { $set: 5 } },
  ])('should reject $name', ({ spec }) => {
    expect(() => validateUpdate(spec)).toThrow(CommandError);
  });

  it('should build an upsert seed from equality fields only', () => {
    expect(
      upsertSeed({ a: 1, 'b.c': 'x', d: { $gt: 1 }, e: { $eq: 5 }, $and: [{ f: true }] }).doc,
    ).toEqual({
      a: 1,
      b: { c: 'x' },
      e: 5,
      f: true,
    });
  });

  it("should carry the filter values' Double/Long hints into the upsert seed", () => {
    const hints = new Map([
      ['a', 'double' as const],
      ['b.c', 'long' as const],
      ['e.$eq', 'double' as const],
      ['$and.0.f', 'long' as const],
      ['d.$gt', 'double' as const],
    ]);
    const seed = upsertSeed(
      { a: 1, 'b.c': 2, d: { $gt: 1 }, e: { $eq: 5 }, $and: [{ f: 3 }] },
      hints,
    );
    expect([...(seed.hints ?? [])].sort()).toEqual([
      ['a', 'double'],
      ['b.c', 'long'],
      ['e', 'double'],
      ['f', 'long'],
    ]);
  });

  it('should describe array appends by index and shrinking arrays as truncated', () => {
    expect(
      describeUpdate({ _id: 1, a: [1, 2], b: [1, 2, 3] }, { _id: 1, a: [1, 2, 9], b: [1, 5] }),
    ).toEqual({
      updatedFields: { 'a.2': 9, 'b.1': 5 },
      removedFields: [],
      truncatedArrays: [{ field: 'b', newSize: 2 }],
    });
  });

  it('should describe updated and removed fields with dotted paths', () => {
    const before = { _id: 1, a: 1, keep: 'k', nested: { x: 1, y: 2 }, gone: true };
    const after = { _id: 1, a: 2, keep: 'k', nested: { x: 1, y: 3, z: 4 } };
    expect(describeUpdate(before, after)).toEqual({
      updatedFields: { a: 2, 'nested.y': 3, 'nested.z': 4 },
      removedFields: ['gone'],
      truncatedArrays: [],
    });
  });
});

describe('resume tokens', () => {
  it('should round-trip positions and order as strings', () => {
    const a = encodeToken({ seq: 9, sub: 3 });
    const b = encodeToken({ seq: 10, sub: 0 });
    expect(decodeToken({ _data: a })).toEqual({ seq: 9, sub: 3 });
    expect(a < b).toBe(true);
  });

  it('should reject a token from another server', () => {
    expect(() => decodeToken({ _data: '8263A1B2C3000000012B022C0100296E5A1004' })).toThrow(
      CommandError,
    );
  });
});
