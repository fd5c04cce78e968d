import { describe, expect, it } from 'vitest';
import { cadence, combineCadence } from '../../server/src/incidents/cadence.js';

const t0 = Date.parse('2023-07-13T15:00:00.000Z');
const m = (minutes: number) => new Date(t0 + minutes * 60_000);
const update = (createdAt: number, nextUpdateBy: number | null = null) => ({
  createdAt: m(createdAt),
  nextUpdateBy: nextUpdateBy === null ? null : m(nextUpdateBy),
});

describe('cadence', () => {
  it('should count nothing when no update promised another', () => {
    expect(cadence([update(0), update(30)], { now: m(60), resolved: false })).toEqual({
      promised: 0,
      kept: 0,
      late: 0,
      pending: 0,
      adherence: null,
      worstLatenessSeconds: null,
    });
  });

  it('should count a promise kept when the next update came at or before it', () => {
    const summary = cadence([update(0, 30), update(30, 60), update(50)], {
      now: m(90),
      resolved: false,
    });
    expect(summary).toMatchObject({ promised: 2, kept: 2, late: 0, adherence: 1 });
    expect(summary.worstLatenessSeconds).toBe(0);
  });

  it('should give the worst lateness over late promises', () => {
    const summary = cadence([update(0, 30), update(45, 75), update(80)], {
      now: m(90),
      resolved: false,
    });
    expect(summary).toMatchObject({ promised: 2, kept: 0, late: 2, adherence: 0 });
    expect(summary.worstLatenessSeconds).toBe(15 * 60);
  });

  it('should count the newest promise as pending before its time and late after it', () => {
    const before = cadence([update(0, 30)], { now: m(20), resolved: false });
    expect(before).toMatchObject({ promised: 0, pending: 1, adherence: null });
    const after = cadence([update(0, 30)], { now: m(42), resolved: false });
    expect(after).toMatchObject({ promised: 1, late: 1, pending: 0, adherence: 0 });
    expect(after.worstLatenessSeconds).toBe(12 * 60);
  });

  it('should drop the last promise of a resolved incident', () => {
    expect(cadence([update(0, 30), update(20, 50)], { now: m(500), resolved: true })).toMatchObject(
      { promised: 1, kept: 1, late: 0, pending: 0, adherence: 1 },
    );
  });

  it('should read updates in time order whatever order they come in', () => {
    expect(cadence([update(40), update(0, 30)], { now: m(60), resolved: false })).toMatchObject({
      promised: 1,
      late: 1,
      worstLatenessSeconds: 600,
    });
  });
});

describe('combineCadence', () => {
  it('should add counts and keep the worst lateness', () => {
    const a = cadence([update(0, 30), update(20)], { now: m(60), resolved: false });
    const b = cadence([update(0, 30), update(50)], { now: m(60), resolved: false });
    expect(combineCadence([a, b])).toEqual({
      promised: 2,
      kept: 1,
      late: 1,
      pending: 0,
      adherence: 0.5,
      worstLatenessSeconds: 1200,
    });
  });

  it('should give null adherence for nothing', () => {
    expect(combineCadence([])).toMatchObject({ promised: 0, adherence: null });
  });
});
