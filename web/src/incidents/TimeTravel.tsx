import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import type { IncidentAtQuery } from '../__generated__/graphql';
import { serverNow } from '../app/serverClock';
import { flowLabel } from '../recovery/flowKind';
import { RecoveryPanel } from '../recovery/RecoveryPanel';
import { ComponentStatusLabel, ImpactBadge, StatusBadge } from '../ui/Badges';
import { formatPercent, formatUtc, formatUtcClock, humanize, toMillis } from '../ui/format';
import { LoadError, Loading } from '../ui/Loading';
import { UpdateList } from './UpdateList';

/**
 * The incident as it was at `at`, rebuilt by the server from the event log. Fetched without the
 * cache: nothing of the past is written into the normalized objects the live page (and the live
 * feed) read, and nothing live is mixed into the past.
 */
export const PastBoardQuery = graphql(`
  query IncidentAt($id: ID!, $at: DateTime!) {
    incidentAt(id: $id, at: $at) {
      at
      status
      impact
      components {
        status
        component {
          id
          name
        }
      }
      updates {
        ...UpdateList_update
      }
      recovery {
        kind
        ...RecoveryPanel_series
      }
      timeline {
        id
        at
        text
      }
      actionItems {
        id
        title
        owner
        status
      }
    }
  }
`);

/** The search parameter a shared link carries: `?at=2023-07-19T17:44:00.000Z`. */
export const AT_PARAM = 'at';

/** A moment from `?at=`: epoch ms, or null when absent or not a time. */
export function parseAt(value: string | null): number | null {
  if (value === null || value.length > 40) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Where the scrubber may go: from the start to the resolution, or to now while it is open. */
export function scrubRange(
  startedAt: string,
  resolvedAt: string | null,
  now: number,
): { min: number; max: number } {
  const min = toMillis(startedAt);
  const max = resolvedAt === null ? now : toMillis(resolvedAt);
  return { min, max: Math.max(min, max) };
}

/** A scrubber position, clamped and rounded down to a whole second (what a shared link keeps). */
export function clampAt(ms: number, range: { min: number; max: number }): number {
  return Math.floor(Math.min(range.max, Math.max(range.min, ms)) / 1000) * 1000;
}

/** `?at=` and how to change it: a shared link opens the board at that moment. */
export function useTimeTravel() {
  const [params, setParams] = useSearchParams();
  const raw = params.get(AT_PARAM);
  const at = parseAt(raw);
  const go = (ms: number | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (ms === null) next.delete(AT_PARAM);
        else next.set(AT_PARAM, new Date(ms).toISOString());
        return next;
      },
      // Scrubbing within the past replaces the entry; entering or leaving it is a step back.
      { replace: raw !== null && ms !== null },
    );
  return { raw, at, invalid: raw !== null && at === null, go };
}

/**
 * A range over the incident's life. At its right end the page is live; anywhere else it shows
 * the board as it was then. The URL follows the thumb once it rests (a quarter second).
 */
export function TimeScrubber({
  startedAt,
  resolvedAt,
  at,
  onGo,
}: {
  startedAt: string;
  resolvedAt: string | null;
  at: number | null;
  onGo: (ms: number | null) => void;
}) {
  const [now] = useState(() => serverNow());
  const range = scrubRange(startedAt, resolvedAt, at === null ? now : Math.max(now, at));
  // Where the thumb is while it moves; null once the URL has it.
  const [draft, setDraft] = useState<number | null>(null);
  const go = useRef(onGo);
  useEffect(() => {
    go.current = onGo;
  }, [onGo]);
  // The right end of an open incident is now: resting there is going back to live.
  const liveEnd = resolvedAt === null ? clampAt(range.max, range) : null;
  useEffect(() => {
    if (draft === null) return;
    const timer = setTimeout(() => {
      setDraft(null);
      go.current(liveEnd !== null && draft >= liveEnd ? null : draft);
    }, 250);
    return () => clearTimeout(timer);
  }, [draft, liveEnd]);
  const value = draft ?? at ?? range.max;
  const shown = formatUtcClock(value);
  return (
    <div className="time-scrubber">
      <label htmlFor="time-travel-range">Time travel</label>
      <input
        id="time-travel-range"
        type="range"
        min={range.min}
        max={range.max}
        step={60_000}
        value={value}
        aria-valuetext={formatUtc(value)}
        onChange={(event) => {
          const ms = clampAt(Number(event.currentTarget.value), range);
          setDraft(ms);
        }}
      />
      <output htmlFor="time-travel-range" className="scrub-time">
        {at === null && draft === null ? 'Live' : `${shown} UTC`}
      </output>
    </div>
  );
}

/** The banner over a past board: which moment, that it is the past, and the way back. */
export function PastBanner({ at, onLive }: { at: number | null; onLive: () => void }) {
  return (
    <div className="past-banner" role="status" data-testid="past-banner">
      <span>
        {at === null ? (
          'That link’s time is not a date and time: showing nothing.'
        ) : (
          <>
            Viewing <time dateTime={new Date(at).toISOString()}>{formatUtcClock(at)} UTC</time> —
            past state <span className="past-date">({formatUtc(at)})</span>
          </>
        )}
      </span>
      <button type="button" className="btn" onClick={onLive}>
        Back to live
      </button>
    </div>
  );
}

type Snapshot = NonNullable<IncidentAtQuery['incidentAt']>;

/** The board at `at`: status, impact, headline figure, flows, updates, components, timeline. */
export function PastBoard({
  incidentId,
  at,
  startedAt,
}: {
  incidentId: string;
  at: number;
  startedAt: string;
}) {
  const { data, error, loading } = useQuery(PastBoardQuery, {
    variables: { id: incidentId, at: new Date(at).toISOString() },
    fetchPolicy: 'no-cache',
  });
  if (!data) return error ? <LoadError error={error} /> : <Loading label="Rebuilding the past" />;
  const snapshot = data.incidentAt;
  if (!snapshot) {
    return (
      <p className="muted" data-testid="past-board">
        The incident had not started yet at {formatUtc(at)}.
      </p>
    );
  }
  return (
    <div className={`past-board${loading ? ' is-loading' : ''}`} data-testid="past-board">
      <div className="badges">
        <StatusBadge status={snapshot.status} />
        <ImpactBadge impact={snapshot.impact} />
      </div>
      <div className="incident-columns">
        <div className="col-main">
          <section className="section" aria-labelledby="past-updates-heading">
            <h2 id="past-updates-heading">
              Updates by then <span className="muted">({snapshot.updates.length})</span>
            </h2>
            <UpdateList updates={snapshot.updates} />
          </section>
        </div>
        <aside className="col-side">
          <section className="section" aria-labelledby="past-recovery-heading">
            <h2 id="past-recovery-heading">Recovery by then</h2>
            <PastHeadline snapshot={snapshot} />
            <RecoveryPanel
              startedAt={startedAt}
              endedAt={new Date(at).toISOString()}
              recovery={snapshot.recovery}
              chartHeight={150}
            />
          </section>
          <section className="section" aria-labelledby="past-components-heading">
            <h2 id="past-components-heading">Affected components then</h2>
            {snapshot.components.length === 0 ? (
              <p className="muted">No components marked as affected.</p>
            ) : (
              <ul className="affected-list">
                {snapshot.components.map((c) => (
                  <li key={c.component.id}>
                    <span>{c.component.name}</span>
                    <ComponentStatusLabel status={c.status} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="section" aria-labelledby="past-timeline-heading">
            <h2 id="past-timeline-heading">Timeline by then</h2>
            {snapshot.timeline.length === 0 ? (
              <p className="muted">No timeline events yet.</p>
            ) : (
              <ol className="timeline-list">
                {snapshot.timeline.map((e) => (
                  <li key={e.id}>
                    <time dateTime={e.at} title={formatUtc(toMillis(e.at))} className="tl-time">
                      {formatUtcClock(toMillis(e.at))} UTC
                    </time>
                    <span className="tl-text">{e.text}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section className="section" aria-labelledby="past-actions-heading">
            <h2 id="past-actions-heading">Follow-up actions then</h2>
            {snapshot.actionItems.length === 0 ? (
              <p className="muted">No follow-up actions yet.</p>
            ) : (
              <ul className="action-list">
                {snapshot.actionItems.map((item) => (
                  <li key={item.id} className={`action-item ai-${item.status.toLowerCase()}`}>
                    <span className="ai-status">{humanize(item.status)}</span>{' '}
                    <span>{item.title}</span>
                    {item.owner && <span className="muted"> — {item.owner}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}

/** The primary flow (first in the server's order) as it stood then, first and big. */
function PastHeadline({ snapshot }: { snapshot: Snapshot }) {
  const primary = snapshot.recovery[0];
  const latest = primary?.samples.at(-1);
  if (!primary || !latest) return <p className="muted">No recovery figures recorded by then.</p>;
  return (
    <div className="recovery-headline" data-testid="past-headline">
      <div className="headline-label">{flowLabel(primary.flow)}</div>
      <div className="headline-value">{formatPercent(latest.value)}</div>
      <div className="headline-trend">as measured at {formatUtcClock(toMillis(latest.at))} UTC</div>
    </div>
  );
}
