import mongoose, { Schema, type Types } from 'mongoose';
import { ActionItemStatus } from '../__generated__/resolvers-types.js';
import { createWriter } from '../events/writer.js';

/** Action items are often a whole sentence or two from a post-mortem. */
export const maxTitle = 500;
export const maxOwner = 100;

/** A follow-up action as stored. */
export interface ActionItemDoc {
  _id: Types.ObjectId;
  incidentId: Types.ObjectId;
  title: string;
  owner: string | null;
  status: ActionItemStatus;
  dueAt: Date | null;
  createdAt: Date;
}

const actionItemSchema = new Schema<ActionItemDoc>(
  {
    incidentId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true, maxlength: maxTitle },
    owner: { type: String, default: null, maxlength: maxOwner },
    status: { type: String, enum: Object.values(ActionItemStatus), required: true },
    dueAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'action_items', versionKey: false },
);

actionItemSchema.index({ incidentId: 1, createdAt: 1, _id: 1 });

export const ActionItemModel = mongoose.model<ActionItemDoc>('ActionItem', actionItemSchema);

/** The typed, validated write path to `action_items`. */
export const actionItemWrites = createWriter(ActionItemModel);
