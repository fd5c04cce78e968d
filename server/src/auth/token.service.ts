import { createHash, randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type { CreateApiTokenInput, Role } from '../__generated__/resolvers-types.js';
import { unauthenticated } from '../common/errors.js';
import { isObjectIdHex, requireText } from '../common/validate.js';
import { TokenModel, type TokenDoc } from './token.model.js';
import { anonymous, requireRole, type Viewer } from './viewer.js';

/** A token just created: the only moment its secret exists outside the client. */
export interface CreatedToken {
  _id: Types.ObjectId;
  name: string;
  role: Role;
  token: string;
}

/**
 * Secrets are 256 random bits, so a fast SHA-256 is enough to make the stored hash useless to
 * a thief (no dictionary to try); a slow KDF would only slow every request down.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function newSecret(): string {
  return `wr_${randomBytes(32).toString('base64url')}`;
}

/** API tokens: creation (secret shown once), revocation, and turning a bearer header into a viewer. */
export function createTokenService(deps: { clock?: () => Date } = {}) {
  const clock = deps.clock ?? (() => new Date());

  async function insert(name: string, role: Role, secret: string): Promise<CreatedToken> {
    const doc: TokenDoc = {
      _id: new Types.ObjectId(),
      name,
      role,
      secretHash: hashSecret(secret),
      createdAt: clock(),
      revokedAt: null,
    };
    await TokenModel.create(doc);
    return { _id: doc._id, name, role, token: secret };
  }

  return {
    /** For the `token` script and tests: no role check, the caller is the operator. */
    issue(name: string, role: Role): Promise<CreatedToken> {
      return insert(requireText('name', name, 100), role, newSecret());
    },

    async create(viewer: Viewer, input: CreateApiTokenInput): Promise<CreatedToken> {
      requireRole(viewer, 'ADMIN', 'createApiToken');
      return insert(requireText('name', input.name, 100), input.role, newSecret());
    },

    async revoke(viewer: Viewer, id: string): Promise<boolean> {
      requireRole(viewer, 'ADMIN', 'revokeApiToken');
      if (!isObjectIdHex(id)) return false;
      const result = await TokenModel.updateOne(
        { _id: id, revokedAt: null },
        { $set: { revokedAt: clock() } },
      );
      return result.modifiedCount === 1;
    },

    /** Makes sure an ADMIN token with exactly this secret exists (BOOTSTRAP_ADMIN_TOKEN). */
    async bootstrapAdmin(secret: string): Promise<void> {
      const secretHash = hashSecret(secret);
      await TokenModel.updateOne(
        { secretHash },
        {
          $setOnInsert: { name: 'bootstrap admin', role: 'ADMIN', secretHash, createdAt: clock() },
          $set: { revokedAt: null },
        },
        { upsert: true },
      );
    },

    /**
     * The viewer for an `Authorization` value (`Bearer <secret>`, or the bare secret over
     * WebSocket). No value: anonymous. A value that is not a live token: UNAUTHENTICATED.
     */
    async authenticate(authorization: string | undefined | null): Promise<Viewer> {
      if (authorization === undefined || authorization === null || authorization.trim() === '')
        return anonymous;
      const secret = authorization.replace(/^Bearer\s+/i, '').trim();
      if (secret.length === 0 || secret.length > 200)
        throw unauthenticated('Malformed bearer token');
      const token = await TokenModel.findOne({ secretHash: hashSecret(secret), revokedAt: null })
        .lean<TokenDoc>()
        .exec();
      if (!token) throw unauthenticated('Unknown or revoked token');
      return { role: token.role, name: token.name, tokenId: token._id.toHexString() };
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
