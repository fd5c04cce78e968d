/**
 * The bearer token, kept in localStorage so a commander's laptop stays signed in across reloads.
 * A tiny external store: the Apollo links read it per request, React reads it with
 * `useSyncExternalStore`.
 */

const KEY = 'warroom.token';
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored token, or null when signed out. */
export function getToken(): string | null {
  const value = storage()?.getItem(KEY) ?? null;
  return value === null || value.trim() === '' ? null : value;
}

/** Stores a token (trimmed); `null` signs out. */
export function setToken(token: string | null): void {
  const store = storage();
  if (token === null || token.trim() === '') store?.removeItem(KEY);
  else store?.setItem(KEY, token.trim());
  for (const listener of listeners) listener();
}

let notice: string | null = null;

/**
 * Drops the stored token because the server refused it (wrong or revoked), leaving a notice for
 * the sign-in control to show. Only the token that was refused is dropped: a request that failed
 * with an old token never signs out a newer one.
 */
export function rejectToken(refused: string): void {
  if (getToken() !== refused.trim()) return;
  notice = 'The server did not accept your token (wrong or revoked), so you were signed out.';
  setToken(null);
}

/** Why the viewer was signed out, until they sign in again or dismiss it. */
export function getTokenNotice(): string | null {
  return notice;
}

/** Sets (or with null, dismisses) the sign-in notice. */
export function setTokenNotice(message: string | null): void {
  notice = message;
  for (const listener of listeners) listener();
}

/** Registers a listener for sign-in and sign-out; returns its remover. */
export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
