/**
 * Value helpers shared by indexes, sorting and change streams: MongoDB's BSON type order, a
 * canonical string key for any value (so Maps can stand in for B-tree lookups), deep equality
 * and a clone that keeps BSON value classes intact.
 */
import { Long } from 'bson';

/** A stored document: a plain object whose leaves may be BSON value classes. */
export type Doc = Record<string, unknown>;

/** True for a plain object (not an array, not a BSON value class, not a Date or RegExp). */
export function isPlainObject(value: unknown): value is Doc {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The `_bsontype` tag carried by bson's value classes, if any. */
export function bsonTag(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const tag: unknown = (value as { _bsontype?: unknown })._bsontype;
  return typeof tag === 'string' ? tag : undefined;
}

/** The string form of a value; BSON classes print their payload (ObjectId hex, digits). */
export function bsonString(value: unknown): string {
  if (typeof value === 'object' && value !== null)
    return (value as { toString(): string }).toString();
  return String(value);
}

/** Numeric view of any BSON number (number, Int32, Double, Long, Decimal128). */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const tag = bsonTag(value);
  if (tag === 'Long' && value instanceof Long) return value.toNumber();
  if (tag === 'Int32' || tag === 'Double') return Number((value as { value: unknown }).value);
  if (tag === 'Decimal128') return Number(bsonString(value));
  return undefined;
}

/**
 * Rank of a value in MongoDB's cross-type order: MinKey, null, numbers, strings, objects,
 * arrays, BinData, ObjectId, booleans, dates, timestamps, regexes, MaxKey. Missing sorts as null.
 */
export function typeRank(value: unknown): number {
  if (value === undefined || value === null) return 2;
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 3;
    case 'string':
      return 4;
    case 'boolean':
      return 9;
    default:
  }
  if (Array.isArray(value)) return 6;
  if (value instanceof Date) return 10;
  if (value instanceof RegExp) return 12;
  switch (bsonTag(value)) {
    case 'MinKey':
      return 1;
    case 'Int32':
    case 'Double':
    case 'Long':
    case 'Decimal128':
      return 3;
    case 'BSONSymbol':
      return 4;
    case 'Binary':
      return 7;
    case 'ObjectId':
      return 8;
    case 'Timestamp':
      return 11;
    case 'BSONRegExp':
      return 12;
    case 'MaxKey':
      return 13;
    case undefined:
      return 5;
    default:
      return 5;
  }
}

function compareScalars(a: number | string | boolean, b: number | string | boolean): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return a.length - b.length;
  return Buffer.compare(a, b);
}

/** Total order over BSON values following MongoDB's comparison rules. */
export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 3: {
      if (a instanceof Long && b instanceof Long) return a.compare(b);
      const x = numericValue(a) ?? 0;
      const y = numericValue(b) ?? 0;
      if (Number.isNaN(x) || Number.isNaN(y))
        return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : 1;
      return compareScalars(x, y);
    }
    case 4:
      return compareScalars(bsonString(a), bsonString(b));
    case 5:
      return compareObjects(a as Doc, b as Doc);
    case 6:
      return compareArrays(a as unknown[], b as unknown[]);
    case 7: {
      const x = a as { sub_type: number; buffer: Uint8Array };
      const y = b as { sub_type: number; buffer: Uint8Array };
      if (x.buffer.length !== y.buffer.length) return x.buffer.length - y.buffer.length;
      return x.sub_type - y.sub_type || compareBytes(x.buffer, y.buffer);
    }
    case 8:
      return compareScalars(bsonString(a), bsonString(b));
    case 9:
      return compareScalars(Boolean(a), Boolean(b));
    case 10:
      return compareScalars((a as Date).getTime(), (b as Date).getTime());
    case 11: {
      const x = a as Long;
      const y = b as Long;
      return x.compare(y);
    }
    case 12:
      return compareScalars(bsonString(a), bsonString(b));
    default:
      return 0;
  }
}

function compareObjects(a: Doc, b: Doc): number {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const n = Math.min(ka.length, kb.length);
  for (let i = 0; i < n; i++) {
    const fa = ka[i] ?? '';
    const fb = kb[i] ?? '';
    const byType = typeRank(a[fa]) - typeRank(b[fb]);
    if (byType !== 0) return byType;
    const byName = compareScalars(fa, fb);
    if (byName !== 0) return byName;
    const byValue = compareValues(a[fa], b[fb]);
    if (byValue !== 0) return byValue;
  }
  return ka.length - kb.length;
}

function compareArrays(a: unknown[], b: unknown[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Equality under MongoDB rules (1 equals 1.0 and Long(1); field order matters in objects). */
export function valuesEqual(a: unknown, b: unknown): boolean {
  return typeRank(a) === typeRank(b) && compareValues(a, b) === 0;
}

/**
 * Canonical string for a value: equal values (under MongoDB equality) give equal keys, and
 * values of different types never collide. Used for `_id` lookup and index keys.
 */
export function valueKey(value: unknown): string {
  if (value === undefined || value === null) return 'z';
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? 'n0' : `n${value}`;
    case 'bigint':
      return `n${value}`;
    case 'string':
      return `s${value}`;
    case 'boolean':
      return value ? 'bt' : 'bf';
    default:
  }
  if (Array.isArray(value)) return `[${value.map(valueKey).join(',')}]`;
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value instanceof RegExp) return `r/${value.source}/${value.flags}`;
  const tag = bsonTag(value);
  switch (tag) {
    case 'ObjectId':
      return `o${bsonString(value)}`;
    case 'Int32':
    case 'Double':
    case 'Long':
    case 'Decimal128': {
      const n = numericValue(value) ?? 0;
      return tag === 'Long' && !Number.isSafeInteger(n) ? `n${bsonString(value)}` : `n${n}`;
    }
    case 'Binary': {
      const bin = value as { sub_type: number; buffer: Uint8Array };
      return `x${bin.sub_type}:${Buffer.from(bin.buffer).toString('base64')}`;
    }
    case undefined:
      return `{${Object.entries(value as Doc)
        .map(([k, v]) => `${JSON.stringify(k)}:${valueKey(v)}`)
        .join(',')}}`;
    default:
      return `${tag}:${bsonString(value)}`;
  }
}

/** Deep copy of plain objects and arrays; BSON value classes are immutable and are shared. */
export function cloneDoc<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => cloneDoc(v)) as T;
  if (isPlainObject(value)) {
    const out: Doc = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneDoc(v);
    return out as T;
  }
  if (value instanceof Date) return new Date(value.getTime()) as T;
  return value;
}

/** Values at a dotted path, descending into arrays the way MongoDB's index keys do. */
export function valuesAtPath(doc: unknown, path: string): unknown[] {
  const parts = path.split('.');
  const out: unknown[] = [];
  const walk = (node: unknown, i: number): void => {
    if (i === parts.length) {
      if (Array.isArray(node)) {
        if (node.length === 0) out.push(undefined);
        else out.push(...(node as unknown[]));
      } else out.push(node);
      return;
    }
    const part = parts[i] ?? '';
    if (Array.isArray(node)) {
      if (/^\d+$/.test(part)) {
        walk(node[Number(part)], i + 1);
        return;
      }
      for (const el of node as unknown[]) if (isPlainObject(el)) walk(el[part], i + 1);
      return;
    }
    if (isPlainObject(node)) walk(node[part], i + 1);
    else out.push(undefined);
  };
  walk(doc, 0);
  return out.length === 0 ? [undefined] : out;
}

/** The value at a dotted path without array expansion (undefined when missing). */
export function getPath(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(node) && /^\d+$/.test(part)) node = (node as unknown[])[Number(part)];
    else if (isPlainObject(node)) node = node[part];
    else return undefined;
  }
  return node;
}
