/**
 * Pure recovery analytics over one flow's samples: trend, ETA to nominal, milestones and the
 * "lower is better" figures of rate flows. No I/O, so the estimator's edge cases are unit tests.
 */

/** The part of a sample the estimators read. */
export interface Point {
  at: Date;
  value: number;
}

/** How far back the trend looks from the latest sample. */
export const trendWindowMs = 60 * 60 * 1000;
/** The trend never reads fewer than this many of the latest samples (when there are that many). */
export const trendMinSamples = 3;
/** ETAs further out than this are noise, not an estimate. */
export const etaHorizonMs = 7 * 24 * 60 * 60 * 1000;

const hourMs = 60 * 60 * 1000;

/** Oldest first; ties keep their given order (samples of one instant are one reading). */
function chronological(points: readonly Point[]): Point[] {
  return [...points].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Least-squares slope, in percentage points per hour, over the samples of the last hour before
 * the latest one (and at least the latest `trendMinSamples`). Null with fewer than two samples
 * or when they all share one instant: a slope needs two distinct times.
 */
export function trendPerHour(points: readonly Point[]): number | null {
  const sorted = chronological(points);
  const last = sorted.at(-1);
  if (!last) return null;
  const since = last.at.getTime() - trendWindowMs;
  const firstInWindow = sorted.findIndex((p) => p.at.getTime() >= since);
  const start = Math.min(firstInWindow, Math.max(0, sorted.length - trendMinSamples));
  const recent = sorted.slice(start);
  if (recent.length < 2) return null;
  const origin = recent[0]?.at.getTime() ?? 0;
  const xs = recent.map((p) => (p.at.getTime() - origin) / hourMs);
  const meanX = xs.reduce((s, x) => s + x, 0) / xs.length;
  const meanY = recent.reduce((s, p) => s + p.value, 0) / recent.length;
  let sxx = 0;
  let sxy = 0;
  recent.forEach((p, i) => {
    const dx = (xs[i] ?? 0) - meanX;
    sxx += dx * dx;
    sxy += dx * (p.value - meanY);
  });
  if (sxx === 0) return null;
  return sxy / sxx;
}

/**
 * When a climbing level flow would reach 100 %, extrapolating `trendPerHour` from its latest
 * sample. Null when it is already at or above nominal, not climbing, has too few samples, or
 * the estimate lies beyond `etaHorizonMs` (a crawl is not a forecast).
 */
export function etaToFull(points: readonly Point[]): Date | null {
  const last = chronological(points).at(-1);
  const trend = trendPerHour(points);
  if (!last || trend === null || trend <= 0 || last.value >= 100) return null;
  const ms = ((100 - last.value) / trend) * hourMs;
  if (ms > etaHorizonMs) return null;
  return new Date(last.at.getTime() + ms);
}

/** The first time a level flow reached 50, 90 and 100 % of nominal. */
export interface Milestones {
  reached50At: Date | null;
  reached90At: Date | null;
  reached100At: Date | null;
}

/**
 * First sample at or above each level, in time order: a flow that reached 90 % and fell back
 * keeps its first 90 % time (that is when it was first reached).
 */
export function milestones(points: readonly Point[]): Milestones {
  const sorted = chronological(points);
  const first = (level: number): Date | null => sorted.find((p) => p.value >= level)?.at ?? null;
  return { reached50At: first(50), reached90At: first(90), reached100At: first(100) };
}

/** The highest sample of a rate flow (the earliest, when several tie). */
export function peak<P extends Point>(points: readonly P[]): P | null {
  let best: P | null = null;
  for (const p of points) {
    if (
      !best ||
      p.value > best.value ||
      (p.value === best.value && p.at.getTime() < best.at.getTime())
    ) {
      best = p;
    }
  }
  return best;
}

/**
 * When a rate flow came back under `threshold` after its peak and stayed there: the first
 * sample under the threshold after the last one at or over it. Null when no threshold is set,
 * when it never went over (nothing to come back from), or when the latest sample is over.
 */
export function backUnderThresholdAt(
  points: readonly Point[],
  threshold: number | null,
): Date | null {
  if (threshold === null) return null;
  const sorted = chronological(points);
  let lastOver = -1;
  sorted.forEach((p, i) => {
    if (p.value >= threshold) lastOver = i;
  });
  if (lastOver === -1) return null;
  return sorted[lastOver + 1]?.at ?? null;
}
