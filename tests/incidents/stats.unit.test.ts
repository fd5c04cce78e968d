import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../server/src/incidents/stats.service.js';

describe('percentile', () => {
  it.each([
    { values: [], p: 0.5, expected: null },
    { values: [10], p: 0.9, expected: 10 },
    { values: [1, 2, 3, 4], p: 0.5, expected: 2.5 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 0.9, expected: 9.1 },
    { values: [0, 100], p: 0.9, expected: 90 },
  ])('should give $expected for p=$p of $values', ({ values, p, expected }) => {
    const result = percentile(values, p);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 9);
  });
});

describe('summarize', () => {
  it('should give nulls and a zero count when there is nothing to measure', () => {
    expect(summarize([])).toEqual({
      count: 0,
      meanSeconds: null,
      medianSeconds: null,
      p90Seconds: null,
      sorted: [],
    });
  });

  it('should sort before taking percentiles', () => {
    expect(summarize([300, 100, 200])).toEqual({
      count: 3,
      meanSeconds: 200,
      medianSeconds: 200,
      p90Seconds: 280,
      sorted: [100, 200, 300],
    });
  });
});
