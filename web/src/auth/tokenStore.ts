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

/** Registers a listener for sign-in and sign-out; returns its remover. */
export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
