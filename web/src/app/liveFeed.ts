/**
 * The live event feed, free of any transport: it subscribes through the function it is given,
 * remembers the cursor of the last event, and on every end of the stream (socket closed, server
 * restarted, error) subscribes again *from that cursor* after a randomised exponential backoff,
 * forever. graphql-ws would re-send the original subscription (with its original cursor) on its
 * own reconnects, so the transport is configured not to retry and this loop owns reconnection.
 */

/** What the UI shows about the live connection. */
export interface LiveState {
  /** `connecting`: first attempt; `live`: events flow; `reconnecting`: lost, retrying. */
  readonly status: 'connecting' | 'live' | 'reconnecting';
  /** Failed attempts since the last successful connection. */
  readonly attempt: number;
  /** When the next attempt starts (epoch ms) while reconnecting. */
  readonly retryAt: number | null;
  /** When the last event arrived (epoch ms), or when the feed went live if none did yet. */
  readonly lastEventAt: number | null;
  /** How many events were applied since the page loaded. */
  readonly eventCount: number;
}

/** The callbacks a transport calls for one subscription attempt. */
export interface FeedSink<E> {
  /** The subscription is established (acknowledged by the server). */
  open(): void;
  /** One event. */
  next(event: E): void;
  /** The stream ended, normally or not; `fatalCursor` when the server rejected the cursor. */
  end(reason: { cursorRejected: boolean }): void;
}

/** Starts one subscription attempt after `after`; returns a function that stops it. */
export type SubscribeFn<E> = (after: string | null, sink: FeedSink<E>) => () => void;

/** Injected so tests drive time instead of sleeping. */
export interface FeedDeps<E> {
  subscribe: SubscribeFn<E>;
  onEvent: (event: E) => void;
  /** Called when the feed (re)starts without a cursor: data loaded before may be stale. */
  onResync: () => void;
  cursorOf: (event: E) => string;
  now?: () => number;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Randomised exponential backoff: about 0.5 s, 1 s, 2 s … capped at 30 s. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 500 * 2 ** Math.min(attempt, 10));
  return Math.round(base / 2 + random() * (base / 2));
}

/** The feed: `start()` once, `stop()` to dispose, `subscribeState` for the UI. */
export class LiveFeed<E> {
  private cursor: string | null = null;
  private stopCurrent: (() => void) | null = null;
  private timer: unknown = null;
  private generation = 0;
  private stopped = true;
  private listeners = new Set<() => void>();
  private state: LiveState = {
    status: 'connecting',
    attempt: 0,
    retryAt: null,
    lastEventAt: null,
    eventCount: 0,
  };
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly deps: FeedDeps<E>) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer =
      deps.clearTimer ??
      ((handle) => {
        if (typeof handle === 'number') clearTimeout(handle);
      });
  }

  /** The cursor of the last event applied. */
  get lastCursor(): string | null {
    return this.cursor;
  }

  /** The current state, for `useSyncExternalStore`. */
  getState = (): LiveState => this.state;

  /** Registers a state listener; returns its remover. */
  subscribeState = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.attempt();
  }

  stop(): void {
    this.stopped = true;
    this.generation++;
    this.cancelTimer();
    this.stopCurrent?.();
    this.stopCurrent = null;
  }

  /** Drops the current connection and reconnects now, from the last cursor (e.g. after sign-in). */
  restart(): void {
    if (this.stopped) return;
    this.generation++;
    this.cancelTimer();
    this.stopCurrent?.();
    this.stopCurrent = null;
    this.attempt();
  }

  /** Skips the wait when the browser says it is back online. */
  retryNow(): void {
    if (!this.stopped && this.state.status === 'reconnecting' && this.timer !== null) {
      this.cancelTimer();
      this.attempt();
    }
  }

  private attempt(): void {
    const generation = ++this.generation;
    const resync = this.cursor === null;
    const current = () => generation === this.generation && !this.stopped;
    this.stopCurrent = this.deps.subscribe(this.cursor, {
      open: () => {
        if (!current()) return;
        this.setState({
          status: 'live',
          attempt: 0,
          retryAt: null,
          lastEventAt: this.state.lastEventAt ?? this.now(),
        });
        if (resync) this.deps.onResync();
      },
      next: (event) => {
        if (!current()) return;
        this.cursor = this.deps.cursorOf(event);
        this.deps.onEvent(event);
        this.setState({
          status: 'live',
          attempt: 0,
          retryAt: null,
          lastEventAt: this.now(),
          eventCount: this.state.eventCount + 1,
        });
      },
      end: ({ cursorRejected }) => {
        if (!current()) return;
        // Release the ended attempt's listeners: a wallboard reconnects many times in its life.
        this.stopCurrent?.();
        this.stopCurrent = null;
        if (cursorRejected) this.cursor = null;
        this.scheduleRetry();
      },
    });
  }

  private scheduleRetry(): void {
    const attempt = this.state.attempt;
    const wait = backoffMs(attempt, this.random);
    this.setState({ status: 'reconnecting', attempt: attempt + 1, retryAt: this.now() + wait });
    this.timer = this.setTimer(() => {
      this.timer = null;
      if (!this.stopped) this.attempt();
    }, wait);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private setState(patch: Partial<LiveState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
