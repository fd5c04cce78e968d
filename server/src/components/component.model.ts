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
  /** Where an import found it (a Statuspage page and component id): a re-import updates it. */
  source?: ComponentSource;
}

/** The upstream identity of an imported component. */
export interface ComponentSource {
  pageId: string | null;
  componentId: string;
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
    source: {
      type: new Schema<ComponentSource>(
        { pageId: { type: String, default: null }, componentId: { type: String, required: true } },
        { _id: false },
      ),
      default: undefined,
    },
  },
  { collection: 'components', versionKey: false },
);

componentSchema.index({ name: 1 }, { unique: true });
componentSchema.index({ group: 1, name: 1 });
componentSchema.index({ 'source.componentId': 1 }, { sparse: true });

export const ComponentModel = mongoose.model<ComponentDoc>('Component', componentSchema);

/** The typed, validated write path to `components`. */
export const componentWrites = createWriter(ComponentModel);
