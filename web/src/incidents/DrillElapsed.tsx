import type { DrillRunClock } from './drillClock';
import { scenarioElapsedSeconds } from './drillClock';
import { formatDuration, formatDurationPrecise } from '../ui/format';
import { useNow } from '../ui/useNow';

/**
 * A drill's elapsed time is its scenario's: "T+2h 31m" of the incident it rehearses (ticking
 * with every other clock, frozen while stale), and once it is over, how much of it was played.
 * The real seconds since the drill began would say a rehearsed 8-hour outage lasted 50 s.
 */
export function DrillElapsed({ run }: { run: DrillRunClock }) {
  const now = useNow();
  const elapsed = scenarioElapsedSeconds(run, now);
  if (run.state !== 'RUNNING') {
    return (
      <span className="elapsed" title="Scenario time of the rehearsed incident">
        {run.state === 'FINISHED' ? 'Rehearsed' : 'Stopped at'} T+{formatDuration(elapsed)}
      </span>
    );
  }
  return (
    <span className="elapsed ticking" title="Scenario time of the rehearsed incident">
      T+{formatDurationPrecise(elapsed)}
    </span>
  );
}
