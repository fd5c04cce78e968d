/**
 * The `$type` query operator by BSON type, replacing mingo's (which takes every number for a
 * double and every integer for an int or a long, and knows no objectId, binData, decimal,
 * timestamp, …). Stored documents hold promoted numbers (numeric.ts): whether an integral
 * number is an int32, a long or a double is in the document's hints, so the operator asks a
 * resolver for the hints of the document it tests. Where a value's type cannot be told (an
 * integral number inside an object that is not a stored document, e.g. an `$elemMatch`
 * element), asking for double, int or long is refused rather than guessed.
 *
 * Type names and codes from https://www.mongodb.com/docs/manual/reference/operator/query/type/
 * ("number" is double, int, long and decimal; arrays match "array" and also by their elements).
 */
import { badValue, CommandError, notImplemented } from './errors.js';
import type { Hints } from './numeric.js';
import { isPlainObject } from './values.js';

/**
 * The hints of a document a query tests: a stored (promoted) document's hints (undefined when
 * it has none), or null for an object whose numbers' types are unknown.
 */
export type HintResolver = (obj: unknown) => Hints | undefined | null;

const CODES: Record<number, string> = {
  1: 'double',
  2: 'string',
  3: 'object',
  4: 'array',
  5: 'binData',
  6: 'undefined',
  7: 'objectId',
  8: 'bool',
  9: 'date',
  10: 'null',
  11: 'regex',
  12: 'dbPointer',
  13: 'javascript',
  14: 'symbol',
  15: 'javascriptWithScope',
  16: 'int',
  17: 'timestamp',
  18: 'long',
  19: 'decimal',
  [-1]: 'minKey',
  127: 'maxKey',
};
const NAMES = new Set([...Object.values(CODES), 'number']);
const NUMERIC = new Set(['double', 'int', 'long', 'decimal']);
/** Types an integral promoted number may be, depending on its hint. */
const AMBIGUOUS = new Set(['double', 'int', 'long']);

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * The set of type names a `$type` argument asks for, refused as mongod's parser refuses it
 * (MatcherTypeSet::parse and parseType in src/mongo/db/matcher/): an empty array is
 * FailedToParse "<path> must match at least one type", a value neither a number nor a string
 * TypeMismatch, an unknown alias or code BadValue.
 */
export function parseTypes(spec: unknown, path = ''): Set<string> {
  const list = Array.isArray(spec) ? (spec as unknown[]) : [spec];
  if (list.length === 0)
    throw new CommandError('FailedToParse', `${path} must match at least one type`);
  const out = new Set<string>();
  for (const t of list) {
    if (typeof t === 'number') {
      const name = Number.isInteger(t) ? CODES[t] : undefined;
      if (name === undefined) throw badValue(`Invalid numerical type code: ${t}`);
      out.add(name);
    } else if (typeof t === 'string') {
      if (!NAMES.has(t)) throw badValue(`Unknown type name alias: ${t}`);
      if (t === 'number') for (const n of NUMERIC) out.add(n);
      else out.add(t);
    } else
      throw new CommandError('TypeMismatch', 'type must be represented as a number or a string');
  }
  return out;
}

/**
 * The BSON type name of a value; for a plain JS number, from its hint (`undefined` when the
 * number has none: an int32 when integral within the int32 range, else a double, as the BSON
 * encoder writes it).
 */
export function bsonTypeName(value: unknown, hint: string | undefined): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') {
    if (hint === 'double' || hint === 'long') return hint;
    return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX ? 'int' : 'double';
  }
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (Array.isArray(value)) return 'array';
  const tag = (value as { _bsontype?: unknown })._bsontype;
  switch (tag) {
    case 'Double':
      return 'double';
    case 'Int32':
      return 'int';
    case 'Long':
      return 'long';
    case 'Decimal128':
      return 'decimal';
    case 'ObjectId':
      return 'objectId';
    case 'Binary':
      return 'binData';
    case 'Timestamp':
      return 'timestamp';
    case 'BSONRegExp':
      return 'regex';
    case 'Code':
      return (value as { scope?: unknown }).scope ? 'javascriptWithScope' : 'javascript';
    case 'BSONSymbol':
      return 'symbol';
    case 'MinKey':
      return 'minKey';
    case 'MaxKey':
      return 'maxKey';
    default:
      return 'object';
  }
}

/** Each value at a dotted path with its concrete path (array indexes as digits). */
function valuesAt(
  node: unknown,
  parts: string[],
  i: number,
  path: string,
  out: Array<[unknown, string]>,
): void {
  const join = (p: string): string => (path === '' ? p : `${path}.${p}`);
  if (i === parts.length) {
    out.push([node, path]);
    // An array field also matches by its elements (one level).
    if (Array.isArray(node)) (node as unknown[]).forEach((e, j) => out.push([e, join(String(j))]));
    return;
  }
  const part = parts[i] ?? '';
  if (Array.isArray(node)) {
    const list = node as unknown[];
    if (/^\d+$/.test(part) && Number(part) < list.length)
      valuesAt(list[Number(part)], parts, i + 1, join(part), out);
    list.forEach((e, j) => {
      if (isPlainObject(e)) valuesAt(e, parts, i, join(String(j)), out);
    });
  } else if (isPlainObject(node) && part in node) {
    valuesAt(node[part], parts, i + 1, join(part), out);
  }
}

/** True when `obj` has a value at `selector` of one of `types`. */
function matches(
  obj: unknown,
  selector: string,
  types: Set<string>,
  resolver: HintResolver | undefined,
): boolean {
  const found: Array<[unknown, string]> = [];
  valuesAt(obj, selector.split('.'), 0, '', found);
  const hints = resolver ? resolver(obj) : undefined;
  for (const [value, path] of found) {
    if (value === undefined) continue;
    if (
      hints === null &&
      typeof value === 'number' &&
      Number.isInteger(value) &&
      [...types].some((t) => AMBIGUOUS.has(t))
    )
      throw notImplemented(
        `$type ${[...types].join('/')} on a number inside an array element or a computed document (its stored type is not known there)`,
      );
    if (types.has(bsonTypeName(value, hints?.get(path)))) return true;
  }
  return false;
}

/**
 * mingo's query-operator form of `$type`: `(selector, value, options) => predicate`. Without
 * a resolver, plain numbers are taken as what they encode as (documents whose Double/Long
 * values are BSON wrappers, as change events are).
 */
export function typeOperator(resolver: HintResolver | undefined) {
  return (selector: string, value: unknown, _options: unknown): ((obj: unknown) => boolean) => {
    const types = parseTypes(value, selector);
    return (obj) => matches(obj, selector, types, resolver);
  };
}

/**
 * The `$type` arguments of a query filter (not inside `$expr`, where `$type` is the
 * aggregation operator), for places that test documents without their hints.
 */
export function queryTypes(filter: unknown): Set<string> {
  const out = new Set<string>();
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) (node as unknown[]).forEach((n) => visit(n, path));
    else if (isPlainObject(node))
      for (const [key, value] of Object.entries(node)) {
        if (key === '$expr') continue;
        if (key === '$type') for (const t of parseTypes(value, path)) out.add(t);
        else visit(value, key.startsWith('$') ? path : key);
      }
  };
  visit(filter, '');
  return out;
}

/** True when a filter's `$type` asks for a type only hints can tell (double, int, long). */
export function needsHints(filter: unknown): boolean {
  return [...queryTypes(filter)].some((t) => AMBIGUOUS.has(t));
}
