import mongoose, { Schema, type Types } from 'mongoose';
import { ComponentStatus } from '../__generated__/resolvers-types.js';
import { createWriter } from '../events/writer.js';

/** Component and group names: labels on a grid, not prose. */
export const maxName = 100;

/** A platform component as stored. */
export interface ComponentDoc {
  _id: Types.ObjectId;
  name: string;
  status: ComponentStatus;
  group: string | null;
}

/** A component as referenced by an incident, with its status during that incident. */
export interface AffectedComponentRef {
  componentId: Types.ObjectId;
  status: ComponentStatus;
}

const componentSchema = new Schema<ComponentDoc>(
  {
    name: { type: String, required: true, maxlength: maxName },
    status: { type: String, enum: Object.values(ComponentStatus), required: true },
    group: { type: String, default: null, maxlength: maxName },
  },
  { collection: 'components', versionKey: false },
);

componentSchema.index({ name: 1 }, { unique: true });
componentSchema.index({ group: 1, name: 1 });

export const ComponentModel = mongoose.model<ComponentDoc>('Component', componentSchema);

/** The typed, validated write path to `components`. */
export const componentWrites = createWriter(ComponentModel);
