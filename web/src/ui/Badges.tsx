import type { ComponentStatus, Impact, IncidentStatus } from '../__generated__/graphql';
import { humanize } from './format';
import { Icon, type IconName } from './Icon';

const STATUS_ICON: Record<IncidentStatus, IconName> = {
  INVESTIGATING: 'search',
  IDENTIFIED: 'target',
  MONITORING: 'pulse',
  RESOLVED: 'check',
};

/** An incident status: icon, word and colour together. */
export function StatusBadge({ status }: { status: IncidentStatus }) {
  return (
    <span className={`badge status-${status.toLowerCase()}`}>
      <Icon name={STATUS_ICON[status]} />
      {humanize(status)}
    </span>
  );
}

const IMPACT_ICON: Record<Impact, IconName> = {
  NONE: 'dot',
  MINOR: 'half',
  MAJOR: 'alert',
  CRITICAL: 'alert',
};

/** An incident's impact, e.g. "Critical impact". */
export function ImpactBadge({ impact }: { impact: Impact }) {
  return (
    <span className={`badge impact-${impact.toLowerCase()}`}>
      <Icon name={IMPACT_ICON[impact]} />
      {humanize(impact)} impact
    </span>
  );
}

const COMPONENT_ICON: Record<ComponentStatus, IconName> = {
  OPERATIONAL: 'check',
  DEGRADED_PERFORMANCE: 'half',
  PARTIAL_OUTAGE: 'alert',
  MAJOR_OUTAGE: 'cross',
  UNDER_MAINTENANCE: 'wrench',
};

/** A component status with icon and words. */
export function ComponentStatusLabel({ status }: { status: ComponentStatus }) {
  return (
    <span className={`cstatus cstatus-${status.toLowerCase().replace(/_/g, '-')}`}>
      <Icon name={COMPONENT_ICON[status]} />
      {humanize(status)}
    </span>
  );
}
