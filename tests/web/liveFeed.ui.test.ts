import { describe, expect, it } from 'vitest';
import { backoffMs, LiveFeed, type FeedSink } from '../../web/src/app/liveFeed';

interface Ev {
  cursor: string;
}

/** A feed over a fake transport, with time driven by the test. */
function harness() {
  const attempts: { after: string | null; sink: FeedSink<Ev>; stopped: boolean }[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const applied: string[] = [];
  let resyncs = 0;
  let now = 0;
  const feed = new LiveFeed<Ev>({
    subscribe: (after, sink) => {
      const attempt = { after, sink, stopped: false };
      attempts.push(attempt);
      return () => {
        attempt.stopped = true;
      };
    },
    onEvent: (e) => applied.push(e.cursor),
    onResync: () => {
      resyncs++;
    },
    cursorOf: (e) => e.cursor,
    now: () => now,
    random: () => 0.5,
    setTimer: (fn, ms) => {
      const t = { fn, ms };
      timers.push(t);
      return t;
    },
    clearTimer: (handle) => {
      const i = timers.findIndex((t) => t === handle);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  const last = () => {
    const a = attempts[attempts.length - 1];
    if (!a) throw new Error('no attempt');
    return a;
  };
  const fire = () => {
    const t = timers.shift();
    if (!t) throw new Error('no timer');
    now += t.ms;
    t.fn();
  };
  return { feed, attempts, timers, applied, last, fire, resyncs: () => resyncs };
}

describe('LiveFeed', () => {
  it('should subscribe without a cursor first and refetch once it is live', () => {
    const h = harness();
    h.feed.start();
    expect(h.last().after).toBeNull();
    expect(h.feed.getState().status).toBe('connecting');
    h.last().sink.open();
    expect(h.feed.getState().status).toBe('live');
    expect(h.resyncs()).toBe(1);
  });

  it('should resume from the last cursor it saw on every reconnect', () => {
    const h = harness();
    h.feed.start();
    h.last().sink.open();
    h.last().sink.next({ cursor: 'c1' });
    h.last().sink.next({ cursor: 'c2' });
    h.last().sink.end({ cursorRejected: false });
    expect(h.feed.getState().status).toBe('reconnecting');
    h.fire();
    expect(h.last().after).toBe('c2');
    h.last().sink.open();
    expect(h.resyncs()).toBe(1);
    h.last().sink.next({ cursor: 'c3' });
    h.last().sink.end({ cursorRejected: false });
    h.fire();
    expect(h.last().after).toBe('c3');
    expect(h.applied).toEqual(['c1', 'c2', 'c3']);
  });

  it('should back off exponentially while the server is down and keep trying forever', () => {
    const h = harness();
    h.feed.start();
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      h.last().sink.end({ cursorRejected: false });
      waits.push(h.timers[0]?.ms ?? -1);
      h.fire();
    }
    expect(waits.slice(0, 4)).toEqual([375, 750, 1500, 3000]);
    expect(Math.max(...waits)).toBeLessThanOrEqual(30_000);
    expect(h.attempts).toHaveLength(13);
    expect(h.feed.getState().attempt).toBe(12);
    h.last().sink.open();
    expect(h.feed.getState()).toMatchObject({ status: 'live', attempt: 0 });
  });

  it('should start over without a cursor and refetch when the server rejects the cursor', () => {
    const h = harness();
    h.feed.start();
    h.last().sink.open();
    h.last().sink.next({ cursor: 'old' });
    h.last().sink.end({ cursorRejected: true });
    h.fire();
    expect(h.last().after).toBeNull();
    h.last().sink.open();
    expect(h.resyncs()).toBe(2);
  });

  it('should ignore a stopped attempt and leave no timer behind when stopped', () => {
    const h = harness();
    h.feed.start();
    const first = h.last();
    h.feed.restart();
    expect(first.stopped).toBe(true);
    first.sink.next({ cursor: 'stale' });
    expect(h.applied).toEqual([]);
    h.last().sink.end({ cursorRejected: false });
    h.feed.stop();
    expect(h.timers).toHaveLength(0);
    expect(h.last().stopped).toBe(true);
  });

  it('should record when the last event arrived', () => {
    const h = harness();
    h.feed.start();
    h.last().sink.open();
    h.last().sink.next({ cursor: 'c1' });
    expect(h.feed.getState().eventCount).toBe(1);
    expect(h.feed.getState().lastEventAt).toBe(0);
  });
});

describe('backoffMs', () => {
  it.each([
    { attempt: 0, random: 0, expected: 250 },
    { attempt: 0, random: 1, expected: 500 },
    { attempt: 3, random: 0.5, expected: 3000 },
    { attempt: 50, random: 1, expected: 30_000 },
  ])(
    'should wait $expected ms before attempt $attempt (random $random)',
    ({ attempt, random, expected }) => {
      expect(backoffMs(attempt, () => random)).toBe(expected);
    },
  );
});
