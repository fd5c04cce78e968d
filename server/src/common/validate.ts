import { Types } from 'mongoose';
import { badInput, notFound } from './errors.js';

/** How far ahead of the server's clock a client-supplied time may be (clock skew allowance). */
export const maxFutureMs = 5 * 60 * 1000;

/** Trims `value` and checks it is non-empty and at most `max` characters; returns the trimmed text. */
export function requireText(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badInput(field, 'must not be empty or only whitespace');
  if (trimmed.length > max)
    throw badInput(field, `must be at most ${max} characters (got ${trimmed.length})`);
  return trimmed;
}

/** Like `requireText`, but null/undefined/blank mean "no value". */
export function optionalText(
  field: string,
  value: string | null | undefined,
  max: number,
): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requireText(field, value, max);
}

/** Whether `id` is spelled like an ObjectId (24 hex digits). */
export function isObjectIdHex(id: string): boolean {
  return /^[0-9a-f]{24}$/i.test(id);
}

/** Parses an id that must name an existing `type`; a malformed id is simply one that does not exist. */
export function parseId(type: string, id: string): Types.ObjectId {
  if (!isObjectIdHex(id)) throw notFound(type, id);
  return new Types.ObjectId(id);
}

export interface TimeRules {
  now: Date;
  /** The earliest allowed time, e.g. the incident's startedAt. */
  notBefore?: Date;
  notBeforeLabel?: string;
}

/** Checks a client-supplied time: a real date, not more than 5 minutes ahead, not before a bound. */
export function checkTime(field: string, value: Date, rules: TimeRules): Date {
  if (Number.isNaN(value.getTime())) throw badInput(field, 'is not a valid date-time');
  if (value.getTime() > rules.now.getTime() + maxFutureMs) {
    throw badInput(field, 'must not be more than 5 minutes in the future');
  }
  if (rules.notBefore && value.getTime() < rules.notBefore.getTime()) {
    throw badInput(
      field,
      `must not be before ${rules.notBeforeLabel ?? 'the incident started'} (${rules.notBefore.toISOString()})`,
    );
  }
  return value;
}

/** Scopes a client idempotency key to one mutation, so keys of different mutations never clash. */
export function scopedKey(mutation: string, key: string | null | undefined): string | undefined {
  if (key === null || key === undefined) return undefined;
  if (key.length === 0 || key.length > 200)
    throw badInput('idempotencyKey', 'must be 1 to 200 characters');
  return `${mutation}:${key}`;
}

/** What a domain's `prepare…` needs to know about the write it prepares. */
export interface WriteContext {
  /** The server's clock at the start of the mutation, one value for every part of it. */
  now: Date;
  /** The incident written to (it may not exist yet: an import prepares it in the same event). */
  incident: { _id: Types.ObjectId; startedAt: Date };
  /** Where the input sits in the mutation's arguments (`recovery[3]`); errors name fields under it. */
  path?: string;
}

/** Names a field under `path`, so an import's errors point at the entry that is wrong. */
export function fieldPath(path: string | undefined): (field: string) => string {
  return (field) => (path === undefined ? field : `${path}.${field}`);
}
