import { unauthenticated } from '../common/errors.js';
import type { Viewer } from './viewer.js';

/**
 * Who may read (queries and subscriptions), decided once for every transport: HTTP refuses the
 * request, WebSocket refuses the connection, the live service refuses the subscription, and all
 * three ask this policy. Mutations are not reads: their services check roles themselves.
 */
export interface ReadAccess {
  /** Whether `viewer` may read at all. */
  canRead(viewer: Viewer): boolean;
  /** Throws UNAUTHENTICATED, with `reason`, unless `viewer` may read. */
  requireRead(viewer: Viewer, reason: string): void;
}

/**
 * `PUBLIC_READ=true`: anyone may read. `false`: every read needs a token, of any role (each role
 * includes VIEWER).
 */
export function createReadAccess({ publicRead }: { publicRead: boolean }): ReadAccess {
  const canRead = (viewer: Viewer) => publicRead || viewer.role !== null;
  return {
    canRead,
    requireRead(viewer, reason) {
      if (!canRead(viewer)) throw unauthenticated(reason);
    },
  };
}
