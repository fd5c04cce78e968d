import { Link } from 'react-router';
import { graphql } from '../__generated__';
import type { WallboardIncident_IncidentFragment } from '../__generated__/graphql';
import { DrillBanner } from '../incidents/DrillBanner';
import { ImpactBadge, StatusBadge } from '../ui/Badges';
import { RelativeTime } from '../ui/DateTimes';
import { Elapsed } from '../ui/Elapsed';
import { DrillElapsed } from '../incidents/DrillElapsed';
import { NextUpdate } from '../incidents/NextUpdate';
import { useFlash } from '../ui/useFlash';
import { WallboardRecovery } from './WallboardRecovery';

/** The title's size class: smaller for longer titles, so the longest (200 characters) still fits. */
function titleSize(title: string): string {
  if (title.length > 120) return ' longest';
  return title.length > 60 ? ' long' : '';
}

export const WallboardIncident_incident = graphql(`
  fragment WallboardIncident_incident on Incident {
    ...IncidentRow_incident
    drill
    ...DrillBanner_incident
    ...NextUpdate_incident
    updates {
      ...UpdateList_update
    }
    ...RecoveryPanel_incident
  }
`);

/** One active incident, readable from across the room. */
export function WallboardIncident({ incident }: { incident: WallboardIncident_IncidentFragment }) {
  const latest = incident.updates[0];
  const flash = useFlash(latest?.id);
  return (
    <article
      className={`wb-incident impact-edge-${incident.impact.toLowerCase()}${incident.recovery.length > 3 ? ' many-flows' : ''}${incident.drill ? ' is-drill' : ''}`}
      aria-labelledby="wb-title"
    >
      {incident.drill && <DrillBanner incident={incident} large />}
      <div className="wb-row">
        <div className="badges">
          <StatusBadge status={incident.status} />
          <ImpactBadge impact={incident.impact} />
        </div>
        <div className="wb-elapsed" aria-label="Elapsed">
          {incident.drillRun ? (
            <DrillElapsed run={incident.drillRun} />
          ) : (
            <Elapsed startedAt={incident.startedAt} resolvedAt={incident.resolvedAt} />
          )}
        </div>
        <NextUpdate incident={incident} loud />
      </div>
      <h1 id="wb-title" className={`wb-title${titleSize(incident.title)}`} title={incident.title}>
        {/* The same view serves desktops: the title leads to the incident, unseen on a TV. */}
        <Link className="wb-title-link" to={`/incidents/${incident.id}`}>
          {incident.title}
        </Link>
      </h1>
      {incident.components.length > 0 && (
        <p className="wb-affected">
          Affects {incident.components.map((c) => c.component.name).join(' · ')}
        </p>
      )}
      {latest && (
        <div className={`wb-latest${flash ? ' flash' : ''}`}>
          <div className="wb-latest-meta">
            Latest update · <RelativeTime at={latest.createdAt} />
          </div>
          <p className="wb-latest-body">{latest.body}</p>
        </div>
      )}
      {incident.recovery.length > 0 && (
        <WallboardRecovery
          startedAt={incident.startedAt}
          endedAt={incident.resolvedAt}
          recovery={incident.recovery}
        />
      )}
    </article>
  );
}
