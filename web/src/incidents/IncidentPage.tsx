import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../__generated__';
import { RequireRole } from '../auth/RequireRole';
import { RecordRecoveryForm } from '../recovery/RecordRecoveryForm';
import { RecoveryPanel } from '../recovery/RecoveryPanel';
import { ImpactBadge, StatusBadge } from '../ui/Badges';
import { UtcAndLocal } from '../ui/DateTimes';
import { Elapsed } from '../ui/Elapsed';
import { DrillElapsed } from './DrillElapsed';
import { NextUpdate } from './NextUpdate';
import { LoadError, Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { ActionItems } from './ActionItems';
import { AffectedComponents } from './AffectedComponents';
import { ImpactControl } from './ImpactControl';
import { IncidentSummary } from './IncidentSummary';
import { PostUpdateForm } from './PostUpdateForm';
import { Postmortem } from './Postmortem';
import { CompareWithPast } from '../recovery/CompareWithPast';
import { RecoveryHeadline } from '../recovery/RecoveryHeadline';
import { DrillBanner } from './DrillBanner';
import { PastBanner, PastBoard, TimeScrubber, useTimeTravel } from './TimeTravel';
import { Timeline } from './Timeline';
import { UpdateList } from './UpdateList';

export const IncidentPageQuery = graphql(`
  query IncidentPage($id: ID!) {
    incident(id: $id) {
      id
      title
      status
      impact
      startedAt
      resolvedAt
      postmortem
      drill
      primaryFlow
      ...DrillBanner_incident
      ...NextUpdate_incident
      components {
        ...AffectedComponents_affected
      }
      ...UpdateList_incident
      ...RecoveryPanel_incident
      ...Timeline_incident
      ...ActionItems_incident
    }
  }
`);

/** One incident, as a status page shows it and more: updates, recovery, post-mortem, follow-ups. */
export default function IncidentPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(IncidentPageQuery, { variables: { id } });
  const travel = useTimeTravel();
  if (!data) return error ? <LoadError error={error} /> : <Loading label="Loading the incident" />;
  const incident = data.incident;
  if (!incident) {
    return (
      <div className="page">
        <PageTitle name="No such incident" />
        <h1>No such incident</h1>
        <p>
          <Link to="/history">Search the history</Link>
        </p>
      </div>
    );
  }
  const scrubber = (
    <TimeScrubber
      startedAt={incident.startedAt}
      resolvedAt={incident.resolvedAt}
      at={travel.at}
      onGo={travel.go}
    />
  );
  if (travel.raw !== null) {
    // The past, alone: nothing live on the page, so no figure of now is mistaken for then.
    return (
      <div className={`page incident-page is-past${incident.drill ? ' is-drill' : ''}`}>
        <PageTitle name={`${incident.title} (past state)`} />
        {incident.drill && <DrillBanner incident={incident} at={travel.at} />}
        <PastBanner at={travel.at} onLive={() => travel.go(null)} />
        <header className="incident-header">
          <h1>{incident.title}</h1>
          {scrubber}
        </header>
        {travel.at !== null && (
          <PastBoard incidentId={incident.id} at={travel.at} startedAt={incident.startedAt} />
        )}
      </div>
    );
  }
  return (
    <div className={`page incident-page${incident.drill ? ' is-drill' : ''}`}>
      <PageTitle name={incident.title} />
      {incident.drill && <DrillBanner incident={incident} />}
      <header className="incident-header">
        <div className="badges">
          <StatusBadge status={incident.status} />
          <ImpactBadge impact={incident.impact} />
        </div>
        <h1>{incident.title}</h1>
        <IncidentSummary
          recovery={incident.recovery}
          latest={incident.updates[0]}
          primaryFlow={incident.primaryFlow}
        />
        <p className="duration">
          {incident.drillRun ? (
            <DrillElapsed run={incident.drillRun} />
          ) : (
            <Elapsed startedAt={incident.startedAt} resolvedAt={incident.resolvedAt} />
          )}
        </p>
        <NextUpdate incident={incident} />
        <dl className="times">
          <div>
            <dt>Started</dt>
            <dd>
              <UtcAndLocal at={incident.startedAt} />
            </dd>
          </div>
          {incident.resolvedAt && (
            <div>
              <dt>Resolved</dt>
              <dd>
                <UtcAndLocal at={incident.resolvedAt} />
              </dd>
            </div>
          )}
        </dl>
        {scrubber}
        <RequireRole role="COMMANDER">
          <ImpactControl key={incident.impact} incidentId={incident.id} impact={incident.impact} />
        </RequireRole>
      </header>
      <div className="incident-columns">
        <div className="col-main">
          <section className="section" aria-labelledby="updates-heading">
            <h2 id="updates-heading">Updates</h2>
            <RequireRole role="RESPONDER">
              <PostUpdateForm incidentId={incident.id} current={incident.status} />
            </RequireRole>
            <UpdateList updates={incident.updates} />
          </section>
          <section className="section" aria-labelledby="pm-heading">
            <h2 id="pm-heading">Post-mortem</h2>
            <Postmortem incidentId={incident.id} markdown={incident.postmortem ?? null} />
          </section>
        </div>
        <aside className="col-side">
          <section className="section" aria-labelledby="recovery-heading">
            <h2 id="recovery-heading">Recovery</h2>
            <RecoveryHeadline
              incidentId={incident.id}
              samples={incident.recovery.reduce((n, s) => n + s.samples.length, 0)}
            />
            <RecoveryPanel
              startedAt={incident.startedAt}
              endedAt={incident.resolvedAt}
              recovery={incident.recovery}
              chartHeight={150}
            />
            <CompareWithPast
              incidentId={incident.id}
              samples={incident.recovery.reduce((n, s) => n + s.samples.length, 0)}
            />
            <RequireRole role="RESPONDER">
              <RecordRecoveryForm
                incidentId={incident.id}
                flows={incident.recovery.map((s) => s.flow)}
              />
            </RequireRole>
          </section>
          <section className="section" aria-labelledby="components-heading">
            <h2 id="components-heading">Affected components</h2>
            <AffectedComponents incidentId={incident.id} affected={incident.components} />
          </section>
          <section className="section" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <Timeline incidentId={incident.id} events={incident.timeline} />
          </section>
          <section className="section" aria-labelledby="actions-heading">
            <h2 id="actions-heading">Follow-up actions</h2>
            <ActionItems incidentId={incident.id} items={incident.actionItems} />
          </section>
        </aside>
      </div>
    </div>
  );
}
