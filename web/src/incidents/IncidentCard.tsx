import { Link } from 'react-router';
import { graphql } from '../__generated__';
import type { IncidentCard_IncidentFragment } from '../__generated__/graphql';
import { RecoveryPanel } from '../recovery/RecoveryPanel';
import { ImpactBadge, StatusBadge } from '../ui/Badges';
import { RelativeTime } from '../ui/DateTimes';
import { Elapsed } from '../ui/Elapsed';
import { DrillElapsed } from './DrillElapsed';
import { DrillBanner } from './DrillBanner';
import { NextUpdate } from './NextUpdate';
import { useFlash } from '../ui/useFlash';

export const IncidentCard_incident = graphql(`
  fragment IncidentCard_incident on Incident {
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

/** An incident on the war room: status, impact, elapsed time, latest update, recovery. */
export function IncidentCard({ incident }: { incident: IncidentCard_IncidentFragment }) {
  const latest = incident.updates[0];
  const flash = useFlash(latest?.id);
  const active = incident.status !== 'RESOLVED';
  return (
    <article
      className={`card incident-card impact-edge-${incident.impact.toLowerCase()}${incident.drill ? ' is-drill' : ''}`}
      aria-labelledby={`inc-${incident.id}`}
    >
      {incident.drill && <DrillBanner incident={incident} />}
      <header className="card-head">
        <div className="badges">
          <StatusBadge status={incident.status} />
          <ImpactBadge impact={incident.impact} />
        </div>
        <span className="elapsed-box" title="Elapsed since the incident started">
          {incident.drillRun ? (
            <DrillElapsed run={incident.drillRun} />
          ) : (
            <Elapsed startedAt={incident.startedAt} resolvedAt={incident.resolvedAt} />
          )}
        </span>
      </header>
      <h2 id={`inc-${incident.id}`}>
        <Link to={`/incidents/${incident.id}`}>{incident.title}</Link>
      </h2>
      <NextUpdate incident={incident} loud />
      {incident.components.length > 0 && (
        <p className="affected">
          Affects {incident.components.map((c) => c.component.name).join(', ')}
        </p>
      )}
      {latest && (
        <div className={`latest-update${flash ? ' flash' : ''}`} data-update-id={latest.id}>
          <div className="latest-meta">
            <StatusBadge status={latest.status} />
            <RelativeTime at={latest.createdAt} />
          </div>
          <p className="latest-body">{latest.body}</p>
        </div>
      )}
      {active || incident.recovery.length > 0 ? (
        <RecoveryPanel
          startedAt={incident.startedAt}
          endedAt={incident.resolvedAt}
          recovery={incident.recovery}
        />
      ) : null}
    </article>
  );
}
