import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { freezeClocks, useLiveNow } from '../ui/useNow';
import { isStale, type LiveState } from './liveFeed';

/** How long a page may take to connect the first time before it says it is not connected. */
const FIRST_CONNECT_GRACE_MS = 5_000;

/** Whether what the page shows may be out of date, and as of when it is known to be right. */
export interface Staleness {
  readonly stale: boolean;
  /** When the server was last heard from (server time, epoch ms); null if never. */
  readonly asOf: number | null;
}

const fresh: Staleness = { stale: false, asOf: null };

/** Provided once by the app shell. */
export const StalenessContext = createContext<Staleness>(fresh);

/** Reads whether the page's data is stale. */
export function useStaleness(): Staleness {
  return useContext(StalenessContext);
}

/**
 * Decides, every second, whether the page is stale (the live connection is down, or silent past
 * the heartbeat limit), and freezes every clock on screen at the last moment the data was known
 * current. The first connection gets a short grace, so a page that is loading does not flash
 * "disconnected".
 */
export function useStalenessMonitor(live: LiveState): Staleness {
  const now = useLiveNow();
  const [loadedAt] = useState(now);
  const stale =
    isStale(live, now) && (live.lastHeardAt !== null || now - loadedAt > FIRST_CONNECT_GRACE_MS);
  const asOf = stale ? live.lastHeardAt : null;
  useEffect(() => freezeClocks(asOf), [asOf]);
  return useMemo(() => ({ stale, asOf }), [stale, asOf]);
}
