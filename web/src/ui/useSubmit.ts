import { useCallback, useRef, useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from './serverErrors';

/** State of one form that posts a mutation. */
export interface Submission {
  readonly pending: boolean;
  readonly errors: FormErrors;
  /**
   * Runs `send` with a fresh idempotency key, unless a submission is already in flight (a double
   * click is ignored before React even re-renders). Resolves true on success.
   */
  readonly submit: (send: (idempotencyKey: string) => Promise<unknown>) => Promise<boolean>;
  /** Clears the messages (e.g. when the form is reset). */
  readonly clear: () => void;
}

/**
 * One idempotency key per form submission, in-flight guard, server errors by field.
 * `codeFields` maps error codes that carry no field to the field they concern (see `toFormErrors`).
 */
export function useSubmit(codeFields?: Readonly<Record<string, string>>): Submission {
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const submit = useCallback(
    async (send: (idempotencyKey: string) => Promise<unknown>) => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setPending(true);
      setErrors(NO_ERRORS);
      try {
        await send(crypto.randomUUID());
        return true;
      } catch (error) {
        setErrors(toFormErrors(error, codeFields));
        return false;
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [codeFields],
  );
  const clear = useCallback(() => setErrors(NO_ERRORS), []);
  return { pending, errors, submit, clear };
}
