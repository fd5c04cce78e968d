import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveEventFieldsFragment } from '../__generated__/graphql';
import { subscribeToken } from '../auth/tokenStore';
import { apolloSubscribe, type ApiClients } from './apolloClient';
import { applyLiveEvent } from './liveCache';
import { LiveFeed, type LiveState } from './liveFeed';

/** Periodic cache garbage collection keeps a wallboard's memory flat over days. */
const GC_INTERVAL_MS = 10 * 60_000;

/**
 * Subscribes to `events` for as long as the app lives, writes each event into the Apollo cache,
 * resumes from the last cursor on every reconnect, and returns the connection state.
 */
export function useLiveEvents(clients: ApiClients): LiveState {
  const [feed] = useState(
    () =>
      new LiveFeed<LiveEventFieldsFragment>({
        subscribe: apolloSubscribe(clients),
        onEvent: (event) => applyLiveEvent(clients.apollo.cache, event),
        onResync: () => {
          void clients.apollo.refetchObservableQueries();
        },
        cursorOf: (event) => event.cursor,
      }),
  );
  useEffect(() => {
    feed.start();
    const offToken = subscribeToken(() => {
      feed.restart();
      clients.apollo.resetStore().catch(() => undefined);
    });
    const online = () => feed.retryNow();
    window.addEventListener('online', online);
    const gc = setInterval(() => clients.apollo.cache.gc(), GC_INTERVAL_MS);
    return () => {
      offToken();
      window.removeEventListener('online', online);
      clearInterval(gc);
      feed.stop();
    };
  }, [feed, clients]);
  return useSyncExternalStore(feed.subscribeState, feed.getState);
}
