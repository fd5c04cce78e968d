import mongoose, { Schema, type Types } from 'mongoose';
import { IncidentStatus } from '../__generated__/resolvers-types.js';
import { createWriter } from '../events/writer.js';

/** An update's text: long enough for a full customer-facing statement. */
export const maxBody = 20_000;

/** A status update as stored. */
export interface UpdateDoc {
  _id: Types.ObjectId;
  incidentId: Types.ObjectId;
  status: IncidentStatus;
  body: string;
  createdAt: Date;
  author: string | null;
  /** The upstream update id of an imported update, so a re-import appends only new ones. */
  source?: { updateId: string };
  /** The next update this one promised ("next update in 30 minutes"); null when none. */
  nextUpdateBy: Date | null;
}

const updateSchema = new Schema<UpdateDoc>(
  {
    incidentId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: Object.values(IncidentStatus), required: true },
    body: { type: String, required: true, maxlength: maxBody },
    createdAt: { type: Date, required: true },
    author: { type: String, default: null },
    source: {
      type: new Schema<{ updateId: string }>(
        { updateId: { type: String, required: true } },
        { _id: false },
      ),
      default: undefined,
    },
    nextUpdateBy: { type: Date, default: null },
  },
  { collection: 'incident_updates', versionKey: false },
);

updateSchema.index({ incidentId: 1, createdAt: -1, _id: -1 });

export const UpdateModel = mongoose.model<UpdateDoc>('IncidentUpdate', updateSchema);

/** The typed, validated write path to `incident_updates`. */
export const updateWrites = createWriter(UpdateModel);
