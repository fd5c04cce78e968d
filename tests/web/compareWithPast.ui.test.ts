import { describe, expect, it } from 'vitest';
import { alignCurve, alignedData, valueAfter } from '../../web/src/recovery/CompareWithPast';

const start = '2023-07-13T15:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(start) + minutes * 60_000).toISOString();

describe('compare with the past', () => {
  it('should align the primary flow at its start, in hours, sorted, ignoring other flows', () => {
    const curve = alignCurve('Seed', start, 'sales_flow', [
      { flow: 'orders', samples: [{ at: at(10), value: 1 }] },
      {
        flow: 'sales_flow',
        samples: [
          { at: at(90), value: 80 },
          { at: at(30), value: 50 },
        ],
      },
    ]);
    expect(curve).toEqual({
      label: 'Seed',
      points: [
        { hours: 0.5, value: 50 },
        { hours: 1.5, value: 80 },
      ],
    });
  });

  it('should have no curve without samples of the primary flow', () => {
    expect(alignCurve('x', start, 'sales_flow', [{ flow: 'sales_flow', samples: [] }])).toBeNull();
    expect(
      alignCurve('x', start, null, [{ flow: 'orders', samples: [{ at: at(1), value: 1 }] }]),
    ).toBeNull();
  });

  it('should read a curve at a time as its latest sample by then', () => {
    const curve = {
      label: 'c',
      points: [
        { hours: 1, value: 40 },
        { hours: 2, value: 90 },
      ],
    };
    expect(valueAfter(curve, 0.5)).toBeNull();
    expect(valueAfter(curve, 1)).toBe(40);
    expect(valueAfter(curve, 1.99)).toBe(40);
    expect(valueAfter(curve, 5)).toBe(90);
  });

  it('should put every curve on one sorted x with nulls where a curve has no sample', () => {
    const a = {
      label: 'a',
      points: [
        { hours: 0, value: 10 },
        { hours: 2, value: 30 },
      ],
    };
    const b = { label: 'b', points: [{ hours: 1, value: 20 }] };
    expect(alignedData([a, b])).toEqual([
      [0, 1, 2],
      [10, null, 30],
      [null, 20, null],
    ]);
  });
});
