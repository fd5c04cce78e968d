/**
 * A fair admission queue for replay work (subscribers resuming from a cursor). After a restart
 * thousands of wallboards resume in the same few seconds; delivering their replays inline would
 * run them back to back in one turn of the event loop and leave queries and mutations waiting.
 * Here each replay page is one step, served in arrival order, for at most `budgetMs` per turn;
 * then the loop goes round (`setImmediate`), so the HTTP requests and WebSocket messages that
 * arrived meanwhile are served before the next steps. A subscriber's next page joins the back of
 * the queue, so one long catch-up never holds the others for more than a page.
 */
export interface Admission {
  /** Runs `step` (synchronous) in its turn; resolves once it ran, rejects if it threw. */
  run(step: () => void): Promise<void>;
  /** Steps waiting for their turn. */
  waiting(): number;
}

interface Task {
  step: () => void;
  done: (error: unknown) => void;
}

export function createAdmission(
  options: { budgetMs?: number; now?: () => number } = {},
): Admission {
  const budgetMs = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const queue: (Task | undefined)[] = [];
  let head = 0;
  let scheduled = false;

  const drain = () => {
    scheduled = false;
    const deadline = now() + budgetMs;
    // At least one step per turn, so progress never depends on the clock.
    do {
      const task = queue[head];
      if (!task) break;
      queue[head] = undefined;
      head += 1;
      try {
        task.step();
        task.done(null);
      } catch (error) {
        task.done(error);
      }
    } while (head < queue.length && now() < deadline);
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else {
      if (head > 1024) {
        queue.splice(0, head);
        head = 0;
      }
      scheduled = true;
      setImmediate(drain);
    }
  };

  return {
    run(step) {
      return new Promise<void>((resolve, reject) => {
        queue.push({
          step,
          done: (error) => {
            if (error === null) resolve();
            else
              reject(
                error instanceof Error ? error : new Error('replay step failed', { cause: error }),
              );
          },
        });
        if (!scheduled) {
          scheduled = true;
          setImmediate(drain);
        }
      });
    },
    waiting: () => queue.length - head,
  };
}
