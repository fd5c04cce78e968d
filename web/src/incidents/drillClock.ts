/** The parts of `Incident.drillRun` the scenario clock is computed from. */
export interface DrillRunClock {
  readonly speed: number;
  readonly state: 'RUNNING' | 'STOPPED' | 'FINISHED';
  readonly startedAt: string;
  readonly sourceStartedAt: string;
  readonly scenarioDurationSeconds: number;
  readonly scenarioElapsedSeconds: number;
}

/**
 * Scenario seconds since the source started (T+), at server time `nowMs`: the server's own rule
 * (`sourceStartedAt + (now − startedAt) × speed`, clamped to the scenario) while the drill runs,
 * and the server's figure once it stopped or finished. One function for every page, fed the
 * shared (freezable) clock, so the banner, the countdown and the API agree.
 */
export function scenarioElapsedSeconds(run: DrillRunClock, nowMs: number): number {
  if (run.state !== 'RUNNING') return run.scenarioElapsedSeconds;
  const played = ((nowMs - Date.parse(run.startedAt)) * run.speed) / 1000;
  return Math.min(run.scenarioDurationSeconds, Math.max(0, Math.floor(played)));
}

/** The source's time (epoch ms) the drill stands at, `scenarioElapsedSeconds` after its start. */
export function scenarioAtMs(run: DrillRunClock, nowMs: number): number {
  return Date.parse(run.sourceStartedAt) + scenarioElapsedSeconds(run, nowMs) * 1000;
}

/** The source's time (epoch ms) a real moment of the drill stands for (e.g. a promise). */
export function scenarioTimeOf(
  run: Pick<DrillRunClock, 'speed' | 'startedAt' | 'sourceStartedAt'>,
  atMs: number,
): number {
  return Date.parse(run.sourceStartedAt) + (atMs - Date.parse(run.startedAt)) * run.speed;
}

/** "×600", "×1.5". */
export function formatSpeed(speed: number): string {
  return `×${Number.isInteger(speed) ? speed : Math.round(speed * 100) / 100}`;
}
