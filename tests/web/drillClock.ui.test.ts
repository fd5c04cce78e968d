import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { drillPromise, scenarioClock } from '../../server/src/drills/drill.clock.js';
import type { DrillState } from '../../server/src/drills/drill.model.js';
import { scenarioElapsedSeconds, scenarioTimeOf } from '../../web/src/incidents/drillClock';

/**
 * The scenario clock, as the server computes it for the API and as every page ticks it: the same
 * figure from the same stored state, so the banner, the countdown and `drillRun` agree.
 */

const startedAt = new Date('2024-03-01T12:00:00.000Z');
const sourceStartedAt = new Date('2023-07-13T15:02:00.000Z');
const HOUR = 3_600_000;
const scenarioMs = 8 * HOUR + 24 * 60_000;

function server(state: DrillState, nowMs: number, endedAtMs: number | null, speed = 600) {
  return scenarioClock(
    {
      _id: new Types.ObjectId(),
      speed,
      state,
      startedAt,
      endedAt: endedAtMs === null ? null : new Date(endedAtMs),
      steps: [],
      sourceStartedAt,
      scenarioMs,
    },
    new Date(nowMs),
  );
}

const t0 = startedAt.getTime();

describe('the scenario clock', () => {
  it.each([
    { name: 'at the start', state: 'RUNNING', now: t0, ended: null, elapsed: 0 },
    { name: 'before the start (skew)', state: 'RUNNING', now: t0 - 5000, ended: null, elapsed: 0 },
    { name: '15 s in at 600×', state: 'RUNNING', now: t0 + 15_000, ended: null, elapsed: 9000 },
    {
      name: 'past the end while running',
      state: 'RUNNING',
      now: t0 + 120_000,
      ended: null,
      elapsed: scenarioMs / 1000,
    },
    {
      name: 'stopped 10 s in, read later',
      state: 'STOPPED',
      now: t0 + 40_000,
      ended: t0 + 10_000,
      elapsed: 6000,
    },
    {
      name: 'finished early (the last step before the resolution)',
      state: 'FINISHED',
      now: t0 + 20_000,
      ended: t0 + 20_000,
      elapsed: scenarioMs / 1000,
    },
  ] as const)('should agree on the server and the page $name', ({ state, now, ended, elapsed }) => {
    const clock = server(state, now, ended);
    expect(clock.elapsedMs / 1000).toBe(elapsed);
    expect(clock.scenarioAt.getTime()).toBe(sourceStartedAt.getTime() + elapsed * 1000);
    const run = {
      speed: 600,
      state,
      startedAt: startedAt.toISOString(),
      sourceStartedAt: sourceStartedAt.toISOString(),
      scenarioDurationSeconds: Math.round(scenarioMs / 1000),
      scenarioElapsedSeconds: Math.floor(clock.elapsedMs / 1000),
    };
    expect(scenarioElapsedSeconds(run, now)).toBe(elapsed);
  });

  it('should map a real moment of the drill to the scenario time it stands for', () => {
    const run = {
      speed: 600,
      startedAt: startedAt.toISOString(),
      sourceStartedAt: sourceStartedAt.toISOString(),
    };
    expect(new Date(scenarioTimeOf(run, t0 + 3000)).toISOString()).toBe('2023-07-13T15:32:00.000Z');
  });
});

describe('a drill promise', () => {
  const posted = new Date('2024-03-01T12:00:00.000Z');
  it.each([
    {
      name: "the source's gap, at speed",
      step: { status: 'IDENTIFIED', promiseMs: 20 * 60_000 },
      speed: 600,
      minutes: 30,
      after: 2000,
    },
    {
      name: 'the default cadence without one',
      step: { status: 'MONITORING', promiseMs: null },
      speed: 600,
      minutes: 30,
      after: 3000,
    },
    {
      name: 'at least a millisecond',
      step: { status: 'MONITORING', promiseMs: 1 },
      speed: 3600,
      minutes: 30,
      after: 1,
    },
    {
      name: 'nothing when resolving',
      step: { status: 'RESOLVED', promiseMs: 20 * 60_000 },
      speed: 600,
      minutes: 30,
      after: null,
    },
    {
      name: 'nothing with a 0-minute default',
      step: { status: 'INVESTIGATING', promiseMs: null },
      speed: 600,
      minutes: 0,
      after: null,
    },
  ] as const)('should promise $name', ({ step, speed, minutes, after }) => {
    const by = drillPromise(posted, step, speed, minutes);
    expect(by === null ? null : by.getTime() - posted.getTime()).toBe(after);
  });
});
