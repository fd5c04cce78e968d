import mongoose, { Schema, type Types } from 'mongoose';
import { LiveEventType } from '../__generated__/resolvers-types.js';

/**
 * One write as the log stores it and replays it after a crash: the mongoose model's name, the
 * document's id, and one of `insert` (create with that `_id` if missing: `$setOnInsert` +
 * upsert), `set` (`$set`), `addToSet` (`$addToSet` with `$each`), `min` (`$min`: keep the
 * smaller of the stored and the given value, per dotted path) or `remove` (delete it; only
 * merging duplicates does, after moving everything that pointed at it). Replaying any of them changes
 * nothing the second time, which is what makes crash repair safe. The log knows no document type,
 * so the fields are opaque here; domains never build one by hand but through a typed
 * writer (see writer.ts), which validates it against the model's schema.
 */
export interface StoredOp {
  model: string;
  id: Types.ObjectId;
  insert?: StoredFields;
  set?: StoredFields;
  addToSet?: { readonly [field: string]: readonly unknown[] };
  /** Deletes the document; holds it as it was, so the log still has every field it had. */
  remove?: StoredFields;
  /** Dotted paths (`field` or `field.key`) to the value each must be at most. */
  min?: StoredFields;
}

/** Field values of one document of some model, as they travel through the log. */
export interface StoredFields {
  readonly [field: string]: unknown;
}

/** What the event is about, beyond its incident. */
export interface EventRefs {
  updateId?: Types.ObjectId;
  sampleId?: Types.ObjectId;
  timelineEventId?: Types.ObjectId;
  componentId?: Types.ObjectId;
  actionItemId?: Types.ObjectId;
  flow?: string;
  /** A webhook delivery the event is about (WEBHOOK_DELIVERY_FAILED). */
  deliveryId?: Types.ObjectId;
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
  /** What the mutation returned (a retry with the same idempotency key returns it again). */
  resultId: Types.ObjectId;
  ops: StoredOp[];
  refs: EventRefs;
}

/** A committed event as subscription resolvers see it. */
export type EventView = Pick<EventDoc, 'seq' | 'type' | 'at' | 'incidentId' | 'refs'>;

const eventSchema = new Schema<EventDoc>(
  {
    seq: { type: Number, required: true },
    type: { type: String, enum: Object.values(LiveEventType), required: true },
    at: { type: Date, required: true },
    incidentId: { type: Schema.Types.ObjectId, default: null },
    committed: { type: Boolean, required: true },
    idempotencyKey: { type: String },
    resultId: { type: Schema.Types.ObjectId, required: true },
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
