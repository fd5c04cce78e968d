import type { ComponentStatus } from '../__generated__/graphql';

/**
 * Whether a status is not a problem: working, or down on purpose for planned work. A record of
 * every status, so a status added to the SDL does not compile until it is placed here.
 */
const HEALTHY: Readonly<Record<ComponentStatus, boolean>> = {
  OPERATIONAL: true,
  UNDER_MAINTENANCE: true,
  DEGRADED_PERFORMANCE: false,
  PARTIAL_OUTAGE: false,
  MAJOR_OUTAGE: false,
};

/**
 * The components that are degraded or down. "All systems operational" is only true when this is
 * empty: with no open incident but a component in outage, the honest headline is
 * "No open incidents", with the outage beside it.
 */
export function unhealthyComponents<T extends { readonly status: ComponentStatus }>(
  components: readonly T[],
): T[] {
  return components.filter((c) => !HEALTHY[c.status]);
}

/** "1 component is degraded or down", "3 components are degraded or down". */
export function unhealthySummary(count: number): string {
  return count === 1
    ? '1 component is degraded or down'
    : `${count} components are degraded or down`;
}
