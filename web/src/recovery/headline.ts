import { flowKind } from './flowKind';

interface Series {
  readonly flow: string;
  readonly samples: readonly { readonly at: string; readonly value: number }[];
}

/**
 * The incident's headline flow: the API orders `Incident.recovery` with `Incident.primaryFlow`
 * first (set by a responder, or the first level flow recorded), so it is the first series when
 * that is a recovery level (a rate, "lower is better", never heads the page).
 */
export function headlineFlow<S extends Series>(recovery: readonly S[]): S | null {
  const first = recovery[0];
  return first !== undefined && flowKind(first.flow) === 'recovery' && first.samples.length > 0
    ? first
    : null;
}

/** The flows with the headline first, the others in their given order. */
export function headlineFirst<S extends Series>(recovery: readonly S[]): S[] {
  const headline = headlineFlow(recovery);
  return headline === null ? [...recovery] : [headline, ...recovery.filter((s) => s !== headline)];
}
