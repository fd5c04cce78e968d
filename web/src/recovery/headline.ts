import { flowKind } from './flowKind';

interface Series {
  readonly flow: string;
  readonly samples: readonly { readonly at: string; readonly value: number }[];
}

/**
 * The incident's headline flow: the API orders `Incident.recovery` with `Incident.primaryFlow`
 * first (set by a responder, or the first level flow recorded), so it is the first series when
 * that is a recovery level (a rate, "lower is better", never heads the page). Given the primary
 * flow, only its series heads: before its first sample (a drill replaying other flows first),
 * no other flow stands in for it.
 */
export function headlineFlow<S extends Series>(
  recovery: readonly S[],
  primaryFlow?: string | null,
): S | null {
  const first =
    primaryFlow === undefined || primaryFlow === null
      ? recovery[0]
      : recovery.find((s) => s.flow === primaryFlow);
  return first !== undefined && flowKind(first.flow) === 'recovery' && first.samples.length > 0
    ? first
    : null;
}

/** The flows with the headline first, the others in their given order. */
export function headlineFirst<S extends Series>(recovery: readonly S[]): S[] {
  const headline = headlineFlow(recovery);
  return headline === null ? [...recovery] : [headline, ...recovery.filter((s) => s !== headline)];
}
