import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { useLiveState } from '../app/liveContext';
import { ComponentGrid } from '../components/ComponentGrid';
import { unhealthyComponents, unhealthySummary } from '../components/componentHealth';
import { ConnectionIndicator } from '../ui/ConnectionIndicator';
import { Icon } from '../ui/Icon';
import { useNow } from '../ui/useNow';
import { useRotation, useViewportHeight } from './useRotation';
import { WallboardIncident } from './WallboardIncident';
import './wallboard.css';

const WallboardQuery = graphql(`
  query Wallboard {
    incidents(filter: { active: true }, first: 20) {
      edges {
        node {
          id
          ...WallboardIncident_incident
        }
      }
    }
    components {
      ...ComponentGrid_component
    }
  }
`);

const ROTATE_MS = 15_000;

/** The TV view: no interaction, no scrolling, rotates through active incidents, never reloads. */
export default function WallboardPage() {
  const { data } = useQuery(WallboardQuery);
  const live = useLiveState();
  const height = useViewportHeight();
  const incidents = data?.incidents.edges.map((e) => e.node) ?? [];
  const index = useRotation(incidents.length, ROTATE_MS);
  const current = incidents[index];
  return (
    <div className="wallboard">
      <header className="wb-header">
        <div className="wb-brand">
          <span className="brand-mark" aria-hidden="true" /> War Room
        </div>
        {incidents.length > 1 && (
          <div className="wb-pager" aria-label={`Incident ${index + 1} of ${incidents.length}`}>
            {incidents.map((i, n) => (
              <span key={i.id} className={`wb-dot${n === index ? ' on' : ''}`} />
            ))}
            <span className="wb-pager-text">
              {index + 1} / {incidents.length} active
            </span>
          </div>
        )}
        <Clock />
        <ConnectionIndicator state={live} showLastEvent />
      </header>
      <main className="wb-main">
        {!data ? (
          <div className="wb-waiting">Connecting to the War Room…</div>
        ) : current ? (
          <WallboardIncident
            key={current.id}
            incident={current}
            chartHeight={Math.round(height * 0.26)}
          />
        ) : (
          <AllClear unhealthy={unhealthyComponents(data.components).length} />
        )}
        {data && (
          <section className={`wb-components${current ? ' compact' : ''}`} aria-label="Components">
            <ComponentGrid components={data.components} flat />
          </section>
        )}
      </main>
    </div>
  );
}

/** No open incident: all clear only when every component is healthy too. */
function AllClear({ unhealthy }: { unhealthy: number }) {
  return (
    <div className={`wb-all-clear${unhealthy > 0 ? ' some-down' : ''}`}>
      <div className="wb-all-clear-line">
        <Icon name={unhealthy > 0 ? 'alert' : 'check'} size="1em" />
        <span>{unhealthy > 0 ? 'No open incidents' : 'All systems operational'}</span>
      </div>
      <p className="wb-all-clear-sub">
        {unhealthy > 0 ? unhealthySummary(unhealthy) : 'No open incidents'}
      </p>
    </div>
  );
}

function Clock() {
  const now = useNow(1000);
  const utc = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(now);
  const local = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(
    now,
  );
  return (
    <div className="wb-clock">
      <span>{utc} UTC</span>
      <span className="wb-clock-local">{local} local</span>
    </div>
  );
}
