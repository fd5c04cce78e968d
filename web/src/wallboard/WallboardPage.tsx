import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../__generated__';
import type { ComponentGrid_ComponentFragment } from '../__generated__/graphql';
import { useLiveState } from '../app/liveContext';
import { useStaleness } from '../app/staleness';
import { ComponentGrid } from '../components/ComponentGrid';
import { unhealthyComponents, unhealthySummary } from '../components/componentHealth';
import { byImpactThenStart } from '../incidents/incidentOrder';
import { ConnectionIndicator } from '../ui/ConnectionIndicator';
import { formatUtcClock, isUtcAt } from '../ui/format';
import { Icon } from '../ui/Icon';
import { PageTitle } from '../ui/PageTitle';
import { StaleBanner } from '../ui/StaleBanner';
import { useNow } from '../ui/useNow';
import { parseKioskOptions } from './kiosk';
import { useRotation } from './useRotation';
import { useWakeLock } from './useWakeLock';
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

/** A pinned incident (`?incident=ID`), shown even once it is resolved. */
const WallboardPinnedQuery = graphql(`
  query WallboardPinned($id: ID!) {
    incident(id: $id) {
      id
      ...WallboardIncident_incident
    }
  }
`);

/**
 * The TV view: no interaction, no scrolling, never reloads. Rotates through active incidents,
 * worst impact first, unless the URL pins one; keeps the screen awake.
 */
export default function WallboardPage() {
  const [kiosk] = useState(() => parseKioskOptions(window.location.search));
  const { data } = useQuery(WallboardQuery);
  const pinned = useQuery(WallboardPinnedQuery, {
    variables: { id: kiosk.pinned ?? '' },
    skip: kiosk.pinned === null,
  });
  const live = useLiveState();
  const { stale } = useStaleness();
  useWakeLock();
  const active = byImpactThenStart(data?.incidents.edges.map((e) => e.node) ?? []);
  const pinnedIncident = pinned.data?.incident ?? null;
  const incidents = kiosk.pinned === null ? active : pinnedIncident ? [pinnedIncident] : [];
  const index = useRotation(incidents.length, kiosk.rotateMs);
  const current = incidents[index];
  return (
    <div className={`wallboard${stale ? ' is-stale' : ''}`}>
      <PageTitle name="Wallboard" active={active.length} />
      <StaleBanner live={live} />
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
          <WallboardIncident key={current.id} incident={current} />
        ) : (
          <AllClear unhealthy={unhealthyComponents(data.components).length} />
        )}
        {data &&
          (current ? (
            <CompactComponents components={data.components} />
          ) : (
            <section className="wb-components" aria-label="Components">
              <ComponentGrid components={data.components} flat />
            </section>
          ))}
      </main>
    </div>
  );
}

/**
 * Beside an incident, the components that are not operational, one tile each, and the rest
 * counted in one line: the grid never grows past what the screen can hold with the incident.
 */
function CompactComponents({
  components,
}: {
  components: readonly ComponentGrid_ComponentFragment[];
}) {
  const notOperational = components.filter((c) => c.status !== 'OPERATIONAL');
  const operational = components.length - notOperational.length;
  if (components.length === 0) return null;
  return (
    <section className="wb-components compact" aria-label="Components">
      <ComponentGrid components={notOperational} flat />
      {operational > 0 && (
        <p className="wb-components-rest">
          <Icon name="check" />{' '}
          {notOperational.length === 0
            ? `All ${operational} components operational`
            : `${operational} other component${operational === 1 ? '' : 's'} operational`}
        </p>
      )}
    </section>
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

/** One 24-hour UTC clock (server time); the viewer's local time below it only where it differs. */
function Clock() {
  const now = useNow();
  const local = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  return (
    <div className="wb-clock">
      <span className="wb-clock-utc">{formatUtcClock(now)} UTC</span>
      {!isUtcAt(now) && <span className="wb-clock-local">{local} local</span>}
    </div>
  );
}
