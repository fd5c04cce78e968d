import type { ChangeStream } from 'mongodb';
import type { Logger } from '../app/logger.js';
import { fanoutLag } from '../common/metrics.js';
import type { EventLog } from '../events/event.log.js';
import { EventModel, type EventDoc, type EventView } from '../events/event.model.js';

export interface TailerOptions {
  events: EventLog;
  logger: Logger;
  /** How long a missing or pending sequence number may hold back later events. */
  gapGraceMs?: number;
  /** Safety net when change streams are unavailable or a notification is lost. */
  pollIntervalMs?: number;
  clock?: () => number;
  /** Listeners served per turn of the event loop. */
  deliveryChunk?: number;
}

export type EventListener = (event: EventView) => void;

const toView = (doc: EventDoc): EventView => ({
  seq: doc.seq,
  type: doc.type,
  at: doc.at,
  incidentId: doc.incidentId,
  refs: doc.refs,
});

/**
 * Follows the event log and hands every committed event, in sequence order and exactly once, to
 * local listeners. A change stream on `events` wakes it; it then reads committed events after the
 * last one it delivered. Writers commit out of order, so a sequence number that is still pending
 * holds later ones back; after `gapGraceMs` a pending one is finished (its writer died) and a
 * missing one (allocated, never written) is skipped.
 */
export function createTailer(options: TailerOptions) {
  const gapGraceMs = options.gapGraceMs ?? 2000;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const now = options.clock ?? Date.now;
  const listeners = new Set<EventListener>();
  const deliveryChunk = options.deliveryChunk ?? 500;
  let delivered = 0;
  let gapSince: { seq: number; at: number } | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stream: ChangeStream | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  /**
   * Hands one event to every listener, in chunks with a turn of the event loop between them, so
   * that HTTP requests (the mutation that wrote this very event, among others) are answered
   * while thousands of subscribers are being served instead of after all of them.
   */
  async function deliver(view: EventView): Promise<void> {
    const snapshot = [...listeners];
    for (let start = 0; start < snapshot.length; start += deliveryChunk) {
      if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      for (const listener of snapshot.slice(start, start + deliveryChunk)) listener(view);
    }
    if (snapshot.length > 0) fanoutLag.observe((Date.now() - view.at.getTime()) / 1000);
  }

  async function drain(): Promise<void> {
    for (;;) {
      const batch = await EventModel.find({ seq: { $gt: delivered } })
        .sort({ seq: 1 })
        .limit(500)
        .lean<EventDoc[]>()
        .exec();
      let progressed = false;
      for (const doc of batch) {
        if (doc.seq !== delivered + 1 || !doc.committed) {
          const held = doc.seq !== delivered + 1 ? delivered + 1 : doc.seq;
          if (!gapSince || gapSince.seq !== held) gapSince = { seq: held, at: now() };
          if (now() - gapSince.at < gapGraceMs) break;
          if (doc.seq === delivered + 1) {
            await options.events.finishStale(doc);
            options.logger.warn({ seq: doc.seq }, 'finished an event whose writer stopped mid-way');
            break;
          }
          options.logger.warn(
            { seq: held },
            'skipping an event sequence number that was never written',
          );
          delivered = held;
          gapSince = null;
          progressed = true;
          break;
        }
        // The watermark moves and the listener snapshot is taken in the same tick: a subscriber
        // that registers during a chunked delivery replays this event (seq ≤ watermark) and is
        // not in the snapshot, so it gets it exactly once.
        delivered = doc.seq;
        gapSince = null;
        progressed = true;
        await deliver(toView(doc));
      }
      if (!progressed || batch.length < 500) return;
    }
  }

  function poke(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await drain();
        } catch (error) {
          options.logger.error({ err: error }, 'event tailer read failed; retrying');
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
  }

  /**
   * Opens the change stream that wakes the tailer. One that fails (the database went away and
   * came back without its change history, say) is reopened after a poll interval; polling
   * carries the events meanwhile, from the watermark, so nothing is missed.
   */
  let watchFailures = 0;
  function watch(): void {
    if (stopped) return;
    try {
      const opened = EventModel.collection.watch([], {});
      stream = opened;
      opened.on('change', () => {
        watchFailures = 0;
        poke();
      });
      opened.on('error', (error: unknown) => {
        // Doubling waits, so a deployment without change streams is not retried every second.
        const delay = Math.min(pollIntervalMs * 2 ** watchFailures, 60_000);
        watchFailures += 1;
        options.logger.warn({ err: error, retryMs: delay }, 'event change stream failed; polling');
        void opened.close().catch(() => undefined);
        if (stream === opened) stream = null;
        setTimeout(watch, delay).unref();
      });
    } catch (error) {
      options.logger.warn({ err: error }, 'change streams unavailable; polling the event log');
    }
  }

  return {
    /** Starts after the newest committed event: earlier ones are history, served by replay. */
    async start(): Promise<void> {
      const last = await EventModel.findOne({ committed: true })
        .sort({ seq: -1 })
        .lean<EventDoc>()
        .exec();
      const pending = await EventModel.findOne({ committed: false })
        .sort({ seq: 1 })
        .lean<EventDoc>()
        .exec();
      delivered = pending ? pending.seq - 1 : (last?.seq ?? 0);
      watch();
      timer = setInterval(poke, pollIntervalMs);
      timer.unref();
      poke();
    },

    /** The last sequence number handed to listeners: replay serves everything up to it. */
    watermark(): number {
      return delivered;
    },

    listen(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Called after a local commit so the writer's own subscribers need not wait for the stream. */
    poke,

    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearInterval(timer);
      await stream?.close().catch(() => undefined);
      await running;
    },
  };
}

export type Tailer = ReturnType<typeof createTailer>;
export { toView };
