import { describe, expect, it } from 'vitest';
import { boundsFromDateHeader, OffsetEstimator } from '../../web/src/app/serverClock';

const SERVER = Date.parse('2026-12-01T10:00:00.000Z');
const header = (ms: number) => new Date(ms).toUTCString();

describe('boundsFromDateHeader', () => {
  it('should bound the offset by the round trip and the header’s whole second', () => {
    // The browser is 5 minutes behind; the server said 10:00:00 during a 40 ms round trip.
    const local = SERVER - 5 * 60_000;
    expect(boundsFromDateHeader(header(SERVER), local, local + 40)).toEqual({
      low: 5 * 60_000 - 40,
      high: 5 * 60_000 + 1_000,
    });
  });

  it.each([null, 'not a date'])('should ignore a missing or garbled header (%j)', (value) => {
    expect(boundsFromDateHeader(value, 0, 10)).toBeNull();
  });
});

describe('OffsetEstimator', () => {
  it('should say 0 before it has heard from the server', () => {
    const clock = new OffsetEstimator();
    expect(clock.offsetMs()).toBe(0);
    expect(clock.uncertaintyMs()).toBe(Infinity);
  });

  it('should narrow below the header’s one-second resolution over several responses', () => {
    const trueOffset = -5 * 60_000 + 377; // browser 5 min ahead, plus a fraction of a second
    const clock = new OffsetEstimator();
    for (let sentAt = 1_000_000; sentAt < 1_060_000; sentAt += 1_037) {
      const receivedAt = sentAt + 30;
      const serverAtMidpoint = sentAt + 15 + trueOffset;
      const wholeSecond = Math.floor(serverAtMidpoint / 1000) * 1000;
      clock.observe({ low: wholeSecond - receivedAt, high: wholeSecond + 1000 - sentAt });
    }
    expect(Math.abs(clock.offsetMs() - trueOffset)).toBeLessThanOrEqual(50);
    expect(clock.uncertaintyMs()).toBeLessThanOrEqual(50);
  });

  it('should start over when the local clock jumps (a new interval does not overlap)', () => {
    const clock = new OffsetEstimator();
    clock.observe({ low: 100, high: 1_100 });
    expect(clock.observe({ low: 60_000, high: 61_000 })).toBe(60_500);
  });
});

describe('serverTimeAt', () => {
  it('should place a moment noted before the server clock was known at the right server time', async () => {
    const { monotonicNow, serverClock, serverNow, serverTimeAt } =
      await import('../../web/src/app/serverClock');
    // Noted while the app still believed the browser's clock (5 min behind the server)...
    const notedAt = monotonicNow();
    const believedThen = serverNow();
    // ...then the first response teaches the skew.
    const local = Date.now();
    const bounds = boundsFromDateHeader(header(local + 5 * 60_000), local, local);
    expect(bounds).not.toBeNull();
    if (bounds) serverClock.observe(bounds);
    const shown = serverTimeAt(notedAt);
    expect(shown - believedThen).toBeGreaterThan(5 * 60_000 - 1_500);
    expect(shown - believedThen).toBeLessThan(5 * 60_000 + 1_500);
  });
});
