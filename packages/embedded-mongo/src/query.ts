/**
 * Query execution: picks candidate documents from `_id` or a secondary index when the filter
 * allows it, hands only those to mingo for the full match, then sorts (BSON order), skips,
 * limits and projects. Counts examined documents in {@link Metrics}.
 */
import type { Query } from 'mingo';
import { compileQuery } from './mingo.js';
import type { Hints } from './numeric.js';
import { projectDocs } from './projection.js';
import type { HintResolver } from './bsontype.js';
import type { Collection } from './collection.js';
import { notImplemented } from './errors.js';
import type { Index, RangeBound, SortedEntry } from './indexes.js';
import type { Metrics } from './storage.js';
import {
  compareValues,
  isPlainObject,
  typeRank,
  valueKey,
  valuesAtPath,
  type Doc,
} from './values.js';

/** Options of a find-like read. */
export interface FindOptions {
  sort?: Doc | undefined;
  skip?: number | undefined;
  limit?: number | undefined;
  projection?: Doc | undefined;
  /** Double/Long hints of the projection's literals, at `projection.…` (see typing.ts). */
  projectionHints?: Hints | undefined;
}

/** A predicate the planner can answer from an index. */
type Bound =
  | { kind: 'eq'; values: unknown[] }
  | { kind: 'all'; values: unknown[] }
  | { kind: 'range'; lower: RangeBound | undefined; upper: RangeBound | undefined };

type RangeOf = Extract<Bound, { kind: 'range' }>;

/** Whether a value can be looked up by canonical key (scalars and plain sub-documents). */
function indexable(value: unknown): boolean {
  if (value === null || value === undefined || Array.isArray(value) || value instanceof RegExp)
    return false;
  if (isPlainObject(value)) return !Object.keys(value).some((k) => k.startsWith('$'));
  return true;
}

/** The filter's top-level clauses: itself and the members of its `$and` (recursively). */
function conjuncts(filter: Doc, depth = 0): Doc[] {
  const clauses: Doc[] = [filter];
  if (depth < 4 && Array.isArray(filter.$and))
    for (const c of filter.$and as unknown[])
      if (isPlainObject(c)) clauses.push(...conjuncts(c, depth + 1));
  return clauses;
}

/** The bound a condition on one field puts on that field, if an index can answer it. */
function boundOf(cond: unknown): Bound | undefined {
  if (indexable(cond)) return { kind: 'eq', values: [cond] };
  if (!isPlainObject(cond)) return undefined;
  if ('$eq' in cond && indexable(cond.$eq)) return { kind: 'eq', values: [cond.$eq] };
  if (Array.isArray(cond.$in) && (cond.$in as unknown[]).every(indexable))
    return { kind: 'eq', values: cond.$in as unknown[] };
  const all = cond.$all;
  if (Array.isArray(all) && all.length > 0 && (all as unknown[]).every(indexable))
    return { kind: 'all', values: all as unknown[] };
  const lowerKey = '$gt' in cond ? '$gt' : '$gte' in cond ? '$gte' : undefined;
  const upperKey = '$lt' in cond ? '$lt' : '$lte' in cond ? '$lte' : undefined;
  const lower = lowerKey ? { value: cond[lowerKey], inclusive: lowerKey === '$gte' } : undefined;
  const upper = upperKey ? { value: cond[upperKey], inclusive: upperKey === '$lte' } : undefined;
  if ((lower && !indexable(lower.value)) || (upper && !indexable(upper.value))) return undefined;
  if (lower && upper && typeRank(lower.value) !== typeRank(upper.value)) return undefined;
  if (lower || upper) return { kind: 'range', lower, upper };
  return undefined;
}

/** Extracts an index-answerable bound for `field` from a filter's top level (and `$and`). */
function boundFor(filter: Doc, field: string): Bound | undefined {
  for (const clause of conjuncts(filter)) {
    if (!(field in clause)) continue;
    const bound = boundOf(clause[field]);
    if (bound) return bound;
  }
  return undefined;
}

function rankOf(bound: RangeOf): number {
  return typeRank((bound.lower ?? bound.upper)?.value);
}

/** The tighter of two lower (or, with `upper`, upper) bounds. */
function tighter(
  a: RangeBound | undefined,
  b: RangeBound | undefined,
  upper: boolean,
): RangeBound | undefined {
  if (!a) return b;
  if (!b) return a;
  const c = compareValues(a.value, b.value) * (upper ? -1 : 1);
  if (c !== 0) return c > 0 ? a : b;
  return a.inclusive ? b : a;
}

/** The looser of two bounds (undefined = open wins). */
function looser(
  a: RangeBound | undefined,
  b: RangeBound | undefined,
  upper: boolean,
): RangeBound | undefined {
  if (!a || !b) return undefined;
  const c = compareValues(a.value, b.value) * (upper ? -1 : 1);
  if (c !== 0) return c < 0 ? a : b;
  return a.inclusive ? a : b;
}

/** A single-valued equality or a range on `field` as a range. */
function asRange(bound: Bound | undefined): RangeOf | undefined {
  if (!bound) return undefined;
  if (bound.kind === 'range') return bound;
  if (bound.kind === 'eq' && bound.values.length === 1) {
    const at = { value: bound.values[0], inclusive: true };
    return { kind: 'range', lower: at, upper: at };
  }
  return undefined;
}

/**
 * A range on `field` implied by the filter: its own range conditions intersected with the hull
 * of every `$or` whose branches all bound the field (keyset pagination's
 * `$or: [{ f: { $lt: v } }, { f: v, _id: { $lt: id } }]` gives `f <= v`). Documents outside it
 * cannot match, so an ordered walk may skip them.
 */
function impliedRange(filter: Doc, field: string): RangeOf | undefined {
  const ranges: RangeOf[] = [];
  for (const clause of conjuncts(filter)) {
    if (field in clause) {
      const own = asRange(boundOf(clause[field]));
      if (own) ranges.push(own);
    }
    const branches = clause.$or;
    if (!Array.isArray(branches) || branches.length === 0) continue;
    let hull: RangeOf | undefined;
    for (const branch of branches as unknown[]) {
      const r = isPlainObject(branch) ? asRange(boundFor(branch, field)) : undefined;
      if (!r || (hull && rankOf(hull) !== rankOf(r))) {
        hull = undefined;
        break;
      }
      hull = hull
        ? {
            kind: 'range',
            lower: looser(hull.lower, r.lower, false),
            upper: looser(hull.upper, r.upper, true),
          }
        : r;
    }
    if (hull) ranges.push(hull);
  }
  let out: RangeOf | undefined;
  for (const r of ranges) {
    if (!out) out = r;
    else if (rankOf(out) === rankOf(r))
      out = {
        kind: 'range',
        lower: tighter(out.lower, r.lower, false),
        upper: tighter(out.upper, r.upper, true),
      };
  }
  return out;
}

/** Ids in range; a multikey index keeps only one side (different elements may satisfy each). */
function rangeIds(index: Index, bound: RangeOf): string[] {
  const upper = index.multikey && bound.lower ? undefined : bound.upper;
  return index.range(rankOf(bound), bound.lower, upper);
}

/** Ids of `values` common to every lookup, starting from the rarest one. */
function intersectLookups(index: Index, values: unknown[]): string[] {
  const sizes = values.map((v) => ({ v, n: index.lookupSize(v) }));
  sizes.sort((a, b) => a.n - b.n);
  const [first, ...rest] = sizes;
  if (!first) return [];
  const others = rest.map((r) => new Set(index.lookup(r.v)));
  const out: string[] = [];
  for (const id of index.lookup(first.v)) if (others.every((set) => set.has(id))) out.push(id);
  return out;
}

/** Ids of one index's entries satisfying `bound`. */
function indexIds(index: Index, bound: Bound): string[] {
  if (bound.kind === 'range') return [...new Set(rangeIds(index, bound))];
  if (bound.kind === 'all') return intersectLookups(index, bound.values);
  const set = new Set<string>();
  for (const v of bound.values) for (const id of index.lookup(v)) set.add(id);
  return [...set];
}

/** About how many ids {@link indexIds} returns, without building them. */
function estimate(index: Index, bound: Bound): number {
  if (bound.kind === 'range') {
    const upper = index.multikey && bound.lower ? undefined : bound.upper;
    return index.rangeSize(rankOf(bound), bound.lower, upper);
  }
  const sizes = bound.values.map((v) => index.lookupSize(v));
  return bound.kind === 'all' ? Math.min(...sizes) : sizes.reduce((a, b) => a + b, 0);
}

interface Plan {
  ids: string[];
  stage: 'IDHACK' | 'IXSCAN';
}

/** The cheapest single-index access for `filter` and its estimated size, built on demand. */
interface PlanChoice {
  size: number;
  build: () => Plan | undefined;
}

function choosePlan(coll: Collection, filter: Doc, depth = 0): PlanChoice | undefined {
  const idBound = boundFor(filter, '_id');
  if (idBound?.kind === 'eq')
    return {
      size: idBound.values.length,
      build: () => ({ ids: idBound.values.map(valueKey), stage: 'IDHACK' }),
    };
  let best: { index: Index; bound: Bound; size: number } | undefined;
  for (const index of coll.indexes.values()) {
    // Bounds never hold null or a missing value (see `indexable`), so a sparse index answers them.
    if (!index.holdsValues) continue;
    const bound = boundFor(filter, index.fields[0] ?? '');
    if (!bound) continue;
    const size = estimate(index, bound);
    if (!best || size < best.size) best = { index, bound, size };
  }
  if (best) {
    const { index, bound, size } = best;
    return { size, build: () => ({ ids: indexIds(index, bound), stage: 'IXSCAN' }) };
  }
  const branches = filter.$or;
  if (depth < 4 && Array.isArray(branches) && branches.length > 0) {
    const subs: PlanChoice[] = [];
    for (const branch of branches as unknown[]) {
      const sub = isPlainObject(branch) ? choosePlan(coll, branch, depth + 1) : undefined;
      if (!sub) return undefined;
      subs.push(sub);
    }
    return {
      size: subs.reduce((n, s) => n + s.size, 0),
      build: () => {
        const union = new Set<string>();
        for (const sub of subs) for (const id of sub.build()?.ids ?? []) union.add(id);
        return { ids: [...union], stage: 'IXSCAN' };
      },
    };
  }
  return undefined;
}

/**
 * Candidate ids for `filter` from `_id`, the most selective usable index, or (for `$or`) the
 * union of each branch's plan. Undefined means only a collection scan can answer it.
 */
function plan(coll: Collection, filter: Doc): Plan | undefined {
  return choosePlan(coll, filter)?.build();
}

/** Candidate documents for `filter`; the caller still tests each one against the filter. */
export function candidates(coll: Collection, filter: Doc, metrics: Metrics): Iterable<Doc> {
  const chosen = plan(coll, filter);
  if (!chosen) {
    metrics.lastPlan = 'COLLSCAN';
    return coll.docs.values();
  }
  metrics.keysExamined += chosen.ids.length;
  metrics.lastPlan = chosen.stage;
  const docs: Doc[] = [];
  for (const id of chosen.ids) {
    const doc = coll.docs.get(id);
    if (doc) docs.push(doc);
  }
  return docs;
}

const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte']);

/** Ids matching one condition on `field` exactly from an index, or undefined. */
function exactFieldIds(
  coll: Collection,
  field: string,
  cond: unknown,
): ReadonlySet<string> | undefined {
  const scalar = (v: unknown): boolean => indexable(v) && !isPlainObject(v);
  const parts: Array<ReadonlySet<string>> = [];
  const ops: Array<[string, unknown]> =
    isPlainObject(cond) && Object.keys(cond).some((k) => k.startsWith('$'))
      ? Object.entries(cond)
      : [['$eq', cond]];
  if (field === '_id') {
    if (ops.length !== 1) return undefined;
    const [op, arg] = ops[0] ?? ['', undefined];
    const values =
      op === '$eq' ? [arg] : op === '$in' && Array.isArray(arg) ? (arg as unknown[]) : undefined;
    if (!values || !values.every(scalar)) return undefined;
    const out = new Set<string>();
    for (const v of values) {
      const key = valueKey(v);
      if (coll.docs.has(key)) out.add(key);
    }
    return out;
  }
  let index: Index | undefined;
  for (const candidate of coll.indexes.values())
    if (candidate.holdsValues && candidate.fields[0] === field) index = candidate;
  if (!index) return undefined;
  const range: Doc = {};
  for (const [op, arg] of ops) {
    if (op === '$eq' || op === '$in' || op === '$all') {
      const values = op === '$eq' ? [arg] : Array.isArray(arg) ? (arg as unknown[]) : undefined;
      if (!values || !values.every(scalar) || (op === '$all' && values.length === 0))
        return undefined;
      if (op === '$all') parts.push(new Set(intersectLookups(index, values)));
      else if (values.length === 1) parts.push(index.lookup(values[0]));
      else {
        const set = new Set<string>();
        for (const v of values) for (const id of index.lookup(v)) set.add(id);
        parts.push(set);
      }
    } else if (RANGE_OPS.has(op)) {
      if (!scalar(arg)) return undefined;
      range[op] = arg;
    } else return undefined;
  }
  if (Object.keys(range).length > 0) {
    if (index.multikeyFields[0]) return undefined;
    const bound = boundOf(range);
    if (bound?.kind !== 'range') return undefined;
    parts.push(new Set(rangeIds(index, bound)));
  }
  return intersectAll(parts);
}

function intersectAll(parts: Array<ReadonlySet<string>>): ReadonlySet<string> | undefined {
  if (parts.length === 0) return undefined;
  const sorted = [...parts].sort((a, b) => a.size - b.size);
  const [first, ...rest] = sorted;
  if (!first || rest.length === 0) return first;
  const out = new Set<string>();
  for (const id of first) if (rest.every((set) => set.has(id))) out.add(id);
  return out;
}

/**
 * The exact set of matching ids when indexes alone answer every condition of `filter`
 * (equality, `$in`, `$all`, ranges on single-valued fields, `$and`/`$or` of those), else
 * undefined. The result may be an index's own set: callers must not modify it.
 */
export function exactIds(
  coll: Collection,
  filter: Doc,
  depth = 0,
): ReadonlySet<string> | undefined {
  if (depth > 4) return undefined;
  const parts: Array<ReadonlySet<string>> = [];
  for (const [key, cond] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(cond) || cond.length === 0) return undefined;
      const subs: Array<ReadonlySet<string>> = [];
      for (const branch of cond as unknown[]) {
        const sub = isPlainObject(branch) ? exactIds(coll, branch, depth + 1) : undefined;
        if (!sub) return undefined;
        subs.push(sub);
      }
      if (key === '$and') parts.push(...subs);
      else {
        const union = new Set<string>();
        for (const sub of subs) for (const id of sub) union.add(id);
        parts.push(union);
      }
    } else if (key.startsWith('$')) return undefined;
    else {
      const ids = exactFieldIds(coll, key, cond);
      if (!ids) return undefined;
      parts.push(ids);
    }
  }
  return intersectAll(parts);
}

/**
 * Number of documents matching `filter`: from the indexes alone when they answer it exactly,
 * else by testing the candidates (without copying them).
 */
export function countDocs(coll: Collection, filter: Doc, metrics: Metrics): number {
  if (Object.keys(filter).length === 0) return coll.docs.size;
  const exact = exactIds(coll, filter);
  if (exact) {
    metrics.keysExamined += exact.size;
    metrics.lastPlan = 'COUNT_SCAN';
    return exact.size;
  }
  const query = compileFilter(filter, storedHints(coll));
  let n = 0;
  for (const doc of candidates(coll, filter, metrics)) {
    metrics.docsExamined += 1;
    if (query.test(doc)) n += 1;
  }
  return n;
}

/** How an ordered index walk serves a sort: which entries, in which direction. */
interface Walk {
  index: Index;
  /** `[lo, hi)` ranges of the index's ordered entries, one per equality-prefix combination. */
  regions: Array<[number, number]>;
  reverse: boolean;
  /** Index field positions the sort compares (the fields after the equality prefix). */
  sortFields: number[];
  size: number;
}

const MAX_REGIONS = 64;

/**
 * An index whose key order, after fields bound by equality in `filter`, is the sort (or its
 * exact reverse). The sorted fields must hold single values (multikey sorts use the array's
 * min/max), and partial or sparse indexes miss documents, so neither qualifies.
 */
function chooseWalk(
  coll: Collection,
  filter: Doc,
  sort: Array<{ path: string; dir: number }>,
): Walk | undefined {
  let best: Walk | undefined;
  for (const index of coll.indexes.values()) {
    if (!index.complete || Object.values(index.spec.key).some((d) => d !== 1 && d !== -1)) continue;
    const prefixValues: unknown[][] = [];
    for (const field of index.fields) {
      const bound = boundFor(filter, field);
      if (bound?.kind !== 'eq' || bound.values.length === 0) break;
      prefixValues.push(bound.values);
    }
    // Sort fields fixed by a single-valued equality add nothing to the order.
    const fixed = new Set(
      index.fields.filter((f, i) => i < prefixValues.length && prefixValues[i]?.length === 1),
    );
    const rest = sort.filter((s) => !fixed.has(s.path));
    if (rest.length === 0) continue;
    let k = prefixValues.length;
    // A multi-valued prefix field that is sorted on ends the prefix there.
    const firstSorted = index.fields.findIndex((f) => f === rest[0]?.path);
    if (firstSorted >= 0 && firstSorted < k) k = firstSorted;
    if (firstSorted !== k) continue;
    let reverse: boolean | undefined;
    let ok = true;
    const sortFields: number[] = [];
    for (let j = 0; j < rest.length; j++) {
      const at = k + j;
      const spec = rest[j];
      if (!spec || index.fields[at] !== spec.path || index.multikeyFields[at]) {
        ok = false;
        break;
      }
      const flipped = spec.dir !== index.dirs[at];
      if (reverse === undefined) reverse = flipped;
      else if (reverse !== flipped) {
        ok = false;
        break;
      }
      sortFields.push(at);
    }
    if (!ok || reverse === undefined) continue;
    const combos = prefixValues.slice(0, k).reduce((n, vs) => n * vs.length, 1);
    if (combos > MAX_REGIONS) continue;
    let prefixes: unknown[][] = [[]];
    for (const values of prefixValues.slice(0, k))
      prefixes = prefixes.flatMap((p) => values.map((v) => [...p, v]));
    const field = index.fields[k] ?? '';
    const r = impliedRange(filter, field);
    const range = r ? { rank: rankOf(r), lower: r.lower, upper: r.upper } : undefined;
    const regions = prefixes.map((p) => index.locate(p, range));
    const size = regions.reduce((n, [lo, hi]) => n + hi - lo, 0);
    if (!best || size < best.size) best = { index, regions, reverse, sortFields, size };
  }
  return best;
}

/**
 * Ids in sort order from an ordered walk; documents whose sort keys tie come in natural
 * order (as the stable in-memory sort orders them). Each id once.
 */
function* walkIds(walk: Walk): Generator<string> {
  const { index, reverse, sortFields } = walk;
  const entries = index.ordered();
  const dirs = index.dirs;
  const cursors = walk.regions
    .filter(([lo, hi]) => hi > lo)
    .map(([lo, hi]) => (reverse ? { pos: hi - 1, end: lo - 1 } : { pos: lo, end: hi }));
  const step = reverse ? -1 : 1;
  const compareSort = (a: SortedEntry, b: SortedEntry): number => {
    for (const f of sortFields) {
      const c = compareValues(a.key[f], b.key[f]);
      if (c !== 0) return c * (dirs[f] ?? 1) * step;
    }
    return 0;
  };
  const seen = walk.regions.length > 1 || index.multikey ? new Set<string>() : undefined;
  for (;;) {
    let head: SortedEntry | undefined;
    for (const c of cursors) {
      const entry = c.pos !== c.end ? entries[c.pos] : undefined;
      if (entry && (!head || compareSort(entry, head) < 0)) head = entry;
    }
    if (!head) return;
    const run: SortedEntry[] = [];
    for (const c of cursors) {
      while (c.pos !== c.end) {
        const entry = entries[c.pos];
        if (!entry || compareSort(entry, head) !== 0) break;
        run.push(entry);
        c.pos += step;
      }
    }
    if (run.length > 1) run.sort((a, b) => a.ord - b.ord);
    for (const entry of run) {
      if (seen) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
      }
      yield entry.id;
    }
  }
}

/** Parses a sort spec; `$meta` sorts are not supported. */
function sortSpec(sort: Doc): Array<{ path: string; dir: number }> {
  return Object.entries(sort).map(([path, dir]) => {
    if (isPlainObject(dir)) throw notImplemented(`sort by ${JSON.stringify(dir)}`);
    return { path, dir: Number(dir) < 0 ? -1 : 1 };
  });
}

/**
 * Runs a sorted find as an ordered index walk, testing each document against the filter and
 * stopping once `max` match. Gives up (undefined) after examining `budget` documents, when
 * another plan is known to need fewer.
 */
function walkFind(
  coll: Collection,
  walk: Walk,
  query: Query,
  max: number,
  budget: number,
  metrics: Metrics,
): Doc[] | undefined {
  const out: Doc[] = [];
  let examined = 0;
  metrics.lastPlan = 'IXSCAN';
  if (max <= 0) return out;
  for (const id of walkIds(walk)) {
    if (examined >= budget) return undefined;
    examined += 1;
    metrics.keysExamined += 1;
    const doc = coll.docs.get(id);
    if (!doc) continue;
    metrics.docsExamined += 1;
    if (query.test(doc)) {
      out.push(doc);
      if (out.length >= max) break;
    }
  }
  return out;
}

/** Compiles a filter with mingo; unknown operators surface as NotImplemented. */
export function compileFilter(filter: Doc, resolver?: HintResolver): Query {
  return compileQuery(filter, resolver);
}

/**
 * The hints of `coll`'s stored documents, for `$type` (bsontype.ts); null for any other
 * object (an array element under `$elemMatch`, a copy).
 */
export function storedHints(coll: Collection): HintResolver {
  return (obj) => {
    if (!isPlainObject(obj) || !('_id' in obj)) return null;
    const key = valueKey(obj._id);
    return coll.docs.get(key) === obj ? coll.hints.get(key) : null;
  };
}

/**
 * The filter split into the ids its index-answered top-level conditions allow (exactly, as
 * {@link exactFieldIds} answers them) and the conditions left for mingo. Testing a candidate's
 * id against a set costs the same for `$in` of 5,000 values as for one, where mingo's `$in`
 * hashes every listed value for every document it tests.
 */
function splitExact(
  coll: Collection,
  filter: Doc,
): { ids: ReadonlySet<string>; rest: Doc } | undefined {
  const parts: Array<ReadonlySet<string>> = [];
  const rest: Doc = {};
  // Only operators exactFieldIds knows are taken out, so whatever mingo would refuse stays in.
  for (const [key, cond] of Object.entries(filter)) {
    const ids = key.startsWith('$') ? undefined : exactFieldIds(coll, key, cond);
    if (ids) parts.push(ids);
    else rest[key] = cond;
  }
  const ids = intersectAll(parts);
  return ids ? { ids, rest } : undefined;
}

/** Documents of `coll` matching `filter`, in natural order, stopping after `max` if given. */
export function matchDocs(coll: Collection, filter: Doc, metrics: Metrics, max = Infinity): Doc[] {
  const out: Doc[] = [];
  if (max <= 0) return out;
  const split = splitExact(coll, filter);
  const rest = split ? split.rest : filter;
  const query = Object.keys(rest).length > 0 ? compileFilter(rest, storedHints(coll)) : undefined;
  for (const doc of candidates(coll, filter, metrics)) {
    metrics.docsExamined += 1;
    if (split && !split.ids.has(valueKey(doc._id))) continue;
    if (!query || query.test(doc)) {
      out.push(doc);
      if (out.length >= max) break;
    }
  }
  return out;
}

/** Sort key of a document for one field: arrays sort by their min (asc) or max (desc) element. */
function sortKey(doc: Doc, path: string, dir: number): unknown {
  const values = valuesAtPath(doc, path);
  if (values.length === 1) return values[0];
  let best = values[0];
  for (const v of values) {
    const c = compareValues(v, best);
    if ((dir > 0 && c < 0) || (dir < 0 && c > 0)) best = v;
  }
  return best;
}

/**
 * Sorts by a MongoDB sort spec using BSON type order. Ties keep their input order, or natural
 * order when `ordinalOf` is given (the same order an index walk gives them).
 */
export function sortDocs(docs: Doc[], sort: Doc, ordinalOf?: (id: string) => number): Doc[] {
  const spec = sortSpec(sort);
  if (spec.length === 0) return docs;
  const keyed = docs.map((doc, i) => ({
    doc,
    keys: spec.map((s) => sortKey(doc, s.path, s.dir)),
    ord: ordinalOf ? ordinalOf(valueKey(doc._id)) : i,
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < spec.length; i++) {
      const c = compareValues(a.keys[i], b.keys[i]);
      if (c !== 0) return c * (spec[i]?.dir ?? 1);
    }
    return a.ord - b.ord;
  });
  return keyed.map((k) => k.doc);
}

/** Full find: match, sort, skip, limit, project. */
export function findDocs(
  coll: Collection | undefined,
  filter: Doc,
  options: FindOptions,
  metrics: Metrics,
): Doc[] {
  if (!coll) return [];
  const skip = options.skip ?? 0;
  const limit = options.limit && options.limit > 0 ? options.limit : Infinity;
  const sort = options.sort && Object.keys(options.sort).length > 0 ? options.sort : undefined;
  let docs: Doc[] | undefined;
  if (sort) {
    const walk = chooseWalk(coll, filter, sortSpec(sort));
    if (walk) {
      // Race the walk against the best filter-driven plan: when that one is smaller, the walk
      // may examine only as many documents as it would before handing over.
      const other = choosePlan(coll, filter);
      const budget = other && other.size < walk.size ? other.size : Infinity;
      docs = walkFind(
        coll,
        walk,
        compileFilter(filter, storedHints(coll)),
        skip + limit,
        budget,
        metrics,
      );
    }
    if (!docs) docs = sortDocs(matchDocs(coll, filter, metrics), sort, coll.ordinalOf);
  } else docs = matchDocs(coll, filter, metrics, skip + limit);
  docs = docs.slice(skip, skip + limit);
  return projectDocs(
    docs.map((d) => coll.typed(d)),
    options.projection,
    filter,
    options.projectionHints,
  );
}
