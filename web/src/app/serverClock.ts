/**
 * The server's clock, as seen from the browser. Every HTTP response carries a `Date` header
 * (whole seconds); a response sent at local `sentAt` and received at `receivedAt` with header
 * `D` says the server's clock read somewhere in `[D, D + 1 s)` while the local one read somewhere
 * in `[sentAt, receivedAt]`, so the offset (server − local) lies in
 * `[D − receivedAt, D + 1000 − sentAt]`. Intersecting those intervals over many responses
 * narrows the estimate well below the header's one-second resolution; when a new interval does
 * not overlap (someone set the laptop's clock), the estimator starts over from it.
 */

/** What one response told us: the offset lies in `[low, high]` (ms). */
export interface OffsetBounds {
  readonly low: number;
  readonly high: number;
}

/** Bounds from one response with a `Date` header; null when the header is missing or garbled. */
export function boundsFromDateHeader(
  header: string | null,
  sentAt: number,
  receivedAt: number,
): OffsetBounds | null {
  if (header === null) return null;
  const serverMs = Date.parse(header);
  if (Number.isNaN(serverMs) || receivedAt < sentAt) return null;
  return { low: serverMs - receivedAt, high: serverMs + 1000 - sentAt };
}

/** The intersection of the bounds seen so far, and the offset it implies. */
export class OffsetEstimator {
  private bounds: OffsetBounds | null = null;

  /** Adds one observation; returns the new estimate (ms to add to the local clock). */
  observe(next: OffsetBounds): number {
    const current = this.bounds;
    if (current === null || next.low > current.high || next.high < current.low) {
      this.bounds = next;
    } else {
      this.bounds = {
        low: Math.max(current.low, next.low),
        high: Math.min(current.high, next.high),
      };
    }
    return this.offsetMs();
  }

  /** The best estimate of server − local, in ms (0 before any observation). */
  offsetMs(): number {
    return this.bounds === null ? 0 : Math.round((this.bounds.low + this.bounds.high) / 2);
  }

  /** How far off the estimate may be, in ms (Infinity before any observation). */
  uncertaintyMs(): number {
    return this.bounds === null ? Infinity : (this.bounds.high - this.bounds.low) / 2;
  }
}

/** The app's one estimator: fed by every HTTP response, read by every clock on screen. */
export const serverClock = new OffsetEstimator();

/** The server's time now, in epoch ms: what every "ago", timer and clock on screen uses. */
export function serverNow(): number {
  return Date.now() + serverClock.offsetMs();
}

/** `fetch`, teaching the server clock from each response's `Date` header. */
export async function clockedFetch(
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<Response> {
  const sentAt = Date.now();
  const response = await fetch(input, init);
  const bounds = boundsFromDateHeader(response.headers.get('date'), sentAt, Date.now());
  if (bounds !== null) serverClock.observe(bounds);
  return response;
}
