import { describe, expect, it } from 'vitest';
import { flowGrid } from '../../web/src/wallboard/flowGrid';
import { DEFAULT_ROTATE_SECONDS, parseKioskOptions } from '../../web/src/wallboard/kiosk';

describe('flowGrid', () => {
  it('should give one flow the whole area', () => {
    expect(flowGrid(1, 1800, 400, 16, 100, 60)).toEqual({ columns: 1, rows: 1, chartHeight: 300 });
  });

  it.each([
    { count: 2, width: 1800, height: 400, columns: 2, rows: 1 },
    { count: 4, width: 1800, height: 400, columns: 4, rows: 1 },
    { count: 6, width: 1800, height: 900, columns: 3, rows: 2 },
    { count: 6, width: 1200, height: 260, columns: 6, rows: 1 },
  ])(
    'should lay $count flows in $columns×$rows on $width×$height',
    ({ count, width, height, columns, rows }) => {
      expect(flowGrid(count, width, height, 16, 100, 60)).toMatchObject({ columns, rows });
    },
  );

  it('should never leave a row empty or make cards taller than the area', () => {
    for (let count = 1; count <= 6; count++) {
      const grid = flowGrid(count, 1200, 500, 16, 100, 60);
      expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(count);
      expect((grid.rows - 1) * grid.columns).toBeLessThan(count);
      expect(grid.rows * (grid.chartHeight + 100) + (grid.rows - 1) * 16).toBeLessThanOrEqual(500);
    }
  });

  it('should drop the charts when not even the shortest one fits', () => {
    expect(flowGrid(3, 1200, 130, 16, 100, 60)).toMatchObject({ chartHeight: 0 });
  });
});

describe('parseKioskOptions', () => {
  it.each([
    { search: '', pinned: null, rotateMs: DEFAULT_ROTATE_SECONDS * 1000 },
    { search: '?incident=abc&rotate=30', pinned: 'abc', rotateMs: 30_000 },
    { search: '?rotate=2', pinned: null, rotateMs: DEFAULT_ROTATE_SECONDS * 1000 },
    { search: '?rotate=soon', pinned: null, rotateMs: DEFAULT_ROTATE_SECONDS * 1000 },
    { search: '?incident=&rotate=7.5', pinned: null, rotateMs: 7_500 },
  ])('should read $search', ({ search, pinned, rotateMs }) => {
    expect(parseKioskOptions(search)).toEqual({ pinned, rotateMs });
  });
});
