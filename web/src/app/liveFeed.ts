/**
 * The live event feed, free of any transport: it subscribes through the function it is given,
 * remembers the cursor of the last event, and on every end of the stream (socket closed, server
 * restarted, error) subscribes again *from that cursor* after a randomised exponential backoff,
 * forever. While the page is visible the wait is short (at most 2 s, jittered so that a
 * thousand wallboards do not reconnect in the same millisecond) and each retry first asks a
 * cheap readiness probe, so a page is back within about 3 s of its server. graphql-ws would re-send the original subscription (with its original cursor) on its
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
  /**
   * When the server was last heard from (epoch ms): an event, the subscription's acknowledgement
   * or a keep-alive pong. The data on screen is known current as of this moment.
   */
  readonly lastHeardAt: number | null;
}

/** The client pings the server this often when the socket is otherwise quiet. */
export const KEEPALIVE_MS = 10_000;
/** A ping unanswered for this long closes the socket as dead. */
export const PONG_TIMEOUT_MS = 4_000;
/**
 * The heartbeat limit: a connection silent for longer than this (no event, no pong) is stale,
 * whatever the socket claims.
 */
export const HEARTBEAT_LIMIT_MS = KEEPALIVE_MS + PONG_TIMEOUT_MS;

/** Whether the data on screen may be out of date at `now`: not live, or silent past the heartbeat limit. */
export function isStale(state: LiveState, now: number): boolean {
  if (state.status !== 'live') return true;
  return state.lastHeardAt === null || now - state.lastHeardAt > HEARTBEAT_LIMIT_MS;
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
  /**
   * A cheap "is the server ready?" (e.g. `GET /readyz`), asked before each retry while the page
   * is visible, so a WebSocket handshake is only tried against a server that can take it.
   */
  probe?: () => Promise<boolean>;
  /** Whether someone can see the page (short retries) or not (long, gentle backoff). */
  isVisible?: () => boolean;
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

/**
 * The backoff while the page is visible: about 125–250 ms, then doubling up to 1–2 s, uniformly
 * jittered over the upper half, so the page is back within seconds without a thundering herd.
 */
export function visibleBackoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(2_000, 250 * 2 ** Math.min(attempt, 10));
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
    lastHeardAt: null,
  };
  private readonly now: () => number;
  private readonly isVisible: () => boolean;
  private readonly random: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly deps: FeedDeps<E>) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    // Transport- and DOM-free: the app passes the page's visibility; without it, visible.
    this.isVisible = deps.isVisible ?? (() => true);
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

  /** Skips the wait when the browser says it is back online (or the page became visible). */
  retryNow(): void {
    if (!this.stopped && this.state.status === 'reconnecting' && this.timer !== null) {
      this.cancelTimer();
      this.attempt();
    }
  }

  /** The server answered a keep-alive: the data on screen is current as of now. */
  heard(): void {
    if (!this.stopped && this.state.status === 'live') this.setState({ lastHeardAt: this.now() });
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
          lastHeardAt: this.now(),
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
          lastHeardAt: this.now(),
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
    const visible = this.isVisible();
    const wait = visible ? visibleBackoffMs(attempt, this.random) : backoffMs(attempt, this.random);
    this.setState({ status: 'reconnecting', attempt: attempt + 1, retryAt: this.now() + wait });
    this.timer = this.setTimer(() => {
      this.timer = null;
      if (this.stopped) return;
      if (visible && this.deps.probe) this.probeThenAttempt(this.deps.probe);
      else this.attempt();
    }, wait);
  }

  /** Subscribes if the probe says the server is ready, else waits for the next retry. */
  private probeThenAttempt(probe: () => Promise<boolean>): void {
    const generation = this.generation;
    const settle = (ready: boolean) => {
      if (this.stopped || generation !== this.generation || this.timer !== null) return;
      if (ready) this.attempt();
      else this.scheduleRetry();
    };
    probe().then(settle, () => settle(false));
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
