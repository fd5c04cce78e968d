import { formatLocal, formatRelative, formatUtc, isUtcAt, toMillis } from './format';
import { useNow } from './useNow';

/** An instant in UTC, with the viewer's local time beside it unless the viewer is on UTC. */
export function UtcAndLocal({ at }: { at: string }) {
  const ms = toMillis(at);
  return (
    <time className="utc-local" dateTime={at}>
      <span className="utc">{formatUtc(ms)}</span>
      {!isUtcAt(ms) && <span className="local"> · {formatLocal(ms)} local</span>}
    </time>
  );
}

/** "3 minutes ago", refreshed every 15 s; the absolute UTC time is in the tooltip. */
export function RelativeTime({ at }: { at: string }) {
  const now = useNow(15_000);
  const ms = toMillis(at);
  return (
    <time dateTime={at} title={formatUtc(ms)}>
      {formatRelative(ms, now)}
    </time>
  );
}
