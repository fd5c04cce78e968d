import { GraphQLScalarType, Kind } from 'graphql';
import { badValue } from '../common/errors.js';

/**
 * ISO-8601 with a mandatory time zone, so "15:02" is never read in the server's local time.
 * Captures: year, month, day, hour, minute, second?, fraction?, zone.
 */
const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

const FORMAT_HINT = 'an ISO-8601 date and time with a time zone, e.g. 2023-07-13T15:02:00Z';

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why a well-formed string names no real instant, or null when it does. `Date` would roll
 * `2023-02-31` over to March 3rd and `25:00` over to the next day: the caller typed something
 * else, so it is refused rather than silently moved.
 */
function impossibility(match: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, , , zh, zm] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return `month ${mo} does not exist`;
  if (day < 1 || day > daysInMonth(year, month)) return `day ${d} does not exist in ${y}-${mo}`;
  if (Number(h) > 23) return `hour ${h} does not exist (00–23)`;
  if (Number(mi) > 59) return `minute ${mi} does not exist (00–59)`;
  if (s !== undefined && Number(s) > 59) return `second ${s} does not exist (00–59)`;
  if (zh !== undefined && (Number(zh) > 23 || Number(zm) > 59))
    return 'the time zone offset does not exist';
  return null;
}

/** Parses a `DateTime` input, naming the offending value when it is not a real instant. */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') {
    throw badValue(`DateTime must be a string: ${FORMAT_HINT}`);
  }
  const match = isoDateTime.exec(value);
  if (!match) {
    throw badValue(`DateTime "${value}" is not ${FORMAT_HINT}`);
  }
  const reason = impossibility(match);
  if (reason !== null) {
    throw badValue(`DateTime "${value}" is not a real date and time: ${reason}`);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw badValue(`DateTime "${value}" is out of range`);
  }
  return date;
}

/** `DateTime`: Date inside the server, ISO-8601 UTC strings with milliseconds on the wire. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      // A server bug, not a client error: formatError logs it and answers INTERNAL_SERVER_ERROR.
      throw new TypeError('DateTime cannot represent a non-date value');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw badValue(`DateTime must be a string: ${FORMAT_HINT}`);
    }
    return parseDateTime(ast.value);
  },
});
