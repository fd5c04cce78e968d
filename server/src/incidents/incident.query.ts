import { Types, type QueryFilter } from 'mongoose';
import { isObjectIdHex } from '../common/validate.js';
import type { IncidentFilter } from '../__generated__/resolvers-types.js';
import { badInput } from '../common/errors.js';
import type { IncidentDoc } from './incident.model.js';
import { queryTerms } from './search.js';

/** A position in the newest-first order: startedAt, then _id as tie-breaker. */
export interface IncidentCursor {
  startedAt: Date;
  id: Types.ObjectId;
}

export function encodeCursor(incident: Pick<IncidentDoc, 'startedAt' | '_id'>): string {
  return Buffer.from(`${incident.startedAt.getTime()}:${incident._id.toHexString()}`).toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string): IncidentCursor {
  const match = /^(-?\d{1,16}):([0-9a-f]{24})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match?.[1] || !match[2]) throw badInput('after', 'is not a cursor returned by this API');
  return { startedAt: new Date(Number(match[1])), id: new Types.ObjectId(match[2]) };
}

/**
 * Translates the GraphQL filter into a MongoDB filter. The text criterion matches words (or
 * word prefixes) of the title and update bodies, case-insensitively, through the `terms` index.
 */
export function buildIncidentFilter(
  filter: IncidentFilter | null | undefined,
): QueryFilter<IncidentDoc> {
  const and: QueryFilter<IncidentDoc>[] = [];
  // Drills are rehearsals: never in history unless asked for; a live board (active) shows them.
  if (filter?.drill === true) and.push({ drill: true });
  else if (filter?.drill === false || filter?.active !== true) and.push({ drill: { $ne: true } });
  if (!filter) return and[0] ?? {};
  if (filter.status) and.push({ status: { $in: filter.status } });
  if (filter.active === true) and.push({ status: { $ne: 'RESOLVED' } });
  if (filter.active === false) and.push({ status: 'RESOLVED' });
  if (filter.impact) and.push({ impact: { $in: filter.impact } });
  if (filter.componentId) {
    if (!isObjectIdHex(filter.componentId))
      throw badInput('filter.componentId', 'is not a component id');
    and.push({ 'components.componentId': new Types.ObjectId(filter.componentId) });
  }
  const range: { $gte?: Date; $lt?: Date } = {};
  if (filter.startedAfter) range.$gte = filter.startedAfter;
  if (filter.startedBefore) range.$lt = filter.startedBefore;
  if (range.$gte || range.$lt) and.push({ startedAt: range });
  if (filter.text !== null && filter.text !== undefined && filter.text.trim() !== '') {
    if (filter.text.length > 200) throw badInput('filter.text', 'must be at most 200 characters');
    const terms = queryTerms(filter.text);
    if (terms.length === 0)
      throw badInput('filter.text', 'needs at least one word of two letters or digits');
    and.push({ terms: { $all: terms } });
  }
  if (and.length === 0) return {};
  return and.length === 1 && and[0] ? and[0] : { $and: and };
}

/** The part of the order strictly after `cursor`. */
export function afterCursor(cursor: IncidentCursor): QueryFilter<IncidentDoc> {
  return {
    $or: [
      { startedAt: { $lt: cursor.startedAt } },
      { startedAt: cursor.startedAt, _id: { $lt: cursor.id } },
    ],
  };
}
