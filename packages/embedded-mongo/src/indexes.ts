/**
 * Secondary indexes: a Map from canonical key to document ids (equality, uniqueness) plus a
 * lazily sorted array on the first field (range scans). Multikey: array values index each
 * element, as in MongoDB.
 */
import type { Query } from 'mingo';
import { compileQuery } from './mingo.js';
import { needsHints } from './bsontype.js';
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
  /** Hidden from the query planner (collMod); results never depend on the plan. */
  hidden?: boolean;
}

const SPEC_OPTIONS = new Set([
  'v',
  'key',
  'name',
  'unique',
  'sparse',
  'partialFilterExpression',
  'expireAfterSeconds',
  'hidden',
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
  if (isPlainObject(raw.partialFilterExpression)) {
    // The index tests documents without their Double/Long hints.
    if (needsHints(raw.partialFilterExpression))
      throw notImplemented('$type double, int or long in a partialFilterExpression');
    spec.partialFilterExpression = raw.partialFilterExpression;
  }
  if (typeof raw.expireAfterSeconds === 'number') spec.expireAfterSeconds = raw.expireAfterSeconds;
  if (raw.hidden === true) spec.hidden = true;
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

/** One entry of the ordered view: the full key (one value per field) and its document. */
export interface SortedEntry {
  key: unknown[];
  id: string;
  /** The document's position in the collection's natural order (breaks ties). */
  ord: number;
}

/** A range on one field, inside one BSON type bracket (`rank`). */
export interface FieldRange {
  rank: number;
  lower: RangeBound | undefined;
  upper: RangeBound | undefined;
}

/** One secondary index over a collection's documents. */
/** What {@link Index.lookup} answers for a value no document holds (shared: never modified). */
const NO_IDS: ReadonlySet<string> = new Set<string>();

export class Index {
  readonly spec: IndexSpec;
  readonly fields: string[];
  /** Direction of each field in the key pattern (hashed counts as ascending). */
  readonly dirs: number[];
  /** Full (compound) key → ids. */
  private readonly entries = new Map<string, Set<string>>();
  /** First-field key → ids; the same map as `entries` for a single-field index. */
  private readonly prefix: Map<string, Set<string>>;
  /**
   * Every key in index order (the key pattern's directions, then natural order), built on the
   * first ordered scan and then kept up to date.
   */
  private sorted: SortedEntry[] | undefined;
  /** Edits applied to `sorted` since the last ordered scan. */
  private sortedEdits = 0;
  /** Full keys of each indexed document. */
  private readonly tuples = new Map<string, unknown[][]>();
  private readonly partial: Query | undefined;
  /** Set once any document stored an array under an indexed field. */
  multikey = false;
  /** Per field: set once any document stored an array under it. */
  readonly multikeyFields: boolean[];

  /** `ordinal` gives a document's position in its collection's natural order. */
  constructor(
    spec: IndexSpec,
    private readonly ordinal: (id: string) => number = () => 0,
  ) {
    this.spec = spec;
    this.fields = Object.keys(spec.key);
    this.dirs = this.fields.map((f) => (spec.key[f] === -1 ? -1 : 1));
    this.multikeyFields = this.fields.map(() => false);
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
    parts.forEach((p, i) => {
      if (p.length > 1) {
        this.multikey = true;
        this.multikeyFields[i] = true;
      }
    });
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

  /** Distinct full keys of an indexed document as value tuples. */
  private tuplesOf(doc: Doc): unknown[][] {
    let tuples: unknown[][] = [[]];
    for (const field of this.fields) {
      const uniq = new Map<string, unknown>();
      for (const v of valuesAtPath(doc, field)) uniq.set(valueKey(v), v);
      const values = [...uniq.values()];
      tuples =
        values.length === 1
          ? tuples.map((t) => [...t, values[0]])
          : tuples.flatMap((t) => values.map((v) => [...t, v]));
    }
    return tuples;
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
    const tuples = this.tuplesOf(doc);
    this.tuples.set(id, tuples);
    this.editSorted((sorted) => {
      const ord = this.ordinal(id);
      for (const key of tuples) {
        const entry = { key, id, ord };
        sorted.splice(this.position(sorted, entry), 0, entry);
      }
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
    const tuples = this.tuples.get(id) ?? [];
    this.tuples.delete(id);
    this.editSorted((sorted) => {
      const ord = this.ordinal(id);
      for (const key of tuples) {
        const at = this.position(sorted, { key, id, ord });
        if (sorted[at]?.id === id) sorted.splice(at, 1);
        else this.sorted = undefined; // out of step (should not happen): rebuild lazily
      }
    });
  }

  /** Ids whose first indexed field equals `value` (or holds it in an array). */
  lookup(value: unknown): ReadonlySet<string> {
    return this.prefix.get(valueKey(value)) ?? NO_IDS;
  }

  /** How many documents {@link lookup} returns for `value`. */
  lookupSize(value: unknown): number {
    return this.prefix.get(valueKey(value))?.size ?? 0;
  }

  /** True if the index can answer queries on its first field exactly (not partial/sparse). */
  get complete(): boolean {
    return !this.partial && !this.spec.sparse;
  }

  /**
   * True if the index holds every document whose first field has a value other than null:
   * complete, or sparse (a sparse index skips only documents missing every indexed field, and
   * such a document never matches an equality, `$in`, `$all` or range on a non-null value).
   * A partial index may miss any document, so it never qualifies.
   */
  get holdsValues(): boolean {
    return !this.partial;
  }

  /**
   * Ids whose first field lies within the bounds, staying inside one BSON type bracket
   * (`rank`): MongoDB's `$gt: 5` never matches a string. A missing bound is open to the end
   * of the bracket.
   */
  range(rank: number, lower: RangeBound | undefined, upper: RangeBound | undefined): string[] {
    const sorted = this.ordered();
    const [lo, hi] = this.locate([], { rank, lower, upper });
    const out: string[] = [];
    for (let i = lo; i < hi; i++) {
      const entry = sorted[i];
      if (entry) out.push(entry.id);
    }
    return out;
  }

  /** How many entries {@link range} walks (an estimate of its ids for multikey indexes). */
  rangeSize(rank: number, lower: RangeBound | undefined, upper: RangeBound | undefined): number {
    const [lo, hi] = this.locate([], { rank, lower, upper });
    return hi - lo;
  }

  /**
   * The ordered entries, sorted by the key pattern (each field in its direction) and then by
   * natural order. Callers must not modify it.
   */
  ordered(): SortedEntry[] {
    this.sortedEdits = 0;
    if (!this.sorted) {
      const list: SortedEntry[] = [];
      for (const [id, tuples] of this.tuples) {
        const ord = this.ordinal(id);
        for (const key of tuples) list.push({ key, id, ord });
      }
      list.sort((a, b) => this.compareEntries(a, b));
      this.sorted = list;
    }
    return this.sorted;
  }

  /**
   * Positions `[lo, hi)` in {@link ordered} of the entries whose first fields equal `prefix`
   * and whose next field lies in `range` (any value when undefined).
   */
  locate(prefix: unknown[], range: FieldRange | undefined): [number, number] {
    const sorted = this.ordered();
    const k = prefix.length;
    const dirK = this.dirs[k] ?? 1;
    /** Sign of the entry relative to the wanted region in index order: <0 before, >0 after. */
    const side = (entry: SortedEntry, upperSide: boolean): number => {
      for (let i = 0; i < k; i++) {
        const c = compareValues(entry.key[i], prefix[i]) * (this.dirs[i] ?? 1);
        if (c !== 0) return c;
      }
      if (!range) return upperSide ? -1 : 1;
      const v = entry.key[k];
      // In ascending value terms: -1 below the range, +1 above, 0 inside.
      let pos = 0;
      const r = typeRank(v);
      if (r !== range.rank) pos = r < range.rank ? -1 : 1;
      else {
        if (range.lower) {
          const c = compareValues(v, range.lower.value);
          if (c < 0 || (c === 0 && !range.lower.inclusive)) pos = -1;
        }
        if (pos === 0 && range.upper) {
          const c = compareValues(v, range.upper.value);
          if (c > 0 || (c === 0 && !range.upper.inclusive)) pos = 1;
        }
      }
      if (pos !== 0) return pos * dirK;
      return upperSide ? -1 : 1;
    };
    const search = (upperSide: boolean): number => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const entry = sorted[mid];
        if (entry && side(entry, upperSide) < 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return [search(false), search(true)];
  }

  private compareEntries(a: SortedEntry, b: SortedEntry): number {
    for (let i = 0; i < this.dirs.length; i++) {
      const c = compareValues(a.key[i], b.key[i]);
      if (c !== 0) return c * (this.dirs[i] ?? 1);
    }
    return a.ord - b.ord;
  }

  /**
   * Keeps the ordered view current with cheap splices while ordered scans keep using it; after
   * many writes without a scan it is dropped and rebuilt lazily (bulk loads stay O(n log n)).
   */
  private editSorted(apply: (sorted: SortedEntry[]) => void): void {
    if (!this.sorted) return;
    this.sortedEdits += 1;
    if (this.sortedEdits > 1024) this.sorted = undefined;
    else apply(this.sorted);
  }

  /** Where `entry` is or would be inserted. */
  private position(sorted: SortedEntry[], entry: SortedEntry): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = sorted[mid];
      if (other && this.compareEntries(other, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
