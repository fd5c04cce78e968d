import mongoose, { Schema, type Types } from 'mongoose';

/** One recovery measurement of one flow. */
export interface SampleDoc {
  _id: Types.ObjectId;
  incidentId: Types.ObjectId;
  flow: string;
  value: number;
  at: Date;
  note: string | null;
}

/** A flow's samples, oldest first, as the service groups them. */
export interface RecoverySeriesView {
  flow: string;
  samples: SampleDoc[];
}

const sampleSchema = new Schema<SampleDoc>(
  {
    incidentId: { type: Schema.Types.ObjectId, required: true },
    flow: { type: String, required: true, match: /^[a-z][a-z0-9_]{0,39}$/ },
    value: { type: Number, required: true, min: 0, max: 1000 },
    at: { type: Date, required: true },
    note: { type: String, default: null, maxlength: 1000 },
  },
  { collection: 'recovery_samples', versionKey: false },
);

sampleSchema.index({ incidentId: 1, flow: 1, at: 1 });

export const SampleModel = mongoose.model<SampleDoc>('RecoverySample', sampleSchema);
