/**
 * MongoDB-style command errors. Every failure the engine reports to a client goes through
 * {@link CommandError}, so replies always carry a numeric `code` and the matching `codeName`
 * the driver maps to its own error classes.
 */

/** The server error codes this engine answers with (values from mongod's error_codes.yml). */
export const ErrorCode = {
  InternalError: 1,
  BadValue: 2,
  NoSuchKey: 4,
  FailedToParse: 9,
  TypeMismatch: 14,
  IllegalOperation: 20,
  NamespaceNotFound: 26,
  IndexNotFound: 27,
  CursorNotFound: 43,
  NamespaceExists: 48,
  MaxTimeMSExpired: 50,
  DollarPrefixedFieldName: 52,
  CommandNotFound: 59,
  ImmutableField: 66,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  NotImplemented: 238,
  ChangeStreamFatalError: 280,
  ChangeStreamHistoryLost: 286,
  /** A pipeline stage document without exactly one field. */
  Location40323: 40323,
  /** Unrecognized pipeline stage name. */
  Location40324: 40324,
  /** An IDL-parsed command carries a field it does not define. */
  Location40415: 40415,
  /** `$out` anywhere but last. */
  Location40601: 40601,
  /** `$changeStream` anywhere but first. */
  Location40602: 40602,
  /** A positional projection `.$` whose query recorded no array element. */
  Location51246: 51246,
  DuplicateKey: 11000,
  BSONObjectTooLarge: 10334,
} as const;

/** A known error code name. */
export type ErrorCodeName = keyof typeof ErrorCode;

/** An error that becomes an `{ ok: 0, code, codeName, errmsg }` reply (or a write error). */
export class CommandError extends Error {
  readonly code: number;
  readonly codeName: string;
  /** Extra fields copied into the reply, e.g. `keyPattern`/`keyValue` for duplicate keys. */
  readonly extra: Record<string, unknown>;

  constructor(codeName: ErrorCodeName, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.name = 'CommandError';
    this.code = ErrorCode[codeName];
    this.codeName = codeName;
    this.extra = extra;
  }
}

/** Shorthand for the answer to anything the engine deliberately does not support. */
export function notImplemented(what: string): CommandError {
  return new CommandError('NotImplemented', `${what} is not implemented by the embedded engine`);
}

/** Shorthand for malformed input. */
export function badValue(message: string): CommandError {
  return new CommandError('BadValue', message);
}

/**
 * Turns anything thrown while running a command into a CommandError. Errors thrown by mingo
 * for unknown operators become NotImplemented (naming the operator) rather than a generic
 * failure, so a client never mistakes an unsupported feature for a bug in its data.
 */
export function toCommandError(error: unknown): CommandError {
  if (error instanceof CommandError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/unknown|not supported|invalid operator|unsupported/i.test(message)) {
    return new CommandError('NotImplemented', `unsupported operator or option: ${message}`);
  }
  if (error instanceof Error && error.constructor.name === 'MingoError') {
    return new CommandError('BadValue', message);
  }
  if (error instanceof RangeError || error instanceof TypeError) {
    return new CommandError('BadValue', message);
  }
  return new CommandError('InternalError', message);
}
