import { flowKind } from './flowKind';

interface Series {
  readonly flow: string;
  readonly samples: readonly { readonly at: string; readonly value: number }[];
}

/**
 * The incident's headline flow: for now the first recovery-level flow recorded (a rate, "lower is
 * better", never heads the page). The API's `Incident.primaryFlow` will replace this choice.
 */
export function headlineFlow<S extends Series>(recovery: readonly S[]): S | null {
  let best: S | null = null;
  let bestAt = Infinity;
  for (const series of recovery) {
    const first = series.samples[0];
    if (flowKind(series.flow) !== 'recovery' || first === undefined) continue;
    const at = Date.parse(first.at);
    if (at < bestAt) {
      best = series;
      bestAt = at;
    }
  }
  return best;
}

/** The flows with the headline first, the others in their given order. */
export function headlineFirst<S extends Series>(recovery: readonly S[]): S[] {
  const headline = headlineFlow(recovery);
  return headline === null ? [...recovery] : [headline, ...recovery.filter((s) => s !== headline)];
}
