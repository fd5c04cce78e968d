import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import type { EventView } from '../../server/src/events/event.model.js';
import { LiveStream, type LiveSink } from '../../server/src/live/live.stream.js';
import type { ReplayReader } from '../../server/src/live/replay.js';

const incident = new Types.ObjectId();
const event = (seq: number): EventView => ({
  seq,
  type: 'RECOVERY_RECORDED',
  at: new Date(0),
  incidentId: incident,
  refs: {},
});

/** A replay reader over seqs 1…∞ whose every page takes one turn of the event loop. */
function fakeReplay(pageSize: number, log: string[]): ReplayReader {
  return {
    pageSize,
    page: (_incident, from, to) =>
      new Promise((resolve) =>
        setImmediate(() => {
          const through = Math.min(from - (from % pageSize) + pageSize, to);
          log.push(`page ${from + 1}-${through}`);
          const events: EventView[] = [];
          for (let seq = from + 1; seq <= through; seq += 1) events.push(event(seq));
          resolve({ events, through });
        }),
      ),
  };
}

/** A sink that records what it gets, under `name`, in one log shared by several sinks. */
function recordingSink(name: string, log: string[], seqs: number[]): LiveSink {
  return {
    event: (e) => {
      seqs.push(e.seq);
      log.push(`${name} ${e.seq}`);
    },
    end: (error) => log.push(`${name} end ${error?.message ?? ''}`),
    drained: () => Promise.resolve(),
  };
}

const until = async (condition: () => boolean) => {
  for (let turn = 0; !condition(); turn += 1) {
    if (turn > 10_000) throw new Error('condition never held');
    await new Promise((resolve) => setImmediate(resolve));
  }
};

describe('LiveStream', () => {
  it('should replay 5,000 events in pages, then what arrived live meanwhile, with no gap and no duplicate', async () => {
    const log: string[] = [];
    const seqs: number[] = [];
    const stream = new LiveStream({
      incident: null,
      after: 0,
      watermark: 5000,
      replay: fakeReplay(200, log),
      maxQueue: 1000,
      unlisten: () => undefined,
    });
    stream.attach(recordingSink('r', log, seqs));
    stream.onLive(event(5001));
    stream.onLive(event(5002));
    await until(() => seqs.length === 5002);
    expect(seqs).toEqual(Array.from({ length: 5002 }, (_, i) => i + 1));
    const pages = log.filter((line) => line.startsWith('page'));
    expect(pages).toHaveLength(25);
    expect(pages[0]).toBe('page 1-200');
    expect(pages.at(-1)).toBe('page 4801-5000');
  });

  it('should let another subscriber have its live event within one page of a long catch-up', async () => {
    const log: string[] = [];
    const replaying: number[] = [];
    const live: number[] = [];
    const catchUp = new LiveStream({
      incident: null,
      after: 0,
      watermark: 5000,
      replay: fakeReplay(200, log),
      maxQueue: 1000,
      unlisten: () => undefined,
    });
    const other = new LiveStream({
      incident: null,
      after: null,
      watermark: 5000,
      replay: fakeReplay(200, log),
      maxQueue: 1000,
      unlisten: () => undefined,
    });
    catchUp.attach(recordingSink('r', log, replaying));
    other.attach(recordingSink('l', log, live));
    await until(() => replaying.length >= 1000);
    const injectedAt = log.length;
    // The tailer hands the event to both streams in one turn, as it does in the server.
    setImmediate(() => {
      other.onLive(event(5001));
      catchUp.onLive(event(5001));
    });
    await until(() => replaying.length === 5001);
    const deliveredAt = log.indexOf('l 5001');
    expect(deliveredAt).toBeGreaterThan(injectedAt);
    const replayedBetween = log
      .slice(injectedAt, deliveredAt)
      .filter((line) => line.startsWith('r ')).length;
    expect(replayedBetween).toBeLessThanOrEqual(200);
    expect(replaying.indexOf(5001)).toBe(5000);
    expect(live).toEqual([5001]);
  });
});
