import type { DrillDoc, DrillState, DrillStep } from './drill.model.js';

/** Where a drill's scenario stands at one moment: the source's time it is replaying. */
export interface ScenarioClock {
  /** The drill's id (hex). */
  id: string;
  speed: number;
  state: DrillState;
  startedAt: Date;
  endedAt: Date | null;
  sourceStartedAt: Date;
  scenarioMs: number;
  /** Source milliseconds since the source started, from 0 to `scenarioMs`. */
  elapsedMs: number;
  scenarioAt: Date;
  /** `elapsedMs / scenarioMs`, 1 for an empty scenario. */
  progress: number;
}

/**
 * The scenario clock of a drill at `now`: step i is due at `startedAt + offset / speed`, so at
 * real time t the drill stands at source time `sourceStartedAt + (t - startedAt) × speed`,
 * clamped to the scenario. It stops where the drill was stopped, and a finished drill stands at
 * the end. There are no pauses; a restart does not move the clock (the runner catches up).
 */
export function scenarioClock(
  drill: Pick<DrillDoc, '_id' | 'speed' | 'state' | 'startedAt' | 'endedAt' | 'steps'> & {
    sourceStartedAt: Date;
    scenarioMs?: number | null | undefined;
  },
  now: Date,
): ScenarioClock {
  const scenarioMs = drill.scenarioMs ?? Math.max(0, ...drill.steps.map((s) => s.offsetMs));
  const endedAt = drill.endedAt ?? null;
  const until = drill.state === 'RUNNING' || endedAt === null ? now : endedAt;
  const played = (until.getTime() - drill.startedAt.getTime()) * drill.speed;
  const elapsedMs =
    drill.state === 'FINISHED' ? scenarioMs : Math.min(scenarioMs, Math.max(0, played));
  return {
    id: drill._id.toHexString(),
    speed: drill.speed,
    state: drill.state,
    startedAt: drill.startedAt,
    endedAt,
    sourceStartedAt: drill.sourceStartedAt,
    scenarioMs,
    elapsedMs,
    scenarioAt: new Date(drill.sourceStartedAt.getTime() + elapsedMs),
    progress: scenarioMs > 0 ? elapsedMs / scenarioMs : 1,
  };
}

/**
 * The next update a replayed update promises, on the drill's clock: what the source promised
 * (the same gap after it), or else what War Room promises by default for the impact (the cadence
 * the team is held to), either divided by the speed, so a 30-minute promise at 600× is due in
 * 3 s, exactly when the scenario clock reaches it. A resolving update promises nothing; a
 * default of 0 minutes promises nothing. Never less than a millisecond after the post.
 */
export function drillPromise(
  posted: Date,
  step: Pick<DrillStep, 'status' | 'promiseMs'>,
  speed: number,
  defaultMinutes: number,
): Date | null {
  if (step.status === 'RESOLVED') return null;
  const sourceMs = step.promiseMs ?? defaultMinutes * 60_000;
  if (sourceMs <= 0) return null;
  return new Date(posted.getTime() + Math.max(1, Math.round(sourceMs / speed)));
}
