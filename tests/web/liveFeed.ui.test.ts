import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  HEARTBEAT_LIMIT_MS,
  isStale,
  LiveFeed,
  visibleBackoffMs,
  type FeedSink,
  type LiveState,
} from '../../web/src/app/liveFeed';

interface Ev {
  cursor: string;
}

/** A feed over a fake transport, with time driven by the test; hidden page unless told. */
function harness({
  visible = false,
  probe,
}: { visible?: boolean; probe?: () => Promise<boolean> } = {}) {
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
    isVisible: () => visible,
    ...(probe ? { probe } : {}),
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

  it('should back off exponentially while the server is down and the page is hidden, forever', () => {
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

  it('should retry within 2 s forever while the page is visible', () => {
    const h = harness({ visible: true });
    h.feed.start();
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      h.last().sink.end({ cursorRejected: false });
      waits.push(h.timers[0]?.ms ?? -1);
      h.fire();
    }
    expect(waits.slice(0, 4)).toEqual([188, 375, 750, 1500]);
    expect(Math.max(...waits)).toBeLessThanOrEqual(2_000);
    expect(h.attempts).toHaveLength(9);
  });

  it('should subscribe only once the readiness probe says the server is ready', async () => {
    const answers = [false, false, true];
    const h = harness({ visible: true, probe: () => Promise.resolve(answers.shift() ?? true) });
    h.feed.start();
    h.last().sink.open();
    h.last().sink.next({ cursor: 'c1' });
    h.last().sink.end({ cursorRejected: false });
    for (let probes = 0; probes < 3; probes++) {
      h.fire();
      await Promise.resolve();
      await Promise.resolve();
    }
    expect(h.attempts).toHaveLength(2);
    expect(h.last().after).toBe('c1');
    expect(h.timers).toHaveLength(0);
  });

  it('should treat a probe that throws as not ready', async () => {
    const h = harness({ visible: true, probe: () => Promise.reject(new Error('offline')) });
    h.feed.start();
    h.last().sink.end({ cursorRejected: false });
    h.fire();
    await Promise.resolve();
    await Promise.resolve();
    expect(h.attempts).toHaveLength(1);
    expect(h.feed.getState()).toMatchObject({ status: 'reconnecting', attempt: 2 });
  });

  it('should record when the server was last heard from: open, events and keep-alives', () => {
    const h = harness();
    h.feed.start();
    h.last().sink.open();
    expect(h.feed.getState().lastHeardAt).toBe(0);
    h.last().sink.end({ cursorRejected: false });
    h.fire();
    h.feed.heard();
    expect(h.feed.getState().lastHeardAt).toBe(0);
    h.last().sink.open();
    expect(h.feed.getState().lastHeardAt).toBe(375);
  });
});

describe('isStale', () => {
  const live: LiveState = {
    status: 'live',
    attempt: 0,
    retryAt: null,
    lastEventAt: 1_000,
    eventCount: 1,
    lastHeardAt: 1_000,
  };
  it.each([
    { state: live, now: 1_000, expected: false },
    { state: live, now: 1_000 + HEARTBEAT_LIMIT_MS, expected: false },
    { state: live, now: 1_001 + HEARTBEAT_LIMIT_MS, expected: true },
    { state: { ...live, status: 'reconnecting' as const }, now: 1_000, expected: true },
    { state: { ...live, status: 'connecting' as const }, now: 1_000, expected: true },
    { state: { ...live, lastHeardAt: null }, now: 1_000, expected: true },
  ])('should say stale=$expected for $state.status at $now', ({ state, now, expected }) => {
    expect(isStale(state, now)).toBe(expected);
  });
});

describe('visibleBackoffMs', () => {
  it.each([
    { attempt: 0, random: 0, expected: 125 },
    { attempt: 0, random: 1, expected: 250 },
    { attempt: 2, random: 0.5, expected: 750 },
    { attempt: 50, random: 0, expected: 1_000 },
    { attempt: 50, random: 1, expected: 2_000 },
  ])(
    'should wait $expected ms before attempt $attempt (random $random)',
    ({ attempt, random, expected }) => {
      expect(visibleBackoffMs(attempt, () => random)).toBe(expected);
    },
  );
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
