import { ImpactValues } from '../__generated__/enums';
import type { Impact } from '../__generated__/graphql';

/** Every impact, worst first, as the forms and filters list them (the SDL lists the mildest first). */
export const IMPACTS_WORST_FIRST: readonly Impact[] = [...ImpactValues].reverse();

/** How bad an impact is: 0 for the worst. */
function impactRank(impact: Impact): number {
  return IMPACTS_WORST_FIRST.indexOf(impact);
}

/**
 * Incidents as the war room and the wallboard list them: the worst impact first, then the one
 * that started first (it has hurt longest). A new array; the input is left alone.
 */
export function byImpactThenStart<T extends { impact: Impact; startedAt: string; id: string }>(
  incidents: readonly T[],
): T[] {
  return [...incidents].sort(
    (a, b) =>
      impactRank(a.impact) - impactRank(b.impact) ||
      Date.parse(a.startedAt) - Date.parse(b.startedAt) ||
      a.id.localeCompare(b.id),
  );
}
