import { formatDuration, formatDurationPrecise, secondsBetween } from './format';
import { useNow } from './useNow';

/** "Lasted for 8h 24m" once resolved; a ticking "8h 12m" while open (frozen while stale). */
export function Elapsed({
  startedAt,
  resolvedAt,
}: {
  startedAt: string;
  resolvedAt: string | null;
}) {
  if (resolvedAt !== null) {
    return (
      <span className="elapsed">
        Lasted for {formatDuration(secondsBetween(startedAt, resolvedAt))}
      </span>
    );
  }
  return <TickingElapsed startedAt={startedAt} />;
}

function TickingElapsed({ startedAt }: { startedAt: string }) {
  const now = useNow();
  return (
    <span className="elapsed ticking">
      <time dateTime={startedAt}>{formatDurationPrecise(secondsBetween(startedAt, now))}</time>
    </span>
  );
}
