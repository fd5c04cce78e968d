import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IncidentDoc } from '../incidents/incident.model.js';
import type { UpdateDoc } from '../incidents/update.model.js';
import type { ComponentDoc, AffectedComponentRef } from '../components/component.model.js';
import type { RecoverySeriesView, SampleDoc } from '../recovery/recovery.model.js';
import type { TimelineDoc } from '../timeline/timeline.model.js';
import type { ActionItemDoc } from '../actions/action.model.js';
import type { EventView } from '../events/event.model.js';
import type { ViewerModel } from '../auth/viewer.js';
import type { IncidentPage, IncidentEdgeView } from '../incidents/incident.service.js';
import type { DurationSummary, IncidentStatsView } from '../incidents/stats.service.js';
import type { ScenarioClock } from '../drills/drill.clock.js';
import type { SnapshotView } from '../history/timetravel.service.js';
import type { CreatedToken } from '../auth/token.service.js';
import type { WebhookSubscriptionDoc, WebhookDeliveryDoc } from '../webhooks/webhook.model.js';
import type { CreatedSubscription } from '../webhooks/webhook.service.js';
import type { Context } from '../app/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A point in time, as an ISO-8601 string in UTC with millisecond precision,
   * for example `2023-07-13T15:02:00.000Z`. Inputs accept any ISO-8601 string with a time zone.
   */
  DateTime: { input: Date; output: Date | string; }
};

/** Follow-up work that comes out of an incident. */
export type ActionItem = {
  __typename?: 'ActionItem';
  /** When it is due. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Who does it. */
  owner: Maybe<Scalars['String']['output']>;
  /** Its state. */
  status: ActionItemStatus;
  /** What must be done. */
  title: Scalars['String']['output'];
};

/** The state of a follow-up action. */
export const ActionItemStatus = {
  /** Finished. */
  Done: 'DONE',
  /** Someone is working on it. */
  InProgress: 'IN_PROGRESS',
  /** Not started. */
  Open: 'OPEN'
} as const;

export type ActionItemStatus = typeof ActionItemStatus[keyof typeof ActionItemStatus];
/** Adds an action item. */
export type AddActionItemInput = {
  /** When it is due. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The incident. */
  incidentId: Scalars['ID']['input'];
  /** Up to 100 characters. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 500 characters, not only whitespace. */
  title: Scalars['String']['input'];
};

/** Adds a timeline event. */
export type AddTimelineEventInput = {
  /** When it happened: not before `startedAt`, at most 5 minutes ahead. */
  at: Scalars['DateTime']['input'];
  /** Retrying with the same key returns the first result and writes nothing new. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The incident. */
  incidentId: Scalars['ID']['input'];
  /** What happened: 1 to 20,000 characters, not only whitespace. */
  text: Scalars['String']['input'];
};

/** A component as affected by one incident. */
export type AffectedComponent = {
  __typename?: 'AffectedComponent';
  /** The component, with its current status. */
  component: Component;
  /** Its status during the incident. */
  status: ComponentStatus;
};

/** One affected component and its status during the incident. */
export type AffectedComponentInput = {
  /** The component. */
  componentId: Scalars['ID']['input'];
  /** Its status during the incident. */
  status: ComponentStatus;
};

/** How the promises of a next update (`nextUpdateBy`) turned out. */
export type CadenceStats = {
  __typename?: 'CadenceStats';
  /** `kept / promised`, from 0 to 1; null when nothing is settled. */
  adherence: Maybe<Scalars['Float']['output']>;
  /** Promises followed by an update at or before the promised time. */
  kept: Scalars['Int']['output'];
  /** Promises that came late, or are overdue with nothing posted yet. */
  late: Scalars['Int']['output'];
  /** Promises of open incidents whose time has not come yet. */
  pending: Scalars['Int']['output'];
  /** Promises that are settled: kept, or broken (late or overdue); pending ones are not counted. */
  promised: Scalars['Int']['output'];
  /** The worst lateness, in seconds (0 when every settled promise was kept); null when none. */
  worstLatenessSeconds: Maybe<Scalars['Int']['output']>;
};

/** A part of the platform that can break, such as Checkout or Payments. */
export type Component = {
  __typename?: 'Component';
  /** An optional group for display, such as `Storefront`. */
  group: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The status set on it by hand with `setComponentStatus`, whatever incidents say. */
  manualStatus: ComponentStatus;
  /** Unique display name, 1 to 100 characters. */
  name: Scalars['String']['output'];
  /**
   * Its shown status: the worst of `manualStatus` and the statuses that the open incidents
   * affecting it give it (Statuspage semantics). Resolving an incident drops its part.
   */
  status: ComponentStatus;
};

/** The status of a component, in the status-page industry's vocabulary. */
export const ComponentStatus = {
  /** Working, but slower or less reliable than usual. */
  DegradedPerformance: 'DEGRADED_PERFORMANCE',
  /** Down for most or all customers. */
  MajorOutage: 'MAJOR_OUTAGE',
  /** Working normally. */
  Operational: 'OPERATIONAL',
  /** Down for some customers or some features. */
  PartialOutage: 'PARTIAL_OUTAGE',
  /** Intentionally unavailable for planned work. */
  UnderMaintenance: 'UNDER_MAINTENANCE'
} as const;

export type ComponentStatus = typeof ComponentStatus[keyof typeof ComponentStatus];
/** Creates an API token. */
export type CreateApiTokenInput = {
  /** 1 to 100 characters, for people (e.g. `war room laptop`). */
  name: Scalars['String']['input'];
  /** What the token may do. */
  role: Role;
};

/** Creates a component. */
export type CreateComponentInput = {
  /** Optional group, up to 100 characters. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** Unique display name, 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** A new outbound webhook. */
export type CreateWebhookSubscriptionInput = {
  /** Only events about this component. */
  componentId?: InputMaybe<Scalars['ID']['input']>;
  /** Event types to deliver; omitted or empty: every type. */
  eventTypes?: InputMaybe<Array<LiveEventType>>;
  /** The body's shape; default WAR_ROOM. */
  format?: InputMaybe<WebhookFormat>;
  /** Only this incident's events. */
  incidentId?: InputMaybe<Scalars['ID']['input']>;
  /** An http(s) URL; loopback and private addresses are refused unless WEBHOOK_ALLOW_PRIVATE=true. */
  url: Scalars['String']['input'];
};

/** A newly created API token. The secret is shown this once and is stored only as a hash. */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** Stable identifier, used to revoke it. */
  id: Scalars['ID']['output'];
  /** Its name, for people. */
  name: Scalars['String']['output'];
  /** Its role. */
  role: Role;
  /** The secret, to send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

/** A subscription just created, with its signing secret: shown once, never again. */
export type CreatedWebhookSubscription = {
  __typename?: 'CreatedWebhookSubscription';
  /** The HMAC-SHA256 signing secret. */
  secret: Scalars['String']['output'];
  /** The subscription. */
  subscription: WebhookSubscription;
};

/** Opens an incident. */
export type DeclareIncidentInput = {
  /** The first update's text: 1 to 20,000 characters, not only whitespace. */
  body: Scalars['String']['input'];
  /** Components affected, each marked MAJOR_OUTAGE until set otherwise. */
  componentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Retrying with the same key returns the first result and writes nothing new. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How badly customers are affected. */
  impact: Impact;
  /** When the first update promises the next one; left out: the default for the impact; null: none. */
  nextUpdateBy?: InputMaybe<Scalars['DateTime']['input']>;
  /** When it began; defaults to now; at most 5 minutes in the future. */
  startedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The first update's status; RESOLVED is not allowed here. */
  status?: InputMaybe<IncidentStatus>;
  /** 1 to 200 characters, not only whitespace. */
  title: Scalars['String']['input'];
};

/**
 * A drill's replay and its scenario clock: the time of the past incident it stands at. At real
 * time t a running drill stands at `sourceStartedAt + (t - startedAt) × speed` (clamped to the
 * scenario), the schedule its steps follow; a client ticks it from these fields.
 */
export type Drill = {
  __typename?: 'Drill';
  /** When it finished or was stopped, by the server's clock; null while running. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** The drill's own id (not its incident's). */
  id: Scalars['ID']['output'];
  /** How far through the scenario, from 0 to 1. */
  progress: Scalars['Float']['output'];
  /** The source's time the drill stands at now (frozen once stopped; the end once finished). */
  scenarioAt: Scalars['DateTime']['output'];
  /** How long the replayed incident lasted (to its resolution or its last step), in seconds. */
  scenarioDurationSeconds: Scalars['Int']['output'];
  /** Scenario seconds since the source started (T+), from 0 to `scenarioDurationSeconds`. */
  scenarioElapsedSeconds: Scalars['Int']['output'];
  /** When the replayed incident started: scenario time zero. */
  sourceStartedAt: Scalars['DateTime']['output'];
  /** How many times faster than it happened (1–3600). */
  speed: Scalars['Float']['output'];
  /** When the drill began, by the server's clock. */
  startedAt: Scalars['DateTime']['output'];
  /** Running, stopped or finished. */
  state: DrillState;
};

/** Where a drill's replay stands. */
export const DrillState = {
  /** Every step replayed; the scenario clock stands at the end. */
  Finished: 'FINISHED',
  /** Replaying: its scenario clock runs at `speed`×. */
  Running: 'RUNNING',
  /** Stopped by a commander before the end (`stopDrill`); the scenario clock stays where it stopped. */
  Stopped: 'STOPPED'
} as const;

export type DrillState = typeof DrillState[keyof typeof DrillState];
/** How many durations fall in `[fromSeconds, toSeconds)` (the last bucket also holds `toSeconds`). */
export type DurationBucket = {
  __typename?: 'DurationBucket';
  /** How many durations fall in it. */
  count: Scalars['Int']['output'];
  /** Where the range starts, in seconds (inclusive). */
  fromSeconds: Scalars['Float']['output'];
  /** Where the range ends, in seconds (exclusive, except in the last bucket). */
  toSeconds: Scalars['Float']['output'];
};

/** Summary of a set of durations; the figures are null when the set is empty. */
export type DurationStats = {
  __typename?: 'DurationStats';
  /** How many durations were measured. */
  count: Scalars['Int']['output'];
  /**
   * The distribution: at most `buckets` (1–50) equal-width ranges from zero, of a round width
   * (1, 2, 5, 10, 15, 30 s; 1, 2, 5, 10, 15, 30 min; 1, 2, 3, 6, 12 h; then days), oldest range
   * first, covering every duration; empty when there are none. Counts add up to `count`.
   */
  histogram: Array<DurationBucket>;
  /** Arithmetic mean, in seconds. */
  meanSeconds: Maybe<Scalars['Float']['output']>;
  /** Median (50th percentile, linear interpolation), in seconds. */
  medianSeconds: Maybe<Scalars['Float']['output']>;
  /** 90th percentile (linear interpolation), in seconds. */
  p90Seconds: Maybe<Scalars['Float']['output']>;
};


/** Summary of a set of durations; the figures are null when the set is empty. */
export type DurationStatsHistogramArgs = {
  buckets?: InputMaybe<Scalars['Int']['input']>;
};

/** What a flow's figure measures. */
export const FlowKind = {
  /** A recovery level, in percent of nominal: 100 is healthy, higher is better. */
  Level: 'LEVEL',
  /**
   * A rate of something bad (cancellations, errors, failures), in percent: lower is better. A flow
   * is a rate when its name ends in `_error_rate`, `_cancellations`, `_failures` or `_errors`.
   */
  Rate: 'RATE'
} as const;

export type FlowKind = typeof FlowKind[keyof typeof FlowKind];
/** How badly customers are affected. */
export const Impact = {
  /** The platform, or a core flow of it, is down for most customers. */
  Critical: 'CRITICAL',
  /** A major outage of part of the platform. */
  Major: 'MAJOR',
  /** A minor degradation for some customers. */
  Minor: 'MINOR',
  /** No customer impact (for example, an internal near-miss). */
  None: 'NONE'
} as const;

export type Impact = typeof Impact[keyof typeof Impact];
/** How many incidents have one impact. */
export type ImpactCount = {
  __typename?: 'ImpactCount';
  /** The number of incidents. */
  count: Scalars['Int']['output'];
  /** The impact. */
  impact: Impact;
};

/** An action item inside an import. */
export type ImportActionItemInput = {
  /** When it is due. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who does it. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Its state. */
  status?: InputMaybe<ActionItemStatus>;
  /** What must be done. */
  title: Scalars['String']['input'];
};

/** A whole incident to import. Updates may come in any order; the latest gives the status. */
export type ImportIncidentInput = {
  /** Action items, at most 200. */
  actionItems?: InputMaybe<Array<ImportActionItemInput>>;
  /** Affected components. */
  components?: InputMaybe<Array<AffectedComponentInput>>;
  /** Importing twice with the same key imports once. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Impact. */
  impact: Impact;
  /** Post-mortem in Markdown. */
  postmortem?: InputMaybe<Scalars['String']['input']>;
  /** The headline flow (a level flow of `recovery`); unset: the first level flow recorded. */
  primaryFlow?: InputMaybe<Scalars['String']['input']>;
  /** Recovery samples, at most 5,000. */
  recovery?: InputMaybe<Array<ImportRecoveryInput>>;
  /** When it began. */
  startedAt: Scalars['DateTime']['input'];
  /** Timeline events, at most 500. */
  timeline?: InputMaybe<Array<ImportTimelineInput>>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
  /** At least one update, at most 500. */
  updates: Array<ImportUpdateInput>;
};

/** A recovery sample inside an import. */
export type ImportRecoveryInput = {
  /** When it was measured. */
  at: Scalars['DateTime']['input'];
  /** Flow name, as in `recordRecovery`. */
  flow: Scalars['String']['input'];
  /** Where the figure comes from. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Percent of nominal level. */
  value: Scalars['Float']['input'];
};

/** A Statuspage v2 document to import. */
export type ImportStatuspageInput = {
  /** The document's JSON text (at most 50 MB). */
  json: Scalars['String']['input'];
  /** The page's name, when the document does not carry its `page` object. */
  pageName?: InputMaybe<Scalars['String']['input']>;
};

/** A timeline event inside an import. */
export type ImportTimelineInput = {
  /** When it happened. */
  at: Scalars['DateTime']['input'];
  /** What happened. */
  text: Scalars['String']['input'];
};

/** A status update inside an import. */
export type ImportUpdateInput = {
  /** Text of the update. */
  body: Scalars['String']['input'];
  /** When it was posted. */
  createdAt: Scalars['DateTime']['input'];
  /** Status as of the update. */
  status: IncidentStatus;
};

/** Something broken, from the first alarm to its resolution and post-mortem. */
export type Incident = {
  __typename?: 'Incident';
  /** Follow-up work, oldest first. */
  actionItems: Array<ActionItem>;
  /** The components this incident affects, with their status during it. */
  components: Array<AffectedComponent>;
  /** True for a drill: a rehearsal replaying a past incident, never a real outage. */
  drill: Scalars['Boolean']['output'];
  /** For a drill, the incident it replays; null otherwise. */
  drillOf: Maybe<Incident>;
  /** For a drill, its replay and scenario clock; null for a real incident. */
  drillRun: Maybe<Drill>;
  /** Seconds from `startedAt` to `resolvedAt`, or to now while the incident is open. */
  durationSeconds: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** How badly customers are affected. */
  impact: Impact;
  /**
   * When the latest update promised the next one, while the incident is open (it may be past:
   * the promise is overdue); null when none is pending or the incident is resolved.
   */
  nextUpdateBy: Maybe<Scalars['DateTime']['output']>;
  /** The post-mortem, as Markdown; null until one is written. */
  postmortem: Maybe<Scalars['String']['output']>;
  /**
   * The headline flow: the one set with `setPrimaryFlow`, or by default the first level flow
   * recorded (earliest sample); null while no level flow has a sample.
   */
  primaryFlow: Maybe<Scalars['String']['output']>;
  /**
   * Recovery percentages, one series per business flow: the primary flow first, then the other
   * level flows, furthest from nominal first, then the rate flows ("lower is better").
   */
  recovery: Array<RecoverySeries>;
  /** When it was resolved; null while it is open. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * Past incidents like this one (same impact, or a shared affected component), most recent first,
   * drills excluded; `first` is between 1 and 20.
   */
  similarIncidents: Array<Incident>;
  /** When the incident began (for example, when the first alarm fired). */
  startedAt: Scalars['DateTime']['output'];
  /** The status of the latest update. */
  status: IncidentStatus;
  /** What happened when, oldest first. */
  timeline: Array<TimelineEvent>;
  /** A short headline, as customers would read it on a status page. */
  title: Scalars['String']['output'];
  /** Every status update, newest first. */
  updates: Array<IncidentUpdate>;
};


/** Something broken, from the first alarm to its resolution and post-mortem. */
export type IncidentSimilarIncidentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of incidents. */
export type IncidentConnection = {
  __typename?: 'IncidentConnection';
  /** The incidents of this page, in order. */
  edges: Array<IncidentEdge>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many incidents match the filter in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One incident in a page, with the cursor that points at it. */
export type IncidentEdge = {
  __typename?: 'IncidentEdge';
  /** Pass as `after` to get the incidents that follow this one. */
  cursor: Scalars['String']['output'];
  /** The incident. */
  node: Incident;
};

/** Narrows `incidents`. Every given criterion must hold (logical AND). */
export type IncidentFilter = {
  /** `true`: only incidents that are not RESOLVED; `false`: only RESOLVED ones. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only incidents that list this component as affected. */
  componentId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * `true`: only drills; `false`: only real incidents. Unset: real incidents only, except with
   * `active: true` (a live board shows a running drill, marked as one).
   */
  drill?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only incidents whose impact is one of these. */
  impact?: InputMaybe<Array<Impact>>;
  /** Only incidents that started at or after this time. */
  startedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only incidents that started strictly before this time. */
  startedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only incidents whose current status is one of these. */
  status?: InputMaybe<Array<IncidentStatus>>;
  /**
   * Words that must all appear in the title or in an update's body, case-insensitively; a word of
   * three or more letters also matches longer words it begins ("check" finds "Checkout").
   * At most 200 characters.
   */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An incident as it was at one moment, rebuilt from the event log rather than from today's data. */
export type IncidentSnapshot = {
  __typename?: 'IncidentSnapshot';
  /** The action items as they were then. */
  actionItems: Array<ActionItem>;
  /** The moment shown. */
  at: Scalars['DateTime']['output'];
  /** The affected components and their statuses then. */
  components: Array<AffectedComponent>;
  /** The impact as it was then. */
  impact: Impact;
  /** The recovery samples measured by then, in the order of `Incident.recovery`. */
  recovery: Array<RecoverySeries>;
  /** The status of the latest update posted by then. */
  status: IncidentStatus;
  /** The timeline events that had happened by then, oldest first. */
  timeline: Array<TimelineEvent>;
  /** The updates posted by then, newest first. */
  updates: Array<IncidentUpdate>;
};

/** Counts and durations of incidents in a period. */
export type IncidentStats = {
  __typename?: 'IncidentStats';
  /** How many of them have each impact; every impact is listed, in ascending severity. */
  byImpact: Array<ImpactCount>;
  /** Incidents started per calendar month (UTC), oldest first, months without incidents omitted. */
  byMonth: Array<MonthCount>;
  /** Whether the promised next updates came on time, over the period's incidents. */
  cadence: CadenceStats;
  /** How many incidents started in the period. */
  count: Scalars['Int']['output'];
  /** From `startedAt` to the first IDENTIFIED update, over incidents that have one. */
  timeToIdentify: DurationStats;
  /** From `startedAt` to the first MONITORING update, over incidents that have one. */
  timeToMitigate: DurationStats;
  /** From `startedAt` to the primary flow's first sample at or above 50 %, over incidents that reached it. */
  timeToRecover50: DurationStats;
  /** From `startedAt` to the primary flow's first sample at or above 90 %. */
  timeToRecover90: DurationStats;
  /** From `startedAt` to the primary flow's first sample at or above 100 %. */
  timeToRecover100: DurationStats;
  /** From `startedAt` to `resolvedAt`, over resolved incidents. */
  timeToResolve: DurationStats;
};

/** Where an incident stands in its lifecycle, in status-page vocabulary. */
export const IncidentStatus = {
  /** The cause is known and a fix is being worked on. */
  Identified: 'IDENTIFIED',
  /** The team knows something is wrong and is looking for the cause. */
  Investigating: 'INVESTIGATING',
  /** A fix is in place and the team is watching the results. */
  Monitoring: 'MONITORING',
  /** The incident is over. */
  Resolved: 'RESOLVED'
} as const;

export type IncidentStatus = typeof IncidentStatus[keyof typeof IncidentStatus];
/** A status update, as posted to customers. */
export type IncidentUpdate = {
  __typename?: 'IncidentUpdate';
  /** The name of the token that posted it, when known. */
  author: Maybe<Scalars['String']['output']>;
  /** What was said, as plain text or Markdown. */
  body: Scalars['String']['output'];
  /** When it was posted. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When this update promised the next one ("next update in 30 minutes"); null when it made no promise. */
  nextUpdateBy: Maybe<Scalars['DateTime']['output']>;
  /** The incident's status as of this update. */
  status: IncidentStatus;
};

/** One change, in commit order. */
export type LiveEvent = {
  __typename?: 'LiveEvent';
  /** The action item added or changed (ACTION_ITEM_CHANGED). */
  actionItem: Maybe<ActionItem>;
  /** When the change was committed. */
  at: Scalars['DateTime']['output'];
  /** The component changed (COMPONENT_STATUS_CHANGED). */
  component: Maybe<Component>;
  /** Opaque position in the event log; pass as `after` to resume after this event. */
  cursor: Scalars['String']['output'];
  /** The flow recorded (RECOVERY_RECORDED). */
  flow: Maybe<Scalars['String']['output']>;
  /** The incident as it is now, when the event concerns one. */
  incident: Maybe<Incident>;
  /** The incident it concerns, when it concerns one. */
  incidentId: Maybe<Scalars['ID']['output']>;
  /** The sample recorded (RECOVERY_RECORDED). */
  sample: Maybe<RecoverySample>;
  /** The timeline event added (TIMELINE_EVENT_ADDED). */
  timelineEvent: Maybe<TimelineEvent>;
  /** What changed. */
  type: LiveEventType;
  /** The update posted (UPDATE_POSTED). */
  update: Maybe<IncidentUpdate>;
  /** The failed delivery of a WEBHOOK_DELIVERY_FAILED event (ADMIN tokens only). */
  webhookDelivery: Maybe<WebhookDelivery>;
};

/** What changed. */
export const LiveEventType = {
  /** An action item was added or changed. */
  ActionItemChanged: 'ACTION_ITEM_CHANGED',
  /** A component's status changed, or a component was created. */
  ComponentStatusChanged: 'COMPONENT_STATUS_CHANGED',
  /** An incident's impact or affected components changed. */
  IncidentChanged: 'INCIDENT_CHANGED',
  /** An incident was declared or imported. */
  IncidentDeclared: 'INCIDENT_DECLARED',
  /** A post-mortem was written or changed. */
  PostmortemChanged: 'POSTMORTEM_CHANGED',
  /** A recovery sample was recorded. */
  RecoveryRecorded: 'RECOVERY_RECORDED',
  /** A timeline event was added. */
  TimelineEventAdded: 'TIMELINE_EVENT_ADDED',
  /** A status update was posted. */
  UpdatePosted: 'UPDATE_POSTED',
  /** A webhook delivery failed (its first failure, and when its retries ran out); ADMIN tokens only. */
  WebhookDeliveryFailed: 'WEBHOOK_DELIVERY_FAILED'
} as const;

export type LiveEventType = typeof LiveEventType[keyof typeof LiveEventType];
/** How many incidents started in one month. */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** The number of incidents. */
  count: Scalars['Int']['output'];
  /** The first instant of the month, UTC. */
  month: Scalars['DateTime']['output'];
};

/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a follow-up action to an incident. Needs COMMANDER. */
  addActionItem: ActionItem;
  /** Adds an event to an incident's timeline. Needs RESPONDER. */
  addTimelineEvent: TimelineEvent;
  /** Creates an API token. Needs ADMIN. */
  createApiToken: CreatedApiToken;
  /** Adds a component to the catalog. Needs COMMANDER. Names are unique. */
  createComponent: Component;
  /** Creates an outbound webhook; the response holds its signing secret, shown once. Needs ADMIN. */
  createWebhookSubscription: CreatedWebhookSubscription;
  /** Opens a new incident with its first update. Needs COMMANDER. */
  declareIncident: Incident;
  /** Deletes a subscription and its queued deliveries. Needs ADMIN. */
  deleteWebhookSubscription: Scalars['Boolean']['output'];
  /**
   * Imports a whole incident (updates, recovery, timeline, action items) in one step, as the
   * demo data is loaded. Needs COMMANDER. The same `idempotencyKey` imports once.
   */
  importIncident: Incident;
  /**
   * Imports a Statuspage v2 document (`incidents.json`, `incidents/unresolved.json`,
   * `summary.json`, one incident or a webhook payload) given as JSON text. Needs COMMANDER.
   * Importing the same page again updates what the first import created instead of duplicating
   * it, and appends upstream updates it has not seen. A document that is not valid Statuspage
   * JSON is refused as a whole (BAD_USER_INPUT naming the JSON path); an incident our own rules
   * refuse is skipped and listed in `errors`, the others are imported.
   */
  importStatuspage: StatuspageImportResult;
  /**
   * Posts a status update and moves the incident to its status. Needs RESPONDER; posting
   * RESOLVED, or any update on a RESOLVED incident (which reopens it), needs COMMANDER.
   */
  postIncidentUpdate: IncidentUpdate;
  /** Records how far a flow has recovered. Needs RESPONDER. */
  recordRecovery: RecoverySample;
  /** Queues one delivery to be sent again now (after a failure, or to replay it). Needs ADMIN. */
  redeliverWebhook: WebhookDelivery;
  /** Revokes a token; true when it existed and was active. Needs ADMIN. */
  revokeApiToken: Scalars['Boolean']['output'];
  /** Replaces the list of components an incident affects. Needs COMMANDER. */
  setAffectedComponents: Incident;
  /** Sets a component's hand-set status. Needs COMMANDER. */
  setComponentStatus: Component;
  /** Sets the threshold of a rate flow, for `backUnderThresholdAt`. Needs RESPONDER. */
  setFlowThreshold: Incident;
  /** Changes an incident's impact. Needs COMMANDER. */
  setIncidentImpact: Incident;
  /** Writes or replaces the post-mortem. Needs COMMANDER. */
  setPostmortem: Incident;
  /** Makes a level flow the incident's headline flow. Needs RESPONDER. */
  setPrimaryFlow: Incident;
  /** Pauses (true) or resumes (false) a subscription's deliveries. Needs ADMIN. */
  setWebhookSubscriptionPaused: WebhookSubscription;
  /**
   * Replays a past incident as a new incident marked `drill`, at `speed`× its original pace, through
   * the same writes as a real one (updates, recovery, timeline, components), so every screen and
   * subscriber sees it live. Needs COMMANDER.
   */
  startDrill: Incident;
  /** Stops a running drill (by the drill incident's id) and resolves it. Needs COMMANDER. */
  stopDrill: Incident;
  /** Changes a follow-up action. Needs COMMANDER. */
  updateActionItem: ActionItem;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationAddActionItemArgs = {
  input: AddActionItemInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationAddTimelineEventArgs = {
  input: AddTimelineEventInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationCreateComponentArgs = {
  input: CreateComponentInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationDeclareIncidentArgs = {
  input: DeclareIncidentInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationImportIncidentArgs = {
  input: ImportIncidentInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationImportStatuspageArgs = {
  input: ImportStatuspageInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationPostIncidentUpdateArgs = {
  input: PostIncidentUpdateInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationRecordRecoveryArgs = {
  input: RecordRecoveryInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationSetAffectedComponentsArgs = {
  input: SetAffectedComponentsInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationSetComponentStatusArgs = {
  input: SetComponentStatusInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationSetFlowThresholdArgs = {
  input: SetFlowThresholdInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationSetIncidentImpactArgs = {
  input: SetIncidentImpactInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationSetPostmortemArgs = {
  input: SetPostmortemInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationSetPrimaryFlowArgs = {
  input: SetPrimaryFlowInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationSetWebhookSubscriptionPausedArgs = {
  id: Scalars['ID']['input'];
  paused: Scalars['Boolean']['input'];
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationStartDrillArgs = {
  input: StartDrillInput;
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationStopDrillArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every write. Every mutation needs a bearer token whose role is high enough. */
export type MutationUpdateActionItemArgs = {
  input: UpdateActionItemInput;
};

/** Pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page, null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Posts a status update. */
export type PostIncidentUpdateInput = {
  /** What is said: 1 to 20,000 characters, not only whitespace. */
  body: Scalars['String']['input'];
  /** When it was posted; defaults to now; not before `startedAt`, at most 5 minutes ahead. */
  createdAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Retrying with the same key returns the first result and writes nothing new. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The incident to update. */
  incidentId: Scalars['ID']['input'];
  /**
   * When the next update is promised, after `createdAt` and at most 24 hours later. Left out: the
   * server's default for the incident's impact (UPDATE_CADENCE_MINUTES); null: no promise.
   * Not allowed on a resolving update.
   */
  nextUpdateBy?: InputMaybe<Scalars['DateTime']['input']>;
  /** The incident's new status. */
  status: IncidentStatus;
};

/** The root of every read. Public unless the server runs with `PUBLIC_READ=false`. */
export type Query = {
  __typename?: 'Query';
  /** Every component, by group then name. */
  components: Array<Component>;
  /**
   * A post-mortem draft in Markdown, assembled from the incident's structured data: key times and
   * the durations between them, recovery milestones, update cadence, timeline and action items.
   */
  draftPostmortem: Scalars['String']['output'];
  /** One incident by id, or null when no incident has that id. */
  incident: Maybe<Incident>;
  /**
   * The incident as it was at `at`, rebuilt from the event log: what had been recorded by then,
   * limited to what had happened by then. Null when the incident did not exist yet (or at all).
   */
  incidentAt: Maybe<IncidentSnapshot>;
  /**
   * Aggregate figures over the incidents that started in `[from, to)` and match `filter` (the
   * `incidents` filter, so a list and its figures agree); every argument is optional. Drills are
   * counted only with `filter: { drill: true }` (then only drills), never otherwise.
   */
  incidentStats: IncidentStats;
  /**
   * Incidents, newest `startedAt` first (ties broken by id, newest first), filtered and
   * paginated by opaque cursors. `first` is between 1 and 100.
   */
  incidents: IncidentConnection;
  /** The caller, as seen by the server. */
  viewer: Viewer;
  /** Every outbound webhook subscription. Needs ADMIN. */
  webhookSubscriptions: Array<WebhookSubscription>;
};


/** The root of every read. Public unless the server runs with `PUBLIC_READ=false`. */
export type QueryDraftPostmortemArgs = {
  incidentId: Scalars['ID']['input'];
};


/** The root of every read. Public unless the server runs with `PUBLIC_READ=false`. */
export type QueryIncidentArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. Public unless the server runs with `PUBLIC_READ=false`. */
export type QueryIncidentAtArgs = {
  at: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
};


/** The root of every read. Public unless the server runs with `PUBLIC_READ=false`. */
export type QueryIncidentStatsArgs = {
  filter?: InputMaybe<IncidentFilter>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** The root of every read. Public unless the server runs with `PUBLIC_READ=false`. */
export type QueryIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Records a recovery measurement. */
export type RecordRecoveryInput = {
  /** When measured; defaults to now; not before `startedAt`, at most 5 minutes ahead. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Lower-case flow name matching `^[a-z][a-z0-9_]{0,39}$`. */
  flow: Scalars['String']['input'];
  /** Retrying with the same key returns the first result and writes nothing new. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The incident. */
  incidentId: Scalars['ID']['input'];
  /** Where the figure comes from, up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Percent of nominal, a finite number from 0 to 1000. */
  value: Scalars['Float']['input'];
};

/** The first time a level flow reached each share of nominal; null until it has. */
export type RecoveryMilestones = {
  __typename?: 'RecoveryMilestones';
  /** First sample at or above 50 %. */
  reached50At: Maybe<Scalars['DateTime']['output']>;
  /** First sample at or above 90 %. */
  reached90At: Maybe<Scalars['DateTime']['output']>;
  /** First sample at or above 100 %. */
  reached100At: Maybe<Scalars['DateTime']['output']>;
};

/** One measurement of a flow. */
export type RecoverySample = {
  __typename?: 'RecoverySample';
  /** When it was measured. */
  at: Scalars['DateTime']['output'];
  /** Where the figure comes from, for example the sentence of a status update it is read from. */
  note: Maybe<Scalars['String']['output']>;
  /** Percent of the flow's nominal level: 100 is normal, 50 is half; can exceed 100 during catch-up. */
  value: Scalars['Float']['output'];
};

/** How far one business flow has recovered over an incident. */
export type RecoverySeries = {
  __typename?: 'RecoverySeries';
  /**
   * When a rate flow came back under its threshold after its last sample at or over it, and has
   * stayed under since; null without a threshold, while over it, or if it never went over.
   */
  backUnderThresholdAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * An estimate, extrapolated from `trendPerHour`, of when a climbing level flow reaches 100 %;
   * null when it is not estimable (a rate, already at nominal, not climbing, or more than a week out).
   */
  etaToFull: Maybe<Scalars['DateTime']['output']>;
  /** The flow's name, such as `sales_flow` or `checkout`. */
  flow: Scalars['String']['output'];
  /** Whether the figure is a recovery level or a rate (lower is better). */
  kind: FlowKind;
  /** The most recent sample by time, null when there is none. */
  latest: Maybe<RecoverySample>;
  /** When a level flow first reached 50, 90 and 100 %; all null for a rate. */
  milestones: RecoveryMilestones;
  /** A rate flow's highest sample (the earliest of equals); null for a level flow. */
  peak: Maybe<RecoverySample>;
  /** Every sample, oldest first. */
  samples: Array<RecoverySample>;
  /** The threshold set for a rate flow with `setFlowThreshold`; null when none is set. */
  threshold: Maybe<Scalars['Float']['output']>;
  /**
   * Change in percentage points per hour: the least-squares slope over the last hour of samples
   * (at least the latest three); null with fewer than two samples at distinct times.
   */
  trendPerHour: Maybe<Scalars['Float']['output']>;
};

/** What a token may do. Each role includes every right of the ones before it. */
export const Role = {
  /** Manage API tokens. */
  Admin: 'ADMIN',
  /** Declare, change impact, resolve or reopen, components, action items, post-mortems. */
  Commander: 'COMMANDER',
  /** Post updates, record recovery, add timeline events. */
  Responder: 'RESPONDER',
  /** Read incidents, components and live events. */
  Viewer: 'VIEWER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** Replaces the components an incident affects. */
export type SetAffectedComponentsInput = {
  /** The full new list (at most 100, each component once); an empty list clears it. */
  components: Array<AffectedComponentInput>;
  /** Retrying with the same key returns the first result and writes nothing new. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The incident. */
  incidentId: Scalars['ID']['input'];
};

/** Sets the status of a component by hand. */
export type SetComponentStatusInput = {
  /** The component. */
  componentId: Scalars['ID']['input'];
  /** Its new hand-set status (its shown status stays at least as bad as its open incidents say). */
  status: ComponentStatus;
};

/** Sets or clears the threshold a rate flow must come back under. */
export type SetFlowThresholdInput = {
  /** A rate flow's name, e.g. `order_cancellations`. */
  flow: Scalars['String']['input'];
  /** The incident. */
  incidentId: Scalars['ID']['input'];
  /** Percent, from 0 to 1000; null clears the threshold. */
  threshold?: InputMaybe<Scalars['Float']['input']>;
};

/** Changes an incident's impact. */
export type SetIncidentImpactInput = {
  /** The new impact. */
  impact: Impact;
  /** The incident. */
  incidentId: Scalars['ID']['input'];
};

/** Writes the post-mortem. */
export type SetPostmortemInput = {
  /** The incident. */
  incidentId: Scalars['ID']['input'];
  /** Markdown, at most 100,000 characters; an empty string clears it. */
  markdown: Scalars['String']['input'];
};

/** Chooses an incident's headline flow. */
export type SetPrimaryFlowInput = {
  /** A level flow's name (not a rate), lower-case letters, digits and _, e.g. `sales_flow`. */
  flow: Scalars['String']['input'];
  /** The incident. */
  incidentId: Scalars['ID']['input'];
};

/** Starts a drill. */
export type StartDrillInput = {
  /** The past incident to replay. */
  incidentId: Scalars['ID']['input'];
  /** How many times faster than it happened, from 1 to 3600 (600: an 8-hour outage in 48 s). */
  speed: Scalars['Float']['input'];
};

/** What an import created and changed. */
export type StatuspageImportResult = {
  __typename?: 'StatuspageImportResult';
  /** Components created by name (with their group). */
  componentsCreated: Scalars['Int']['output'];
  /** Existing components the import adopted or changed (upstream id, group). */
  componentsUpdated: Scalars['Int']['output'];
  /** One line per item that was not imported: its JSON path and why. */
  errors: Array<Scalars['String']['output']>;
  /** Incidents the import created. */
  incidentsCreated: Scalars['Int']['output'];
  /** Incidents the import left unchanged because nothing upstream changed. */
  incidentsUnchanged: Scalars['Int']['output'];
  /** Incidents an earlier import created that this one changed (new updates, status, impact…). */
  incidentsUpdated: Scalars['Int']['output'];
  /** Status updates added, to new and to existing incidents. */
  updatesCreated: Scalars['Int']['output'];
};

/** Live streams, over the graphql-ws WebSocket protocol at `/graphql`. */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every change, in commit order, optionally for one incident. With `after`, the events after
   * that cursor are replayed first, then live ones follow, with no gap and no duplicate.
   * An unknown or expired cursor is an error.
   */
  events: LiveEvent;
};


/** Live streams, over the graphql-ws WebSocket protocol at `/graphql`. */
export type SubscriptionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  incidentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Something that happened during an incident, as told in the post-mortem. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What happened. */
  text: Scalars['String']['output'];
};

/** Changes an action item; fields left out stay as they are, null clears owner or dueAt. */
export type UpdateActionItemInput = {
  /** When it is due. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The action item. */
  id: Scalars['ID']['input'];
  /** Up to 100 characters. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Its new state. */
  status?: InputMaybe<ActionItemStatus>;
  /** 1 to 500 characters, not only whitespace. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Who is calling. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The name of the bearer token; null for an anonymous caller. */
  name: Maybe<Scalars['String']['output']>;
  /** The role of the bearer token; null for an anonymous caller. */
  role: Maybe<Role>;
};

/** One event sent (or to be sent) to one subscription. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Requests made so far. */
  attempts: Scalars['Int']['output'];
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver accepted it. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The event's cursor (its `X-WarRoom-Event-Id` header), for de-duplication. */
  eventId: Scalars['String']['output'];
  /** The event's type. */
  eventType: LiveEventType;
  /** The delivery's id (also sent as the `X-WarRoom-Delivery` header). */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed, if it did. */
  lastError: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due (pending deliveries). */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** The HTTP status of the last answer, if there was one. */
  responseCode: Maybe<Scalars['Int']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
  /** The subscription it belongs to. */
  subscriptionId: Scalars['ID']['output'];
};

/** Where one delivery stands. */
export const WebhookDeliveryStatus = {
  /** The receiver answered 2xx. */
  Delivered: 'DELIVERED',
  /** Retries ran out (24 hours by default); an ADMIN may redeliver it. */
  Failed: 'FAILED',
  /** Waiting to be sent, or to be retried after a failure. */
  Pending: 'PENDING'
} as const;

export type WebhookDeliveryStatus = typeof WebhookDeliveryStatus[keyof typeof WebhookDeliveryStatus];
/** The body a webhook subscription receives. */
export const WebhookFormat = {
  /** A Slack incoming-webhook message (`text` and `blocks`). */
  Slack: 'SLACK',
  /** Statuspage's subscriber-webhook shape (`meta`, `page`, `incident` or `component_update`). */
  Statuspage: 'STATUSPAGE',
  /** War Room's own JSON: the event with its incident, update and component. */
  WarRoom: 'WAR_ROOM'
} as const;

export type WebhookFormat = typeof WebhookFormat[keyof typeof WebhookFormat];
/** An outbound webhook: events of the chosen types are POSTed, signed, to its URL. */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** Only events about this component (or incidents affecting it), when set. */
  componentId: Maybe<Scalars['ID']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Its most recent deliveries, newest first. */
  deliveries: Array<WebhookDelivery>;
  /** Event types delivered; empty means every type. */
  eventTypes: Array<LiveEventType>;
  /** The body's shape. */
  format: WebhookFormat;
  /** The subscription's id. */
  id: Scalars['ID']['output'];
  /** Only events of this incident, when set. */
  incidentId: Maybe<Scalars['ID']['output']>;
  /** A paused subscription keeps queueing deliveries but sends none until resumed. */
  paused: Scalars['Boolean']['output'];
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};


/** An outbound webhook: events of the chosen types are POSTed, signed, to its URL. */
export type WebhookSubscriptionDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionItem: ResolverTypeWrapper<ActionItemDoc>;
  ActionItemStatus: ActionItemStatus;
  AddActionItemInput: AddActionItemInput;
  AddTimelineEventInput: AddTimelineEventInput;
  AffectedComponent: ResolverTypeWrapper<AffectedComponentRef>;
  AffectedComponentInput: AffectedComponentInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CadenceStats: ResolverTypeWrapper<CadenceStats>;
  Component: ResolverTypeWrapper<ComponentDoc>;
  ComponentStatus: ComponentStatus;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateComponentInput: CreateComponentInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreatedApiToken: ResolverTypeWrapper<CreatedToken>;
  CreatedWebhookSubscription: ResolverTypeWrapper<CreatedSubscription>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclareIncidentInput: DeclareIncidentInput;
  Drill: ResolverTypeWrapper<ScenarioClock>;
  DrillState: DrillState;
  DurationBucket: ResolverTypeWrapper<DurationBucket>;
  DurationStats: ResolverTypeWrapper<DurationSummary>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FlowKind: FlowKind;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Impact: Impact;
  ImpactCount: ResolverTypeWrapper<ImpactCount>;
  ImportActionItemInput: ImportActionItemInput;
  ImportIncidentInput: ImportIncidentInput;
  ImportRecoveryInput: ImportRecoveryInput;
  ImportStatuspageInput: ImportStatuspageInput;
  ImportTimelineInput: ImportTimelineInput;
  ImportUpdateInput: ImportUpdateInput;
  Incident: ResolverTypeWrapper<IncidentDoc>;
  IncidentConnection: ResolverTypeWrapper<IncidentPage>;
  IncidentEdge: ResolverTypeWrapper<IncidentEdgeView>;
  IncidentFilter: IncidentFilter;
  IncidentSnapshot: ResolverTypeWrapper<SnapshotView>;
  IncidentStats: ResolverTypeWrapper<IncidentStatsView>;
  IncidentStatus: IncidentStatus;
  IncidentUpdate: ResolverTypeWrapper<UpdateDoc>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LiveEvent: ResolverTypeWrapper<EventView>;
  LiveEventType: LiveEventType;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PostIncidentUpdateInput: PostIncidentUpdateInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordRecoveryInput: RecordRecoveryInput;
  RecoveryMilestones: ResolverTypeWrapper<RecoveryMilestones>;
  RecoverySample: ResolverTypeWrapper<SampleDoc>;
  RecoverySeries: ResolverTypeWrapper<RecoverySeriesView>;
  Role: Role;
  SetAffectedComponentsInput: SetAffectedComponentsInput;
  SetComponentStatusInput: SetComponentStatusInput;
  SetFlowThresholdInput: SetFlowThresholdInput;
  SetIncidentImpactInput: SetIncidentImpactInput;
  SetPostmortemInput: SetPostmortemInput;
  SetPrimaryFlowInput: SetPrimaryFlowInput;
  StartDrillInput: StartDrillInput;
  StatuspageImportResult: ResolverTypeWrapper<StatuspageImportResult>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimelineEvent: ResolverTypeWrapper<TimelineDoc>;
  UpdateActionItemInput: UpdateActionItemInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryDoc>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookFormat: WebhookFormat;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionDoc>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionItem: ActionItemDoc;
  AddActionItemInput: AddActionItemInput;
  AddTimelineEventInput: AddTimelineEventInput;
  AffectedComponent: AffectedComponentRef;
  AffectedComponentInput: AffectedComponentInput;
  Boolean: Scalars['Boolean']['output'];
  CadenceStats: CadenceStats;
  Component: ComponentDoc;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateComponentInput: CreateComponentInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreatedApiToken: CreatedToken;
  CreatedWebhookSubscription: CreatedSubscription;
  DateTime: Scalars['DateTime']['output'];
  DeclareIncidentInput: DeclareIncidentInput;
  Drill: ScenarioClock;
  DurationBucket: DurationBucket;
  DurationStats: DurationSummary;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ImpactCount: ImpactCount;
  ImportActionItemInput: ImportActionItemInput;
  ImportIncidentInput: ImportIncidentInput;
  ImportRecoveryInput: ImportRecoveryInput;
  ImportStatuspageInput: ImportStatuspageInput;
  ImportTimelineInput: ImportTimelineInput;
  ImportUpdateInput: ImportUpdateInput;
  Incident: IncidentDoc;
  IncidentConnection: IncidentPage;
  IncidentEdge: IncidentEdgeView;
  IncidentFilter: IncidentFilter;
  IncidentSnapshot: SnapshotView;
  IncidentStats: IncidentStatsView;
  IncidentUpdate: UpdateDoc;
  Int: Scalars['Int']['output'];
  LiveEvent: EventView;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PostIncidentUpdateInput: PostIncidentUpdateInput;
  Query: Record<PropertyKey, never>;
  RecordRecoveryInput: RecordRecoveryInput;
  RecoveryMilestones: RecoveryMilestones;
  RecoverySample: SampleDoc;
  RecoverySeries: RecoverySeriesView;
  SetAffectedComponentsInput: SetAffectedComponentsInput;
  SetComponentStatusInput: SetComponentStatusInput;
  SetFlowThresholdInput: SetFlowThresholdInput;
  SetIncidentImpactInput: SetIncidentImpactInput;
  SetPostmortemInput: SetPostmortemInput;
  SetPrimaryFlowInput: SetPrimaryFlowInput;
  StartDrillInput: StartDrillInput;
  StatuspageImportResult: StatuspageImportResult;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TimelineEvent: TimelineDoc;
  UpdateActionItemInput: UpdateActionItemInput;
  Viewer: ViewerModel;
  WebhookDelivery: WebhookDeliveryDoc;
  WebhookSubscription: WebhookSubscriptionDoc;
};

export type ActionItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionItem'] = ResolversParentTypes['ActionItem']> = {
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionItemStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AffectedComponentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AffectedComponent'] = ResolversParentTypes['AffectedComponent']> = {
  component?: Resolver<ResolversTypes['Component'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComponentStatus'], ParentType, ContextType>;
};

export type CadenceStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CadenceStats'] = ResolversParentTypes['CadenceStats']> = {
  adherence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kept?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  worstLatenessSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ComponentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Component'] = ResolversParentTypes['Component']> = {
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manualStatus?: Resolver<ResolversTypes['ComponentStatus'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComponentStatus'], ParentType, ContextType>;
};

export type CreatedApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedApiToken'] = ResolversParentTypes['CreatedApiToken']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreatedWebhookSubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedWebhookSubscription'] = ResolversParentTypes['CreatedWebhookSubscription']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DrillResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Drill'] = ResolversParentTypes['Drill']> = {
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scenarioAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  scenarioDurationSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scenarioElapsedSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceStartedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  speed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DrillState'], ParentType, ContextType>;
};

export type DurationBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DurationBucket'] = ResolversParentTypes['DurationBucket']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  toSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DurationStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DurationStats'] = ResolversParentTypes['DurationStats']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  histogram?: Resolver<Array<ResolversTypes['DurationBucket']>, ParentType, ContextType, RequireFields<DurationStatsHistogramArgs, 'buckets'>>;
  meanSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ImpactCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactCount'] = ResolversParentTypes['ImpactCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['Impact'], ParentType, ContextType>;
};

export type IncidentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = {
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['AffectedComponent']>, ParentType, ContextType>;
  drill?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  drillOf?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  drillRun?: Resolver<Maybe<ResolversTypes['Drill']>, ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['Impact'], ParentType, ContextType>;
  nextUpdateBy?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  postmortem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primaryFlow?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recovery?: Resolver<Array<ResolversTypes['RecoverySeries']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  similarIncidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<IncidentSimilarIncidentsArgs, 'first'>>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updates?: Resolver<Array<ResolversTypes['IncidentUpdate']>, ParentType, ContextType>;
};

export type IncidentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncidentConnection'] = ResolversParentTypes['IncidentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IncidentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IncidentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncidentEdge'] = ResolversParentTypes['IncidentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Incident'], ParentType, ContextType>;
};

export type IncidentSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncidentSnapshot'] = ResolversParentTypes['IncidentSnapshot']> = {
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['AffectedComponent']>, ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['Impact'], ParentType, ContextType>;
  recovery?: Resolver<Array<ResolversTypes['RecoverySeries']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  updates?: Resolver<Array<ResolversTypes['IncidentUpdate']>, ParentType, ContextType>;
};

export type IncidentStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncidentStats'] = ResolversParentTypes['IncidentStats']> = {
  byImpact?: Resolver<Array<ResolversTypes['ImpactCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  cadence?: Resolver<ResolversTypes['CadenceStats'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeToIdentify?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  timeToMitigate?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  timeToRecover50?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  timeToRecover90?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  timeToRecover100?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  timeToResolve?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
};

export type IncidentUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncidentUpdate'] = ResolversParentTypes['IncidentUpdate']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextUpdateBy?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
};

export type LiveEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveEvent'] = ResolversParentTypes['LiveEvent']> = {
  actionItem?: Resolver<Maybe<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  component?: Resolver<Maybe<ResolversTypes['Component']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flow?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  incidentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sample?: Resolver<Maybe<ResolversTypes['RecoverySample']>, ParentType, ContextType>;
  timelineEvent?: Resolver<Maybe<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LiveEventType'], ParentType, ContextType>;
  update?: Resolver<Maybe<ResolversTypes['IncidentUpdate']>, ParentType, ContextType>;
  webhookDelivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
};

export type MonthCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationAddActionItemArgs, 'input'>>;
  addTimelineEvent?: Resolver<ResolversTypes['TimelineEvent'], ParentType, ContextType, RequireFields<MutationAddTimelineEventArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreatedApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createComponent?: Resolver<ResolversTypes['Component'], ParentType, ContextType, RequireFields<MutationCreateComponentArgs, 'input'>>;
  createWebhookSubscription?: Resolver<ResolversTypes['CreatedWebhookSubscription'], ParentType, ContextType, RequireFields<MutationCreateWebhookSubscriptionArgs, 'input'>>;
  declareIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationDeclareIncidentArgs, 'input'>>;
  deleteWebhookSubscription?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWebhookSubscriptionArgs, 'id'>>;
  importIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationImportIncidentArgs, 'input'>>;
  importStatuspage?: Resolver<ResolversTypes['StatuspageImportResult'], ParentType, ContextType, RequireFields<MutationImportStatuspageArgs, 'input'>>;
  postIncidentUpdate?: Resolver<ResolversTypes['IncidentUpdate'], ParentType, ContextType, RequireFields<MutationPostIncidentUpdateArgs, 'input'>>;
  recordRecovery?: Resolver<ResolversTypes['RecoverySample'], ParentType, ContextType, RequireFields<MutationRecordRecoveryArgs, 'input'>>;
  redeliverWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'deliveryId'>>;
  revokeApiToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  setAffectedComponents?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationSetAffectedComponentsArgs, 'input'>>;
  setComponentStatus?: Resolver<ResolversTypes['Component'], ParentType, ContextType, RequireFields<MutationSetComponentStatusArgs, 'input'>>;
  setFlowThreshold?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationSetFlowThresholdArgs, 'input'>>;
  setIncidentImpact?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationSetIncidentImpactArgs, 'input'>>;
  setPostmortem?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationSetPostmortemArgs, 'input'>>;
  setPrimaryFlow?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationSetPrimaryFlowArgs, 'input'>>;
  setWebhookSubscriptionPaused?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationSetWebhookSubscriptionPausedArgs, 'id' | 'paused'>>;
  startDrill?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationStartDrillArgs, 'input'>>;
  stopDrill?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationStopDrillArgs, 'id'>>;
  updateActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationUpdateActionItemArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  components?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  draftPostmortem?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryDraftPostmortemArgs, 'incidentId'>>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentArgs, 'id'>>;
  incidentAt?: Resolver<Maybe<ResolversTypes['IncidentSnapshot']>, ParentType, ContextType, RequireFields<QueryIncidentAtArgs, 'at' | 'id'>>;
  incidentStats?: Resolver<ResolversTypes['IncidentStats'], ParentType, ContextType, Partial<QueryIncidentStatsArgs>>;
  incidents?: Resolver<ResolversTypes['IncidentConnection'], ParentType, ContextType, RequireFields<QueryIncidentsArgs, 'first'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  webhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
};

export type RecoveryMilestonesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecoveryMilestones'] = ResolversParentTypes['RecoveryMilestones']> = {
  reached50At?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reached90At?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reached100At?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type RecoverySampleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecoverySample'] = ResolversParentTypes['RecoverySample']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RecoverySeriesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecoverySeries'] = ResolversParentTypes['RecoverySeries']> = {
  backUnderThresholdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  etaToFull?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  flow?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FlowKind'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['RecoverySample']>, ParentType, ContextType>;
  milestones?: Resolver<ResolversTypes['RecoveryMilestones'], ParentType, ContextType>;
  peak?: Resolver<Maybe<ResolversTypes['RecoverySample']>, ParentType, ContextType>;
  samples?: Resolver<Array<ResolversTypes['RecoverySample']>, ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  trendPerHour?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type StatuspageImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatuspageImportResult'] = ResolversParentTypes['StatuspageImportResult']> = {
  componentsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  componentsUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  incidentsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incidentsUnchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incidentsUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  events?: SubscriptionResolver<ResolversTypes['LiveEvent'], "events", ParentType, ContextType, Partial<SubscriptionEventsArgs>>;
};

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['LiveEventType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  responseCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  subscriptionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WebhookSubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = {
  componentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<WebhookSubscriptionDeliveriesArgs, 'first'>>;
  eventTypes?: Resolver<Array<ResolversTypes['LiveEventType']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['WebhookFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ActionItem?: ActionItemResolvers<ContextType>;
  AffectedComponent?: AffectedComponentResolvers<ContextType>;
  CadenceStats?: CadenceStatsResolvers<ContextType>;
  Component?: ComponentResolvers<ContextType>;
  CreatedApiToken?: CreatedApiTokenResolvers<ContextType>;
  CreatedWebhookSubscription?: CreatedWebhookSubscriptionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Drill?: DrillResolvers<ContextType>;
  DurationBucket?: DurationBucketResolvers<ContextType>;
  DurationStats?: DurationStatsResolvers<ContextType>;
  ImpactCount?: ImpactCountResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  IncidentConnection?: IncidentConnectionResolvers<ContextType>;
  IncidentEdge?: IncidentEdgeResolvers<ContextType>;
  IncidentSnapshot?: IncidentSnapshotResolvers<ContextType>;
  IncidentStats?: IncidentStatsResolvers<ContextType>;
  IncidentUpdate?: IncidentUpdateResolvers<ContextType>;
  LiveEvent?: LiveEventResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecoveryMilestones?: RecoveryMilestonesResolvers<ContextType>;
  RecoverySample?: RecoverySampleResolvers<ContextType>;
  RecoverySeries?: RecoverySeriesResolvers<ContextType>;
  StatuspageImportResult?: StatuspageImportResultResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
};

