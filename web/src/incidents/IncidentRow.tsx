import { Link } from 'react-router';
import { graphql } from '../__generated__';
import type { IncidentRow_IncidentFragment } from '../__generated__/graphql';
import { ImpactBadge, StatusBadge } from '../ui/Badges';
import { Elapsed } from '../ui/Elapsed';
import { formatUtc, toMillis } from '../ui/format';

/**
 * An incident's summary, as every list draws it inline: the war room's cards and recently
 * resolved list, the history, the wallboard's rotation. The cards spread it in their own
 * fragments; the live cache writes it with every event about an incident.
 */
export const IncidentRow_incident = graphql(`
  fragment IncidentRow_incident on Incident {
    id
    title
    status
    impact
    startedAt
    resolvedAt
    components {
      component {
        id
        name
      }
    }
  }
`);

/**
 * One incident in a list: its title (a link), status, impact and duration. `detailed` (the
 * history) adds when it started and what it affected.
 */
export function IncidentRow({
  incident,
  detailed = false,
}: {
  incident: IncidentRow_IncidentFragment;
  detailed?: boolean;
}) {
  const link = <Link to={`/incidents/${incident.id}`}>{incident.title}</Link>;
  const badges = (
    <>
      <StatusBadge status={incident.status} />
      <ImpactBadge impact={incident.impact} />
      <Elapsed startedAt={incident.startedAt} resolvedAt={incident.resolvedAt} />
    </>
  );
  if (!detailed) {
    return (
      <li>
        {link}
        {badges}
      </li>
    );
  }
  return (
    <li>
      <div className="hl-main">
        {link}
        <span className="hl-when">{formatUtc(toMillis(incident.startedAt))}</span>
        {incident.components.length > 0 && (
          <span className="hl-components">
            {incident.components.map((c) => c.component.name).join(', ')}
          </span>
        )}
      </div>
      <div className="hl-side">{badges}</div>
    </li>
  );
}
