import mongoose, { Schema, type Types } from 'mongoose';
import type { ActionItemStatus } from '../__generated__/resolvers-types.js';

export const actionItemStatuses: readonly ActionItemStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

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
    title: { type: String, required: true, maxlength: 500 },
    owner: { type: String, default: null, maxlength: 100 },
    status: { type: String, enum: actionItemStatuses, required: true },
    dueAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'action_items', versionKey: false },
);

actionItemSchema.index({ incidentId: 1, createdAt: 1, _id: 1 });

export const ActionItemModel = mongoose.model<ActionItemDoc>('ActionItem', actionItemSchema);
