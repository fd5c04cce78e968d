import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import mongoose from 'mongoose';
import type { Logger } from './logger.js';

/** The only place that builds GraphQL errors; clients branch on `extensions.code`. */
export function unauthenticated(reason = 'A valid bearer token is required'): GraphQLError {
  return new GraphQLError(reason, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(reason: string): GraphQLError {
  return new GraphQLError(reason, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(type: string, id: string): GraphQLError {
  return new GraphQLError(`${type} ${id} does not exist`, {
    extensions: { code: 'NOT_FOUND', type, id },
  });
}

export function badInput(field: string, reason: string): GraphQLError {
  return new GraphQLError(`${field}: ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT', field },
  });
}

export function conflict(reason: string): GraphQLError {
  return new GraphQLError(reason, { extensions: { code: 'CONFLICT' } });
}

/** Past a rate limit; `retryAfterSeconds` tells when the next attempt is counted again. */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests: retry in ${retryAfterSeconds} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
  });
}

/** Field suggestions ("Did you mean …?") would let anyone map the schema by guessing. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ Did you mean .+\?$/, '');
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 11000;
}

/**
 * Maps anything that is not already a coded GraphQL error, once: mongoose validation and cast
 * errors become BAD_USER_INPUT, duplicate keys CONFLICT, the rest a generic internal error whose
 * original is logged (and shown only outside production).
 */
export function createFormatError(logger: Logger, production: boolean) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = { ...raw, message: withoutSuggestions(raw.message) };
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && original.extensions['code']) return formatted;
    if (
      formatted.extensions?.['code'] &&
      formatted.extensions['code'] !== 'INTERNAL_SERVER_ERROR'
    ) {
      return formatted;
    }
    if (original instanceof mongoose.Error.ValidationError) {
      const field = Object.keys(original.errors)[0] ?? 'input';
      return {
        ...formatted,
        message: original.message,
        extensions: { code: 'BAD_USER_INPUT', field },
      };
    }
    if (original instanceof mongoose.Error.CastError) {
      return {
        ...formatted,
        message: `${original.path}: not a valid ${original.kind}`,
        extensions: { code: 'BAD_USER_INPUT', field: original.path },
      };
    }
    if (isDuplicateKey(original)) {
      return {
        ...formatted,
        message: 'That value is already taken',
        extensions: { code: 'CONFLICT' },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: production ? 'Internal server error' : formatted.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
