import mongoose, { Schema, type Types } from 'mongoose';
import { ComponentStatus, Impact, IncidentStatus } from '../__generated__/resolvers-types.js';
import { createWriter } from '../events/writer.js';

/** Headline length, as a status page shows it. */
export const maxTitle = 200;
/** A post-mortem is a document, not a message. */
export const maxPostmortem = 100_000;

/** The threshold a rate flow must come back under. */
export interface FlowThreshold {
  flow: string;
  value: number;
}

/** An incident as stored; updates, samples, timeline and action items live in their own collections. */
export interface IncidentDoc {
  _id: Types.ObjectId;
  title: string;
  status: IncidentStatus;
  impact: Impact;
  startedAt: Date;
  resolvedAt: Date | null;
  /** First IDENTIFIED / MONITORING update, kept for the statistics (never cleared). */
  identifiedAt: Date | null;
  mitigatedAt: Date | null;
  components: { componentId: Types.ObjectId; status: ComponentStatus }[];
  postmortem: string | null;
  /** The headline flow set by a responder; absent or null: the first level flow recorded. */
  primaryFlow?: string | null;
  /** Thresholds of rate flows, for "back under threshold" (set per flow by a responder). */
  flowThresholds?: FlowThreshold[];
  /**
   * The recovery milestones of every flow, kept by each sample write with `$min` (see
   * recovery/milestone.marks.ts): `<flow>:<50|90|100>` → the earliest sample at or above it.
   */
  milestoneMarks?: { [flowLevel: string]: Date };
  /** The earliest level sample as a sort key (`<time>:<sample id>:<flow>`), for the default primary flow. */
  firstLevelSample?: string;
  /**
   * Set when the marks above cover every sample of the incident (at creation, or by the
   * backfill of incidents stored before the marks existed); absent: read the samples instead.
   */
  milestonesVersion?: number;
  /** A rehearsal replaying `drillOf` (absent on incidents stored before drills existed). */
  drill?: boolean;
  drillOf?: Types.ObjectId | null;
  /** Words and word prefixes of the title and update bodies, for the `text` filter (see search.ts). */
  terms: string[];
  createdAt: Date;
  updatedAt: Date;
  /** Where an import found it (a Statuspage page and incident id): a re-import updates it. */
  source?: IncidentSource;
}

/** The upstream identity of an imported incident. */
export interface IncidentSource {
  pageId: string | null;
  incidentId: string;
}

const incidentSchema = new Schema<IncidentDoc>(
  {
    title: { type: String, required: true, maxlength: maxTitle },
    status: { type: String, enum: Object.values(IncidentStatus), required: true },
    impact: { type: String, enum: Object.values(Impact), required: true },
    startedAt: { type: Date, required: true },
    resolvedAt: { type: Date, default: null },
    identifiedAt: { type: Date, default: null },
    mitigatedAt: { type: Date, default: null },
    components: [
      {
        _id: false,
        componentId: { type: Schema.Types.ObjectId, required: true },
        status: { type: String, enum: Object.values(ComponentStatus), required: true },
      },
    ],
    postmortem: { type: String, default: null, maxlength: maxPostmortem },
    primaryFlow: { type: String, default: null },
    flowThresholds: [
      {
        _id: false,
        flow: { type: String, required: true },
        value: { type: Number, required: true, min: 0, max: 1000 },
      },
    ],
    milestoneMarks: { type: Schema.Types.Mixed, default: undefined },
    firstLevelSample: { type: String, default: undefined },
    milestonesVersion: { type: Number, default: undefined },
    drill: { type: Boolean, default: false },
    drillOf: { type: Schema.Types.ObjectId, default: null },
    terms: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    source: {
      type: new Schema<IncidentSource>(
        { pageId: { type: String, default: null }, incidentId: { type: String, required: true } },
        { _id: false },
      ),
      default: undefined,
    },
  },
  { collection: 'incidents', versionKey: false },
);

// The list is ordered newest first with _id as tie-breaker; filters narrow that order.
incidentSchema.index({ startedAt: -1, _id: -1 });
incidentSchema.index({ status: 1, startedAt: -1, _id: -1 });
incidentSchema.index({ impact: 1, startedAt: -1, _id: -1 });
incidentSchema.index({ 'components.componentId': 1, startedAt: -1 });
incidentSchema.index({ terms: 1 });
incidentSchema.index({ drill: 1, startedAt: -1 });
incidentSchema.index({ 'source.incidentId': 1 }, { sparse: true });
// One incident per upstream incident: two imports of the same page racing cannot both create it.
// Partial, so incidents declared here (no `source`) are not indexed at all.
incidentSchema.index(
  { 'source.pageId': 1, 'source.incidentId': 1 },
  {
    unique: true,
    partialFilterExpression: { 'source.incidentId': { $exists: true } },
    name: 'source_unique',
  },
);

/** The `milestonesVersion` of an incident whose marks cover all its samples (see `IncidentDoc`). */
export const currentMilestonesVersion = 1;

export const IncidentModel = mongoose.model<IncidentDoc>('Incident', incidentSchema);

/** The typed, validated write path to `incidents` (registered with the event log). */
export const incidentWrites = createWriter(IncidentModel);
