/** Every `ActionItemStatus`, in the SDL's order. */
export const ActionItemStatusValues = [
  'OPEN',
  'IN_PROGRESS',
  'DONE',
] as const;

/** Every `ComponentStatus`, in the SDL's order. */
export const ComponentStatusValues = [
  'OPERATIONAL',
  'DEGRADED_PERFORMANCE',
  'PARTIAL_OUTAGE',
  'MAJOR_OUTAGE',
  'UNDER_MAINTENANCE',
] as const;

/** Every `DrillState`, in the SDL's order. */
export const DrillStateValues = [
  'RUNNING',
  'STOPPED',
  'FINISHED',
] as const;

/** Every `FlowKind`, in the SDL's order. */
export const FlowKindValues = [
  'LEVEL',
  'RATE',
] as const;

/** Every `Impact`, in the SDL's order. */
export const ImpactValues = [
  'NONE',
  'MINOR',
  'MAJOR',
  'CRITICAL',
] as const;

/** Every `IncidentStatus`, in the SDL's order. */
export const IncidentStatusValues = [
  'INVESTIGATING',
  'IDENTIFIED',
  'MONITORING',
  'RESOLVED',
] as const;

/** Every `LiveEventType`, in the SDL's order. */
export const LiveEventTypeValues = [
  'INCIDENT_DECLARED',
  'UPDATE_POSTED',
  'RECOVERY_RECORDED',
  'TIMELINE_EVENT_ADDED',
  'INCIDENT_CHANGED',
  'COMPONENT_STATUS_CHANGED',
  'ACTION_ITEM_CHANGED',
  'POSTMORTEM_CHANGED',
  'WEBHOOK_DELIVERY_FAILED',
] as const;

/** Every `Role`, in the SDL's order. */
export const RoleValues = [
  'VIEWER',
  'RESPONDER',
  'COMMANDER',
  'ADMIN',
] as const;

/** Every `WebhookDeliveryStatus`, in the SDL's order. */
export const WebhookDeliveryStatusValues = [
  'PENDING',
  'DELIVERED',
  'FAILED',
] as const;

/** Every `WebhookFormat`, in the SDL's order. */
export const WebhookFormatValues = [
  'WAR_ROOM',
  'STATUSPAGE',
  'SLACK',
] as const;
