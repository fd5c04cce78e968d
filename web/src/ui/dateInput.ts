/**
 * Conversions between an API `DateTime` and an `<input type="date">` value. A due date is a
 * calendar day: it is stored as that day's midnight UTC and shown in UTC, so it reads the same
 * in every time zone and round-trips unchanged.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2023-07-20T00:00:00.000Z` → `2023-07-20`; null or an invalid time → the empty input. */
export function toDateInput(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 10);
}

/** `2023-07-20` → `2023-07-20T00:00:00.000Z`; the empty input (or a malformed one) → null. */
export function fromDateInput(value: string): string | null {
  const match = DAY_PATTERN.exec(value.trim());
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const date = new Date(ms);
  // Reject days that do not exist (Date.UTC rolls 2023-02-30 over to March).
  return date.toISOString().slice(0, 10) === value.trim() ? date.toISOString() : null;
}

/** A due day for display, in UTC: `Jul 20, 2023`. */
export function formatDay(iso: string, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(iso));
}

const MINUTE_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/**
 * An `<input type="datetime-local">` value read as UTC, the zone every time on the page is
 * shown in: `2023-07-13T15:02` → `2023-07-13T15:02:00.000Z`. Null when malformed; the server
 * names an impossible date itself.
 */
export function fromUtcDateTimeInput(value: string): string | null {
  const trimmed = value.trim();
  if (!MINUTE_PATTERN.test(trimmed)) return null;
  return trimmed.length === 16 ? `${trimmed}:00.000Z` : `${trimmed}Z`;
}

/** The `datetime-local` value of an instant in UTC, to the minute: `2023-07-13T15:02`. */
export function toUtcDateTimeInput(atMs: number): string {
  return new Date(atMs).toISOString().slice(0, 16);
}
