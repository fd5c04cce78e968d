import mongoose, { Schema, type Types } from 'mongoose';
import type { LiveEventType } from '../__generated__/resolvers-types.js';

export const liveEventTypes: readonly LiveEventType[] = [
  'INCIDENT_DECLARED',
  'UPDATE_POSTED',
  'RECOVERY_RECORDED',
  'TIMELINE_EVENT_ADDED',
  'INCIDENT_CHANGED',
  'COMPONENT_STATUS_CHANGED',
  'ACTION_ITEM_CHANGED',
  'POSTMORTEM_CHANGED',
];

/** The models a write op may touch; the event log replays ops by model name after a crash. */
export type WriteModel =
  'Incident' | 'IncidentUpdate' | 'RecoverySample' | 'TimelineEvent' | 'ActionItem' | 'Component';

/**
 * One idempotent write: `insert` creates the document with that `_id` if it is missing
 * (`$setOnInsert` + upsert); `set` assigns fields (`$set`); `addToSet` adds to arrays. Replaying
 * any of them changes nothing the second time, which is what makes crash repair safe.
 */
export interface WriteOp {
  model: WriteModel;
  id: Types.ObjectId;
  insert?: Record<string, unknown>;
  set?: Record<string, unknown>;
  /** Values added to array fields (`$addToSet` with `$each`): replaying adds nothing twice. */
  addToSet?: Record<string, unknown[]>;
}

/** What the event is about, beyond its incident. */
export interface EventRefs {
  updateId?: Types.ObjectId;
  sampleId?: Types.ObjectId;
  timelineEventId?: Types.ObjectId;
  componentId?: Types.ObjectId;
  actionItemId?: Types.ObjectId;
  flow?: string;
}

/**
 * An entry of the event log. It is written before the domain change it describes (with
 * `committed: false`), so it doubles as a redo record: a crash between the two writes is
 * repaired on start by replaying `ops`. Readers only ever see committed events.
 */
export interface EventDoc {
  _id: Types.ObjectId;
  seq: number;
  type: LiveEventType;
  at: Date;
  incidentId: Types.ObjectId | null;
  committed: boolean;
  idempotencyKey?: string;
  resultId: Types.ObjectId | null;
  ops: WriteOp[];
  refs: EventRefs;
}

/** A committed event as subscription resolvers see it. */
export type EventView = Pick<EventDoc, 'seq' | 'type' | 'at' | 'incidentId' | 'refs'>;

const eventSchema = new Schema<EventDoc>(
  {
    seq: { type: Number, required: true },
    type: { type: String, enum: liveEventTypes, required: true },
    at: { type: Date, required: true },
    incidentId: { type: Schema.Types.ObjectId, default: null },
    committed: { type: Boolean, required: true },
    idempotencyKey: { type: String },
    resultId: { type: Schema.Types.ObjectId, default: null },
    ops: { type: [Schema.Types.Mixed], default: [] },
    refs: { type: Schema.Types.Mixed, default: {} },
  },
  { collection: 'events', versionKey: false, minimize: false },
);

eventSchema.index({ seq: 1 }, { unique: true });
eventSchema.index({ incidentId: 1, seq: 1 });
eventSchema.index({ committed: 1, seq: 1 });
// Sparse: events without a key do not store the field at all, so they never collide.
eventSchema.index({ idempotencyKey: 1 }, { unique: true, sparse: true });

export const EventModel = mongoose.model<EventDoc>('Event', eventSchema);

interface CounterDoc {
  _id: string;
  seq: number;
}

export const CounterModel = mongoose.model<CounterDoc>(
  'Counter',
  new Schema<CounterDoc>(
    { _id: String, seq: Number },
    { collection: 'counters', versionKey: false },
  ),
);
