import { badInput } from '../common/errors.js';

/** One range of a duration histogram: `[fromSeconds, toSeconds)`, the last one closed. */
export interface DurationBucketView {
  fromSeconds: number;
  toSeconds: number;
  count: number;
}

export const maxBuckets = 50;

/** Widths a person reads at a glance, in seconds, up to half a day; then 1, 2, 5 × 10ⁿ days. */
const roundWidths = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200,
];
const day = 86_400;

/** The smallest round width at least `raw` seconds (`raw` finite and non-negative). */
export function roundWidth(raw: number): number {
  const short = roundWidths.find((w) => w >= raw);
  if (short !== undefined) return short;
  for (let days = 1; ; days *= 10) {
    const width = [1, 2, 5].map((m) => m * days * day).find((w) => w >= raw);
    if (width !== undefined) return width;
  }
}

/**
 * Durations (non-negative, ascending) in at most `buckets` equal ranges of a round width from
 * zero, as few as cover the largest: a chart of it needs no other figure to agree with `count`.
 */
export function histogram(sorted: readonly number[], buckets: number): DurationBucketView[] {
  if (!Number.isInteger(buckets) || buckets < 1 || buckets > maxBuckets)
    throw badInput('buckets', `must be an integer from 1 to ${maxBuckets}`);
  const max = sorted.at(-1);
  if (max === undefined) return [];
  if (!Number.isFinite(max)) throw new Error('durations must be finite');
  const width = roundWidth(max / buckets);
  const n = Math.min(buckets, Math.floor(max / width) + 1);
  const counts = Array.from({ length: n }, () => 0);
  for (const value of sorted) {
    const i = Math.min(n - 1, Math.max(0, Math.floor(value / width)));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ fromSeconds: i * width, toSeconds: (i + 1) * width, count }));
}
