import mongoose, { Schema, type Types } from 'mongoose';
import { Role } from '../__generated__/resolvers-types.js';

/** An API token: only the SHA-256 of its secret is stored. */
export interface TokenDoc {
  _id: Types.ObjectId;
  name: string;
  role: Role;
  secretHash: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const tokenSchema = new Schema<TokenDoc>(
  {
    name: { type: String, required: true, maxlength: 100 },
    role: { type: String, enum: Object.values(Role), required: true },
    secretHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
  },
  { collection: 'api_tokens', versionKey: false },
);

tokenSchema.index({ secretHash: 1 }, { unique: true });

export const TokenModel = mongoose.model<TokenDoc>('ApiToken', tokenSchema);
