import { formatPercent } from '../ui/format';

/**
 * What a flow's figure measures. Most flows are recovery levels (percent of nominal: 100 is
 * healthy), but some count a bad thing, such as the seed incident's `order_cancellations`, a
 * cancellation rate of 2–5 %: for those, lower is better, and reading "2 %" as "2 % recovered"
 * would be exactly wrong.
 */
export type FlowKind = 'recovery' | 'rate';

/** Colour band of a figure, named for CSS. */
export type Level = 'level-ok' | 'level-calm' | 'level-warn' | 'level-bad';

/** Flow-name endings that mark a "lower is better" rate, with the word the rate is read as. */
const RATE_SUFFIXES: ReadonlyArray<readonly [suffix: string, noun: string]> = [
  ['_error_rate', 'errors'],
  ['_cancellations', 'cancellations'],
  ['_failures', 'failures'],
  ['_errors', 'errors'],
];

function rateSuffix(flow: string): (typeof RATE_SUFFIXES)[number] | undefined {
  return RATE_SUFFIXES.find(([suffix]) => flow.endsWith(suffix) && flow.length > suffix.length);
}

/** `order_cancellations` → `rate`; `sales_flow` → `recovery`. */
export function flowKind(flow: string): FlowKind {
  return rateSuffix(flow) === undefined ? 'recovery' : 'rate';
}

/** The flow's name for people: `order_cancellations` → `Order cancellations`. */
export function flowLabel(flow: string): string {
  const words = flow.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The word a rate is read as (`cancellations`, `errors`), or null for a recovery level. */
export function flowUnit(flow: string): string | null {
  return rateSuffix(flow)?.[1] ?? null;
}

/**
 * A figure as people should read it: `92%` for a recovery level (of nominal), `2% cancellations`
 * or `0.5% errors` for a rate.
 */
export function formatFlowValue(flow: string, value: number): string {
  const suffix = rateSuffix(flow);
  return suffix === undefined ? formatPercent(value) : `${formatPercent(value)} ${suffix[1]}`;
}

/** Below this a rate is calm (the seed page's "approx. 2–5 %" is the edge of normal). */
export const RATE_CALM_BELOW = 5;
/** From this a rate is an outage of its own. */
export const RATE_BAD_FROM = 20;

/**
 * The colour band of a figure. A recovery level is good from 95 % and bad under 60 %; a rate is
 * calm (neutral, not "recovered" green) under 5 %, a warning from 5 % and bad from 20 %.
 */
export function flowLevel(flow: string, value: number): Level {
  if (flowKind(flow) === 'rate') {
    if (value < RATE_CALM_BELOW) return 'level-calm';
    return value < RATE_BAD_FROM ? 'level-warn' : 'level-bad';
  }
  if (value >= 95) return 'level-ok';
  if (value >= 60) return 'level-warn';
  return 'level-bad';
}

/** What the chart of a flow shows, for its caption and its accessible name. */
export function chartLabel(flow: string, latest: number | null): string {
  const now = latest === null ? '' : `, now ${formatFlowValue(flow, latest)}`;
  return flowKind(flow) === 'rate'
    ? `${flowLabel(flow)} rate over time (lower is better)${now}`
    : `Recovery of ${flowLabel(flow).toLowerCase()} over time, percent of nominal${now}`;
}
