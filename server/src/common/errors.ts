import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` the server sends. Clients and tests branch on these, never on message
 * text, so the list is closed: a new code is added here, in one place, or not at all.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'GRAPHQL_PARSE_FAILED'
  | 'PAYLOAD_TOO_LARGE'
  | 'BAD_REQUEST'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** Extensions beside the code (the offending field, the HTTP status for context-time errors). */
type Extras = Readonly<Record<string, unknown>>;

/**
 * The only constructor of `GraphQLError`s in the server, so that every error a client sees
 * carries a code from {@link ErrorCode}.
 */
export function coded(code: ErrorCode, message: string, extras: Extras = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extras, code } });
}

export function unauthenticated(reason = 'A valid bearer token is required'): GraphQLError {
  return coded('UNAUTHENTICATED', reason);
}

export function forbidden(reason: string): GraphQLError {
  return coded('FORBIDDEN', reason);
}

export function notFound(type: string, id: string): GraphQLError {
  return coded('NOT_FOUND', `${type} ${id} does not exist`, { type, id });
}

export function badInput(field: string, reason: string): GraphQLError {
  return coded('BAD_USER_INPUT', `${field}: ${reason}`, { field });
}

/** A bad value met outside any one input field (a malformed DateTime literal, say). */
export function badValue(reason: string): GraphQLError {
  return coded('BAD_USER_INPUT', reason);
}

export function conflict(reason: string): GraphQLError {
  return coded('CONFLICT', reason);
}

/**
 * A context-time error (bad token, token required) with the HTTP status Apollo should answer
 * with; anything that is not already a GraphQL error becomes a generic 401-style refusal.
 */
export function withHttpStatus(error: unknown, status: number): GraphQLError {
  if (error instanceof GraphQLError) {
    return new GraphQLError(error.message, {
      extensions: { ...error.extensions, http: { status } },
    });
  }
  return coded('UNAUTHENTICATED', 'Authentication failed', { http: { status } });
}

/** Past a rate limit; `retryAfterSeconds` tells when the next attempt is counted again. */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return coded('RATE_LIMITED', `Too many requests: retry in ${retryAfterSeconds} s`, {
    retryAfterSeconds,
  });
}

/** Field suggestions ("Did you mean …?") would let anyone map the schema by guessing. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ Did you mean .+\?$/, '');
}

/**
 * The database is unreachable (the embedded engine is restarting, or the connection to MongoDB
 * is lost): nothing was written, and the same request may be retried shortly. Over HTTP it is
 * answered with 503 and `Retry-After`.
 */
export function unavailable(): GraphQLError {
  return coded('SERVICE_UNAVAILABLE', 'The database is unavailable; retry shortly', {
    retryable: true,
    http: { status: 503, headers: new Map([['retry-after', '1']]) },
  });
}

/** Whether `error` is MongoDB's duplicate-key refusal (code 11000). */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 11000;
}
