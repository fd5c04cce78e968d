import { CombinedGraphQLErrors } from '@apollo/client';

/** Errors of a rejected mutation, placed where the form shows them. */
export interface FormErrors {
  /** Messages keyed by input field name (`body`, `flow`, …), from `extensions.field`. */
  readonly fields: Readonly<Record<string, string>>;
  /** Messages with no field: FORBIDDEN, CONFLICT, network trouble. */
  readonly form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

const CODE_MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'Sign in with a token to do this.',
  FORBIDDEN: 'Your token’s role is not allowed to do this.',
  NOT_FOUND: 'It no longer exists. Reload the page.',
};

/** `input.body` and `body` both name the `body` field. */
function fieldName(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1] ?? path;
}

/**
 * Maps an Apollo error to per-field and form-level messages, by `extensions.code`.
 * `codeFields` places errors that name no field at the field a form knows they concern
 * (a CONFLICT on `createComponent` is about the name).
 */
export function toFormErrors(
  error: unknown,
  codeFields: Readonly<Record<string, string>> = {},
): FormErrors {
  if (!CombinedGraphQLErrors.is(error)) {
    return { fields: {}, form: 'Could not reach the server. Check the connection and try again.' };
  }
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const e of error.errors) {
    const code = typeof e.extensions?.['code'] === 'string' ? e.extensions['code'] : '';
    const field = e.extensions?.['field'];
    const placed = codeFields[code];
    if (code === 'BAD_USER_INPUT' && typeof field === 'string') {
      fields[fieldName(field)] = e.message;
    } else if (placed !== undefined) {
      fields[placed] = e.message;
    } else {
      general.push(CODE_MESSAGES[code] ?? e.message);
    }
  }
  return { fields, form: general.length > 0 ? general.join(' ') : null };
}

/** The `extensions.code` values of an error (empty for network errors). */
export function errorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) =>
    typeof e.extensions?.['code'] === 'string' ? [e.extensions['code']] : [],
  );
}
