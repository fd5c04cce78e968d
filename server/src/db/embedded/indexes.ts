/**
 * Secondary indexes: a Map from canonical key to document ids (equality, uniqueness) plus a
 * lazily sorted array on the first field (range scans). Multikey: array values index each
 * element, as in MongoDB.
 */
import type { Query } from 'mingo';
import { compileQuery } from './mingo.js';
import { CommandError, notImplemented } from './errors.js';
import {
  compareValues,
  isPlainObject,
  typeRank,
  valueKey,
  valuesAtPath,
  type Doc,
} from './values.js';

/** One side of a range scan. */
export interface RangeBound {
  value: unknown;
  inclusive: boolean;
}

/** An index definition as stored and as returned by listIndexes. */
export interface IndexSpec {
  v: number;
  key: Doc;
  name: string;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Doc;
  expireAfterSeconds?: number;
}

const SPEC_OPTIONS = new Set([
  'v',
  'key',
  'name',
  'unique',
  'sparse',
  'partialFilterExpression',
  'expireAfterSeconds',
  'background',
  'ns',
]);

/** Checks a createIndexes entry and returns the normalized spec; throws for unsupported kinds. */
export function normalizeIndexSpec(raw: unknown): IndexSpec {
  if (!isPlainObject(raw) || !isPlainObject(raw.key))
    throw new CommandError('BadValue', 'index spec needs a key document');
  const key = raw.key;
  const fields = Object.keys(key);
  if (fields.length === 0)
    throw new CommandError('BadValue', 'index key pattern must not be empty');
  for (const [field, dir] of Object.entries(key)) {
    if (dir === 'hashed') continue;
    if (typeof dir === 'string') throw notImplemented(`index type '${dir}' on field '${field}'`);
    if (dir !== 1 && dir !== -1)
      throw new CommandError('BadValue', `bad index key pattern value for '${field}'`);
  }
  for (const option of Object.keys(raw)) {
    if (!SPEC_OPTIONS.has(option)) throw notImplemented(`index option '${option}'`);
  }
  const name =
    typeof raw.name === 'string' ? raw.name : fields.map((f) => `${f}_${String(key[f])}`).join('_');
  const spec: IndexSpec = { v: 2, key, name };
  if (raw.unique === true) spec.unique = true;
  if (raw.sparse === true) spec.sparse = true;
  if (isPlainObject(raw.partialFilterExpression))
    spec.partialFilterExpression = raw.partialFilterExpression;
  if (typeof raw.expireAfterSeconds === 'number') spec.expireAfterSeconds = raw.expireAfterSeconds;
  return spec;
}

/** True when two specs describe the same index (createIndexes is then a no-op). */
export function sameIndex(a: IndexSpec, b: IndexSpec): boolean {
  return (
    valueKey(a.key) === valueKey(b.key) &&
    Boolean(a.unique) === Boolean(b.unique) &&
    Boolean(a.sparse) === Boolean(b.sparse) &&
    valueKey(a.partialFilterExpression) === valueKey(b.partialFilterExpression) &&
    a.expireAfterSeconds === b.expireAfterSeconds
  );
}

interface SortedEntry {
  value: unknown;
  id: string;
}

/** One secondary index over a collection's documents. */
export class Index {
  readonly spec: IndexSpec;
  readonly fields: string[];
  /** Full (compound) key → ids. */
  private readonly entries = new Map<string, Set<string>>();
  /** First-field key → ids; the same map as `entries` for a single-field index. */
  private readonly prefix: Map<string, Set<string>>;
  /** First-field values in order, built on the first range scan and then kept up to date. */
  private sorted: SortedEntry[] | undefined;
  /** Edits applied to `sorted` since the last range scan. */
  private sortedEdits = 0;
  private readonly firstValues = new Map<string, unknown[]>();
  private readonly partial: Query | undefined;
  /** Set once any document stored an array under an indexed field. */
  multikey = false;

  constructor(spec: IndexSpec) {
    this.spec = spec;
    this.fields = Object.keys(spec.key);
    this.prefix = this.fields.length === 1 ? this.entries : new Map<string, Set<string>>();
    this.partial = spec.partialFilterExpression
      ? compileQuery(spec.partialFilterExpression)
      : undefined;
  }

  /** Field values of a document for this index, or undefined when the index skips it. */
  private keyParts(doc: Doc): unknown[][] | undefined {
    if (this.partial && !this.partial.test(doc)) return undefined;
    const parts = this.fields.map((f) => valuesAtPath(doc, f));
    if (this.spec.sparse && parts.every((p) => p.length === 1 && p[0] === undefined))
      return undefined;
    if (parts.some((p) => p.length > 1)) this.multikey = true;
    return parts;
  }

  /** Canonical full keys of a document (several for multikey), empty when skipped. */
  keysOf(doc: Doc): string[] {
    const parts = this.keyParts(doc);
    if (!parts) return [];
    let keys: string[][] = [[]];
    for (const values of parts) {
      const uniq = [...new Set(values.map(valueKey))];
      keys = keys.flatMap((k) => uniq.map((v) => [...k, v]));
    }
    return [...new Set(keys.map((k) => (k.length === 1 ? (k[0] ?? '') : JSON.stringify(k))))];
  }

  /** For a unique index, the id of another document already holding one of `keys`. */
  conflict(keys: string[], ownId: string): string | undefined {
    if (!this.spec.unique) return undefined;
    for (const key of keys) {
      const ids = this.entries.get(key);
      if (ids) for (const id of ids) if (id !== ownId) return id;
    }
    return undefined;
  }

  /** Adds a document under its keys (computed by the caller with {@link keysOf}). */
  add(id: string, doc: Doc, keys: string[]): void {
    if (keys.length === 0) return;
    for (const key of keys) addTo(this.entries, key, id);
    if (this.prefix !== this.entries) {
      for (const v of valuesAtPath(doc, this.fields[0] ?? '')) addTo(this.prefix, valueKey(v), id);
    }
    const values = valuesAtPath(doc, this.fields[0] ?? '');
    this.firstValues.set(id, values);
    this.editSorted((sorted) => {
      for (const value of values) sorted.splice(this.lowerBound(sorted, value), 0, { value, id });
    });
  }

  /** Removes a document previously added with the same doc/keys. */
  remove(id: string, doc: Doc, keys: string[]): void {
    if (keys.length === 0) return;
    for (const key of keys) removeFrom(this.entries, key, id);
    if (this.prefix !== this.entries) {
      for (const v of valuesAtPath(doc, this.fields[0] ?? ''))
        removeFrom(this.prefix, valueKey(v), id);
    }
    const values = this.firstValues.get(id) ?? [];
    this.firstValues.delete(id);
    this.editSorted((sorted) => {
      for (const value of values) {
        for (let i = this.lowerBound(sorted, value); i < sorted.length; i++) {
          const entry = sorted[i];
          if (!entry || compareValues(entry.value, value) !== 0) break;
          if (entry.id === id) {
            sorted.splice(i, 1);
            break;
          }
        }
      }
    });
  }

  /** Ids whose first indexed field equals `value` (or holds it in an array). */
  lookup(value: unknown): Iterable<string> {
    return this.prefix.get(valueKey(value)) ?? [];
  }

  /** True if the index can answer queries on its first field exactly (not partial/sparse). */
  get complete(): boolean {
    return !this.partial && !this.spec.sparse;
  }

  /**
   * Ids whose first field lies within the bounds, staying inside one BSON type bracket
   * (`rank`): MongoDB's `$gt: 5` never matches a string. A missing bound is open to the end
   * of the bracket.
   */
  range(rank: number, lower: RangeBound | undefined, upper: RangeBound | undefined): string[] {
    const sorted = this.sortedEntries();
    const below = (entry: SortedEntry): boolean => {
      const r = typeRank(entry.value);
      if (r !== rank) return r < rank;
      if (!lower) return false;
      const c = compareValues(entry.value, lower.value);
      return c < 0 || (c === 0 && !lower.inclusive);
    };
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const entry = sorted[mid];
      if (entry && below(entry)) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length; i++) {
      const entry = sorted[i];
      if (!entry || typeRank(entry.value) !== rank) break;
      if (upper) {
        const c = compareValues(entry.value, upper.value);
        if (c > 0 || (c === 0 && !upper.inclusive)) break;
      }
      out.push(entry.id);
    }
    return out;
  }

  /**
   * Keeps the sorted view current with cheap splices while range scans keep using it; after
   * many writes without a scan it is dropped and rebuilt lazily (bulk loads stay O(n log n)).
   */
  private editSorted(apply: (sorted: SortedEntry[]) => void): void {
    if (!this.sorted) return;
    this.sortedEdits += 1;
    if (this.sortedEdits > 1024) this.sorted = undefined;
    else apply(this.sorted);
  }

  private lowerBound(sorted: SortedEntry[], value: unknown): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const entry = sorted[mid];
      if (entry && compareValues(entry.value, value) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private sortedEntries(): SortedEntry[] {
    this.sortedEdits = 0;
    if (!this.sorted) {
      const list: SortedEntry[] = [];
      for (const [id, values] of this.firstValues)
        for (const value of values) list.push({ value, id });
      list.sort((a, b) => compareValues(a.value, b.value));
      this.sorted = list;
    }
    return this.sorted;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

function removeFrom(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}
