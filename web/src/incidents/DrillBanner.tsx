import { graphql } from '../__generated__';
import type { DrillBanner_IncidentFragment } from '../__generated__/graphql';
import { formatDuration, formatUtcClock } from '../ui/format';
import { useNow } from '../ui/useNow';
import { formatSpeed, scenarioElapsedSeconds } from './drillClock';

export const DrillBanner_incident = graphql(`
  fragment DrillBanner_incident on Incident {
    id
    drillRun {
      ...DrillRun_clock
    }
  }
`);

/**
 * Says, at the top of any page showing it, that an incident is a drill, not a real outage, and
 * where its scenario stands: "DRILL ×600 — scenario 17:44 UTC, T+2h 42m of 8h 24m", ticking
 * with every other clock (frozen and marked stale while the page is disconnected), and once it
 * is over, that it was stopped or finished.
 */
export function DrillBanner({
  incident,
  large = false,
  at = null,
}: {
  incident: DrillBanner_IncidentFragment;
  large?: boolean;
  /** A past moment the page shows (time travel, epoch ms): the scenario then, not now. */
  at?: number | null;
}) {
  const run = incident.drillRun;
  return (
    <div className={`drill-banner${large ? ' large' : ''}`} role="note" data-testid="drill-banner">
      {run ? <ScenarioClock run={run} at={at} /> : 'DRILL'} — a rehearsal replaying a past incident.
      Not a real outage.
    </div>
  );
}

function ScenarioClock({
  run,
  at,
}: {
  run: NonNullable<DrillBanner_IncidentFragment['drillRun']>;
  at: number | null;
}) {
  const now = useNow();
  if (at !== null) return <PastScenario run={run} at={at} />;
  const elapsed = scenarioElapsedSeconds(run, now);
  const atMs = Date.parse(run.sourceStartedAt) + elapsed * 1000;
  const of = formatDuration(run.scenarioDurationSeconds);
  const speed = formatSpeed(run.speed);
  if (run.state === 'FINISHED') {
    return (
      <span className="drill-clock" data-drill-state="FINISHED" data-scenario-elapsed={elapsed}>
        DRILL {speed} — finished: all {of} replayed
      </span>
    );
  }
  return (
    <span
      className={`drill-clock${run.state === 'RUNNING' ? ' ticking' : ''}`}
      data-drill-state={run.state}
      data-scenario-elapsed={elapsed}
      data-scenario-at={new Date(atMs).toISOString()}
    >
      DRILL {speed} — {run.state === 'STOPPED' ? 'stopped at ' : ''}scenario{' '}
      <time dateTime={new Date(atMs).toISOString()}>{formatUtcClock(atMs)} UTC</time>, T+
      {formatDuration(elapsed)} of {of}
    </span>
  );
}

/** The scenario at a past moment of the drill (never past where it stopped). */
function PastScenario({
  run,
  at,
}: {
  run: NonNullable<DrillBanner_IncidentFragment['drillRun']>;
  at: number;
}) {
  const then = scenarioElapsedSeconds({ ...run, state: 'RUNNING' }, at);
  const elapsed = run.state === 'RUNNING' ? then : Math.min(then, run.scenarioElapsedSeconds);
  const atMs = Date.parse(run.sourceStartedAt) + elapsed * 1000;
  return (
    <span className="drill-clock" data-drill-state="PAST" data-scenario-elapsed={elapsed}>
      DRILL {formatSpeed(run.speed)} — scenario then{' '}
      <time dateTime={new Date(atMs).toISOString()}>{formatUtcClock(atMs)} UTC</time>, T+
      {formatDuration(elapsed)} of {formatDuration(run.scenarioDurationSeconds)}
    </span>
  );
}
