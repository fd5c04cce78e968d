import type { UpdateFieldsFragment } from '../__generated__/graphql';
import { StatusBadge } from '../ui/Badges';
import { UtcAndLocal } from '../ui/DateTimes';
import { formatGap, secondsBetween } from '../ui/format';
import { useHasMounted, useMountFlash } from '../ui/useFlash';

/** The gap between each update and the one posted before it; null for the first. */
export function gapsToPrevious(updates: readonly { createdAt: string }[]): (string | null)[] {
  return updates.map((u, i) => {
    const previous = updates[i + 1];
    return previous ? formatGap(secondsBetween(previous.createdAt, u.createdAt)) : null;
  });
}

/** Status updates, newest first, each with its time and the gap to the one before (seed page style). */
export function UpdateList({ updates }: { updates: readonly UpdateFieldsFragment[] }) {
  const gaps = gapsToPrevious(updates);
  const mounted = useHasMounted();
  return (
    <ol className="update-list" aria-label="Updates, newest first">
      {updates.map((u, i) => (
        <UpdateItem key={u.id} update={u} gap={gaps[i] ?? null} isNew={mounted} />
      ))}
    </ol>
  );
}

function UpdateItem({
  update,
  gap,
  isNew,
}: {
  update: UpdateFieldsFragment;
  gap: string | null;
  isNew: boolean;
}) {
  const flash = useMountFlash(isNew);
  return (
    <li className={`update-item${flash ? ' flash' : ''}`} data-update-id={update.id}>
      <div className="update-marker" aria-hidden="true" />
      <div className="update-content">
        <StatusBadge status={update.status} />
        <p className="update-body">{update.body}</p>
        <div className="update-meta">
          <UtcAndLocal at={update.createdAt} />
          {update.author && <span className="author"> · {update.author}</span>}
        </div>
        {gap && <p className="update-gap">{gap}</p>}
      </div>
    </li>
  );
}
