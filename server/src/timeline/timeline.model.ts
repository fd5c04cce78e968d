import mongoose, { Schema, type Types } from 'mongoose';
import { createWriter } from '../events/writer.js';

/** A timeline entry can quote a whole paragraph of the post-mortem. */
export const maxText = 20_000;

/** A post-mortem timeline event as stored. */
export interface TimelineDoc {
  _id: Types.ObjectId;
  incidentId: Types.ObjectId;
  at: Date;
  text: string;
}

const timelineSchema = new Schema<TimelineDoc>(
  {
    incidentId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    text: { type: String, required: true, maxlength: maxText },
  },
  { collection: 'timeline_events', versionKey: false },
);

timelineSchema.index({ incidentId: 1, at: 1, _id: 1 });

export const TimelineModel = mongoose.model<TimelineDoc>('TimelineEvent', timelineSchema);

/** The typed, validated write path to `timeline_events`. */
export const timelineWrites = createWriter(TimelineModel);
