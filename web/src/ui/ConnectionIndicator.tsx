import type { LiveState } from '../app/liveFeed';
import { formatAgo, secondsBetween } from './format';
import { useNow } from './useNow';

/** "Live", "Connecting…" or "Reconnecting in 4s", with a coloured dot and the words. */
export function ConnectionIndicator({
  state,
  showLastEvent = false,
}: {
  state: LiveState;
  showLastEvent?: boolean;
}) {
  const now = useNow(1000);
  let text: string;
  if (state.status === 'live') text = 'Live';
  else if (state.status === 'connecting') text = 'Connecting…';
  else {
    const wait = state.retryAt === null ? 0 : Math.max(0, Math.ceil((state.retryAt - now) / 1000));
    text = wait > 0 ? `Reconnecting in ${wait}s` : 'Reconnecting…';
  }
  return (
    <div
      className={`connection conn-${state.status}`}
      role="status"
      aria-live="polite"
      data-connection={state.status}
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
