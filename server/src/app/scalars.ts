import { GraphQLScalarType, Kind } from 'graphql';
import { badValue } from '../common/errors.js';

// ISO-8601 with a mandatory time zone, so "15:02" is never read in the server's local time.
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !isoDateTime.test(value)) {
    throw badValue(
      'DateTime must be an ISO-8601 string with a time zone, e.g. 2023-07-13T15:02:00Z',
    );
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw badValue(`DateTime ${value} is not a real date`);
  }
  return date;
}

/** `DateTime`: Date inside the server, ISO-8601 UTC strings on the wire. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      // A server bug, not a client error: formatError logs it and answers INTERNAL_SERVER_ERROR.
      throw new TypeError('DateTime cannot represent a non-date value');
    return date.toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw badValue('DateTime must be a string');
    }
    return parse(ast.value);
  },
});
