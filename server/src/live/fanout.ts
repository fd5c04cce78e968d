import { execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { EventView } from '../events/event.model.js';
import type { LiveSink } from './live.stream.js';

/** Where one subscriber's serialized results go (a graphql-ws `next` frame around each). */
export interface Outlet {
  /** One result, serialized once for every subscriber of the channel: only framing is left. */
  write(payload: Buffer): void;
  /** Around a run of writes to one socket in one turn, so they leave in one system call. */
  batch(run: () => void): void;
  /** The subscriber has more events waiting than it may (it is dropped, and resumes). */
  overflow(): void;
  /** The stream ended (error: the subscription fails with it). */
  end(error: Error | null): void;
}

/** One event's result for one channel: serialized once, then written to every subscriber. */
interface Entry {
  payload: Buffer | null;
  error: Error | null;
  waiters: Delivery[];
}

/** The graphql-ws `next` payload for a result: errors as JSON, absent when there are none. */
function serialize(result: ExecutionResult): Buffer {
  const { errors, ...rest } = result;
  return Buffer.from(
    JSON.stringify(errors ? { ...rest, errors: errors.map((e) => e.toJSON()) } : rest),
  );
}

/** Waiters resumed per turn once a result is ready, so HTTP is answered between chunks. */
const resumeChunk = 2000;

/**
 * Everything that shares one result per event: operation, variables and role. Executes each
 * event once, serializes it once, and hands the bytes to each subscriber in order — a subscriber
 * whose next result is still executing waits in the entry's list (no promise of its own).
 */
class Channel {
  readonly #entries = new Map<number, Entry>();
  readonly #maxEntries: number;
  subscribers = 0;

  constructor(
    readonly args: ExecutionArgs,
    readonly freshContext: () => unknown,
    maxEntries: number,
  ) {
    this.#maxEntries = maxEntries;
  }

  entry(event: EventView): Entry {
    const cached = this.#entries.get(event.seq);
    if (cached) return cached;
    const entry: Entry = { payload: null, error: null, waiters: [] };
    this.#entries.set(event.seq, entry);
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    Promise.resolve(
      execute({
        ...this.args,
        rootValue: { events: event },
        contextValue: this.freshContext(),
      }),
    ).then(
      (result) => {
        entry.payload = serialize(result);
        this.#resume(entry);
      },
      (error: unknown) => {
        entry.error = error instanceof Error ? error : new Error(String(error));
        this.#entries.delete(event.seq);
        this.#resume(entry);
      },
    );
    return entry;
  }

  #resume(entry: Entry): void {
    const waiters = entry.waiters;
    entry.waiters = [];
    let start = 0;
    const chunk = () => {
      const end = Math.min(start + resumeChunk, waiters.length);
      for (let i = start; i < end; i += 1) waiters[i]?.resume(entry);
      start = end;
      if (start < waiters.length) setImmediate(chunk);
    };
    chunk();
  }
}

/** One subscriber of a channel: the sink its stream pushes into. */
class Delivery implements LiveSink {
  #backlog: EventView[] = [];
  #head = 0;
  #waiting: Entry | null = null;
  #idle: (() => void) | null = null;
  #ended = false;

  constructor(
    readonly channel: Channel,
    readonly outlet: Outlet,
    readonly maxQueue: number,
  ) {}

  event(event: EventView): void {
    if (this.#ended) return;
    if (this.#waiting === null && this.#head === this.#backlog.length) {
      this.#offer(event);
      return;
    }
    if (this.#backlog.length - this.#head >= this.maxQueue) {
      this.outlet.overflow();
      return;
    }
    this.#backlog.push(event);
  }

  /** Writes the event's result if it is ready; otherwise waits for it. False when waiting. */
  #offer(event: EventView): boolean {
    const entry = this.channel.entry(event);
    if (entry.payload) {
      this.outlet.write(entry.payload);
      return true;
    }
    if (entry.error) {
      this.end(entry.error);
      return false;
    }
    entry.waiters.push(this);
    this.#waiting = entry;
    return false;
  }

  resume(entry: Entry): void {
    this.#waiting = null;
    if (this.#ended) return;
    if (!entry.payload) {
      this.end(entry.error ?? new Error('execution failed'));
      return;
    }
    const payload = entry.payload;
    if (this.#head === this.#backlog.length) {
      this.outlet.write(payload);
      this.#settle();
      return;
    }
    this.outlet.batch(() => {
      this.outlet.write(payload);
      while (this.#head < this.#backlog.length && !this.#ended) {
        const next = this.#backlog[this.#head];
        this.#head += 1;
        if (next && !this.#offer(next)) break;
      }
    });
    if (this.#head === this.#backlog.length) this.#settle();
  }

  /** Called when the backlog may be empty: resets it and wakes a replay waiting to page on. */
  #settle(): void {
    if (this.#head !== this.#backlog.length) return;
    if (this.#backlog.length > 0) {
      this.#backlog = [];
      this.#head = 0;
    }
    if (this.#waiting === null && this.#idle) {
      const idle = this.#idle;
      this.#idle = null;
      idle();
    }
  }

  drained(): Promise<void> {
    if (this.#ended || (this.#waiting === null && this.#head === this.#backlog.length))
      return Promise.resolve();
    return new Promise((resolve) => {
      const previous = this.#idle;
      this.#idle = () => {
        previous?.();
        resolve();
      };
    });
  }

  end(error: Error | null): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#backlog = [];
    this.#idle?.();
    this.#idle = null;
    this.outlet.end(error);
  }
}

/**
 * Shared execution for pushed live streams: one execution and one serialization per (channel,
 * event), however many sockets subscribe; per subscriber only its frame and its write remain.
 */
export function createFanout(options: { maxEntriesPerChannel?: number; maxQueue?: number } = {}) {
  const maxEntries = options.maxEntriesPerChannel ?? 512;
  const maxQueue = options.maxQueue ?? 1000;
  const channels = new Map<string, Channel>();
  return {
    /**
     * A sink for one subscriber of `shareKey` (everything its result depends on besides the
     * event), writing to `outlet`; `detach` when the subscription ends.
     */
    attach(
      args: ExecutionArgs,
      shareKey: string,
      freshContext: () => unknown,
      outlet: Outlet,
    ): { sink: LiveSink; detach: () => void } {
      let channel = channels.get(shareKey);
      if (!channel) {
        channel = new Channel(args, freshContext, maxEntries);
        channels.set(shareKey, channel);
      }
      channel.subscribers += 1;
      const joined = channel;
      let detached = false;
      return {
        sink: new Delivery(joined, outlet, maxQueue),
        detach: () => {
          if (detached) return;
          detached = true;
          joined.subscribers -= 1;
          if (joined.subscribers === 0 && channels.get(shareKey) === joined)
            channels.delete(shareKey);
        },
      };
    },
    channels(): number {
      return channels.size;
    },
  };
}

export type Fanout = ReturnType<typeof createFanout>;
