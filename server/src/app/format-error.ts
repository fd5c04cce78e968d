import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import mongoose from 'mongoose';
import { isDuplicateKey, withoutSuggestions, type ErrorCode } from '../common/errors.js';
import type { Logger } from './logger.js';

const internal: ErrorCode = 'INTERNAL_SERVER_ERROR';

/** The driver lost the database mid-operation (network, no server selectable, pool closed). */
function isDatabaseUnreachable(error: unknown): boolean {
  const { mongo } = mongoose;
  return (
    error instanceof mongo.MongoNetworkError ||
    error instanceof mongo.MongoServerSelectionError ||
    error instanceof mongo.MongoNotConnectedError ||
    error instanceof mongo.MongoTopologyClosedError ||
    error instanceof mongoose.Error.MongooseServerSelectionError
  );
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
    if (formatted.extensions?.['code'] && formatted.extensions['code'] !== internal) {
      return formatted;
    }
    if (original instanceof mongoose.Error.ValidationError) {
      const field = Object.keys(original.errors)[0] ?? 'input';
      const code: ErrorCode = 'BAD_USER_INPUT';
      return { ...formatted, message: original.message, extensions: { code, field } };
    }
    if (original instanceof mongoose.Error.CastError) {
      const code: ErrorCode = 'BAD_USER_INPUT';
      return {
        ...formatted,
        message: `${original.path}: not a valid ${original.kind}`,
        extensions: { code, field: original.path },
      };
    }
    if (isDatabaseUnreachable(original)) {
      const code: ErrorCode = 'SERVICE_UNAVAILABLE';
      const message = 'The database is unavailable; retry shortly';
      return { ...formatted, message, extensions: { code, retryable: true } };
    }
    if (isDuplicateKey(original)) {
      const code: ErrorCode = 'CONFLICT';
      return { ...formatted, message: 'That value is already taken', extensions: { code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: production ? 'Internal server error' : formatted.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: internal },
    };
  };
}
