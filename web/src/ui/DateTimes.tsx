import { formatLocal, formatPast, formatUtc, isUtcAt, toMillis } from './format';
import { useNow } from './useNow';

/** An instant in UTC, with the viewer's local time as a second line unless the viewer is on UTC. */
export function UtcAndLocal({ at }: { at: string }) {
  const ms = toMillis(at);
  return (
    <time className="utc-local" dateTime={at}>
      <span className="utc">{formatUtc(ms)}</span>
      {!isUtcAt(ms) && <span className="local">{formatLocal(ms)} local</span>}
    </time>
  );
}

/**
 * "15 seconds ago", on the server's clock, refreshed every second and never in the future;
 * frozen with the other clocks while the page is disconnected. The UTC time is in the tooltip.
 */
export function RelativeTime({ at }: { at: string }) {
  const now = useNow();
  const ms = toMillis(at);
  return (
    <time dateTime={at} title={formatUtc(ms)} className="relative-time">
      {formatPast(ms, now)}
    </time>
  );
}
