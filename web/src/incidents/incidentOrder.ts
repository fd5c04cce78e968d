import type { Impact } from '../__generated__/graphql';

const IMPACT_RANK: Record<Impact, number> = { CRITICAL: 0, MAJOR: 1, MINOR: 2, NONE: 3 };

/**
 * Incidents as the war room and the wallboard list them: the worst impact first, then the one
 * that started first (it has hurt longest). A new array; the input is left alone.
 */
export function byImpactThenStart<T extends { impact: Impact; startedAt: string; id: string }>(
  incidents: readonly T[],
): T[] {
  return [...incidents].sort(
    (a, b) =>
      IMPACT_RANK[a.impact] - IMPACT_RANK[b.impact] ||
      Date.parse(a.startedAt) - Date.parse(b.startedAt) ||
      a.id.localeCompare(b.id),
  );
}
