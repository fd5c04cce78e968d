import { Binary, Decimal128, Long, MaxKey, MinKey, ObjectId, Timestamp } from 'bson';
import { describe, expect, it } from 'vitest';
import { cloneDoc, compareValues, valueKey, valuesAtPath } from '../src/values.js';

describe('BSON value ordering', () => {
  const ordered: Array<[string, unknown]> = [
    ['MinKey', new MinKey()],
    ['null', null],
    ['number', -1],
    ['Long', Long.fromNumber(5)],
    ['string', 'a'],
    ['object', { a: 1 }],
    ['array', [1]],
    ['Binary', new Binary(Buffer.from([1]))],
    ['ObjectId', new ObjectId('000000000000000000000001')],
    ['boolean', false],
    ['Date', new Date(0)],
    ['Timestamp', new Timestamp({ t: 1, i: 1 })],
    ['RegExp', /a/],
    ['MaxKey', new MaxKey()],
  ];

  it.each(
    ordered
      .slice(1)
      .map(([name, value], i) => ({ lower: ordered[i]?.[0], name, low: ordered[i]?.[1], value })),
  )('should order $lower before $name', ({ low, value }) => {
    expect(compareValues(low, value)).toBeLessThan(0);
    expect(compareValues(value, low)).toBeGreaterThan(0);
  });

  it.each([
    { a: 1, b: Long.fromNumber(1) },
    { a: 2.5, b: Decimal128.fromString('2.5') },
    { a: undefined, b: null },
    { a: new Date(5), b: new Date(5) },
  ])('should treat $a and $b as equal', ({ a, b }) => {
    expect(compareValues(a, b)).toBe(0);
  });

  it('should order numbers numerically across numeric types', () => {
    expect(compareValues(Long.fromNumber(10), 9)).toBeGreaterThan(0);
    expect(compareValues(Decimal128.fromString('9.5'), 10)).toBeLessThan(0);
  });
});

describe('canonical value keys', () => {
  it.each([
    { a: 1, b: Long.fromNumber(1), same: true },
    { a: 1, b: '1', same: false },
    {
      a: new ObjectId('000000000000000000000001'),
      b: new ObjectId('000000000000000000000001'),
      same: true,
    },
    { a: { x: 1, y: 2 }, b: { y: 2, x: 1 }, same: false },
    { a: [1, 2], b: [1, 2], same: true },
    { a: null, b: undefined, same: true },
    { a: true, b: 1, same: false },
  ])('should give equal keys exactly for equal values ($a vs $b)', ({ a, b, same }) => {
    expect(valueKey(a) === valueKey(b)).toBe(same);
  });
});

describe('document helpers', () => {
  it('should copy plain objects and arrays but share BSON values when cloning', () => {
    const id = new ObjectId();
    const doc = { _id: id, nested: { list: [1, { a: 2 }] } };
    const copy = cloneDoc(doc);
    expect(copy).toEqual(doc);
    expect(copy.nested).not.toBe(doc.nested);
    expect(copy._id).toBe(id);
  });

  it.each([
    { path: 'a', doc: { a: [1, 2] }, expected: [1, 2] },
    { path: 'a.b', doc: { a: [{ b: 1 }, { b: 2 }, { c: 3 }] }, expected: [1, 2, undefined] },
    { path: 'a.1', doc: { a: [5, 6] }, expected: [6] },
    { path: 'x.y', doc: { x: 1 }, expected: [undefined] },
    { path: 'a', doc: { a: [] }, expected: [undefined] },
  ])('should expand $path through arrays like index keys', ({ path, doc, expected }) => {
    expect(valuesAtPath(doc, path)).toEqual(expected);
  });
});
