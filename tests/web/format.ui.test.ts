import { describe, expect, it } from 'vitest';
import {
  formatAgo,
  formatDuration,
  formatDurationPrecise,
  formatGap,
  formatPercent,
  formatPast,
  formatRelative,
  formatUtc,
  formatLocal,
  humanize,
  isUtcAt,
  secondsBetween,
} from '../../web/src/ui/format';
import { gapsToPrevious } from '../../web/src/incidents/UpdateList';

const H = 3600;
const M = 60;

describe('formatDuration', () => {
  it.each([
    { seconds: 0, expected: '0s' },
    { seconds: 59, expected: '59s' },
    { seconds: 60, expected: '1m' },
    { seconds: 53 * M + 59, expected: '53m' },
    { seconds: 8 * H, expected: '8h' },
    { seconds: 8 * H + 24 * M, expected: '8h 24m' },
    { seconds: 8 * H + 24 * M + 59, expected: '8h 24m' },
    { seconds: 26 * H, expected: '1d 2h' },
    { seconds: 26 * H + 5 * M, expected: '1d 2h 5m' },
    { seconds: 24 * H + 5 * M, expected: '1d 5m' },
    { seconds: -5, expected: '0s' },
  ])('should say $expected for $seconds s', ({ seconds, expected }) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('formatDurationPrecise', () => {
  it.each([
    { seconds: 42, expected: '42s' },
    { seconds: 12 * M + 5, expected: '12m 5s' },
    { seconds: 28 * M, expected: '28m' },
    { seconds: 8 * H, expected: '8h' },
    { seconds: 8 * H + 12 * M + 59, expected: '8h 12m' },
    { seconds: 2 * 24 * H + 3 * H + 10 * M, expected: '2d 3h 10m' },
  ])('should say $expected for $seconds s', ({ seconds, expected }) => {
    expect(formatDurationPrecise(seconds)).toBe(expected);
  });
});

describe('formatGap', () => {
  it.each([
    { seconds: H + 38 * M, expected: '1h 38m earlier…' },
    { seconds: 53 * M, expected: '53m earlier…' },
    { seconds: 41 * M + 59, expected: '41m earlier…' },
    { seconds: 30, expected: '30s earlier…' },
  ])('should say "$expected" for a gap of $seconds s', ({ seconds, expected }) => {
    expect(formatGap(seconds)).toBe(expected);
  });

  it('should give every update of the seed page the gap to the one before it, newest first', () => {
    const times = ['23:26', '21:48', '20:55', '19:16', '18:07', '17:44'].map(
      (t) => `2023-07-13T${t}:00.000Z`,
    );
    expect(gapsToPrevious(times.map((createdAt) => ({ createdAt })))).toEqual([
      '1h 38m earlier…',
      '53m earlier…',
      '1h 39m earlier…',
      '1h 9m earlier…',
      '23m earlier…',
      null,
    ]);
  });
});

describe('secondsBetween', () => {
  it('should count whole seconds between ISO strings and never go negative', () => {
    expect(secondsBetween('2023-07-13T15:02:00.000Z', '2023-07-13T23:20:00.000Z')).toBe(
      8 * H + 18 * M,
    );
    expect(secondsBetween('2023-07-13T15:02:00.000Z', '2023-07-13T15:01:00.000Z')).toBe(0);
  });
});

describe('formatRelative', () => {
  const now = Date.parse('2024-04-13T12:00:00.000Z');
  it.each([
    { at: now - 3_000, expected: 'now' },
    { at: now - 42_000, expected: '42 seconds ago' },
    { at: now - 3 * 60_000, expected: '3 minutes ago' },
    { at: now - 2 * 3_600_000, expected: '2 hours ago' },
    { at: now - 24 * 3_600_000, expected: 'yesterday' },
    { at: Date.parse('2023-07-13T23:26:00.000Z'), expected: '9 months ago' },
    { at: now + 5 * 60_000, expected: 'in 5 minutes' },
  ])('should say "$expected"', ({ at, expected }) => {
    expect(formatRelative(at, now, 'en-US')).toBe(expected);
  });
});

describe('formatPast', () => {
  const now = Date.parse('2024-04-13T12:00:00.000Z');
  it.each([
    { at: now + 10_000, expected: 'now' },
    { at: now + 5 * 60_000, expected: 'now' },
    { at: now - 15_000, expected: '15 seconds ago' },
    { at: now - 3 * 60_000, expected: '3 minutes ago' },
  ])('should say "$expected" and never speak of the future', ({ at, expected }) => {
    expect(formatPast(at, now, 'en-US')).toBe(expected);
  });
});

describe('formatAgo', () => {
  it('should give the wallboard a compact freshness', () => {
    expect(formatAgo(7)).toBe('7s ago');
    expect(formatAgo(125)).toBe('2m ago');
    expect(formatAgo(H + 125)).toBe('1h 2m ago');
  });
});

describe('absolute times', () => {
  const at = Date.parse('2023-07-13T23:26:00.000Z');
  it('should write UTC in the seed page style on a 24-hour clock', () => {
    expect(formatUtc(at)).toBe('Thu, Jul 13, 2023, 23:26 UTC');
  });
  it('should write the same instant in the viewer time zone on a 24-hour clock', () => {
    expect(formatLocal(at, 'en-US', 'Europe/Paris')).toBe('Fri, Jul 14, 01:26 GMT+2');
  });
});

describe('formatPercent and humanize', () => {
  it('should round to one decimal and drop .0', () => {
    expect(formatPercent(90)).toBe('90%');
    expect(formatPercent(99.54)).toBe('99.5%');
  });
  it('should turn enum values into words', () => {
    expect(humanize('DEGRADED_PERFORMANCE')).toBe('Degraded performance');
  });
});

describe('isUtcAt', () => {
  const july = Date.UTC(2023, 6, 13, 15, 2);
  it.each([
    { timeZone: 'UTC', expected: true },
    { timeZone: 'Europe/London', expected: false },
    { timeZone: 'Africa/Abidjan', expected: true },
    { timeZone: 'America/Sao_Paulo', expected: false },
  ])('should say $expected when the viewer is in $timeZone', ({ timeZone, expected }) => {
    expect(isUtcAt(july, timeZone)).toBe(expected);
  });
});
