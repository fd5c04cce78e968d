import type { LiveState } from '../app/liveFeed';
import { useStaleness } from '../app/staleness';
import { formatAgo, formatUtcClock, secondsBetween } from './format';
import { Icon } from './Icon';
import { useLiveNow } from './useNow';

/** What the feed is doing about it: "Reconnecting in 2s" or "Reconnecting…". */
function retryText(live: LiveState, now: number): string {
  if (live.status === 'live') return 'No word from the server — checking the connection…';
  const wait = live.retryAt === null ? 0 : Math.ceil((live.retryAt - now) / 1000);
  return wait > 0 ? `Reconnecting in ${wait}s` : 'Reconnecting…';
}

/**
 * Full width, large type, impossible to miss from across the room: the page is not live, and
 * what it shows is as of this moment. Renders nothing while live.
 */
export function StaleBanner({ live }: { live: LiveState }) {
  const { stale, asOf } = useStaleness();
  const now = useLiveNow();
  if (!stale) return null;
  return (
    <div className="stale-banner" role="alert" data-stale-banner="">
      <Icon name="alert" size="1.2em" />
      <div className="stale-text">
        <strong>
          {asOf === null
            ? 'Disconnected — waiting for the server'
            : `Disconnected — showing data as of ${formatUtcClock(asOf, true)} UTC, ${formatAgo(secondsBetween(asOf, now))}`}
        </strong>
        <span className="stale-retry">{retryText(live, now)}</span>
      </div>
    </div>
  );
}
