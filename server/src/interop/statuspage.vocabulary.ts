import type { ComponentStatus, Impact, IncidentStatus } from '../__generated__/resolvers-types.js';

/**
 * Statuspage v2's vocabulary and how War Room's maps onto it. Statuspage spells the same
 * values in lowercase; its extra incident status `postmortem` is a resolved incident whose
 * post-mortem is published.
 */
export type SpComponentStatus =
  'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage' | 'under_maintenance';
export type SpIncidentStatus =
  'investigating' | 'identified' | 'monitoring' | 'resolved' | 'postmortem';
export type SpImpact = 'none' | 'minor' | 'major' | 'critical';
export type SpIndicator = SpImpact | 'maintenance';

export const spComponentStatuses: readonly SpComponentStatus[] = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
];
export const spIncidentStatuses: readonly SpIncidentStatus[] = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'postmortem',
];
export const spImpacts: readonly SpImpact[] = ['none', 'minor', 'major', 'critical'];

const componentOut: Record<ComponentStatus, SpComponentStatus> = {
  OPERATIONAL: 'operational',
  DEGRADED_PERFORMANCE: 'degraded_performance',
  PARTIAL_OUTAGE: 'partial_outage',
  MAJOR_OUTAGE: 'major_outage',
  UNDER_MAINTENANCE: 'under_maintenance',
};
const componentIn: Record<SpComponentStatus, ComponentStatus> = {
  operational: 'OPERATIONAL',
  degraded_performance: 'DEGRADED_PERFORMANCE',
  partial_outage: 'PARTIAL_OUTAGE',
  major_outage: 'MAJOR_OUTAGE',
  under_maintenance: 'UNDER_MAINTENANCE',
};
const impactOut: Record<Impact, SpImpact> = {
  NONE: 'none',
  MINOR: 'minor',
  MAJOR: 'major',
  CRITICAL: 'critical',
};
const impactIn: Record<SpImpact, Impact> = {
  none: 'NONE',
  minor: 'MINOR',
  major: 'MAJOR',
  critical: 'CRITICAL',
};
const statusOut: Record<IncidentStatus, SpIncidentStatus> = {
  INVESTIGATING: 'investigating',
  IDENTIFIED: 'identified',
  MONITORING: 'monitoring',
  RESOLVED: 'resolved',
};
const statusIn: Record<SpIncidentStatus, IncidentStatus> = {
  investigating: 'INVESTIGATING',
  identified: 'IDENTIFIED',
  monitoring: 'MONITORING',
  resolved: 'RESOLVED',
  postmortem: 'RESOLVED',
};

export const toSpComponentStatus = (status: ComponentStatus): SpComponentStatus =>
  componentOut[status];
export const fromSpComponentStatus = (status: SpComponentStatus): ComponentStatus =>
  componentIn[status];
export const toSpImpact = (impact: Impact): SpImpact => impactOut[impact];
export const fromSpImpact = (impact: SpImpact): Impact => impactIn[impact];
/** `postmortem` when a resolved incident has a post-mortem, as Statuspage shows it. */
export const toSpIncidentStatus = (
  status: IncidentStatus,
  hasPostmortem = false,
): SpIncidentStatus => (status === 'RESOLVED' && hasPostmortem ? 'postmortem' : statusOut[status]);
export const fromSpIncidentStatus = (status: SpIncidentStatus): IncidentStatus => statusIn[status];

const indicatorRank: Record<SpIndicator, number> = {
  none: 0,
  maintenance: 1,
  minor: 2,
  major: 3,
  critical: 4,
};
/** What a component's status says about the whole page (Statuspage's blending). */
const indicatorOfComponent: Record<ComponentStatus, SpIndicator> = {
  OPERATIONAL: 'none',
  UNDER_MAINTENANCE: 'maintenance',
  DEGRADED_PERFORMANCE: 'minor',
  PARTIAL_OUTAGE: 'major',
  MAJOR_OUTAGE: 'critical',
};
const descriptions: Record<SpIndicator, string> = {
  none: 'All Systems Operational',
  maintenance: 'Service Under Maintenance',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major Service Outage',
};

/** The page's `status` object. */
export interface SpStatus {
  indicator: SpIndicator;
  description: string;
}

/**
 * The page status: the worst of the open incidents' impacts and the components' statuses; any
 * outage outranks maintenance, and maintenance outranks "all operational".
 */
export function pageStatus(
  openImpacts: readonly Impact[],
  componentStatuses: readonly ComponentStatus[],
): SpStatus {
  const candidates: SpIndicator[] = [
    'none',
    ...openImpacts.map(toSpImpact),
    ...componentStatuses.map((status) => indicatorOfComponent[status]),
  ];
  const indicator = candidates.reduce((worst, next) =>
    indicatorRank[next] > indicatorRank[worst] ? next : worst,
  );
  return { indicator, description: descriptions[indicator] };
}

const componentRank: Record<ComponentStatus, number> = {
  OPERATIONAL: 0,
  UNDER_MAINTENANCE: 1,
  DEGRADED_PERFORMANCE: 2,
  PARTIAL_OUTAGE: 3,
  MAJOR_OUTAGE: 4,
};

/** The worst of some component statuses (a group shows its worst child). */
export function worstComponentStatus(statuses: readonly ComponentStatus[]): ComponentStatus {
  return statuses.reduce<ComponentStatus>(
    (worst, next) => (componentRank[next] > componentRank[worst] ? next : worst),
    'OPERATIONAL',
  );
}
