import type { DrillService } from './drill.service.js';

export interface DrillRunnerDeps {
  drills: Pick<DrillService, 'tick' | 'release'>;
  /** A failed pass, or one drill that failed in it (with its id); the runner goes on. */
  onError: (error: unknown, drillId?: string) => void;
}

/**
 * Runs the drills' steps: one `tick` at a time, sleeping until the next step is due (at most a
 * second). The timer only wakes the runner; what to post comes from the stored drill, so a
 * restarted server picks every running drill up where it was.
 */
export function startDrillRunner({ drills, onError }: DrillRunnerDeps) {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = run();
    }, ms);
  };

  async function run(): Promise<void> {
    let wait = 1000;
    try {
      wait = await drills.tick((error, drillId) => onError(error, drillId));
    } catch (error) {
      onError(error);
    }
    schedule(Math.max(10, wait));
  }

  schedule(0);
  return {
    /** Runs a pass now (after a drill starts), instead of at the next wake-up. */
    poke(): void {
      if (stopped || timer === null) return;
      clearTimeout(timer);
      timer = null;
      running = run();
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await drills.release();
    },
  };
}

export type DrillRunner = ReturnType<typeof startDrillRunner>;
