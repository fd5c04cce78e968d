import { describe, expect, it } from 'vitest';
import { histogram, roundWidth } from '../../server/src/incidents/histogram.js';

describe('roundWidth', () => {
  it.each([
    { raw: 0, expected: 1 },
    { raw: 7, expected: 10 },
    { raw: 61, expected: 120 },
    { raw: 3601, expected: 7200 },
    { raw: 43_201, expected: 86_400 },
    { raw: 86_401, expected: 172_800 },
    { raw: 500_000, expected: 864_000 },
  ])('should round $raw s up to $expected s', ({ raw, expected }) => {
    expect(roundWidth(raw)).toBe(expected);
  });
});

describe('histogram', () => {
  it('should be empty without durations', () => {
    expect(histogram([], 10)).toEqual([]);
  });

  it('should put zeros alone in one 1-second bucket', () => {
    expect(histogram([0, 0], 10)).toEqual([{ fromSeconds: 0, toSeconds: 1, count: 2 }]);
  });

  it('should use as few buckets as cover the largest duration', () => {
    expect(histogram([30, 200, 299], 10)).toEqual([
      { fromSeconds: 0, toSeconds: 30, count: 0 },
      ...[30, 60, 90, 120, 150, 180, 210, 240, 270].map((from) => ({
        fromSeconds: from,
        toSeconds: from + 30,
        count: from === 30 || from === 180 || from === 270 ? 1 : 0,
      })),
    ]);
  });

  it('should keep a duration on the last upper edge in the last bucket', () => {
    const buckets = histogram([0, 60, 120], 2);
    expect(buckets).toEqual([
      { fromSeconds: 0, toSeconds: 60, count: 1 },
      { fromSeconds: 60, toSeconds: 120, count: 2 },
    ]);
  });

  it('should count every duration once', () => {
    const values = Array.from({ length: 500 }, (_, i) => (i * 7919) % 30_000).sort((a, b) => a - b);
    for (const n of [1, 3, 12, 50]) {
      const buckets = histogram(values, n);
      expect(buckets.length).toBeLessThanOrEqual(n);
      expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(values.length);
    }
  });

  it.each([0, 51, 2.5])('should refuse %s buckets', (n) => {
    expect(() => histogram([1], n)).toThrow(/buckets/);
  });
});
