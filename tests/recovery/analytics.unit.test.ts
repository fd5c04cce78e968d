import { describe, expect, it } from 'vitest';
import {
  backUnderThresholdAt,
  etaToFull,
  milestones,
  peak,
  trendPerHour,
} from '../../server/src/recovery/analytics.js';

const t0 = Date.parse('2023-07-13T15:00:00.000Z');
/** A sample `minutes` after 15:00 UTC. */
const at = (minutes: number, value: number) => ({ at: new Date(t0 + minutes * 60_000), value });
const iso = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString();

describe('trendPerHour', () => {
  it.each([
    { name: 'no samples', points: [], expected: null },
    { name: 'one sample', points: [at(0, 40)], expected: null },
    { name: 'two samples at one instant', points: [at(5, 40), at(5, 60)], expected: null },
    { name: 'flat', points: [at(0, 50), at(30, 50), at(60, 50)], expected: 0 },
    { name: 'climbing 20 points in 30 min', points: [at(0, 40), at(30, 60)], expected: 40 },
    { name: 'falling', points: [at(0, 90), at(30, 75), at(60, 60)], expected: -30 },
  ])('should give $expected for $name', ({ points, expected }) => {
    const trend = trendPerHour(points);
    if (expected === null) expect(trend).toBeNull();
    else expect(trend).toBeCloseTo(expected, 9);
  });

  it('should read samples in time order whatever order they come in', () => {
    expect(trendPerHour([at(30, 60), at(0, 40)])).toBeCloseTo(40, 9);
  });

  it('should look only at the last hour when it holds enough samples', () => {
    // An early plunge two hours before, then a steady 10 points per hour.
    const points = [at(0, 100), at(10, 0), at(120, 50), at(150, 55), at(180, 60)];
    expect(trendPerHour(points)).toBeCloseTo(10, 9);
  });

  it('should reach back past the hour for at least three samples', () => {
    const points = [at(0, 10), at(120, 30), at(180, 40)];
    const trend = trendPerHour(points);
    expect(trend).not.toBeNull();
    expect(trend).toBeGreaterThan(9);
    expect(trend).toBeLessThan(11);
  });
});

describe('etaToFull', () => {
  it('should extrapolate a climbing flow to 100 % from its latest sample', () => {
    expect(etaToFull([at(0, 40), at(30, 60)])?.toISOString()).toBe(iso(90));
  });

  it.each([
    { name: 'one sample', points: [at(0, 40)] },
    { name: 'flat', points: [at(0, 50), at(30, 50)] },
    { name: 'falling', points: [at(0, 60), at(30, 50)] },
    { name: 'already at 100 %', points: [at(0, 80), at(30, 100)] },
    { name: 'above 100 % (catch-up)', points: [at(0, 90), at(30, 120)] },
    { name: 'a crawl beyond a week', points: [at(0, 10), at(60, 10.1)] },
  ])('should be null for $name', ({ points }) => {
    expect(etaToFull(points)).toBeNull();
  });
});

describe('milestones', () => {
  it('should give the first time each level was reached', () => {
    const m = milestones([at(0, 20), at(60, 55), at(120, 92), at(180, 100)]);
    expect(m.reached50At?.toISOString()).toBe(iso(60));
    expect(m.reached90At?.toISOString()).toBe(iso(120));
    expect(m.reached100At?.toISOString()).toBe(iso(180));
  });

  it('should keep the first time when the flow fell back and came again', () => {
    const m = milestones([at(0, 95), at(30, 40), at(60, 96)]);
    expect(m.reached90At?.toISOString()).toBe(iso(0));
    expect(m.reached100At).toBeNull();
  });

  it('should read out-of-order samples in time order', () => {
    const m = milestones([at(60, 91), at(0, 91)]);
    expect(m.reached90At?.toISOString()).toBe(iso(0));
  });

  it('should count a catch-up above 100 % as reaching each level once', () => {
    const m = milestones([at(0, 10), at(45, 130)]);
    expect(m).toEqual({
      reached50At: new Date(iso(45)),
      reached90At: new Date(iso(45)),
      reached100At: new Date(iso(45)),
    });
  });

  it('should be all null when never reached', () => {
    expect(milestones([at(0, 10), at(10, 49.9)])).toEqual({
      reached50At: null,
      reached90At: null,
      reached100At: null,
    });
  });
});

describe('peak', () => {
  it('should give the highest sample, the earliest of ties', () => {
    expect(peak([at(0, 2), at(10, 7), at(20, 7), at(30, 3)])).toEqual(at(10, 7));
  });

  it('should be null without samples', () => {
    expect(peak([])).toBeNull();
  });
});

describe('backUnderThresholdAt', () => {
  const rate = [at(0, 3), at(10, 12), at(20, 8), at(30, 11), at(40, 4), at(50, 2)];

  it('should be null until a threshold is set', () => {
    expect(backUnderThresholdAt(rate, null)).toBeNull();
  });

  it('should give the first sample under the threshold after the last one over it', () => {
    expect(backUnderThresholdAt(rate, 10)?.toISOString()).toBe(iso(40));
  });

  it('should be null while the latest sample is still over', () => {
    expect(backUnderThresholdAt([at(0, 3), at(10, 12)], 10)).toBeNull();
  });

  it('should be null when the rate never went over', () => {
    expect(backUnderThresholdAt([at(0, 3), at(10, 4)], 10)).toBeNull();
  });
});
