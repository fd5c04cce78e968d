import { badInput } from '../common/errors.js';

/** Event cursors are opaque to clients: today a base64url'd sequence number with a version tag. */
export function encodeEventCursor(seq: number): string {
  return Buffer.from(`e1:${seq}`).toString('base64url');
}

export function decodeEventCursor(cursor: string): number {
  const match = /^e1:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw badInput('after', 'is not an event cursor returned by this API');
  return Number(match[1]);
}
