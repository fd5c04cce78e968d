import { graphql } from '../__generated__';
import type { UpdateList_UpdateFragment } from '../__generated__/graphql';
import { StatusBadge } from '../ui/Badges';
import { UtcAndLocal } from '../ui/DateTimes';
import { formatGap, secondsBetween } from '../ui/format';
import { useHasMounted, useMountFlash } from '../ui/useFlash';

/** An update as the list shows it, and as the live cache adds it to every list of updates. */
export const UpdateList_update = graphql(`
  fragment UpdateList_update on IncidentUpdate {
    id
    status
    body
    createdAt
    author
  }
`);

/** An incident's updates, newest first: the list the live cache puts new updates into. */
export const UpdateList_incident = graphql(`
  fragment UpdateList_incident on Incident {
    id
    updates {
      ...UpdateList_update
    }
  }
`);

/** The gap between each update and the one posted before it; null for the first. */
export function gapsToPrevious(updates: readonly { createdAt: string }[]): (string | null)[] {
  return updates.map((u, i) => {
    const previous = updates[i + 1];
    return previous ? formatGap(secondsBetween(previous.createdAt, u.createdAt)) : null;
  });
}

/** Status updates, newest first, each with its time and the gap to the one before (seed page style). */
export function UpdateList({ updates }: { updates: readonly UpdateList_UpdateFragment[] }) {
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
  update: UpdateList_UpdateFragment;
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
