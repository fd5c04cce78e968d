/**
 * Formatting rules for times and durations, in the style of public status pages
 * ("Lasted for 8h 24m", "53m earlier…"), on one 24-hour clock. Pure functions: the clock and the locale are arguments,
 * so tests pin them and the UI passes the ticking `now`.
 */

const SECOND = 1;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Parses an ISO-8601 `DateTime` from the API into epoch milliseconds. */
export function toMillis(iso: string): number {
  return new Date(iso).getTime();
}

/** Whole seconds from `from` to `to` (ISO strings or epoch ms), never negative. */
export function secondsBetween(from: string | number, to: string | number): number {
  const a = typeof from === 'number' ? from : toMillis(from);
  const b = typeof to === 'number' ? to : toMillis(to);
  return Math.max(0, Math.floor((b - a) / 1000));
}

/** `d h m` down to the minute, zero units left out: `38m`, `8h 24m`, `8h`, `2d 3h 5m`. */
function toTheMinute(s: number): string {
  const parts: string[] = [];
  const days = Math.floor(s / DAY);
  const hours = Math.floor((s % DAY) / HOUR);
  const minutes = Math.floor((s % HOUR) / MINUTE);
  if (days > 0) parts.push(`${days}d`);
  if (hours > 0) parts.push(`${hours}h`);
  if (minutes > 0 || parts.length === 0) parts.push(`${minutes}m`);
  return parts.join(' ');
}

/**
 * A duration exact to the minute, as the war room needs it ("Lasted for 8h 24m", never a
 * floored "8h"): `42s` under a minute, then `38m`, `8h 24m`, `2d 3h 5m`.
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return s < MINUTE ? `${s}s` : toTheMinute(s);
}

/**
 * For a ticking clock: seconds too while under an hour (`42s`, `12m 5s`), then exact to the
 * minute (`8h 12m`, `2d 3h 12m`).
 */
export function formatDurationPrecise(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < MINUTE) return `${s}s`;
  if (s < HOUR)
    return s % MINUTE === 0 ? `${s / MINUTE}m` : `${Math.floor(s / MINUTE)}m ${s % MINUTE}s`;
  return toTheMinute(s);
}

/**
 * The gap between an update and the one before it, as the seed page shows it between updates,
 * but exact to the minute: `1h 38m earlier…`, `53m earlier…`.
 */
export function formatGap(seconds: number): string {
  return `${formatDuration(seconds)} earlier…`;
}

/** A compact "… ago" for freshness lines: `37s ago`, `4m ago`, `2h 5m ago`. */
export function formatAgo(seconds: number): string {
  return `${formatDuration(seconds)} ago`;
}

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/** "9 months ago", "in 5 minutes", "now", via `Intl.RelativeTimeFormat`. */
export function formatRelative(atMs: number, nowMs: number, locale?: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const deltaSeconds = Math.round((atMs - nowMs) / 1000);
  const abs = Math.abs(deltaSeconds);
  for (const [unit, size] of RELATIVE_UNITS) {
    if (abs >= size) return rtf.format(Math.trunc(deltaSeconds / size), unit);
  }
  return abs < 10 ? rtf.format(0, 'second') : rtf.format(deltaSeconds, 'second');
}

/**
 * When something that already happened happened: like `formatRelative`, but never in the
 * future ("in 10 seconds" for a just-posted update). What is left of clock skew after the
 * server-offset correction reads as "now".
 */
export function formatPast(atMs: number, nowMs: number, locale?: string): string {
  return formatRelative(Math.min(atMs, nowMs), nowMs, locale);
}

const UTC_FORMAT_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
  timeZoneName: 'short',
};

/** The seed page's absolute style on one 24-hour clock, in UTC: `Thu, Jul 13, 2023, 23:26 UTC`. */
export function formatUtc(atMs: number, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, UTC_FORMAT_OPTIONS).format(atMs);
}

/** The same instant in the viewer's (or the given) time zone, 24-hour: `Fri, Jul 14, 01:26 GMT+2`. */
export function formatLocal(atMs: number, locale?: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  };
  if (timeZone !== undefined) options.timeZone = timeZone;
  return new Intl.DateTimeFormat(locale, options).format(atMs);
}

/** Whether the viewer's (or the given) time zone is UTC at that instant: "local" would repeat UTC. */
export function isUtcAt(atMs: number, timeZone?: string): boolean {
  const name = new Intl.DateTimeFormat('en-US', {
    timeZoneName: 'longOffset',
    ...(timeZone === undefined ? {} : { timeZone }),
  })
    .formatToParts(atMs)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name === 'GMT' || name === 'GMT+00:00';
}

/** A time of day in UTC, `15:02` as post-mortem timelines write it, or `15:02:09` with seconds. */
export function formatUtcClock(atMs: number, withSeconds = false): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(withSeconds ? { second: '2-digit' } : {}),
    timeZone: 'UTC',
  }).format(atMs);
}

/** A calendar month in UTC, `Jul 2023`. */
export function formatMonth(atMs: number, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(atMs);
}

/** A percentage for gauges: `92%`, `99.5%`, never more than one decimal. */
export function formatPercent(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}

/** Human words for an enum value: `DEGRADED_PERFORMANCE` → `Degraded performance`. */
export function humanize(value: string): string {
  const lower = value.toLowerCase().replace(/_/g, ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
