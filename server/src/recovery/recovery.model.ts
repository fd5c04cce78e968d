import mongoose, { Schema, type Types } from 'mongoose';
import type { FlowKind } from '../__generated__/resolvers-types.js';
import { createWriter } from '../events/writer.js';

/** A flow name: lower-case, a letter first, at most 40 characters (`sales_flow`). */
export const flowPattern = /^[a-z][a-z0-9_]{0,39}$/;
/** `flowPattern` in words, for people: what every refusal of a flow name says. */
export const flowRule =
  'use lower-case letters, digits and _, starting with a letter, at most 40 characters (e.g. sales_flow)';
/** Recovery is a percentage of nominal; catch-up can exceed 100, never 1000. */
export const maxValue = 1000;
export const maxNote = 1000;

/** One recovery measurement of one flow. */
export interface SampleDoc {
  _id: Types.ObjectId;
  incidentId: Types.ObjectId;
  flow: string;
  value: number;
  at: Date;
  note: string | null;
}

/** A flow's samples, oldest first, as the service groups them, with what the flow is. */
export interface RecoverySeriesView {
  flow: string;
  kind: FlowKind;
  samples: SampleDoc[];
  /** A rate flow's threshold, when one is set. */
  threshold: number | null;
}

const sampleSchema = new Schema<SampleDoc>(
  {
    incidentId: { type: Schema.Types.ObjectId, required: true },
    flow: { type: String, required: true, match: [flowPattern, flowRule] },
    value: { type: Number, required: true, min: 0, max: maxValue },
    at: { type: Date, required: true },
    note: { type: String, default: null, maxlength: maxNote },
  },
  { collection: 'recovery_samples', versionKey: false },
);

sampleSchema.index({ incidentId: 1, flow: 1, at: 1 });

export const SampleModel = mongoose.model<SampleDoc>('RecoverySample', sampleSchema);

/** The typed, validated write path to `recovery_samples`. */
export const sampleWrites = createWriter(SampleModel);
