import { Role } from '../__generated__/resolvers-types.js';
import { forbidden, unauthenticated } from '../common/errors.js';

/** Who is calling: anonymous, or the holder of an API token. */
export interface Viewer {
  role: Role | null;
  name: string | null;
  tokenId: string | null;
}

/** The name codegen maps the GraphQL `Viewer` type to (the generated type has the same name). */
export type ViewerModel = Viewer;

export const anonymous: Viewer = { role: null, name: null, tokenId: null };

const rank: Record<Role, number> = { VIEWER: 1, RESPONDER: 2, COMMANDER: 3, ADMIN: 4 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.values<string>(Role).includes(value);
}

/** Whether `viewer` has at least `role` (each role includes the ones before it). */
export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.role !== null && rank[viewer.role] >= rank[role];
}

/** Throws UNAUTHENTICATED for an anonymous viewer and FORBIDDEN for one whose role is too low. */
export function requireRole(viewer: Viewer, role: Role, action: string): void {
  if (viewer.role === null) throw unauthenticated(`${action} needs a ${role} token`);
  if (!hasRole(viewer, role))
    throw forbidden(`${action} needs the ${role} role; this token is ${viewer.role}`);
}
