import type { Types } from 'mongoose';
import type { EventView } from '../events/event.model.js';
import type { ReplayReader } from './replay.js';
import { eventsDelivered, replaySize } from '../common/metrics.js';

/** Bound once: the live path counts per subscriber, so no label lookup per event. */
const deliveredLive = eventsDelivered.labels({ source: 'live' });
const deliveredReplay = eventsDelivered.labels({ source: 'replay' });

/** Where a stream pushes its events once a transport attaches to it (no promise per event). */
export interface LiveSink {
  /** One event, in sequence order, called synchronously from the replay or the tailer. */
  event(event: EventView): void;
  /** The stream ended: `error` when it failed (too slow, replay read failed), else null. */
  end(error: Error | null): void;
  /**
   * Resolves once what was pushed so far has left for the socket; the replay waits on it
   * between pages, so one subscriber's long catch-up never holds more than a page in memory.
   */
  drained(): Promise<void>;
}

/** Thrown into a subscriber's stream when it falls too far behind. */
export class SlowSubscriberError extends Error {
  constructor() {
    super('Subscriber fell too far behind; resubscribe with the last cursor you received');
  }
}

export interface LiveStreamOptions {
  incident: Types.ObjectId | null;
  /** The subscriber's cursor (last sequence number seen), or null for live only. */
  after: number | null;
  /** The tailer's watermark when the stream registered: replay serves up to it, live after it. */
  watermark: number;
  replay: ReplayReader;
  maxQueue: number;
  onSlow?: (() => void) | undefined;
  /** Which events this subscriber may see at all (by role); absent: every event. */
  visible?: ((event: EventView) => boolean) | undefined;
  /** Unregisters from the tailer. */
  unlisten: () => void;
}

type Step = IteratorResult<{ events: EventView }, undefined>;

/**
 * One subscriber's events: a paged replay after its cursor, then the live events that arrived
 * meanwhile, then live events as the tailer hands them over. Readable two ways: as the async
 * iterator graphql-js expects from a subscription resolver (one promise per event), or, once a
 * transport `attach`es a sink, pushed synchronously (none), which is what fan-out to thousands
 * of sockets needs.
 */
export class LiveStream implements AsyncIterableIterator<{ events: EventView }> {
  /** Events not yet handed over: replayed (pull mode) and live ones held during the replay. */
  #queue: EventView[] = [];
  #held: EventView[] = [];
  #replaying: boolean;
  #sink: LiveSink | null = null;
  #wake: (() => void) | null = null;
  #failure: Error | null = null;
  #done = false;
  readonly #options: LiveStreamOptions;

  constructor(options: LiveStreamOptions) {
    this.#options = options;
    this.#replaying = options.after !== null && options.after < options.watermark;
    if (this.#replaying) void this.#replay();
  }

  /** The tailer's listener: every live event, in order. */
  onLive(event: EventView): void {
    const { incident, after } = this.#options;
    if (incident !== null && event.incidentId?.equals(incident) !== true) return;
    if (this.#options.visible && !this.#options.visible(event)) return;
    // A client resuming on another instance may have seen events this one has not yet
    // delivered: anything at or before its cursor is skipped, never sent twice.
    if ((after !== null && event.seq <= after) || this.#failure || this.#done) return;
    deliveredLive.inc();
    if (this.#sink && !this.#replaying) {
      this.#sink.event(event);
      return;
    }
    const queue = this.#replaying ? this.#held : this.#queue;
    if (queue.length >= this.#options.maxQueue) {
      this.#fail(new SlowSubscriberError());
      this.#options.onSlow?.();
      return;
    }
    queue.push(event);
    this.#wake?.();
  }

  /** Switches to push mode: what is queued goes to `sink` now, the rest as it comes. */
  attach(sink: LiveSink): void {
    this.#sink = sink;
    const queued = this.#queue;
    this.#queue = [];
    for (const event of queued) sink.event(event);
    if (this.#failure) sink.end(this.#failure);
    else if (this.#done) sink.end(null);
  }

  async #replay(): Promise<void> {
    const { incident, watermark, replay } = this.#options;
    let from = this.#options.after ?? watermark;
    let replayed = 0;
    try {
      while (from < watermark && !this.#done && !this.#failure) {
        const read = await replay.page(incident, from, watermark);
        const visible = this.#options.visible;
        const page = visible ? { ...read, events: read.events.filter(visible) } : read;
        if (this.#done || this.#failure) return;
        replayed += page.events.length;
        deliveredReplay.inc(page.events.length);
        if (this.#sink) {
          for (const event of page.events) this.#sink.event(event);
          await this.#sink.drained();
        } else {
          this.#queue.push(...page.events);
          this.#wake?.();
        }
        from = page.through;
      }
    } catch (error) {
      this.#fail(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    replaySize.observe(replayed);
    this.#replaying = false;
    const held = this.#held;
    this.#held = [];
    if (this.#sink) for (const event of held) this.#sink.event(event);
    else this.#queue.push(...held);
    this.#wake?.();
  }

  #fail(error: Error): void {
    if (this.#failure || this.#done) return;
    this.#failure = error;
    this.#queue = [];
    this.#held = [];
    this.#options.unlisten();
    this.#sink?.end(error);
    this.#wake?.();
  }

  #finish(): void {
    if (this.#done) return;
    this.#done = true;
    this.#options.unlisten();
    this.#wake?.();
  }

  async next(): Promise<Step> {
    for (;;) {
      if (!this.#replaying || this.#queue.length > 0) {
        const event = this.#queue.shift();
        if (event) return { value: { events: event }, done: false };
      }
      if (this.#failure) {
        this.#finish();
        throw this.#failure;
      }
      if (this.#done) return { value: undefined, done: true };
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = null;
    }
  }

  return(): Promise<Step> {
    this.#finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<Step> {
    this.#finish();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
