import mongoose, { Schema, type Types } from 'mongoose';
import type { IncidentStatus } from '../__generated__/resolvers-types.js';
import { incidentStatuses } from './incident.model.js';

/** A status update as stored. */
export interface UpdateDoc {
  _id: Types.ObjectId;
  incidentId: Types.ObjectId;
  status: IncidentStatus;
  body: string;
  createdAt: Date;
  author: string | null;
}

const updateSchema = new Schema<UpdateDoc>(
  {
    incidentId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: incidentStatuses, required: true },
    body: { type: String, required: true, maxlength: 20_000 },
    createdAt: { type: Date, required: true },
    author: { type: String, default: null },
  },
  { collection: 'incident_updates', versionKey: false },
);

updateSchema.index({ incidentId: 1, createdAt: -1, _id: -1 });

export const UpdateModel = mongoose.model<UpdateDoc>('IncidentUpdate', updateSchema);
