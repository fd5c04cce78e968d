import type { LiveState } from '../app/liveFeed';
import { useStaleness } from '../app/staleness';
import { formatAgo, secondsBetween } from './format';
import { useLiveNow } from './useNow';

/**
 * "Live", "Connecting…", "Reconnecting in 4s" or "Disconnected", with a coloured dot and the
 * words. It says "Live" only while events and keep-alives are arriving.
 */
export function ConnectionIndicator({
  state,
  showLastEvent = false,
}: {
  state: LiveState;
  showLastEvent?: boolean;
}) {
  const now = useLiveNow();
  const { stale } = useStaleness();
  let text: string;
  let status: string = state.status;
  if (state.status === 'live') {
    text = stale ? 'Disconnected' : 'Live';
    if (stale) status = 'reconnecting';
  } else if (state.status === 'connecting') text = 'Connecting…';
  else {
    const wait = state.retryAt === null ? 0 : Math.max(0, Math.ceil((state.retryAt - now) / 1000));
    text = wait > 0 ? `Reconnecting in ${wait}s` : 'Reconnecting…';
  }
  return (
    <div
      className={`connection conn-${status}`}
      role="status"
      aria-live="polite"
      data-connection={status}
    >
      <span className="conn-dot" aria-hidden="true" />
      <span className="conn-text">{text}</span>
      {showLastEvent && state.lastEventAt !== null && (
        <span className="conn-last">
          · last event {formatAgo(secondsBetween(state.lastEventAt, now))}
        </span>
      )}
    </div>
  );
}
