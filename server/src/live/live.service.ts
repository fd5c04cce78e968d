import { Types } from 'mongoose';
import type { ReadAccess } from '../auth/access.js';
import type { Viewer } from '../auth/viewer.js';
import { notFound } from '../common/errors.js';
import { isObjectIdHex } from '../common/validate.js';
import { CounterModel } from '../events/event.model.js';
import { decodeEventCursor } from './cursor.js';
import { LiveStream } from './live.stream.js';
import { createReplayReader } from './replay.js';
import type { Tailer } from './tailer.js';

export { LiveStream, SlowSubscriberError, type LiveSink } from './live.stream.js';

export interface LiveServiceDeps {
  tailer: Tailer;
  /** The one read policy (PUBLIC_READ), shared with the HTTP and WebSocket transports. */
  access: ReadAccess;
  /** Past this many undelivered events a subscriber is ended (it resumes with its cursor). */
  maxQueue?: number;
  /** Sequence numbers per replay page (one read, one turn of delivery). */
  replayPageSize?: number;
}

export interface SubscribeArgs {
  incidentId: string | null;
  after: string | null;
  /** Called once when the subscriber's queue overflows (the transport then drops it). */
  onSlow?: (() => void) | undefined;
}

/**
 * Subscriptions to the event log: replay after a cursor, then live events from the tailer, with
 * no gap and no duplicate at the seam. The subscriber is registered with the tailer *before* the
 * watermark is read, and the replay stops at that watermark, so every event is either replayed
 * (seq ≤ watermark) or delivered live (seq > watermark), never both.
 */
export function createLiveService({
  tailer,
  access,
  maxQueue = 1000,
  replayPageSize,
}: LiveServiceDeps) {
  const replay = createReplayReader({
    watermark: () => tailer.watermark(),
    ...(replayPageSize === undefined ? {} : { pageSize: replayPageSize }),
  });
  return {
    async subscribe(viewer: Viewer, args: SubscribeArgs): Promise<LiveStream> {
      access.requireRead(viewer, 'Subscribing to events needs a VIEWER token');
      let incident: Types.ObjectId | null = null;
      if (args.incidentId !== null) {
        if (!isObjectIdHex(args.incidentId)) throw notFound('Incident', args.incidentId);
        incident = new Types.ObjectId(args.incidentId);
      }
      const after = args.after === null ? null : decodeEventCursor(args.after);
      // A cursor at or below the watermark was certainly issued: only one past it needs a read
      // (it may come from an instance that is ahead), so a reconnect storm costs no query each.
      if (after !== null && after > tailer.watermark()) {
        const counter = await CounterModel.findById('events').lean().exec();
        if (after > (counter?.seq ?? 0)) {
          throw notFound('Event cursor', args.after ?? '');
        }
      }
      let stream: LiveStream | null = null;
      const unlisten = tailer.listen((event) => stream?.onLive(event));
      stream = new LiveStream({
        incident,
        after,
        watermark: tailer.watermark(),
        replay,
        maxQueue,
        onSlow: args.onSlow,
        unlisten,
        // Webhook failures are an operator's concern: ADMIN tokens only.
        visible: (event) => event.type !== 'WEBHOOK_DELIVERY_FAILED' || viewer.role === 'ADMIN',
      });
      return stream;
    },
  };
}

export type LiveService = ReturnType<typeof createLiveService>;
