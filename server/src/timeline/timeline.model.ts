import mongoose, { Schema, type Types } from 'mongoose';

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
    text: { type: String, required: true, maxlength: 20_000 },
  },
  { collection: 'timeline_events', versionKey: false },
);

timelineSchema.index({ incidentId: 1, at: 1, _id: 1 });

export const TimelineModel = mongoose.model<TimelineDoc>('TimelineEvent', timelineSchema);
