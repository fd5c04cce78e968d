import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';

/** The sequence number of a `{ events: EventView }` payload, if that is what it is. */
function eventSeq(payload: unknown): number | undefined {
  if (typeof payload !== 'object' || payload === null || !('events' in payload)) return undefined;
  const event = payload.events;
  if (typeof event !== 'object' || event === null || !('seq' in event)) return undefined;
  return typeof event.seq === 'number' ? event.seq : undefined;
}

/**
 * Runs one subscription's resolver tree once per (operation, variables, role, event) and hands
 * the same result to every subscriber that shares those, instead of once per socket.
 */
export function createSharedExecutor(options: { maxEntries?: number } = {}) {
  // An entry is only useful while one event fans out; a subscriber that lags further just re-executes.
  const maxEntries = options.maxEntries ?? 256;
  const results = new Map<string, Promise<ExecutionResult>>();

  function remember(key: string, run: () => Promise<ExecutionResult>): Promise<ExecutionResult> {
    const cached = results.get(key);
    if (cached) return cached;
    const pending = run();
    results.set(key, pending);
    // Insertion order is age order: drop the oldest once the map is full.
    if (results.size > maxEntries) {
      const oldest = results.keys().next().value;
      if (oldest !== undefined) results.delete(oldest);
    }
    return pending;
  }

  return {
    /**
     * Like graphql-js `subscribe`, but each payload is executed through the shared cache.
     * `shareKey` identifies everything the result depends on besides the event.
     * `freshContext` builds the context for one execution (fresh loaders per event).
     */
    async subscribe(
      args: ExecutionArgs,
      shareKey: string,
      freshContext: () => unknown,
    ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
      const source = await createSourceEventStream(args);
      if (!(Symbol.asyncIterator in source)) return source;
      return this.map(source, args, shareKey, freshContext);
    },

    /** Maps an already created source stream through the shared cache (see `subscribe`). */
    map(
      source: AsyncIterable<unknown>,
      args: ExecutionArgs,
      shareKey: string,
      freshContext: () => unknown,
    ): AsyncIterableIterator<ExecutionResult> {
      const iterator = source[Symbol.asyncIterator]();
      const mapped: AsyncIterableIterator<ExecutionResult> = {
        async next() {
          const step = await iterator.next();
          if (step.done) return { done: true, value: undefined };
          const payload: unknown = step.value;
          const seq = eventSeq(payload);
          const run = () =>
            Promise.resolve(execute({ ...args, rootValue: payload, contextValue: freshContext() }));
          const value = await (seq === undefined ? run() : remember(`${shareKey}#${seq}`, run));
          return { done: false, value };
        },
        async return() {
          await iterator.return?.();
          return { done: true, value: undefined };
        },
        async throw(error: unknown) {
          await iterator.return?.();
          throw error;
        },
        [Symbol.asyncIterator]() {
          return mapped;
        },
      };
      return mapped;
    },

    size(): number {
      return results.size;
    },
  };
}

export type SharedExecutor = ReturnType<typeof createSharedExecutor>;
