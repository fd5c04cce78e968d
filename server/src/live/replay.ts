import type { Types } from 'mongoose';
import { EventModel, type EventDoc, type EventView } from '../events/event.model.js';
import { toView } from './tailer.js';

export interface ReplayReaderOptions {
  /** The tailer's watermark: every event at or below it is committed and readable. */
  watermark: () => number;
  /** Sequence numbers per page: a page is one read and one turn of delivery. */
  pageSize?: number;
  /** Pages kept for the subscribers that resume right after the first one asked. */
  maxPages?: number;
}

interface CachedPage {
  /** Every event of the page at or below this sequence number is in `events`. */
  complete: number;
  events: Promise<EventView[]>;
}

/**
 * Reads the event log for subscribers that resume from a cursor, one page of sequence numbers
 * at a time. Pages are aligned (`(k·size, (k+1)·size]`), so the thousands of wallboards that come
 * back together after a restart, with cursors a few events apart, share one read per page
 * instead of each issuing its own.
 */
export function createReplayReader(options: ReplayReaderOptions) {
  const pageSize = options.pageSize ?? 200;
  const maxPages = options.maxPages ?? 128;
  const pages = new Map<string, CachedPage>();

  function read(incident: Types.ObjectId | null, start: number, upTo: number): CachedPage {
    const key = `${incident?.toHexString() ?? '*'}:${start}`;
    const cached = pages.get(key);
    if (cached && cached.complete >= upTo) return cached;
    // Events at or below the tailer's watermark are all committed: the page is whole up to it.
    const complete = Math.min(start + pageSize, Math.max(upTo, options.watermark()));
    const events = EventModel.find({
      seq: { $gt: start, $lte: complete },
      committed: true,
      ...(incident ? { incidentId: incident } : {}),
    })
      .sort({ seq: 1 })
      .lean<EventDoc[]>()
      .exec()
      .then((docs) => docs.map(toView));
    const page: CachedPage = { complete, events };
    pages.delete(key);
    pages.set(key, page);
    events.catch(() => pages.delete(key));
    if (pages.size > maxPages) {
      const oldest = pages.keys().next().value;
      if (oldest !== undefined) pages.delete(oldest);
    }
    return page;
  }

  return {
    pageSize,
    /**
     * The events after `from` up to `to` (inclusive) of one page: the page holding `from + 1`.
     * Returns the events and the last sequence number the page covered.
     */
    async page(
      incident: Types.ObjectId | null,
      from: number,
      to: number,
    ): Promise<{ events: EventView[]; through: number }> {
      const start = from - (from % pageSize);
      const through = Math.min(start + pageSize, to);
      const events = await read(incident, start, through).events;
      return { events: events.filter((e) => e.seq > from && e.seq <= through), through };
    },
  };
}

export type ReplayReader = ReturnType<typeof createReplayReader>;
