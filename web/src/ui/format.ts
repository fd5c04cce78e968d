/**
 * Formatting rules for times and durations, in the style of public status pages
 * ("Lasted for 8h", "53m earlier…"). Pure functions: the clock and the locale are arguments,
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

/**
 * The largest whole unit only, floored, as the seed page says "Lasted for 8h":
 * `30s`, `45m`, `8h`, `2d`.
 */
export function formatDurationCoarse(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < MINUTE) return `${s}s`;
  if (s < HOUR) return `${Math.floor(s / MINUTE)}m`;
  if (s < DAY) return `${Math.floor(s / HOUR)}h`;
  return `${Math.floor(s / DAY)}d`;
}

/**
 * Two units, for a ticking clock: `42s`, `12m 5s`, `8h 12m`, `2d 3h`. The second unit is
 * dropped when it is zero (`28m`, `8h`, `2d`).
 */
export function formatDurationPrecise(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < MINUTE) return `${s}s`;
  if (s < HOUR)
    return s % MINUTE === 0 ? `${s / MINUTE}m` : `${Math.floor(s / MINUTE)}m ${s % MINUTE}s`;
  if (s < DAY) {
    const m = Math.floor((s % HOUR) / MINUTE);
    return m === 0 ? `${Math.floor(s / HOUR)}h` : `${Math.floor(s / HOUR)}h ${m}m`;
  }
  const h = Math.floor((s % DAY) / HOUR);
  return h === 0 ? `${Math.floor(s / DAY)}d` : `${Math.floor(s / DAY)}d ${h}h`;
}

/**
 * The gap between an update and the one before it, as the seed page shows it between updates:
 * `1h earlier…`, `53m earlier…`. Floored to the largest unit.
 */
export function formatGap(seconds: number): string {
  return `${formatDurationCoarse(seconds)} earlier…`;
}

/** A compact "n s ago" for the wallboard's freshness line: `3s ago`, `4m ago`, `2h ago`. */
export function formatAgo(seconds: number): string {
  return `${formatDurationCoarse(seconds)} ago`;
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

const UTC_FORMAT_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
};

/** The seed page's absolute style, in UTC: `Thu, Jul 13, 2023, 11:26 PM UTC`. */
export function formatUtc(atMs: number, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, UTC_FORMAT_OPTIONS).format(atMs);
}

/** The same instant in the viewer's (or the given) time zone: `Fri, Jul 14, 1:26 AM GMT+2`. */
export function formatLocal(atMs: number, locale?: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
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
