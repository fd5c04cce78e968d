import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveEventFieldsFragment } from '../__generated__/graphql';
import { subscribeToken } from '../auth/tokenStore';
import { apolloSubscribe, probeReady, type ApiClients } from './apolloClient';
import { applyLiveEvent } from './liveCache';
import { LiveFeed, type LiveState } from './liveFeed';
import { serverNow } from './serverClock';

/** Periodic cache garbage collection keeps a wallboard's memory flat over days. */
const GC_INTERVAL_MS = 10 * 60_000;

/**
 * Subscribes to `events` for as long as the app lives, writes each event into the Apollo cache,
 * resumes from the last cursor on every reconnect, and returns the connection state.
 */
export function useLiveEvents(clients: ApiClients): LiveState {
  const [feed] = useState(() => {
    const created: LiveFeed<LiveEventFieldsFragment> = new LiveFeed<LiveEventFieldsFragment>({
      subscribe: apolloSubscribe(clients, () => created.heard()),
      onEvent: (event) => applyLiveEvent(clients.apollo.cache, event),
      onResync: () => {
        void clients.apollo.refetchObservableQueries();
      },
      cursorOf: (event) => event.cursor,
      probe: probeReady,
      isVisible: () => document.visibilityState === 'visible',
      // Every time the UI shows is the server's, including "data as of".
      now: serverNow,
    });
    return created;
  });
  useEffect(() => {
    feed.start();
    const offToken = subscribeToken(() => {
      feed.restart();
      clients.apollo.resetStore().catch(() => undefined);
    });
    const online = () => feed.retryNow();
    window.addEventListener('online', online);
    const visible = () => {
      if (document.visibilityState === 'visible') feed.retryNow();
    };
    document.addEventListener('visibilitychange', visible);
    const gc = setInterval(() => clients.apollo.cache.gc(), GC_INTERVAL_MS);
    return () => {
      offToken();
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', visible);
      clearInterval(gc);
      feed.stop();
    };
  }, [feed, clients]);
  return useSyncExternalStore(feed.subscribeState, feed.getState);
}
