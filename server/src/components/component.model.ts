import mongoose, { Schema, type Types } from 'mongoose';
import type { ComponentStatus } from '../__generated__/resolvers-types.js';
import { componentStatuses } from '../incidents/incident.model.js';

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
    name: { type: String, required: true, maxlength: 100 },
    status: { type: String, enum: componentStatuses, required: true },
    group: { type: String, default: null, maxlength: 100 },
  },
  { collection: 'components', versionKey: false },
);

componentSchema.index({ name: 1 }, { unique: true });
componentSchema.index({ group: 1, name: 1 });

export const ComponentModel = mongoose.model<ComponentDoc>('Component', componentSchema);
