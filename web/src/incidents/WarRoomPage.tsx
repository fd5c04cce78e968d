import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import { RequireRole } from '../auth/RequireRole';
import { ComponentGrid } from '../components/ComponentGrid';
import { ComponentStatusControl } from '../components/ComponentStatusControl';
import { unhealthyComponents, unhealthySummary } from '../components/componentHealth';
import { CreateComponent } from '../components/CreateComponentForm';
import { ImpactBadge, StatusBadge } from '../ui/Badges';
import { Elapsed } from '../ui/Elapsed';
import { LoadError, Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { DeclareIncident } from './DeclareIncident';
import { IncidentCard } from './IncidentCard';
import { byImpactThenStart } from './incidentOrder';

export const WarRoomQuery = graphql(`
  query WarRoom {
    active: incidents(filter: { active: true }, first: 50) {
      edges {
        node {
          id
          ...IncidentCard_incident
        }
      }
    }
  }
`);

/** The calmer half of the war room, fetched on its own to keep each operation cheap. */
export const WarRoomOverviewQuery = graphql(`
  query WarRoomOverview {
    recent: incidents(filter: { active: false }, first: 5) {
      edges {
        node {
          id
          title
          status
          impact
          startedAt
          resolvedAt
        }
      }
    }
    components {
      ...ComponentGrid_component
    }
  }
`);

/** The distinct groups of the catalog, for the new component's suggestions. */
function groupsOf(components: readonly { group?: string | null }[]): string[] {
  return [...new Set(components.flatMap((c) => (c.group ? [c.group] : [])))];
}

/** The war room: active incidents first, live, then the platform's components and recent history. */
export default function WarRoomPage() {
  const { data, error } = useQuery(WarRoomQuery);
  const overview = useQuery(WarRoomOverviewQuery);
  if (!data) return error ? <LoadError error={error} /> : <Loading label="Loading the war room" />;
  const components = overview.data?.components ?? [];
  const active = byImpactThenStart(data.active.edges.map((e) => e.node));
  const unhealthy = unhealthyComponents(components).length;
  return (
    <div className="page war-room">
      <PageTitle name="War Room" active={active.length} />
      <div className="page-title">
        <h1>
          {active.length > 0
            ? `${active.length} active incident${active.length === 1 ? '' : 's'}`
            : unhealthy > 0
              ? 'No open incidents'
              : 'All systems operational'}
        </h1>
        <RequireRole role="COMMANDER">
          <DeclareIncident components={components} />
        </RequireRole>
      </div>
      {active.length > 0 ? (
        <section aria-label="Active incidents" className="incident-list">
          {active.map((incident) => (
            <IncidentCard key={incident.id} incident={incident} />
          ))}
        </section>
      ) : (
        <p className={`all-clear${unhealthy > 0 ? ' some-down' : ''}`}>
          {unhealthy > 0
            ? `No open incidents, but ${unhealthySummary(unhealthy)}: see below.`
            : 'No open incidents. Everything below is live.'}
        </p>
      )}
      <section aria-labelledby="components-heading" className="section">
        <div className="section-head">
          <h2 id="components-heading">Components</h2>
          <RequireRole role="COMMANDER">
            <CreateComponent groups={groupsOf(components)} />
          </RequireRole>
        </div>
        <ComponentGrid
          components={components}
          renderControl={(c) => (
            <RequireRole role="COMMANDER">
              <ComponentStatusControl component={c} />
            </RequireRole>
          )}
        />
      </section>
      <section aria-labelledby="recent-heading" className="section">
        <h2 id="recent-heading">Recently resolved</h2>
        {!overview.data ? (
          <Loading label="Loading recent incidents" />
        ) : overview.data.recent.edges.length === 0 ? (
          <p className="muted">Nothing resolved yet.</p>
        ) : (
          <ul className="recent-list">
            {overview.data.recent.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/incidents/${node.id}`}>{node.title}</Link>
                <StatusBadge status={node.status} />
                <ImpactBadge impact={node.impact} />
                <Elapsed startedAt={node.startedAt} resolvedAt={node.resolvedAt} />
              </li>
            ))}
          </ul>
        )}
        <Link to="/history" className="more-link">
          All incidents →
        </Link>
      </section>
    </div>
  );
}
