import { graphql } from '../__generated__';
import type { NextUpdate_IncidentFragment } from '../__generated__/graphql';
import { formatDurationPrecise, formatUtcClock } from '../ui/format';
import { useNow } from '../ui/useNow';

export const NextUpdate_incident = graphql(`
  fragment NextUpdate_incident on Incident {
    id
    status
    nextUpdateBy
  }
`);

/**
 * The countdown to the next promised update ("Next update due in 12m 04s, by 15:45 UTC"), and
 * once the promise has passed, an unmissable "Next update overdue by 4m 10s". `loud` is for the
 * war room and the wallboard, where an overdue promise must be seen across the room. Frozen
 * with every other clock while the page is stale.
 */
export function NextUpdate({
  incident,
  loud = false,
}: {
  incident: NextUpdate_IncidentFragment;
  loud?: boolean;
}) {
  const now = useNow();
  if (incident.status === 'RESOLVED' || !incident.nextUpdateBy) return null;
  const by = Date.parse(incident.nextUpdateBy);
  const left = Math.round((by - now) / 1000);
  const at = `${formatUtcClock(by)} UTC`;
  if (left >= 0) {
    return (
      <p className="next-update due" data-testid="next-update">
        Next update due in{' '}
        <time dateTime={incident.nextUpdateBy}>{formatDurationPrecise(left)}</time>, by {at}
      </p>
    );
  }
  return (
    <p
      className={`next-update overdue${loud ? ' loud' : ''}`}
      data-testid="next-update"
      role={loud ? 'alert' : undefined}
    >
      Next update overdue by{' '}
      <time dateTime={incident.nextUpdateBy}>{formatDurationPrecise(-left)}</time> (promised for{' '}
      {at})
    </p>
  );
}
