import type { ComponentStatus } from '../__generated__/resolvers-types.js';

/**
 * How bad each status is, for "the worst of": an outage outranks degradation, and planned
 * maintenance outranks only "operational" (it is not a failure, but it is not normal either).
 */
const severity: Readonly<Record<ComponentStatus, number>> = {
  OPERATIONAL: 0,
  UNDER_MAINTENANCE: 1,
  DEGRADED_PERFORMANCE: 2,
  PARTIAL_OUTAGE: 3,
  MAJOR_OUTAGE: 4,
};

/**
 * The statuses open incidents give to components, by component id (hex): what an incident
 * "affecting Payments with MAJOR_OUTAGE" contributes to Payments' shown status.
 */
export type Contributions = ReadonlyMap<string, readonly ComponentStatus[]>;

/**
 * A component's shown status: the worst of the status set on it by hand and the statuses given
 * to it by the open incidents that affect it (Statuspage semantics). Resolving an incident drops
 * its contribution, so the component returns to what remains.
 */
export function shownStatus(
  manual: ComponentStatus,
  fromIncidents: readonly ComponentStatus[] = [],
): ComponentStatus {
  return fromIncidents.reduce<ComponentStatus>(
    (worst, status) => (severity[status] > severity[worst] ? status : worst),
    manual,
  );
}
