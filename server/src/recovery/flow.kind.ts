import type { FlowKind } from '../__generated__/resolvers-types.js';

/**
 * Flow-name endings that mark a "lower is better" rate, with the word the rate is read as. The
 * one copy of the rule: the API states each series' `kind`, and the web reads that field.
 */
export const rateSuffixes: ReadonlyArray<readonly [suffix: string, noun: string]> = [
  ['_error_rate', 'errors'],
  ['_cancellations', 'cancellations'],
  ['_failures', 'failures'],
  ['_errors', 'errors'],
];

/** `order_cancellations` → `RATE`; `sales_flow` → `LEVEL` (a bare suffix is a level's name). */
export function flowKind(flow: string): FlowKind {
  const rate = rateSuffixes.some(
    ([suffix]) => flow.endsWith(suffix) && flow.length > suffix.length,
  );
  return rate ? 'RATE' : 'LEVEL';
}
