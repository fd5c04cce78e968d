import { graphql } from '../__generated__';
import type { NextUpdate_IncidentFragment } from '../__generated__/graphql';
import { formatDurationPrecise, formatUtcClock } from '../ui/format';
import { useNow } from '../ui/useNow';
import { formatSpeed, scenarioTimeOf } from './drillClock';

/**
 * Everything a drill's clocks are computed from. Live events carry it (through this file's
 * fragment), so a stopped drill's banner shows where it stopped without a refetch.
 */
export const DrillRun_clock = graphql(`
  fragment DrillRun_clock on Drill {
    id
    speed
    state
    startedAt
    sourceStartedAt
    scenarioDurationSeconds
    scenarioElapsedSeconds
  }
`);

export const NextUpdate_incident = graphql(`
  fragment NextUpdate_incident on Incident {
    id
    status
    nextUpdateBy
    drillRun {
      ...DrillRun_clock
    }
  }
`);

type DrillRun = NonNullable<NextUpdate_IncidentFragment['drillRun']>;

/**
 * For a drill, what a promise means in the scenario: "(30m at ×600), by 17:14 UTC scenario
 * time". The server already made the promise on the drill's clock, so the countdown itself is
 * real seconds; this says how long it is in the incident being rehearsed.
 */
function scenarioNote(run: DrillRun, seconds: number, byMs: number, label: string): string {
  const at = formatUtcClock(scenarioTimeOf(run, byMs));
  const span = formatDurationPrecise(seconds * run.speed);
  return ` (${span} at ${formatSpeed(run.speed)}), ${label} ${at} UTC scenario time`;
}

/**
 * The countdown to the next promised update ("Next update due in 12m 04s, by 15:45 UTC"), and
 * once the promise has passed, an unmissable "Next update overdue by 4m 10s". `loud` is for the
 * war room and the wallboard, where an overdue promise must be seen across the room. Frozen
 * with every other clock while the page is stale. A drill counts down on its own clock, and a
 * stopped or finished one promises nothing.
 */
export function NextUpdate({
  incident,
  loud = false,
}: {
  incident: NextUpdate_IncidentFragment;
  loud?: boolean;
}) {
  const now = useNow();
  const run = incident.drillRun ?? null;
  if (incident.status === 'RESOLVED' || !incident.nextUpdateBy) return null;
  if (run !== null && run.state !== 'RUNNING') return null;
  const by = Date.parse(incident.nextUpdateBy);
  const left = Math.round((by - now) / 1000);
  if (left >= 0) {
    return (
      <p className="next-update due" data-testid="next-update" data-seconds-left={left}>
        Next update due in{' '}
        <time dateTime={incident.nextUpdateBy}>{formatDurationPrecise(left)}</time>
        {run ? scenarioNote(run, left, by, 'by') : `, by ${formatUtcClock(by)} UTC`}
      </p>
    );
  }
  return (
    <p
      className={`next-update overdue${loud ? ' loud' : ''}`}
      data-testid="next-update"
      data-seconds-left={left}
      role={loud ? 'alert' : undefined}
    >
      Next update overdue by{' '}
      <time dateTime={incident.nextUpdateBy}>{formatDurationPrecise(-left)}</time>
      {run
        ? scenarioNote(run, -left, by, 'promised for')
        : ` (promised for ${formatUtcClock(by)} UTC)`}
    </p>
  );
}
