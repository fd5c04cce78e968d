import { useQuery } from '@apollo/client/react';
import { useSyncExternalStore } from 'react';
import { graphql } from '../__generated__';
import type { Role } from '../__generated__/graphql';
import { getToken, getTokenNotice, subscribeToken } from './tokenStore';

/** Who a token belongs to; also the sign-in form's check of a token before it is kept. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      name
    }
  }
`);

const RANK: Record<Role, number> = { VIEWER: 0, RESPONDER: 1, COMMANDER: 2, ADMIN: 3 };

/** Whether `role` includes every right of `needed` (roles are ordered). */
export function hasRole(role: Role | null | undefined, needed: Role): boolean {
  return role !== null && role !== undefined && RANK[role] >= RANK[needed];
}

/** Who the stored token belongs to, as the server says. */
export interface ViewerInfo {
  readonly token: string | null;
  readonly role: Role | null;
  readonly name: string | null;
  readonly loading: boolean;
  /** The server rejected the token. */
  readonly invalid: boolean;
}

/** Why the viewer was last signed out by the server, if they were. */
export function useTokenNotice(): string | null {
  return useSyncExternalStore(subscribeToken, getTokenNotice, () => null);
}

/** The stored token and the role the server gives it; re-asked whenever the token changes. */
export function useViewer(): ViewerInfo {
  const token = useSyncExternalStore(subscribeToken, getToken, () => null);
  const { data, loading, error } = useQuery(ViewerQuery, {
    fetchPolicy: 'network-only',
    skip: token === null,
  });
  if (token === null) return { token, role: null, name: null, loading: false, invalid: false };
  return {
    token,
    role: data?.viewer.role ?? null,
    name: data?.viewer.name ?? null,
    loading,
    invalid: error !== undefined,
  };
}
