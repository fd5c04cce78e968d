import { useApolloClient } from '@apollo/client/react';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Icon } from '../ui/Icon';
import { setToken, setTokenNotice } from './tokenStore';
import { useTokenNotice, useViewer, ViewerQuery } from './useViewer';

type Check = 'ok' | 'rejected' | 'unreachable';

/** Whether an error says the token was refused (as opposed to the server being unreachable). */
function isRefusal(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

const REJECTED = 'That token was not accepted: it is wrong or has been revoked.';

/** Token entry for commanders, or who is signed in with a sign-out button. */
export function SignIn() {
  const viewer = useViewer();
  const notice = useTokenNotice();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (viewer.token !== null) {
    return (
      <div className="signin signed-in">
        <span className="who">
          {viewer.loading
            ? 'Checking token…'
            : viewer.invalid || viewer.role === null
              ? 'Token not accepted'
              : `${viewer.name ?? 'Signed in'} · ${viewer.role.toLowerCase()}`}
        </span>
        <button type="button" className="btn ghost" onClick={() => setToken(null)}>
          Sign out
        </button>
      </div>
    );
  }
  if (!open) {
    return (
      <div className="signin">
        {notice !== null && (
          <p className="signin-notice" role="alert">
            {notice}{' '}
            <button type="button" className="btn ghost" onClick={() => setTokenNotice(null)}>
              Dismiss
            </button>
          </p>
        )}
        <button type="button" className="btn ghost" onClick={() => setOpen(true)}>
          Commander sign-in
        </button>
      </div>
    );
  }
  /** Asks the server who the token belongs to, before keeping it. */
  const check = async (token: string): Promise<Check> => {
    try {
      const result = await client.query({
        query: ViewerQuery,
        fetchPolicy: 'network-only',
        context: { headers: { authorization: `Bearer ${token}` } },
      });
      return result.data?.viewer.role ? 'ok' : 'rejected';
    } catch (caught) {
      return isRefusal(caught) ? 'rejected' : 'unreachable';
    }
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const token = value.trim();
    setChecking(true);
    const verdict = await check(token);
    setChecking(false);
    if (verdict === 'rejected') {
      setError(REJECTED);
      return;
    }
    // Unreachable: keep it; the server will say once it is back (and the token is dropped then).
    setTokenNotice(null);
    setToken(token);
    setValue('');
    setError(null);
    setOpen(false);
  };
  return (
    <form className="signin" onSubmit={(e) => void onSubmit(e)} aria-label="Sign in">
      <label htmlFor="token-input" className="visually-hidden">
        API token
      </label>
      <input
        id="token-input"
        type="password"
        autoComplete="off"
        placeholder="API token"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? 'token-error' : undefined}
        autoFocus
      />
      <button type="submit" className="btn" disabled={value.trim() === '' || checking}>
        <Icon name="arrow" /> {checking ? 'Checking…' : 'Sign in'}
      </button>
      <button type="button" className="btn ghost" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {error !== null && (
        <p id="token-error" className="signin-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
