/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The state of a follow-up action. */
export type ActionItemStatus =
  /** Finished. */
  | 'DONE'
  /** Someone is working on it. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'OPEN';

/** Adds an action item. */
export type AddActionItemInput = {
  /** When it is due. */
  dueAt?: string | null | undefined;
  /** The incident. */
  incidentId: string | number;
  /** Up to 100 characters. */
  owner?: string | null | undefined;
  /** 1 to 500 characters, not only whitespace. */
  title: string;
};

/** Adds a timeline event. */
export type AddTimelineEventInput = {
  /** When it happened: not before `startedAt`, at most 5 minutes ahead. */
  at: string;
  /** Retrying with the same key returns the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  /** The incident. */
  incidentId: string | number;
  /** What happened: 1 to 20,000 characters, not only whitespace. */
  text: string;
};

/** One affected component and its status during the incident. */
export type AffectedComponentInput = {
  /** The component. */
  componentId: string | number;
  /** Its status during the incident. */
  status: ComponentStatus;
};

/** The status of a component, in the status-page industry's vocabulary. */
export type ComponentStatus =
  /** Working, but slower or less reliable than usual. */
  | 'DEGRADED_PERFORMANCE'
  /** Down for most or all customers. */
  | 'MAJOR_OUTAGE'
  /** Working normally. */
  | 'OPERATIONAL'
  /** Down for some customers or some features. */
  | 'PARTIAL_OUTAGE'
  /** Intentionally unavailable for planned work. */
  | 'UNDER_MAINTENANCE';

/** Creates an API token. */
export type CreateApiTokenInput = {
  /** 1 to 100 characters, for people (e.g. `war room laptop`). */
  name: string;
  /** What the token may do. */
  role: Role;
};

/** Creates a component. */
export type CreateComponentInput = {
  /** Optional group, up to 100 characters. */
  group?: string | null | undefined;
  /** Unique display name, 1 to 100 characters. */
  name: string;
};

/** A new outbound webhook. */
export type CreateWebhookSubscriptionInput = {
  /** Only events about this component. */
  componentId?: string | number | null | undefined;
  /** Event types to deliver; omitted or empty: every type. */
  eventTypes?: Array<LiveEventType> | null | undefined;
  /** The body's shape; default WAR_ROOM. */
  format?: WebhookFormat | null | undefined;
  /** Only this incident's events. */
  incidentId?: string | number | null | undefined;
  /** An http(s) URL; loopback and private addresses are refused unless WEBHOOK_ALLOW_PRIVATE=true. */
  url: string;
};

/** Opens an incident. */
export type DeclareIncidentInput = {
  /** The first update's text: 1 to 20,000 characters, not only whitespace. */
  body: string;
  /** Components affected, each marked MAJOR_OUTAGE until set otherwise. */
  componentIds?: Array<string | number> | null | undefined;
  /** Retrying with the same key returns the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  /** How badly customers are affected. */
  impact: Impact;
  /** When the first update promises the next one; left out: the default for the impact; null: none. */
  nextUpdateBy?: string | null | undefined;
  /** When it began; defaults to now; at most 5 minutes in the future. */
  startedAt?: string | null | undefined;
  /** The first update's status; RESOLVED is not allowed here. */
  status?: IncidentStatus | null | undefined;
  /** 1 to 200 characters, not only whitespace. */
  title: string;
};

/** Where a drill's replay stands. */
export type DrillState =
  /** Every step replayed; the scenario clock stands at the end. */
  | 'FINISHED'
  /** Replaying: its scenario clock runs at `speed`×. */
  | 'RUNNING'
  /** Stopped by a commander before the end (`stopDrill`); the scenario clock stays where it stopped. */
  | 'STOPPED';

/** What a flow's figure measures. */
export type FlowKind =
  /** A recovery level, in percent of nominal: 100 is healthy, higher is better. */
  | 'LEVEL'
  /**
   * A rate of something bad (cancellations, errors, failures), in percent: lower is better. A flow
   * is a rate when its name ends in `_error_rate`, `_cancellations`, `_failures` or `_errors`.
   */
  | 'RATE';

/** How badly customers are affected. */
export type Impact =
  /** The platform, or a core flow of it, is down for most customers. */
  | 'CRITICAL'
  /** A major outage of part of the platform. */
  | 'MAJOR'
  /** A minor degradation for some customers. */
  | 'MINOR'
  /** No customer impact (for example, an internal near-miss). */
  | 'NONE';

/** An action item inside an import. */
export type ImportActionItemInput = {
  /** When it is due. */
  dueAt?: string | null | undefined;
  /** Who does it. */
  owner?: string | null | undefined;
  /** Its state. */
  status?: ActionItemStatus | null | undefined;
  /** What must be done. */
  title: string;
};

/** A whole incident to import. Updates may come in any order; the latest gives the status. */
export type ImportIncidentInput = {
  /** Action items, at most 200. */
  actionItems?: Array<ImportActionItemInput> | null | undefined;
  /** Affected components. */
  components?: Array<AffectedComponentInput> | null | undefined;
  /** Importing twice with the same key imports once. */
  idempotencyKey?: string | null | undefined;
  /** Impact. */
  impact: Impact;
  /** Post-mortem in Markdown. */
  postmortem?: string | null | undefined;
  /** The headline flow (a level flow of `recovery`); unset: the first level flow recorded. */
  primaryFlow?: string | null | undefined;
  /** Recovery samples, at most 5,000. */
  recovery?: Array<ImportRecoveryInput> | null | undefined;
  /** When it began. */
  startedAt: string;
  /** Timeline events, at most 500. */
  timeline?: Array<ImportTimelineInput> | null | undefined;
  /** 1 to 200 characters. */
  title: string;
  /** At least one update, at most 500. */
  updates: Array<ImportUpdateInput>;
};

/** A recovery sample inside an import. */
export type ImportRecoveryInput = {
  /** When it was measured. */
  at: string;
  /** Flow name, as in `recordRecovery`. */
  flow: string;
  /** Where the figure comes from. */
  note?: string | null | undefined;
  /** Percent of nominal level. */
  value: number;
};

/** A Statuspage v2 document to import. */
export type ImportStatuspageInput = {
  /** The document's JSON text (at most 50 MB). */
  json: string;
  /** The page's name, when the document does not carry its `page` object. */
  pageName?: string | null | undefined;
};

/** A timeline event inside an import. */
export type ImportTimelineInput = {
  /** When it happened. */
  at: string;
  /** What happened. */
  text: string;
};

/** A status update inside an import. */
export type ImportUpdateInput = {
  /** Text of the update. */
  body: string;
  /** When it was posted. */
  createdAt: string;
  /** Status as of the update. */
  status: IncidentStatus;
};

/** Narrows `incidents`. Every given criterion must hold (logical AND). */
export type IncidentFilter = {
  /** `true`: only incidents that are not RESOLVED; `false`: only RESOLVED ones. */
  active?: boolean | null | undefined;
  /** Only incidents that list this component as affected. */
  componentId?: string | number | null | undefined;
  /**
   * `true`: only drills; `false`: only real incidents. Unset: real incidents only, except with
   * `active: true` (a live board shows a running drill, marked as one).
   */
  drill?: boolean | null | undefined;
  /** Only incidents whose impact is one of these. */
  impact?: Array<Impact> | null | undefined;
  /** Only incidents that started at or after this time. */
  startedAfter?: string | null | undefined;
  /** Only incidents that started strictly before this time. */
  startedBefore?: string | null | undefined;
  /** Only incidents whose current status is one of these. */
  status?: Array<IncidentStatus> | null | undefined;
  /**
   * Words that must all appear in the title or in an update's body, case-insensitively; a word of
   * three or more letters also matches longer words it begins ("check" finds "Checkout").
   * At most 200 characters.
   */
  text?: string | null | undefined;
};

/** Where an incident stands in its lifecycle, in status-page vocabulary. */
export type IncidentStatus =
  /** The cause is known and a fix is being worked on. */
  | 'IDENTIFIED'
  /** The team knows something is wrong and is looking for the cause. */
  | 'INVESTIGATING'
  /** A fix is in place and the team is watching the results. */
  | 'MONITORING'
  /** The incident is over. */
  | 'RESOLVED';

/** What changed. */
export type LiveEventType =
  /** An action item was added or changed. */
  | 'ACTION_ITEM_CHANGED'
  /** A component's status changed, or a component was created. */
  | 'COMPONENT_STATUS_CHANGED'
  /** An incident's impact or affected components changed. */
  | 'INCIDENT_CHANGED'
  /** An incident was declared or imported. */
  | 'INCIDENT_DECLARED'
  /** A post-mortem was written or changed. */
  | 'POSTMORTEM_CHANGED'
  /** A recovery sample was recorded. */
  | 'RECOVERY_RECORDED'
  /** A timeline event was added. */
  | 'TIMELINE_EVENT_ADDED'
  /** A status update was posted. */
  | 'UPDATE_POSTED'
  /** A webhook delivery failed (its first failure, and when its retries ran out); ADMIN tokens only. */
  | 'WEBHOOK_DELIVERY_FAILED';

/** Posts a status update. */
export type PostIncidentUpdateInput = {
  /** What is said: 1 to 20,000 characters, not only whitespace. */
  body: string;
  /** When it was posted; defaults to now; not before `startedAt`, at most 5 minutes ahead. */
  createdAt?: string | null | undefined;
  /** Retrying with the same key returns the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  /** The incident to update. */
  incidentId: string | number;
  /**
   * When the next update is promised, after `createdAt` and at most 24 hours later. Left out: the
   * server's default for the incident's impact (UPDATE_CADENCE_MINUTES); null: no promise.
   * Not allowed on a resolving update.
   */
  nextUpdateBy?: string | null | undefined;
  /** The incident's new status. */
  status: IncidentStatus;
};

/** Records a recovery measurement. */
export type RecordRecoveryInput = {
  /** When measured; defaults to now; not before `startedAt`, at most 5 minutes ahead. */
  at?: string | null | undefined;
  /** Lower-case flow name matching `^[a-z][a-z0-9_]{0,39}$`. */
  flow: string;
  /** Retrying with the same key returns the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  /** The incident. */
  incidentId: string | number;
  /** Where the figure comes from, up to 1,000 characters. */
  note?: string | null | undefined;
  /** Percent of nominal, a finite number from 0 to 1000. */
  value: number;
};

/** What a token may do. Each role includes every right of the ones before it. */
export type Role =
  /** Manage API tokens. */
  | 'ADMIN'
  /** Declare, change impact, resolve or reopen, components, action items, post-mortems. */
  | 'COMMANDER'
  /** Post updates, record recovery, add timeline events. */
  | 'RESPONDER'
  /** Read incidents, components and live events. */
  | 'VIEWER';

/** Sets the status of a component by hand. */
export type SetComponentStatusInput = {
  /** The component. */
  componentId: string | number;
  /** Its new hand-set status (its shown status stays at least as bad as its open incidents say). */
  status: ComponentStatus;
};

/** Sets or clears the threshold a rate flow must come back under. */
export type SetFlowThresholdInput = {
  /** A rate flow's name, e.g. `order_cancellations`. */
  flow: string;
  /** The incident. */
  incidentId: string | number;
  /** Percent, from 0 to 1000; null clears the threshold. */
  threshold?: number | null | undefined;
};

/** Chooses an incident's headline flow. */
export type SetPrimaryFlowInput = {
  /** A level flow's name (not a rate), lower-case letters, digits and _, e.g. `sales_flow`. */
  flow: string;
  /** The incident. */
  incidentId: string | number;
};

/** Starts a drill. */
export type StartDrillInput = {
  /** The past incident to replay. */
  incidentId: string | number;
  /** How many times faster than it happened, from 1 to 3600 (600: an 8-hour outage in 48 s). */
  speed: number;
};

/** Where one delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Retries ran out (24 hours by default); an ADMIN may redeliver it. */
  | 'FAILED'
  /** Waiting to be sent, or to be retried after a failure. */
  | 'PENDING';

/** The body a webhook subscription receives. */
export type WebhookFormat =
  /** A Slack incoming-webhook message (`text` and `blocks`). */
  | 'SLACK'
  /** Statuspage's subscriber-webhook shape (`meta`, `page`, `incident` or `component_update`). */
  | 'STATUSPAGE'
  /** War Room's own JSON: the event with its incident, update and component. */
  | 'WAR_ROOM';

export type HardeningDeclareMutationVariables = Exact<{
  title: string;
}>;


export type HardeningDeclareMutation = { declareIncident: { id: string } };

export type HardeningTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type HardeningTypenameQuery = { __typename: 'Query' };

export type LifecycleCountQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleCountQuery = { incidents: { totalCount: number } };

export type MetricsDeclareMutationVariables = Exact<{ [key: string]: never; }>;


export type MetricsDeclareMutation = { declareIncident: { id: string } };

export type MetricsRecordMutationVariables = Exact<{
  id: string | number;
}>;


export type MetricsRecordMutation = { recordRecovery: { value: number } };

export type MetricsMissingMutationVariables = Exact<{ [key: string]: never; }>;


export type MetricsMissingMutation = { recordRecovery: { value: number } };

export type ScalarDeclareMutationVariables = Exact<{
  input: DeclareIncidentInput;
}>;


export type ScalarDeclareMutation = { declareIncident: { id: string, startedAt: string } };

export type ScalarCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ScalarCountQuery = { incidents: { totalCount: number } };

export type PrivateCountQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivateCountQuery = { incidents: { totalCount: number } };

export type RolesDeclareIncidentMutationVariables = Exact<{ [key: string]: never; }>;


export type RolesDeclareIncidentMutation = { declareIncident: { id: string } };

export type RolesPostUpdateOpenMutationVariables = Exact<{
  id: string | number;
}>;


export type RolesPostUpdateOpenMutation = { postIncidentUpdate: { id: string } };

export type RolesPostUpdateResolvedMutationVariables = Exact<{
  id: string | number;
}>;


export type RolesPostUpdateResolvedMutation = { postIncidentUpdate: { id: string } };

export type RolesPostUpdateReopenMutationVariables = Exact<{
  id: string | number;
}>;


export type RolesPostUpdateReopenMutation = { postIncidentUpdate: { id: string } };

export type RolesRecordRecoveryMutationVariables = Exact<{
  id: string | number;
}>;


export type RolesRecordRecoveryMutation = { recordRecovery: { value: number } };

export type RolesAddTimelineEventMutationVariables = Exact<{
  id: string | number;
  at: string;
}>;


export type RolesAddTimelineEventMutation = { addTimelineEvent: { id: string } };

export type RolesSetIncidentImpactMutationVariables = Exact<{
  id: string | number;
}>;


export type RolesSetIncidentImpactMutation = { setIncidentImpact: { impact: Impact } };

export type RolesSetAffectedComponentsMutationVariables = Exact<{
  id: string | number;
  c: string | number;
}>;


export type RolesSetAffectedComponentsMutation = { setAffectedComponents: { id: string } };

export type RolesCreateComponentMutationVariables = Exact<{
  n: string;
}>;


export type RolesCreateComponentMutation = { createComponent: { id: string } };

export type RolesSetComponentStatusMutationVariables = Exact<{
  c: string | number;
}>;


export type RolesSetComponentStatusMutation = { setComponentStatus: { status: ComponentStatus } };

export type RolesAddActionItemMutationVariables = Exact<{
  id: string | number;
}>;


export type RolesAddActionItemMutation = { addActionItem: { id: string } };

export type RolesUpdateActionItemMutationVariables = Exact<{
  id: string | number;
}>;


export type RolesUpdateActionItemMutation = { updateActionItem: { status: ActionItemStatus } };

export type RolesSetPostmortemMutationVariables = Exact<{
  id: string | number;
}>;


export type RolesSetPostmortemMutation = { setPostmortem: { postmortem: string | null } };

export type RolesImportIncidentMutationVariables = Exact<{
  at: string;
}>;


export type RolesImportIncidentMutation = { importIncident: { id: string } };

export type RolesCreateApiTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type RolesCreateApiTokenMutation = { createApiToken: { token: string } };

export type RolesRevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RolesRevokeApiTokenMutation = { revokeApiToken: boolean };

export type RolesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesViewerQuery = { viewer: { role: Role | null } };

export type TokenScriptViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenScriptViewerQuery = { viewer: { role: Role | null, name: string | null } };

export type TokensCreateMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type TokensCreateMutation = { createApiToken: { id: string, name: string, role: Role, token: string } };

export type TokensRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type TokensRevokeMutation = { revokeApiToken: boolean };

export type TokensViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TokensViewerQuery = { viewer: { role: Role | null, name: string | null } };

export type TokensViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type TokensViewerRoleQuery = { viewer: { role: Role | null } };

export type HealthCreateComponentMutationVariables = Exact<{
  name: string;
}>;


export type HealthCreateComponentMutation = { createComponent: { id: string } };

export type HealthDeclareMutationVariables = Exact<{
  title: string;
  impact: Impact;
  componentIds?: Array<string | number> | string | number | null | undefined;
}>;


export type HealthDeclareMutation = { declareIncident: { id: string } };

export type HealthAffectMutationVariables = Exact<{
  incidentId: string | number;
  components: Array<AffectedComponentInput> | AffectedComponentInput;
}>;


export type HealthAffectMutation = { setAffectedComponents: { id: string, components: Array<{ status: ComponentStatus, component: { id: string, status: ComponentStatus } }> } };

export type HealthPostMutationVariables = Exact<{
  incidentId: string | number;
  status: IncidentStatus;
}>;


export type HealthPostMutation = { postIncidentUpdate: { id: string } };

export type HealthSetStatusMutationVariables = Exact<{
  componentId: string | number;
  status: ComponentStatus;
}>;


export type HealthSetStatusMutation = { setComponentStatus: { status: ComponentStatus, manualStatus: ComponentStatus } };

export type HealthComponentsQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthComponentsQuery = { components: Array<{ id: string, name: string, status: ComponentStatus, manualStatus: ComponentStatus }> };

export type DedupedIncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type DedupedIncidentQuery = { incident: { id: string, updates: Array<{ body: string }>, components: Array<{ status: ComponentStatus, component: { id: string } }> } | null };

export type DrillClockViewQueryVariables = Exact<{
  id: string | number;
}>;


export type DrillClockViewQuery = { incident: { status: IncidentStatus, drill: boolean, primaryFlow: string | null, nextUpdateBy: string | null, updates: Array<{ status: IncidentStatus, createdAt: string, nextUpdateBy: string | null }>, recovery: Array<{ flow: string, threshold: number | null }>, drillRun: { speed: number, state: DrillState, startedAt: string, endedAt: string | null, sourceStartedAt: string, scenarioDurationSeconds: number, scenarioAt: string, scenarioElapsedSeconds: number, progress: number } | null } | null };

export type DrillClockStartMutationVariables = Exact<{
  input: StartDrillInput;
}>;


export type DrillClockStartMutation = { startDrill: { id: string } };

export type DrillClockStopMutationVariables = Exact<{
  id: string | number;
}>;


export type DrillClockStopMutation = { stopDrill: { status: IncidentStatus } };

export type DrillExclusionWebhookMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type DrillExclusionWebhookMutation = { createWebhookSubscription: { subscription: { id: string } } };

export type DrillExclusionComponentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DrillExclusionComponentsQuery = { components: Array<{ id: string, status: ComponentStatus }> };

export type DrillSourceQueryVariables = Exact<{ [key: string]: never; }>;


export type DrillSourceQuery = { incidents: { edges: Array<{ node: { id: string, startedAt: string, resolvedAt: string | null, updates: Array<{ body: string }>, recovery: Array<{ samples: Array<{ value: number }> }>, timeline: Array<{ text: string }> } }> } };

export type StartDrillMutationVariables = Exact<{
  input: StartDrillInput;
}>;


export type StartDrillMutation = { startDrill: { id: string, drill: boolean, title: string, drillOf: { id: string } | null } };

export type DrillStateQueryVariables = Exact<{
  id: string | number;
}>;


export type DrillStateQuery = { incident: { status: IncidentStatus, drill: boolean, updates: Array<{ body: string }>, recovery: Array<{ samples: Array<{ value: number }> }>, timeline: Array<{ text: string }> } | null, incidentStats: { count: number }, incidents: { totalCount: number }, drills: { totalCount: number } };

export type CommanderControlsAddActionMutationVariables = Exact<{
  input: AddActionItemInput;
}>;


export type CommanderControlsAddActionMutation = { addActionItem: { id: string } };

export type CommanderControlsDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type CommanderControlsDetailsQuery = { incident: { impact: Impact, components: Array<{ status: ComponentStatus, component: { name: string } }>, actionItems: Array<{ title: string, owner: string | null, dueAt: string | null }> } | null };

export type E2eDrillStopMutationVariables = Exact<{
  id: string | number;
}>;


export type E2eDrillStopMutation = { stopDrill: { status: IncidentStatus } };

export type E2eDrillClockQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eDrillClockQuery = { incident: { nextUpdateBy: string | null, updates: Array<{ createdAt: string, nextUpdateBy: string | null }>, drillRun: { state: DrillState, scenarioAt: string, scenarioElapsedSeconds: number, scenarioDurationSeconds: number } | null } | null };

export type E2eHistoryImportMutationVariables = Exact<{
  input: ImportIncidentInput;
}>;


export type E2eHistoryImportMutation = { importIncident: { id: string } };

export type E2eHistoryMilestonesQueryVariables = Exact<{
  filter?: IncidentFilter | null | undefined;
}>;


export type E2eHistoryMilestonesQuery = { incidentStats: { timeToRecover50: { count: number, histogram: Array<{ count: number }> }, timeToRecover90: { count: number, histogram: Array<{ count: number }> }, timeToRecover100: { count: number, histogram: Array<{ count: number }> } } };

export type E2eDeclareMutationVariables = Exact<{
  input: DeclareIncidentInput;
}>;


export type E2eDeclareMutation = { declareIncident: { id: string } };

export type E2ePostUpdateMutationVariables = Exact<{
  input: PostIncidentUpdateInput;
}>;


export type E2ePostUpdateMutation = { postIncidentUpdate: { id: string } };

export type E2eStartDrillMutationVariables = Exact<{
  input: StartDrillInput;
}>;


export type E2eStartDrillMutation = { startDrill: { id: string } };

export type E2eRecordMutationVariables = Exact<{
  input: RecordRecoveryInput;
}>;


export type E2eRecordMutation = { recordRecovery: { value: number } };

export type E2eIncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eIncidentQuery = { incident: { id: string, status: IncidentStatus, updates: Array<{ id: string, status: IncidentStatus, body: string }> } | null };

export type E2eSeedQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eSeedQuery = { incidents: { edges: Array<{ node: { id: string } }> } };

export type E2eCreateComponentMutationVariables = Exact<{
  input: CreateComponentInput;
}>;


export type E2eCreateComponentMutation = { createComponent: { id: string } };

export type E2eSetComponentStatusMutationVariables = Exact<{
  input: SetComponentStatusInput;
}>;


export type E2eSetComponentStatusMutation = { setComponentStatus: { id: string } };

export type E2eSeedSalesQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eSeedSalesQuery = { incident: { startedAt: string, recovery: Array<{ flow: string, samples: Array<{ at: string, value: number }> }> } | null };

export type E2eIncidentAtQueryVariables = Exact<{
  id: string | number;
  at: string;
}>;


export type E2eIncidentAtQuery = { incidentAt: { status: IncidentStatus, updates: Array<{ id: string }>, recovery: Array<{ flow: string, samples: Array<{ value: number }> }> } | null };

export type E2eDrillUpdatesQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eDrillUpdatesQuery = { incident: { drill: boolean, updates: Array<{ createdAt: string }> } | null };

export type E2eSeedTimesQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eSeedTimesQuery = { incident: { startedAt: string, resolvedAt: string | null, updates: Array<{ createdAt: string }> } | null };

export type DraftOfSeedQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftOfSeedQuery = { incidents: { edges: Array<{ node: { id: string, title: string } }> } };

export type DraftPostmortemQueryVariables = Exact<{
  id: string | number;
}>;


export type DraftPostmortemQuery = { draftPostmortem: string };

export type CadenceStatsDeclareMutationVariables = Exact<{
  nextUpdateBy?: string | null | undefined;
}>;


export type CadenceStatsDeclareMutation = { declareIncident: { id: string } };

export type CadenceStatsPostMutationVariables = Exact<{
  incidentId: string | number;
  status: IncidentStatus;
  nextUpdateBy?: string | null | undefined;
}>;


export type CadenceStatsPostMutation = { postIncidentUpdate: { id: string } };

export type CadenceStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type CadenceStatsQuery = { incidentStats: { cadence: { promised: number, kept: number, late: number, pending: number, adherence: number | null, worstLatenessSeconds: number | null } } };

export type CadenceDeclareMutationVariables = Exact<{
  impact: Impact;
  nextUpdateBy?: string | null | undefined;
}>;


export type CadenceDeclareMutation = { declareIncident: { id: string, nextUpdateBy: string | null, updates: Array<{ nextUpdateBy: string | null }> } };

export type CadencePostMutationVariables = Exact<{
  incidentId: string | number;
  status: IncidentStatus;
  nextUpdateBy?: string | null | undefined;
}>;


export type CadencePostMutation = { postIncidentUpdate: { nextUpdateBy: string | null } };

export type CadencePostDefaultMutationVariables = Exact<{
  incidentId: string | number;
}>;


export type CadencePostDefaultMutation = { postIncidentUpdate: { nextUpdateBy: string | null } };

export type CadenceIncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type CadenceIncidentQuery = { incident: { nextUpdateBy: string | null } | null };

export type CadenceRecordMutationVariables = Exact<{
  incidentId: string | number;
  flow: string;
}>;


export type CadenceRecordMutation = { recordRecovery: { value: number } };

export type IncidentDetailsFragment = { id: string, title: string, status: IncidentStatus, impact: Impact, startedAt: string, resolvedAt: string | null, durationSeconds: number, postmortem: string | null, components: Array<{ status: ComponentStatus, component: { id: string, name: string, status: ComponentStatus } }>, updates: Array<{ id: string, status: IncidentStatus, body: string, createdAt: string, author: string | null }>, recovery: Array<{ flow: string, latest: { at: string, value: number } | null, samples: Array<{ at: string, value: number, note: string | null }> }>, timeline: Array<{ id: string, at: string, text: string }>, actionItems: Array<{ id: string, title: string, owner: string | null, status: ActionItemStatus, dueAt: string | null }> };

export type IncidentsDeclareMutationVariables = Exact<{
  input: DeclareIncidentInput;
}>;


export type IncidentsDeclareMutation = { declareIncident: { id: string, title: string, status: IncidentStatus, impact: Impact, startedAt: string, resolvedAt: string | null, durationSeconds: number, postmortem: string | null, components: Array<{ status: ComponentStatus, component: { id: string, name: string, status: ComponentStatus } }>, updates: Array<{ id: string, status: IncidentStatus, body: string, createdAt: string, author: string | null }>, recovery: Array<{ flow: string, latest: { at: string, value: number } | null, samples: Array<{ at: string, value: number, note: string | null }> }>, timeline: Array<{ id: string, at: string, text: string }>, actionItems: Array<{ id: string, title: string, owner: string | null, status: ActionItemStatus, dueAt: string | null }> } };

export type IncidentsPostUpdateMutationVariables = Exact<{
  input: PostIncidentUpdateInput;
}>;


export type IncidentsPostUpdateMutation = { postIncidentUpdate: { id: string, status: IncidentStatus, body: string, createdAt: string, author: string | null } };

export type IncidentsReadQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentsReadQuery = { incident: { id: string, title: string, status: IncidentStatus, impact: Impact, startedAt: string, resolvedAt: string | null, durationSeconds: number, postmortem: string | null, components: Array<{ status: ComponentStatus, component: { id: string, name: string, status: ComponentStatus } }>, updates: Array<{ id: string, status: IncidentStatus, body: string, createdAt: string, author: string | null }>, recovery: Array<{ flow: string, latest: { at: string, value: number } | null, samples: Array<{ at: string, value: number, note: string | null }> }>, timeline: Array<{ id: string, at: string, text: string }>, actionItems: Array<{ id: string, title: string, owner: string | null, status: ActionItemStatus, dueAt: string | null }> } | null };

export type IncidentsListQueryVariables = Exact<{
  filter?: IncidentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentsListQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: IncidentStatus, impact: Impact, startedAt: string } }> } };

export type IncidentsRecordRecoveryMutationVariables = Exact<{
  input: RecordRecoveryInput;
}>;


export type IncidentsRecordRecoveryMutation = { recordRecovery: { at: string, value: number } };

export type IncidentsAddTimelineEventMutationVariables = Exact<{
  input: AddTimelineEventInput;
}>;


export type IncidentsAddTimelineEventMutation = { addTimelineEvent: { id: string } };

export type IncidentsCreateComponentMutationVariables = Exact<{
  input: CreateComponentInput;
}>;


export type IncidentsCreateComponentMutation = { createComponent: { id: string } };

export type StatsFilterImportMutationVariables = Exact<{
  input: ImportIncidentInput;
}>;


export type StatsFilterImportMutation = { importIncident: { id: string } };

export type StatsFilterDrillMutationVariables = Exact<{
  id: string | number;
}>;


export type StatsFilterDrillMutation = { startDrill: { id: string } };

export type StatsFilterQueryVariables = Exact<{
  filter?: IncidentFilter | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  buckets?: number | null | undefined;
}>;


export type StatsFilterQuery = { incidentStats: { count: number, timeToRecover50: { count: number, medianSeconds: number | null, histogram: Array<{ fromSeconds: number, toSeconds: number, count: number }> } }, incidents: { totalCount: number } };

export type ImportStatuspageMutationVariables = Exact<{
  input: ImportStatuspageInput;
}>;


export type ImportStatuspageMutation = { importStatuspage: { incidentsCreated: number, incidentsUpdated: number, incidentsUnchanged: number, updatesCreated: number, componentsCreated: number, componentsUpdated: number, errors: Array<string> } };

export type CrashDeclareMutationVariables = Exact<{ [key: string]: never; }>;


export type CrashDeclareMutation = { declareIncident: { id: string } };

export type CrashRecordMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type CrashRecordMutation = { recordRecovery: { value: number } };

export type CrashSamplesQueryVariables = Exact<{
  id: string | number;
}>;


export type CrashSamplesQuery = { incident: { recovery: Array<{ samples: Array<{ value: number }> }> } | null };

export type RestartDeclareMutationVariables = Exact<{ [key: string]: never; }>;


export type RestartDeclareMutation = { declareIncident: { id: string } };

export type RestartRecordMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type RestartRecordMutation = { recordRecovery: { value: number } };

export type LivePostUpdateMutationVariables = Exact<{
  id: string | number;
  status: IncidentStatus;
  body: string;
}>;


export type LivePostUpdateMutation = { postIncidentUpdate: { id: string } };

export type LiveRecordRecoveryMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveRecordRecoveryMutation = { recordRecovery: { value: number } };

export type LiveAddTimelineEventMutationVariables = Exact<{
  id: string | number;
  at: string;
}>;


export type LiveAddTimelineEventMutation = { addTimelineEvent: { id: string } };

export type LiveSetImpactMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveSetImpactMutation = { setIncidentImpact: { id: string } };

export type LiveSetComponentStatusMutationVariables = Exact<{
  c: string | number;
}>;


export type LiveSetComponentStatusMutation = { setComponentStatus: { id: string } };

export type LiveAddActionItemMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveAddActionItemMutation = { addActionItem: { id: string } };

export type LiveSetPostmortemMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveSetPostmortemMutation = { setPostmortem: { id: string } };

export type MultiDeclareMutationVariables = Exact<{ [key: string]: never; }>;


export type MultiDeclareMutation = { declareIncident: { id: string } };

export type MultiRecordMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type MultiRecordMutation = { recordRecovery: { value: number } };

export type ProxyRecordMutationVariables = Exact<{
  input: RecordRecoveryInput;
}>;


export type ProxyRecordMutation = { recordRecovery: { value: number } };

export type ProxyDeclareMutationVariables = Exact<{ [key: string]: never; }>;


export type ProxyDeclareMutation = { declareIncident: { id: string } };

export type ResilienceRecoveryQueryVariables = Exact<{
  id: string | number;
}>;


export type ResilienceRecoveryQuery = { incident: { recovery: Array<{ samples: Array<{ value: number }> }> } | null };

export type ResilienceUpdateBodiesSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ResilienceUpdateBodiesSubscription = { events: { cursor: string, incident: { updates: Array<{ body: string }> } | null } };

export type ResilienceCursorsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ResilienceCursorsSubscription = { events: { cursor: string } };

export type StormDeclareMutationVariables = Exact<{ [key: string]: never; }>;


export type StormDeclareMutation = { declareIncident: { id: string } };

export type StormRecordMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type StormRecordMutation = { recordRecovery: { value: number } };

export type SeedRecoveryQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedRecoveryQuery = { incidents: { edges: Array<{ node: { id: string, startedAt: string, primaryFlow: string | null, recovery: Array<{ flow: string, kind: FlowKind, trendPerHour: number | null, etaToFull: string | null, threshold: number | null, backUnderThresholdAt: string | null, milestones: { reached50At: string | null, reached90At: string | null, reached100At: string | null }, peak: { at: string, value: number } | null }> } }> }, incidentStats: { timeToRecover50: { count: number, medianSeconds: number | null }, timeToRecover90: { count: number, medianSeconds: number | null }, timeToRecover100: { count: number, medianSeconds: number | null } } };

export type SetPrimaryFlowMutationVariables = Exact<{
  input: SetPrimaryFlowInput;
}>;


export type SetPrimaryFlowMutation = { setPrimaryFlow: { id: string, primaryFlow: string | null, recovery: Array<{ flow: string }> } };

export type SetFlowThresholdMutationVariables = Exact<{
  input: SetFlowThresholdInput;
}>;


export type SetFlowThresholdMutation = { setFlowThreshold: { id: string, recovery: Array<{ flow: string, threshold: number | null, backUnderThresholdAt: string | null }> } };

export type TokenScriptViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenScriptViewerRoleQuery = { viewer: { role: Role | null } };

export type DemoSeededQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoSeededQuery = { incidents: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: IncidentStatus, impact: Impact, startedAt: string, resolvedAt: string | null, durationSeconds: number, postmortem: string | null, components: Array<{ status: ComponentStatus }>, updates: Array<{ status: IncidentStatus, body: string, createdAt: string }>, timeline: Array<{ at: string, text: string }>, recovery: Array<{ flow: string, samples: Array<{ at: string, value: number, note: string | null }> }>, actionItems: Array<{ title: string, status: ActionItemStatus }> } }> }, components: Array<{ name: string, status: ComponentStatus }>, incidentStats: { count: number, timeToIdentify: { count: number, medianSeconds: number | null }, timeToMitigate: { count: number, medianSeconds: number | null }, timeToResolve: { count: number, medianSeconds: number | null, meanSeconds: number | null, p90Seconds: number | null } } };

export type DemoCountQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoCountQuery = { incidents: { totalCount: number } };

export type EventsSubscriptionVariables = Exact<{
  incidentId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventsSubscription = { events: { cursor: string, type: LiveEventType, incidentId: string | null, flow: string | null, update: { id: string, body: string } | null, sample: { value: number } | null, timelineEvent: { text: string } | null, component: { name: string, status: ComponentStatus } | null, actionItem: { title: string, status: ActionItemStatus } | null, incident: { id: string, status: IncidentStatus, impact: Impact } | null } };

export type TakeoverSubscribeMutationVariables = Exact<{
  url: string;
}>;


export type TakeoverSubscribeMutation = { createWebhookSubscription: { subscription: { id: string } } };

export type TakeoverDeclareMutationVariables = Exact<{ [key: string]: never; }>;


export type TakeoverDeclareMutation = { declareIncident: { id: string } };

export type TakeoverPostMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type TakeoverPostMutation = { postIncidentUpdate: { id: string } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type CreateWebhookMutation = { createWebhookSubscription: { secret: string, subscription: { id: string, url: string, format: WebhookFormat, paused: boolean } } };

export type WebhookDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookDeliveriesQuery = { webhookSubscriptions: Array<{ id: string, deliveries: Array<{ id: string, eventId: string, status: WebhookDeliveryStatus, attempts: number, lastError: string | null, responseCode: number | null }> }> };

export type PauseWebhookMutationVariables = Exact<{
  id: string | number;
  paused: boolean;
}>;


export type PauseWebhookMutation = { setWebhookSubscriptionPaused: { id: string, paused: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const IncidentDetailsFragmentDoc = new TypedDocumentString(`
    fragment IncidentDetails on Incident {
  id
  title
  status
  impact
  startedAt
  resolvedAt
  durationSeconds
  postmortem
  components {
    status
    component {
      id
      name
      status
    }
  }
  updates {
    id
    status
    body
    createdAt
    author
  }
  recovery {
    flow
    latest {
      at
      value
    }
    samples {
      at
      value
      note
    }
  }
  timeline {
    id
    at
    text
  }
  actionItems {
    id
    title
    owner
    status
    dueAt
  }
}
    `, {"fragmentName":"IncidentDetails"}) as unknown as TypedDocumentString<IncidentDetailsFragment, unknown>;
export const HardeningDeclareDocument = new TypedDocumentString(`
    mutation HardeningDeclare($title: String!) {
  declareIncident(input: {title: $title, impact: MINOR, body: "b"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<HardeningDeclareMutation, HardeningDeclareMutationVariables>;
export const HardeningTypenameDocument = new TypedDocumentString(`
    query HardeningTypename {
  __typename
}
    `) as unknown as TypedDocumentString<HardeningTypenameQuery, HardeningTypenameQueryVariables>;
export const LifecycleCountDocument = new TypedDocumentString(`
    query LifecycleCount {
  incidents {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LifecycleCountQuery, LifecycleCountQueryVariables>;
export const MetricsDeclareDocument = new TypedDocumentString(`
    mutation MetricsDeclare {
  declareIncident(input: {title: "metrics", impact: MINOR, body: "b"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<MetricsDeclareMutation, MetricsDeclareMutationVariables>;
export const MetricsRecordDocument = new TypedDocumentString(`
    mutation MetricsRecord($id: ID!) {
  recordRecovery(input: {incidentId: $id, flow: "orders", value: 50}) {
    value
  }
}
    `) as unknown as TypedDocumentString<MetricsRecordMutation, MetricsRecordMutationVariables>;
export const MetricsMissingDocument = new TypedDocumentString(`
    mutation MetricsMissing {
  recordRecovery(
    input: {incidentId: "000000000000000000000000", flow: "orders", value: 1}
  ) {
    value
  }
}
    `) as unknown as TypedDocumentString<MetricsMissingMutation, MetricsMissingMutationVariables>;
export const ScalarDeclareDocument = new TypedDocumentString(`
    mutation ScalarDeclare($input: DeclareIncidentInput!) {
  declareIncident(input: $input) {
    id
    startedAt
  }
}
    `) as unknown as TypedDocumentString<ScalarDeclareMutation, ScalarDeclareMutationVariables>;
export const ScalarCountDocument = new TypedDocumentString(`
    query ScalarCount {
  incidents {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ScalarCountQuery, ScalarCountQueryVariables>;
export const PrivateCountDocument = new TypedDocumentString(`
    query PrivateCount {
  incidents {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PrivateCountQuery, PrivateCountQueryVariables>;
export const RolesDeclareIncidentDocument = new TypedDocumentString(`
    mutation RolesDeclareIncident {
  declareIncident(input: {title: "t", impact: MINOR, body: "b"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RolesDeclareIncidentMutation, RolesDeclareIncidentMutationVariables>;
export const RolesPostUpdateOpenDocument = new TypedDocumentString(`
    mutation RolesPostUpdateOpen($id: ID!) {
  postIncidentUpdate(input: {incidentId: $id, status: IDENTIFIED, body: "b"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RolesPostUpdateOpenMutation, RolesPostUpdateOpenMutationVariables>;
export const RolesPostUpdateResolvedDocument = new TypedDocumentString(`
    mutation RolesPostUpdateResolved($id: ID!) {
  postIncidentUpdate(input: {incidentId: $id, status: RESOLVED, body: "b"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RolesPostUpdateResolvedMutation, RolesPostUpdateResolvedMutationVariables>;
export const RolesPostUpdateReopenDocument = new TypedDocumentString(`
    mutation RolesPostUpdateReopen($id: ID!) {
  postIncidentUpdate(input: {incidentId: $id, status: MONITORING, body: "b"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RolesPostUpdateReopenMutation, RolesPostUpdateReopenMutationVariables>;
export const RolesRecordRecoveryDocument = new TypedDocumentString(`
    mutation RolesRecordRecovery($id: ID!) {
  recordRecovery(input: {incidentId: $id, flow: "orders", value: 42}) {
    value
  }
}
    `) as unknown as TypedDocumentString<RolesRecordRecoveryMutation, RolesRecordRecoveryMutationVariables>;
export const RolesAddTimelineEventDocument = new TypedDocumentString(`
    mutation RolesAddTimelineEvent($id: ID!, $at: DateTime!) {
  addTimelineEvent(input: {incidentId: $id, at: $at, text: "x"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RolesAddTimelineEventMutation, RolesAddTimelineEventMutationVariables>;
export const RolesSetIncidentImpactDocument = new TypedDocumentString(`
    mutation RolesSetIncidentImpact($id: ID!) {
  setIncidentImpact(input: {incidentId: $id, impact: CRITICAL}) {
    impact
  }
}
    `) as unknown as TypedDocumentString<RolesSetIncidentImpactMutation, RolesSetIncidentImpactMutationVariables>;
export const RolesSetAffectedComponentsDocument = new TypedDocumentString(`
    mutation RolesSetAffectedComponents($id: ID!, $c: ID!) {
  setAffectedComponents(
    input: {incidentId: $id, components: [{componentId: $c, status: PARTIAL_OUTAGE}]}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RolesSetAffectedComponentsMutation, RolesSetAffectedComponentsMutationVariables>;
export const RolesCreateComponentDocument = new TypedDocumentString(`
    mutation RolesCreateComponent($n: String!) {
  createComponent(input: {name: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RolesCreateComponentMutation, RolesCreateComponentMutationVariables>;
export const RolesSetComponentStatusDocument = new TypedDocumentString(`
    mutation RolesSetComponentStatus($c: ID!) {
  setComponentStatus(input: {componentId: $c, status: DEGRADED_PERFORMANCE}) {
    status
  }
}
    `) as unknown as TypedDocumentString<RolesSetComponentStatusMutation, RolesSetComponentStatusMutationVariables>;
export const RolesAddActionItemDocument = new TypedDocumentString(`
    mutation RolesAddActionItem($id: ID!) {
  addActionItem(input: {incidentId: $id, title: "fix it"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RolesAddActionItemMutation, RolesAddActionItemMutationVariables>;
export const RolesUpdateActionItemDocument = new TypedDocumentString(`
    mutation RolesUpdateActionItem($id: ID!) {
  updateActionItem(input: {id: $id, status: DONE}) {
    status
  }
}
    `) as unknown as TypedDocumentString<RolesUpdateActionItemMutation, RolesUpdateActionItemMutationVariables>;
export const RolesSetPostmortemDocument = new TypedDocumentString(`
    mutation RolesSetPostmortem($id: ID!) {
  setPostmortem(input: {incidentId: $id, markdown: "# PM"}) {
    postmortem
  }
}
    `) as unknown as TypedDocumentString<RolesSetPostmortemMutation, RolesSetPostmortemMutationVariables>;
export const RolesImportIncidentDocument = new TypedDocumentString(`
    mutation RolesImportIncident($at: DateTime!) {
  importIncident(
    input: {title: "i", impact: NONE, startedAt: $at, updates: [{status: RESOLVED, body: "done", createdAt: $at}]}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RolesImportIncidentMutation, RolesImportIncidentMutationVariables>;
export const RolesCreateApiTokenDocument = new TypedDocumentString(`
    mutation RolesCreateApiToken {
  createApiToken(input: {name: "n", role: VIEWER}) {
    token
  }
}
    `) as unknown as TypedDocumentString<RolesCreateApiTokenMutation, RolesCreateApiTokenMutationVariables>;
export const RolesRevokeApiTokenDocument = new TypedDocumentString(`
    mutation RolesRevokeApiToken($id: ID!) {
  revokeApiToken(id: $id)
}
    `) as unknown as TypedDocumentString<RolesRevokeApiTokenMutation, RolesRevokeApiTokenMutationVariables>;
export const RolesViewerDocument = new TypedDocumentString(`
    query RolesViewer {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<RolesViewerQuery, RolesViewerQueryVariables>;
export const TokenScriptViewerDocument = new TypedDocumentString(`
    query TokenScriptViewer {
  viewer {
    role
    name
  }
}
    `) as unknown as TypedDocumentString<TokenScriptViewerQuery, TokenScriptViewerQueryVariables>;
export const TokensCreateDocument = new TypedDocumentString(`
    mutation TokensCreate($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    id
    name
    role
    token
  }
}
    `) as unknown as TypedDocumentString<TokensCreateMutation, TokensCreateMutationVariables>;
export const TokensRevokeDocument = new TypedDocumentString(`
    mutation TokensRevoke($id: ID!) {
  revokeApiToken(id: $id)
}
    `) as unknown as TypedDocumentString<TokensRevokeMutation, TokensRevokeMutationVariables>;
export const TokensViewerDocument = new TypedDocumentString(`
    query TokensViewer {
  viewer {
    role
    name
  }
}
    `) as unknown as TypedDocumentString<TokensViewerQuery, TokensViewerQueryVariables>;
export const TokensViewerRoleDocument = new TypedDocumentString(`
    query TokensViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<TokensViewerRoleQuery, TokensViewerRoleQueryVariables>;
export const HealthCreateComponentDocument = new TypedDocumentString(`
    mutation HealthCreateComponent($name: String!) {
  createComponent(input: {name: $name, group: "Storefront"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<HealthCreateComponentMutation, HealthCreateComponentMutationVariables>;
export const HealthDeclareDocument = new TypedDocumentString(`
    mutation HealthDeclare($title: String!, $impact: Impact!, $componentIds: [ID!]) {
  declareIncident(
    input: {title: $title, impact: $impact, body: "Investigating.", componentIds: $componentIds}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<HealthDeclareMutation, HealthDeclareMutationVariables>;
export const HealthAffectDocument = new TypedDocumentString(`
    mutation HealthAffect($incidentId: ID!, $components: [AffectedComponentInput!]!) {
  setAffectedComponents(input: {incidentId: $incidentId, components: $components}) {
    id
    components {
      status
      component {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HealthAffectMutation, HealthAffectMutationVariables>;
export const HealthPostDocument = new TypedDocumentString(`
    mutation HealthPost($incidentId: ID!, $status: IncidentStatus!) {
  postIncidentUpdate(
    input: {incidentId: $incidentId, status: $status, body: "Update."}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<HealthPostMutation, HealthPostMutationVariables>;
export const HealthSetStatusDocument = new TypedDocumentString(`
    mutation HealthSetStatus($componentId: ID!, $status: ComponentStatus!) {
  setComponentStatus(input: {componentId: $componentId, status: $status}) {
    status
    manualStatus
  }
}
    `) as unknown as TypedDocumentString<HealthSetStatusMutation, HealthSetStatusMutationVariables>;
export const HealthComponentsDocument = new TypedDocumentString(`
    query HealthComponents {
  components {
    id
    name
    status
    manualStatus
  }
}
    `) as unknown as TypedDocumentString<HealthComponentsQuery, HealthComponentsQueryVariables>;
export const DedupedIncidentDocument = new TypedDocumentString(`
    query DedupedIncident($id: ID!) {
  incident(id: $id) {
    id
    updates {
      body
    }
    components {
      component {
        id
      }
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DedupedIncidentQuery, DedupedIncidentQueryVariables>;
export const DrillClockViewDocument = new TypedDocumentString(`
    query DrillClockView($id: ID!) {
  incident(id: $id) {
    status
    drill
    primaryFlow
    nextUpdateBy
    updates {
      status
      createdAt
      nextUpdateBy
    }
    recovery {
      flow
      threshold
    }
    drillRun {
      speed
      state
      startedAt
      endedAt
      sourceStartedAt
      scenarioDurationSeconds
      scenarioAt
      scenarioElapsedSeconds
      progress
    }
  }
}
    `) as unknown as TypedDocumentString<DrillClockViewQuery, DrillClockViewQueryVariables>;
export const DrillClockStartDocument = new TypedDocumentString(`
    mutation DrillClockStart($input: StartDrillInput!) {
  startDrill(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DrillClockStartMutation, DrillClockStartMutationVariables>;
export const DrillClockStopDocument = new TypedDocumentString(`
    mutation DrillClockStop($id: ID!) {
  stopDrill(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<DrillClockStopMutation, DrillClockStopMutationVariables>;
export const DrillExclusionWebhookDocument = new TypedDocumentString(`
    mutation DrillExclusionWebhook($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    subscription {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DrillExclusionWebhookMutation, DrillExclusionWebhookMutationVariables>;
export const DrillExclusionComponentsDocument = new TypedDocumentString(`
    query DrillExclusionComponents {
  components {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DrillExclusionComponentsQuery, DrillExclusionComponentsQueryVariables>;
export const DrillSourceDocument = new TypedDocumentString(`
    query DrillSource {
  incidents(first: 1, filter: {drill: false}) {
    edges {
      node {
        id
        startedAt
        resolvedAt
        updates {
          body
        }
        recovery {
          samples {
            value
          }
        }
        timeline {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DrillSourceQuery, DrillSourceQueryVariables>;
export const StartDrillDocument = new TypedDocumentString(`
    mutation StartDrill($input: StartDrillInput!) {
  startDrill(input: $input) {
    id
    drill
    title
    drillOf {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StartDrillMutation, StartDrillMutationVariables>;
export const DrillStateDocument = new TypedDocumentString(`
    query DrillState($id: ID!) {
  incident(id: $id) {
    status
    drill
    updates {
      body
    }
    recovery {
      samples {
        value
      }
    }
    timeline {
      text
    }
  }
  incidentStats {
    count
  }
  incidents {
    totalCount
  }
  drills: incidents(filter: {drill: true}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DrillStateQuery, DrillStateQueryVariables>;
export const CommanderControlsAddActionDocument = new TypedDocumentString(`
    mutation CommanderControlsAddAction($input: AddActionItemInput!) {
  addActionItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommanderControlsAddActionMutation, CommanderControlsAddActionMutationVariables>;
export const CommanderControlsDetailsDocument = new TypedDocumentString(`
    query CommanderControlsDetails($id: ID!) {
  incident(id: $id) {
    impact
    components {
      status
      component {
        name
      }
    }
    actionItems {
      title
      owner
      dueAt
    }
  }
}
    `) as unknown as TypedDocumentString<CommanderControlsDetailsQuery, CommanderControlsDetailsQueryVariables>;
export const E2eDrillStopDocument = new TypedDocumentString(`
    mutation E2eDrillStop($id: ID!) {
  stopDrill(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<E2eDrillStopMutation, E2eDrillStopMutationVariables>;
export const E2eDrillClockDocument = new TypedDocumentString(`
    query E2eDrillClock($id: ID!) {
  incident(id: $id) {
    nextUpdateBy
    updates {
      createdAt
      nextUpdateBy
    }
    drillRun {
      state
      scenarioAt
      scenarioElapsedSeconds
      scenarioDurationSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<E2eDrillClockQuery, E2eDrillClockQueryVariables>;
export const E2eHistoryImportDocument = new TypedDocumentString(`
    mutation E2eHistoryImport($input: ImportIncidentInput!) {
  importIncident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<E2eHistoryImportMutation, E2eHistoryImportMutationVariables>;
export const E2eHistoryMilestonesDocument = new TypedDocumentString(`
    query E2eHistoryMilestones($filter: IncidentFilter) {
  incidentStats(filter: $filter) {
    timeToRecover50 {
      count
      histogram(buckets: 12) {
        count
      }
    }
    timeToRecover90 {
      count
      histogram(buckets: 12) {
        count
      }
    }
    timeToRecover100 {
      count
      histogram(buckets: 12) {
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<E2eHistoryMilestonesQuery, E2eHistoryMilestonesQueryVariables>;
export const E2eDeclareDocument = new TypedDocumentString(`
    mutation E2eDeclare($input: DeclareIncidentInput!) {
  declareIncident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<E2eDeclareMutation, E2eDeclareMutationVariables>;
export const E2ePostUpdateDocument = new TypedDocumentString(`
    mutation E2ePostUpdate($input: PostIncidentUpdateInput!) {
  postIncidentUpdate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<E2ePostUpdateMutation, E2ePostUpdateMutationVariables>;
export const E2eStartDrillDocument = new TypedDocumentString(`
    mutation E2eStartDrill($input: StartDrillInput!) {
  startDrill(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<E2eStartDrillMutation, E2eStartDrillMutationVariables>;
export const E2eRecordDocument = new TypedDocumentString(`
    mutation E2eRecord($input: RecordRecoveryInput!) {
  recordRecovery(input: $input) {
    value
  }
}
    `) as unknown as TypedDocumentString<E2eRecordMutation, E2eRecordMutationVariables>;
export const E2eIncidentDocument = new TypedDocumentString(`
    query E2eIncident($id: ID!) {
  incident(id: $id) {
    id
    status
    updates {
      id
      status
      body
    }
  }
}
    `) as unknown as TypedDocumentString<E2eIncidentQuery, E2eIncidentQueryVariables>;
export const E2eSeedDocument = new TypedDocumentString(`
    query E2eSeed {
  incidents(filter: {text: "Global Outage"}, first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<E2eSeedQuery, E2eSeedQueryVariables>;
export const E2eCreateComponentDocument = new TypedDocumentString(`
    mutation E2eCreateComponent($input: CreateComponentInput!) {
  createComponent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<E2eCreateComponentMutation, E2eCreateComponentMutationVariables>;
export const E2eSetComponentStatusDocument = new TypedDocumentString(`
    mutation E2eSetComponentStatus($input: SetComponentStatusInput!) {
  setComponentStatus(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<E2eSetComponentStatusMutation, E2eSetComponentStatusMutationVariables>;
export const E2eSeedSalesDocument = new TypedDocumentString(`
    query E2eSeedSales($id: ID!) {
  incident(id: $id) {
    startedAt
    recovery {
      flow
      samples {
        at
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<E2eSeedSalesQuery, E2eSeedSalesQueryVariables>;
export const E2eIncidentAtDocument = new TypedDocumentString(`
    query E2eIncidentAt($id: ID!, $at: DateTime!) {
  incidentAt(id: $id, at: $at) {
    status
    updates {
      id
    }
    recovery {
      flow
      samples {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<E2eIncidentAtQuery, E2eIncidentAtQueryVariables>;
export const E2eDrillUpdatesDocument = new TypedDocumentString(`
    query E2eDrillUpdates($id: ID!) {
  incident(id: $id) {
    drill
    updates {
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<E2eDrillUpdatesQuery, E2eDrillUpdatesQueryVariables>;
export const E2eSeedTimesDocument = new TypedDocumentString(`
    query E2eSeedTimes($id: ID!) {
  incident(id: $id) {
    startedAt
    resolvedAt
    updates {
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<E2eSeedTimesQuery, E2eSeedTimesQueryVariables>;
export const DraftOfSeedDocument = new TypedDocumentString(`
    query DraftOfSeed {
  incidents(first: 1) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DraftOfSeedQuery, DraftOfSeedQueryVariables>;
export const DraftPostmortemDocument = new TypedDocumentString(`
    query DraftPostmortem($id: ID!) {
  draftPostmortem(incidentId: $id)
}
    `) as unknown as TypedDocumentString<DraftPostmortemQuery, DraftPostmortemQueryVariables>;
export const CadenceStatsDeclareDocument = new TypedDocumentString(`
    mutation CadenceStatsDeclare($nextUpdateBy: DateTime) {
  declareIncident(
    input: {title: "Cadence", impact: MAJOR, body: "Looking.", nextUpdateBy: $nextUpdateBy}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CadenceStatsDeclareMutation, CadenceStatsDeclareMutationVariables>;
export const CadenceStatsPostDocument = new TypedDocumentString(`
    mutation CadenceStatsPost($incidentId: ID!, $status: IncidentStatus!, $nextUpdateBy: DateTime) {
  postIncidentUpdate(
    input: {incidentId: $incidentId, status: $status, body: "Still looking.", nextUpdateBy: $nextUpdateBy}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CadenceStatsPostMutation, CadenceStatsPostMutationVariables>;
export const CadenceStatsDocument = new TypedDocumentString(`
    query CadenceStats {
  incidentStats {
    cadence {
      promised
      kept
      late
      pending
      adherence
      worstLatenessSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<CadenceStatsQuery, CadenceStatsQueryVariables>;
export const CadenceDeclareDocument = new TypedDocumentString(`
    mutation CadenceDeclare($impact: Impact!, $nextUpdateBy: DateTime) {
  declareIncident(
    input: {title: "Cadence", impact: $impact, body: "Looking.", nextUpdateBy: $nextUpdateBy}
  ) {
    id
    nextUpdateBy
    updates {
      nextUpdateBy
    }
  }
}
    `) as unknown as TypedDocumentString<CadenceDeclareMutation, CadenceDeclareMutationVariables>;
export const CadencePostDocument = new TypedDocumentString(`
    mutation CadencePost($incidentId: ID!, $status: IncidentStatus!, $nextUpdateBy: DateTime) {
  postIncidentUpdate(
    input: {incidentId: $incidentId, status: $status, body: "Still looking.", nextUpdateBy: $nextUpdateBy}
  ) {
    nextUpdateBy
  }
}
    `) as unknown as TypedDocumentString<CadencePostMutation, CadencePostMutationVariables>;
export const CadencePostDefaultDocument = new TypedDocumentString(`
    mutation CadencePostDefault($incidentId: ID!) {
  postIncidentUpdate(
    input: {incidentId: $incidentId, status: IDENTIFIED, body: "Found it."}
  ) {
    nextUpdateBy
  }
}
    `) as unknown as TypedDocumentString<CadencePostDefaultMutation, CadencePostDefaultMutationVariables>;
export const CadenceIncidentDocument = new TypedDocumentString(`
    query CadenceIncident($id: ID!) {
  incident(id: $id) {
    nextUpdateBy
  }
}
    `) as unknown as TypedDocumentString<CadenceIncidentQuery, CadenceIncidentQueryVariables>;
export const CadenceRecordDocument = new TypedDocumentString(`
    mutation CadenceRecord($incidentId: ID!, $flow: String!) {
  recordRecovery(input: {incidentId: $incidentId, flow: $flow, value: 10}) {
    value
  }
}
    `) as unknown as TypedDocumentString<CadenceRecordMutation, CadenceRecordMutationVariables>;
export const IncidentsDeclareDocument = new TypedDocumentString(`
    mutation IncidentsDeclare($input: DeclareIncidentInput!) {
  declareIncident(input: $input) {
    ...IncidentDetails
  }
}
    fragment IncidentDetails on Incident {
  id
  title
  status
  impact
  startedAt
  resolvedAt
  durationSeconds
  postmortem
  components {
    status
    component {
      id
      name
      status
    }
  }
  updates {
    id
    status
    body
    createdAt
    author
  }
  recovery {
    flow
    latest {
      at
      value
    }
    samples {
      at
      value
      note
    }
  }
  timeline {
    id
    at
    text
  }
  actionItems {
    id
    title
    owner
    status
    dueAt
  }
}`) as unknown as TypedDocumentString<IncidentsDeclareMutation, IncidentsDeclareMutationVariables>;
export const IncidentsPostUpdateDocument = new TypedDocumentString(`
    mutation IncidentsPostUpdate($input: PostIncidentUpdateInput!) {
  postIncidentUpdate(input: $input) {
    id
    status
    body
    createdAt
    author
  }
}
    `) as unknown as TypedDocumentString<IncidentsPostUpdateMutation, IncidentsPostUpdateMutationVariables>;
export const IncidentsReadDocument = new TypedDocumentString(`
    query IncidentsRead($id: ID!) {
  incident(id: $id) {
    ...IncidentDetails
  }
}
    fragment IncidentDetails on Incident {
  id
  title
  status
  impact
  startedAt
  resolvedAt
  durationSeconds
  postmortem
  components {
    status
    component {
      id
      name
      status
    }
  }
  updates {
    id
    status
    body
    createdAt
    author
  }
  recovery {
    flow
    latest {
      at
      value
    }
    samples {
      at
      value
      note
    }
  }
  timeline {
    id
    at
    text
  }
  actionItems {
    id
    title
    owner
    status
    dueAt
  }
}`) as unknown as TypedDocumentString<IncidentsReadQuery, IncidentsReadQueryVariables>;
export const IncidentsListDocument = new TypedDocumentString(`
    query IncidentsList($filter: IncidentFilter, $first: Int, $after: String) {
  incidents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        status
        impact
        startedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentsListQuery, IncidentsListQueryVariables>;
export const IncidentsRecordRecoveryDocument = new TypedDocumentString(`
    mutation IncidentsRecordRecovery($input: RecordRecoveryInput!) {
  recordRecovery(input: $input) {
    at
    value
  }
}
    `) as unknown as TypedDocumentString<IncidentsRecordRecoveryMutation, IncidentsRecordRecoveryMutationVariables>;
export const IncidentsAddTimelineEventDocument = new TypedDocumentString(`
    mutation IncidentsAddTimelineEvent($input: AddTimelineEventInput!) {
  addTimelineEvent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<IncidentsAddTimelineEventMutation, IncidentsAddTimelineEventMutationVariables>;
export const IncidentsCreateComponentDocument = new TypedDocumentString(`
    mutation IncidentsCreateComponent($input: CreateComponentInput!) {
  createComponent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<IncidentsCreateComponentMutation, IncidentsCreateComponentMutationVariables>;
export const StatsFilterImportDocument = new TypedDocumentString(`
    mutation StatsFilterImport($input: ImportIncidentInput!) {
  importIncident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StatsFilterImportMutation, StatsFilterImportMutationVariables>;
export const StatsFilterDrillDocument = new TypedDocumentString(`
    mutation StatsFilterDrill($id: ID!) {
  startDrill(input: {incidentId: $id, speed: 60}) {
    id
  }
}
    `) as unknown as TypedDocumentString<StatsFilterDrillMutation, StatsFilterDrillMutationVariables>;
export const StatsFilterDocument = new TypedDocumentString(`
    query StatsFilter($filter: IncidentFilter, $from: DateTime, $to: DateTime, $buckets: Int) {
  incidentStats(filter: $filter, from: $from, to: $to) {
    count
    timeToRecover50 {
      count
      medianSeconds
      histogram(buckets: $buckets) {
        fromSeconds
        toSeconds
        count
      }
    }
  }
  incidents(filter: $filter, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<StatsFilterQuery, StatsFilterQueryVariables>;
export const ImportStatuspageDocument = new TypedDocumentString(`
    mutation ImportStatuspage($input: ImportStatuspageInput!) {
  importStatuspage(input: $input) {
    incidentsCreated
    incidentsUpdated
    incidentsUnchanged
    updatesCreated
    componentsCreated
    componentsUpdated
    errors
  }
}
    `) as unknown as TypedDocumentString<ImportStatuspageMutation, ImportStatuspageMutationVariables>;
export const CrashDeclareDocument = new TypedDocumentString(`
    mutation CrashDeclare {
  declareIncident(input: {title: "crash", impact: MAJOR, body: "b"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CrashDeclareMutation, CrashDeclareMutationVariables>;
export const CrashRecordDocument = new TypedDocumentString(`
    mutation CrashRecord($id: ID!, $v: Float!) {
  recordRecovery(input: {incidentId: $id, flow: "orders", value: $v}) {
    value
  }
}
    `) as unknown as TypedDocumentString<CrashRecordMutation, CrashRecordMutationVariables>;
export const CrashSamplesDocument = new TypedDocumentString(`
    query CrashSamples($id: ID!) {
  incident(id: $id) {
    recovery {
      samples {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrashSamplesQuery, CrashSamplesQueryVariables>;
export const RestartDeclareDocument = new TypedDocumentString(`
    mutation RestartDeclare {
  declareIncident(input: {title: "engine restart", impact: MAJOR, body: "b"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestartDeclareMutation, RestartDeclareMutationVariables>;
export const RestartRecordDocument = new TypedDocumentString(`
    mutation RestartRecord($id: ID!, $v: Float!) {
  recordRecovery(input: {incidentId: $id, flow: "orders", value: $v}) {
    value
  }
}
    `) as unknown as TypedDocumentString<RestartRecordMutation, RestartRecordMutationVariables>;
export const LivePostUpdateDocument = new TypedDocumentString(`
    mutation LivePostUpdate($id: ID!, $status: IncidentStatus!, $body: String!) {
  postIncidentUpdate(input: {incidentId: $id, status: $status, body: $body}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LivePostUpdateMutation, LivePostUpdateMutationVariables>;
export const LiveRecordRecoveryDocument = new TypedDocumentString(`
    mutation LiveRecordRecovery($id: ID!) {
  recordRecovery(input: {incidentId: $id, flow: "sales_flow", value: 75}) {
    value
  }
}
    `) as unknown as TypedDocumentString<LiveRecordRecoveryMutation, LiveRecordRecoveryMutationVariables>;
export const LiveAddTimelineEventDocument = new TypedDocumentString(`
    mutation LiveAddTimelineEvent($id: ID!, $at: DateTime!) {
  addTimelineEvent(input: {incidentId: $id, at: $at, text: "rolled back"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveAddTimelineEventMutation, LiveAddTimelineEventMutationVariables>;
export const LiveSetImpactDocument = new TypedDocumentString(`
    mutation LiveSetImpact($id: ID!) {
  setIncidentImpact(input: {incidentId: $id, impact: CRITICAL}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveSetImpactMutation, LiveSetImpactMutationVariables>;
export const LiveSetComponentStatusDocument = new TypedDocumentString(`
    mutation LiveSetComponentStatus($c: ID!) {
  setComponentStatus(input: {componentId: $c, status: MAJOR_OUTAGE}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveSetComponentStatusMutation, LiveSetComponentStatusMutationVariables>;
export const LiveAddActionItemDocument = new TypedDocumentString(`
    mutation LiveAddActionItem($id: ID!) {
  addActionItem(input: {incidentId: $id, title: "add alert"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveAddActionItemMutation, LiveAddActionItemMutationVariables>;
export const LiveSetPostmortemDocument = new TypedDocumentString(`
    mutation LiveSetPostmortem($id: ID!) {
  setPostmortem(input: {incidentId: $id, markdown: "# What happened"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveSetPostmortemMutation, LiveSetPostmortemMutationVariables>;
export const MultiDeclareDocument = new TypedDocumentString(`
    mutation MultiDeclare {
  declareIncident(
    input: {title: "multi", impact: MAJOR, body: "seen everywhere?"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<MultiDeclareMutation, MultiDeclareMutationVariables>;
export const MultiRecordDocument = new TypedDocumentString(`
    mutation MultiRecord($id: ID!, $v: Float!) {
  recordRecovery(input: {incidentId: $id, flow: "orders", value: $v}) {
    value
  }
}
    `) as unknown as TypedDocumentString<MultiRecordMutation, MultiRecordMutationVariables>;
export const ProxyRecordDocument = new TypedDocumentString(`
    mutation ProxyRecord($input: RecordRecoveryInput!) {
  recordRecovery(input: $input) {
    value
  }
}
    `) as unknown as TypedDocumentString<ProxyRecordMutation, ProxyRecordMutationVariables>;
export const ProxyDeclareDocument = new TypedDocumentString(`
    mutation ProxyDeclare {
  declareIncident(
    input: {title: "behind nginx", impact: MAJOR, body: "scale-out"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProxyDeclareMutation, ProxyDeclareMutationVariables>;
export const ResilienceRecoveryDocument = new TypedDocumentString(`
    query ResilienceRecovery($id: ID!) {
  incident(id: $id) {
    recovery {
      samples {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResilienceRecoveryQuery, ResilienceRecoveryQueryVariables>;
export const ResilienceUpdateBodiesDocument = new TypedDocumentString(`
    subscription ResilienceUpdateBodies($id: ID) {
  events(incidentId: $id) {
    cursor
    incident {
      updates {
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResilienceUpdateBodiesSubscription, ResilienceUpdateBodiesSubscriptionVariables>;
export const ResilienceCursorsDocument = new TypedDocumentString(`
    subscription ResilienceCursors {
  events {
    cursor
  }
}
    `) as unknown as TypedDocumentString<ResilienceCursorsSubscription, ResilienceCursorsSubscriptionVariables>;
export const StormDeclareDocument = new TypedDocumentString(`
    mutation StormDeclare {
  declareIncident(input: {title: "storm", impact: MAJOR, body: "b"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<StormDeclareMutation, StormDeclareMutationVariables>;
export const StormRecordDocument = new TypedDocumentString(`
    mutation StormRecord($id: ID!, $v: Float!) {
  recordRecovery(input: {incidentId: $id, flow: "orders", value: $v}) {
    value
  }
}
    `) as unknown as TypedDocumentString<StormRecordMutation, StormRecordMutationVariables>;
export const SeedRecoveryDocument = new TypedDocumentString(`
    query SeedRecovery {
  incidents(first: 1) {
    edges {
      node {
        id
        startedAt
        primaryFlow
        recovery {
          flow
          kind
          trendPerHour
          etaToFull
          threshold
          backUnderThresholdAt
          milestones {
            reached50At
            reached90At
            reached100At
          }
          peak {
            at
            value
          }
        }
      }
    }
  }
  incidentStats {
    timeToRecover50 {
      count
      medianSeconds
    }
    timeToRecover90 {
      count
      medianSeconds
    }
    timeToRecover100 {
      count
      medianSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<SeedRecoveryQuery, SeedRecoveryQueryVariables>;
export const SetPrimaryFlowDocument = new TypedDocumentString(`
    mutation SetPrimaryFlow($input: SetPrimaryFlowInput!) {
  setPrimaryFlow(input: $input) {
    id
    primaryFlow
    recovery {
      flow
    }
  }
}
    `) as unknown as TypedDocumentString<SetPrimaryFlowMutation, SetPrimaryFlowMutationVariables>;
export const SetFlowThresholdDocument = new TypedDocumentString(`
    mutation SetFlowThreshold($input: SetFlowThresholdInput!) {
  setFlowThreshold(input: $input) {
    id
    recovery {
      flow
      threshold
      backUnderThresholdAt
    }
  }
}
    `) as unknown as TypedDocumentString<SetFlowThresholdMutation, SetFlowThresholdMutationVariables>;
export const TokenScriptViewerRoleDocument = new TypedDocumentString(`
    query TokenScriptViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<TokenScriptViewerRoleQuery, TokenScriptViewerRoleQueryVariables>;
export const DemoSeededDocument = new TypedDocumentString(`
    query DemoSeeded {
  incidents(first: 5) {
    totalCount
    edges {
      node {
        id
        title
        status
        impact
        startedAt
        resolvedAt
        durationSeconds
        postmortem
        components {
          status
        }
        updates {
          status
          body
          createdAt
        }
        timeline {
          at
          text
        }
        recovery {
          flow
          samples {
            at
            value
            note
          }
        }
        actionItems {
          title
          status
        }
      }
    }
  }
  components {
    name
    status
  }
  incidentStats {
    count
    timeToIdentify {
      count
      medianSeconds
    }
    timeToMitigate {
      count
      medianSeconds
    }
    timeToResolve {
      count
      medianSeconds
      meanSeconds
      p90Seconds
    }
  }
}
    `) as unknown as TypedDocumentString<DemoSeededQuery, DemoSeededQueryVariables>;
export const DemoCountDocument = new TypedDocumentString(`
    query DemoCount {
  incidents {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DemoCountQuery, DemoCountQueryVariables>;
export const EventsDocument = new TypedDocumentString(`
    subscription Events($incidentId: ID, $after: String) {
  events(incidentId: $incidentId, after: $after) {
    cursor
    type
    incidentId
    flow
    update {
      id
      body
    }
    sample {
      value
    }
    timelineEvent {
      text
    }
    component {
      name
      status
    }
    actionItem {
      title
      status
    }
    incident {
      id
      status
      impact
    }
  }
}
    `) as unknown as TypedDocumentString<EventsSubscription, EventsSubscriptionVariables>;
export const TakeoverSubscribeDocument = new TypedDocumentString(`
    mutation TakeoverSubscribe($url: String!) {
  createWebhookSubscription(input: {url: $url, format: WAR_ROOM}) {
    subscription {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TakeoverSubscribeMutation, TakeoverSubscribeMutationVariables>;
export const TakeoverDeclareDocument = new TypedDocumentString(`
    mutation TakeoverDeclare {
  declareIncident(
    input: {title: "Checkout down", impact: MAJOR, body: "Investigating"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<TakeoverDeclareMutation, TakeoverDeclareMutationVariables>;
export const TakeoverPostDocument = new TypedDocumentString(`
    mutation TakeoverPost($id: ID!, $body: String!) {
  postIncidentUpdate(input: {incidentId: $id, status: IDENTIFIED, body: $body}) {
    id
  }
}
    `) as unknown as TypedDocumentString<TakeoverPostMutation, TakeoverPostMutationVariables>;
export const CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    subscription {
      id
      url
      format
      paused
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries {
  webhookSubscriptions {
    id
    deliveries(first: 50) {
      id
      eventId
      status
      attempts
      lastError
      responseCode
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const PauseWebhookDocument = new TypedDocumentString(`
    mutation PauseWebhook($id: ID!, $paused: Boolean!) {
  setWebhookSubscriptionPaused(id: $id, paused: $paused) {
    id
    paused
  }
}
    `) as unknown as TypedDocumentString<PauseWebhookMutation, PauseWebhookMutationVariables>;