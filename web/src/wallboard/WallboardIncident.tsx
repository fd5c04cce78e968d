import { graphql } from '../__generated__';
import type { WallboardIncident_IncidentFragment } from '../__generated__/graphql';
import { DrillBanner } from '../incidents/DrillBanner';
import { RecoveryHeadline } from '../recovery/RecoveryHeadline';
import { RecoveryPanel } from '../recovery/RecoveryPanel';
import { ImpactBadge, StatusBadge } from '../ui/Badges';
import { RelativeTime } from '../ui/DateTimes';
import { Elapsed } from '../ui/Elapsed';
import { useFlash } from '../ui/useFlash';

export const WallboardIncident_incident = graphql(`
  fragment WallboardIncident_incident on Incident {
    id
    title
    status
    impact
    startedAt
    resolvedAt
    drill
    updates {
      ...UpdateList_update
    }
    components {
      status
      component {
        id
        name
      }
    }
    ...RecoveryPanel_incident
  }
`);

/** One active incident, readable from across the room. */
export function WallboardIncident({
  incident,
  chartHeight,
}: {
  incident: WallboardIncident_IncidentFragment;
  chartHeight: number;
}) {
  const latest = incident.updates[0];
  const flash = useFlash(latest?.id);
  return (
    <article
      className={`wb-incident impact-edge-${incident.impact.toLowerCase()}${incident.drill ? ' is-drill' : ''}`}
      aria-labelledby="wb-title"
    >
      {incident.drill && <DrillBanner large />}
      <div className="wb-row">
        <div className="badges">
          <StatusBadge status={incident.status} />
          <ImpactBadge impact={incident.impact} />
        </div>
        <div className="wb-elapsed" aria-label="Elapsed">
          <Elapsed startedAt={incident.startedAt} resolvedAt={incident.resolvedAt} />
        </div>
      </div>
      <h1 id="wb-title" className="wb-title">
        {incident.title}
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
        <div className="wb-recovery">
          <RecoveryHeadline
            incidentId={incident.id}
            samples={incident.recovery.reduce((n, s) => n + s.samples.length, 0)}
            large
          />
          <RecoveryPanel
            startedAt={incident.startedAt}
            endedAt={incident.resolvedAt}
            recovery={incident.recovery}
            chartHeight={chartHeight}
            large
          />
        </div>
      )}
    </article>
  );
}
