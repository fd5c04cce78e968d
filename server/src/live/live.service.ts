import { Types } from 'mongoose';
import type { ReadAccess } from '../auth/access.js';
import type { Viewer } from '../auth/viewer.js';
import { notFound } from '../common/errors.js';
import { isObjectIdHex } from '../common/validate.js';
import { CounterModel, EventModel, type EventDoc, type EventView } from '../events/event.model.js';
import { decodeEventCursor } from './cursor.js';
import { toView, type Tailer } from './tailer.js';

export interface LiveServiceDeps {
  tailer: Tailer;
  /** The one read policy (PUBLIC_READ), shared with the HTTP and WebSocket transports. */
  access: ReadAccess;
  /** Past this many undelivered events a subscriber is ended (it resumes with its cursor). */
  maxQueue?: number;
}

export interface SubscribeArgs {
  incidentId: string | null;
  after: string | null;
  /** Called once when the subscriber's queue overflows (the transport then drops it). */
  onSlow?: (() => void) | undefined;
}

/** Thrown into a subscriber's stream when it falls too far behind. */
export class SlowSubscriberError extends Error {
  constructor() {
    super('Subscriber fell too far behind; resubscribe with the last cursor you received');
  }
}

/**
 * Subscriptions to the event log: replay after a cursor, then live events from the tailer, with
 * no gap and no duplicate at the seam. The subscriber is registered with the tailer *before* the
 * replay is read, and the replay stops at the tailer's watermark, so every event is either
 * replayed (seq ≤ watermark) or delivered live (seq > watermark), never both.
 */
export function createLiveService({ tailer, access, maxQueue = 1000 }: LiveServiceDeps) {
  return {
    async subscribe(
      viewer: Viewer,
      args: SubscribeArgs,
    ): Promise<AsyncIterableIterator<{ events: EventView }>> {
      access.requireRead(viewer, 'Subscribing to events needs a VIEWER token');
      let incident: Types.ObjectId | null = null;
      if (args.incidentId !== null) {
        if (!isObjectIdHex(args.incidentId)) throw notFound('Incident', args.incidentId);
        incident = new Types.ObjectId(args.incidentId);
      }
      const after = args.after === null ? null : decodeEventCursor(args.after);
      if (after !== null) {
        const counter = await CounterModel.findById('events').lean().exec();
        if (after > (counter?.seq ?? 0)) {
          throw notFound('Event cursor', args.after ?? '');
        }
      }
      // Webhook failures are an operator's concern: ADMIN tokens only.
      const wanted = (event: EventView) =>
        (event.type !== 'WEBHOOK_DELIVERY_FAILED' || viewer.role === 'ADMIN') &&
        (incident === null || event.incidentId?.equals(incident) === true);

      const queue: EventView[] = [];
      let wake: (() => void) | null = null;
      let failure: Error | null = null;
      let done = false;
      const unlisten = tailer.listen((event) => {
        // A client resuming on another instance may have seen events this one has not yet
        // delivered: anything at or before its cursor is skipped, never sent twice.
        if (!wanted(event) || (after !== null && event.seq <= after)) return;
        if (failure) return;
        if (queue.length >= maxQueue) {
          failure = new SlowSubscriberError();
          queue.length = 0;
          args.onSlow?.();
        } else {
          queue.push(event);
        }
        wake?.();
      });
      const watermark = tailer.watermark();

      if (after !== null && after < watermark) {
        let from = after;
        const replay: EventView[] = [];
        for (;;) {
          const page = await EventModel.find({
            seq: { $gt: from, $lte: watermark },
            committed: true,
            ...(incident ? { incidentId: incident } : {}),
          })
            .sort({ seq: 1 })
            .limit(1000)
            .lean<EventDoc[]>()
            .exec();
          replay.push(...page.filter(wanted).map(toView));
          const last = page.at(-1);
          if (!last || page.length < 1000) break;
          from = last.seq;
        }
        queue.unshift(...replay);
      }

      const finish = () => {
        done = true;
        unlisten();
        wake?.();
      };
      const iterator: AsyncIterableIterator<{ events: EventView }> = {
        async next() {
          for (;;) {
            const event = queue.shift();
            if (event) return { value: { events: event }, done: false };
            if (failure) {
              finish();
              throw failure;
            }
            if (done) return { value: undefined, done: true };
            await new Promise<void>((resolve) => (wake = resolve));
            wake = null;
          }
        },
        return() {
          finish();
          return Promise.resolve({ value: undefined, done: true });
        },
        throw(error: unknown) {
          finish();
          return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },
  };
}

export type LiveService = ReturnType<typeof createLiveService>;
