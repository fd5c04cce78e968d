/**
 * Query execution: picks candidate documents from `_id` or a secondary index when the filter
 * allows it, hands only those to mingo for the full match, then sorts (BSON order), skips,
 * limits and projects. Counts examined documents in {@link Metrics}.
 */
import type { Query } from 'mingo';
import { compileQuery } from './mingo.js';
import type { Collection } from './collection.js';
import { notImplemented } from './errors.js';
import type { Index, RangeBound } from './indexes.js';
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
}

/** A predicate the planner can answer from an index. */
type Bound =
  | { kind: 'eq'; values: unknown[] }
  | { kind: 'range'; lower: RangeBound | undefined; upper: RangeBound | undefined };

/** Whether a value can be looked up by canonical key (scalars and plain sub-documents). */
function indexable(value: unknown): boolean {
  if (value === null || value === undefined || Array.isArray(value) || value instanceof RegExp)
    return false;
  if (isPlainObject(value)) return !Object.keys(value).some((k) => k.startsWith('$'));
  return true;
}

/** Extracts an index-answerable bound for `field` from a filter's top level (and `$and`). */
function boundFor(filter: Doc, field: string): Bound | undefined {
  const clauses: Doc[] = [filter];
  if (Array.isArray(filter.$and))
    for (const c of filter.$and as unknown[]) if (isPlainObject(c)) clauses.push(c);
  for (const clause of clauses) {
    if (!(field in clause)) continue;
    const cond = clause[field];
    if (indexable(cond)) return { kind: 'eq', values: [cond] };
    if (!isPlainObject(cond)) continue;
    if ('$eq' in cond && indexable(cond.$eq)) return { kind: 'eq', values: [cond.$eq] };
    if (Array.isArray(cond.$in) && (cond.$in as unknown[]).every(indexable))
      return { kind: 'eq', values: cond.$in as unknown[] };
    const lowerKey = '$gt' in cond ? '$gt' : '$gte' in cond ? '$gte' : undefined;
    const upperKey = '$lt' in cond ? '$lt' : '$lte' in cond ? '$lte' : undefined;
    const lower = lowerKey ? { value: cond[lowerKey], inclusive: lowerKey === '$gte' } : undefined;
    const upper = upperKey ? { value: cond[upperKey], inclusive: upperKey === '$lte' } : undefined;
    if ((lower && !indexable(lower.value)) || (upper && !indexable(upper.value))) continue;
    if (lower && upper && typeRank(lower.value) !== typeRank(upper.value)) continue;
    if (lower || upper) return { kind: 'range', lower, upper };
  }
  return undefined;
}

/** Ids in range; a multikey index keeps only one side (different elements may satisfy each). */
function rangeIds(index: Index, bound: Extract<Bound, { kind: 'range' }>): string[] {
  const sample = bound.lower ?? bound.upper;
  const rank = typeRank(sample?.value);
  const upper = index.multikey && bound.lower ? undefined : bound.upper;
  return index.range(rank, bound.lower, upper);
}

/** Ids of one index's entries satisfying `bound`. */
function indexIds(index: Index, bound: Bound): string[] {
  if (bound.kind === 'range') return [...new Set(rangeIds(index, bound))];
  const set = new Set<string>();
  for (const v of bound.values) for (const id of index.lookup(v)) set.add(id);
  return [...set];
}

interface Plan {
  ids: string[];
  stage: 'IDHACK' | 'IXSCAN';
}

/**
 * Candidate ids for `filter` from `_id`, the most selective usable index, or (for `$or`) the
 * union of each branch's plan. Undefined means only a collection scan can answer it.
 */
function plan(coll: Collection, filter: Doc, depth = 0): Plan | undefined {
  const idBound = boundFor(filter, '_id');
  if (idBound?.kind === 'eq') return { ids: idBound.values.map(valueKey), stage: 'IDHACK' };
  let best: string[] | undefined;
  for (const index of coll.indexes.values()) {
    if (!index.complete) continue;
    const bound = boundFor(filter, index.fields[0] ?? '');
    if (!bound) continue;
    const ids = indexIds(index, bound);
    if (!best || ids.length < best.length) best = ids;
  }
  if (best) return { ids: best, stage: 'IXSCAN' };
  const branches = filter.$or;
  if (depth < 4 && Array.isArray(branches) && branches.length > 0) {
    const union = new Set<string>();
    for (const branch of branches as unknown[]) {
      const sub = isPlainObject(branch) ? plan(coll, branch, depth + 1) : undefined;
      if (!sub) return undefined;
      for (const id of sub.ids) union.add(id);
    }
    return { ids: [...union], stage: 'IXSCAN' };
  }
  return undefined;
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

/** Compiles a filter with mingo; unknown operators surface as NotImplemented. */
export function compileFilter(filter: Doc): Query {
  return compileQuery(filter);
}

/** Documents of `coll` matching `filter`, in natural order, stopping after `max` if given. */
export function matchDocs(coll: Collection, filter: Doc, metrics: Metrics, max = Infinity): Doc[] {
  const query = compileFilter(filter);
  const out: Doc[] = [];
  if (max <= 0) return out;
  for (const doc of candidates(coll, filter, metrics)) {
    metrics.docsExamined += 1;
    if (query.test(doc)) {
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

/** Sorts in place by a MongoDB sort spec using BSON type order. */
export function sortDocs(docs: Doc[], sort: Doc): Doc[] {
  const spec = Object.entries(sort).map(([path, dir]) => {
    if (isPlainObject(dir)) throw notImplemented(`sort by ${JSON.stringify(dir)}`);
    return { path, dir: Number(dir) < 0 ? -1 : 1 };
  });
  if (spec.length === 0) return docs;
  const keyed = docs.map((doc) => ({ doc, keys: spec.map((s) => sortKey(doc, s.path, s.dir)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < spec.length; i++) {
      const c = compareValues(a.keys[i], b.keys[i]);
      if (c !== 0) return c * (spec[i]?.dir ?? 1);
    }
    return 0;
  });
  return keyed.map((k) => k.doc);
}

/**
 * Applies a projection through mingo, then restores MongoDB's field order (the document's own
 * order, `_id` first), which mingo does not preserve.
 */
export function projectDocs(docs: Doc[], projection: Doc | undefined, filter: Doc): Doc[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  const positional = Object.keys(projection).some((k) => k.endsWith('.$'));
  const projected = compileQuery(positional ? filter : {})
    .find<Doc>(docs, projection)
    .all();
  return projected.map((out, i) => reorder(out, docs[i] ?? {}));
}

function reorder(out: Doc, original: Doc): Doc {
  const ordered: Doc = {};
  for (const key of Object.keys(original)) if (key in out) ordered[key] = out[key];
  for (const key of Object.keys(out)) if (!(key in ordered)) ordered[key] = out[key];
  return ordered;
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
  const sorted = options.sort && Object.keys(options.sort).length > 0;
  let docs = matchDocs(coll, filter, metrics, sorted ? Infinity : skip + limit);
  if (sorted && options.sort) docs = sortDocs(docs, options.sort);
  docs = docs.slice(skip, skip + limit);
  return projectDocs(
    docs.map((d) => coll.typed(d)),
    options.projection,
    filter,
  );
}
