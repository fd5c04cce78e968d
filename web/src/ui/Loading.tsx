import { errorCodes } from './serverErrors';

/** A page's loading state. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}…
    </div>
  );
}

/** A page's load failure, with what to do about it. */
export function LoadError({ error }: { error: { message: string } }) {
  const codes = errorCodes(error);
  const message = codes.includes('UNAUTHENTICATED')
    ? 'This server needs a token to read. Sign in above.'
    : codes.includes('FORBIDDEN')
      ? 'Your token may not read this.'
      : 'Could not load this page. It will retry when the connection is back.';
  return (
    <div className="load-error" role="alert">
      {message}
    </div>
  );
}
