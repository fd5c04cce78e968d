import mongoose, { Schema, type Types } from 'mongoose';
import { ComponentStatus, IncidentStatus } from '../__generated__/resolvers-types.js';
import { createWriter } from '../events/writer.js';

/** What one step of a drill posts, through the same mutation a person would use. */
export type DrillStepKind = 'COMPONENTS' | 'UPDATE' | 'SAMPLE' | 'TIMELINE';

/** One write of the replayed incident, at its original offset from the incident's start. */
export interface DrillStep {
  offsetMs: number;
  kind: DrillStepKind;
  status: IncidentStatus | null;
  body: string | null;
  flow: string | null;
  value: number | null;
  note: string | null;
  text: string | null;
  components: { componentId: Types.ObjectId; status: ComponentStatus }[];
  /**
   * For an update: how long after it the source promised the next one (its `nextUpdateBy` minus
   * its time), in source milliseconds; null when it promised nothing (imports of the past).
   */
  promiseMs?: number | null;
}

export type DrillState = 'RUNNING' | 'STOPPED' | 'FINISHED';

/**
 * A drill: the plan (steps copied from the source when it started, so later edits of the source
 * do not change a running rehearsal), where it is (`next`), and who drives it (`lease`). The plan
 * and its state changes go through the event log; `next` and `lease` are the runner's own
 * bookkeeping, written with guarded updates (each step it posts is itself an idempotent event).
 */
export interface DrillDoc {
  _id: Types.ObjectId;
  /** The drill incident. */
  incidentId: Types.ObjectId;
  sourceId: Types.ObjectId;
  speed: number;
  /** When the drill began, by the server's clock: step i is due at startedAt + offset / speed. */
  startedAt: Date;
  steps: DrillStep[];
  next: number;
  state: DrillState;
  /** When it finished or was stopped, by the server's clock (null while running). */
  endedAt?: Date | null;
  /** The source's start: scenario time zero. Null on drills stored before it was kept. */
  sourceStartedAt?: Date | null;
  /** How long the replayed incident lasted (to its resolution or its last step), in ms. */
  scenarioMs?: number | null;
  lease: { owner: string | null; expiresAt: Date | null };
  /**
   * Who is writing to the drill's incident right now: the runner posting one step (or its end),
   * a stop, or the close of an ended drill. One holder at a time, so a stop never lands in the
   * middle of a step and a stopped drill never gets another one. Held for at most `leaseMs`.
   */
  lock?: { holder: string | null; expiresAt: Date | null };
  /** Who stopped it (the resolve a restart posts for a stop that crashed names them). */
  stoppedBy?: string | null;
  /**
   * When the drill's incident was seen resolved after it stopped or finished: null until then,
   * so a crash between the end and the resolve is finished by the runner after a restart.
   */
  closedAt?: Date | null;
  createdAt: Date;
}

const stepSchema = new Schema<DrillStep>(
  {
    offsetMs: { type: Number, required: true, min: 0 },
    kind: { type: String, enum: ['COMPONENTS', 'UPDATE', 'SAMPLE', 'TIMELINE'], required: true },
    status: { type: String, enum: [...Object.values(IncidentStatus), null], default: null },
    body: { type: String, default: null },
    flow: { type: String, default: null },
    value: { type: Number, default: null },
    note: { type: String, default: null },
    text: { type: String, default: null },
    components: [
      {
        _id: false,
        componentId: { type: Schema.Types.ObjectId, required: true },
        status: { type: String, enum: Object.values(ComponentStatus), required: true },
      },
    ],
    promiseMs: { type: Number, default: null, min: 0 },
  },
  { _id: false },
);

const drillSchema = new Schema<DrillDoc>(
  {
    incidentId: { type: Schema.Types.ObjectId, required: true },
    sourceId: { type: Schema.Types.ObjectId, required: true },
    speed: { type: Number, required: true, min: 1, max: 3600 },
    startedAt: { type: Date, required: true },
    steps: { type: [stepSchema], default: [] },
    next: { type: Number, required: true, min: 0 },
    state: { type: String, enum: ['RUNNING', 'STOPPED', 'FINISHED'], required: true },
    endedAt: { type: Date, default: null },
    sourceStartedAt: { type: Date, default: null },
    scenarioMs: { type: Number, default: null, min: 0 },
    lease: {
      owner: { type: String, default: null },
      expiresAt: { type: Date, default: null },
    },
    lock: {
      holder: { type: String, default: null },
      expiresAt: { type: Date, default: null },
    },
    stoppedBy: { type: String, default: null, maxlength: 200 },
    closedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'drills', versionKey: false },
);

drillSchema.index({ incidentId: 1 }, { unique: true });
drillSchema.index({ state: 1 });

export const DrillModel = mongoose.model<DrillDoc>('Drill', drillSchema);

/** The typed, validated write path to `drills` (registered with the event log). */
export const drillWrites = createWriter(DrillModel);
