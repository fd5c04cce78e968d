import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// ISO-8601 with a mandatory time zone, so "15:02" is never read in the server's local time.
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !isoDateTime.test(value)) {
    throw new GraphQLError(
      'DateTime must be an ISO-8601 string with a time zone, e.g. 2023-07-13T15:02:00Z',
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime ${value} is not a real date`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

/** `DateTime`: Date inside the server, ISO-8601 UTC strings on the wire. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      throw new GraphQLError('DateTime cannot represent a non-date value');
    return date.toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be a string', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value);
  },
});
