/**
 * Find projections over typed documents. mingo compares only JS numbers, so a projection runs
 * on a promoted copy of each document (numeric.ts) and the Double/Long types of what it keeps
 * or computes go back on afterwards: inclusions and exclusions keep their fields' types,
 * computed fields are typed by typing.ts, `$slice` keeps the types of the elements it keeps.
 * The element that `<array>.$` and `$elemMatch` return ("the first element that matches",
 * https://www.mongodb.com/docs/manual/reference/operator/projection/positional/ and
 * https://www.mongodb.com/docs/manual/reference/operator/projection/elemMatch/) is found here,
 * by testing each element with the document's hints, so `$type` reads stored types and a
 * Double or Long compares by value. What cannot be told is refused (NotImplemented).
 */
import { CommandError, notImplemented } from './errors.js';
import { compileQuery, normalizeExpressions } from './mingo.js';
import { applyHints, promoteTree, type HintList, type Hints, type NumericKind } from './numeric.js';
import { findProjectionHints, hasUnder, typedOperator } from './typing.js';
import { cloneDoc, getPath, isPlainObject, type Doc } from './values.js';

/** A projection operator worked out here rather than by mingo. */
interface Picked {
  path: string;
  /**
   * The filter an element must pass, tested on the document holding only that element;
   * undefined for a positional projection whose query records no element (see
   * {@link recording}).
   */
  filter: Doc | undefined;
  positional: boolean;
}

/**
 * Negations hold for an array as a whole: mongod parses `$ne`, `$nin`, `$not` and
 * `$exists: false` as a NOT, which records no array index for `.$` (its other conditions do).
 */
function negation(op: string, arg: unknown): boolean {
  return op === '$ne' || op === '$nin' || op === '$not' || (op === '$exists' && !arg);
}

/**
 * The part of one condition that records the index `.$` returns: an operator document without
 * its negations, undefined when nothing is left. Dropping a negation changes no answer: the
 * document matched, so it holds for every element.
 */
function recording(key: string, value: unknown): Doc | undefined {
  if (!isPlainObject(value)) return { [key]: value };
  const ops = Object.keys(value);
  if (ops.length === 0 || !ops.every((op) => op.startsWith('$'))) return { [key]: value };
  const kept = Object.entries(value).filter(([op, arg]) => !negation(op, arg));
  return kept.length > 0 ? { [key]: Object.fromEntries(kept) } : undefined;
}

interface Plan {
  /** What mingo projects (the picked fields as inclusions). */
  rest: Doc;
  picked: Picked[];
  /** `$slice` fields with their arguments. */
  slices: Array<[string, unknown]>;
}

/** The conditions of `filter` on `path` or below it (top level and `$and` branches). */
function conditionsOn(filter: Doc, path: string): Doc[] {
  const out: Doc[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const branch of value as unknown[])
        if (isPlainObject(branch)) out.push(...conditionsOn(branch, path));
    } else if (key === path || key.startsWith(`${path}.`)) {
      const condition = recording(key, value);
      if (condition) out.push(condition);
    } else if ((key === '$or' || key === '$nor') && JSON.stringify(value).includes(`"${path}`))
      throw notImplemented(`a positional projection of '${path}' under ${key}`);
  }
  return out;
}

function plan(projection: Doc, filter: Doc): Plan {
  const rest: Doc = {};
  const picked: Picked[] = [];
  const slices: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(projection)) {
    if (key.endsWith('.$')) {
      const path = key.slice(0, -2);
      const conditions = conditionsOn(filter, path);
      const only = conditions.length > 0 ? { $and: conditions } : undefined;
      picked.push({ path, filter: only, positional: true });
      rest[path] = 1;
    } else if (isPlainObject(value) && Object.keys(value).length === 1 && '$elemMatch' in value) {
      if (key.includes('.'))
        throw notImplemented(`$elemMatch projection of a dotted field '${key}'`);
      picked.push({ path: key, filter: { [key]: value }, positional: false });
      rest[key] = 1;
    } else {
      if (isPlainObject(value) && Object.keys(value).length === 1 && '$slice' in value)
        slices.push([key, value.$slice]);
      rest[key] = value;
    }
  }
  if (picked.length > 0) {
    const excludes = Object.entries(rest).some(([k, v]) => k !== '_id' && (v === 0 || v === false));
    if (excludes) throw notImplemented('a positional or $elemMatch projection with exclusions');
  }
  return { rest, picked, slices };
}

/** A copy of `doc` whose array at `path` is replaced by `value` (copies along the path). */
function withValueAt(doc: Doc, path: string, value: unknown): Doc {
  const root: Doc = { ...doc };
  let node = root;
  const parts = path.split('.');
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (!isPlainObject(next)) throw notImplemented(`a projection of '${path}' through an array`);
    const copy = { ...next };
    node[part] = copy;
    node = copy;
  }
  node[parts[parts.length - 1] ?? ''] = value;
  return root;
}

/** True when an array lies on `path` in `doc` (at its end or before it). */
function arrayOnPath(doc: Doc, path: string): boolean {
  let node: unknown = doc;
  for (const part of path.split('.')) {
    if (!isPlainObject(node)) return false;
    node = node[part];
    if (Array.isArray(node)) return true;
  }
  return false;
}

function under(key: string, path: string): boolean {
  return key === path || key.startsWith(`${path}.`);
}

/** `hints` with those of element `from` of the array at `path` moved to index `to`. */
function moveElement(hints: Hints | undefined, path: string, from: number, to: number): Hints {
  const out: Hints = new Map();
  const source = `${path}.${from}`;
  for (const [key, kind] of hints ?? []) {
    if (key === source || key.startsWith(`${source}.`))
      out.set(`${path}.${to}${key.slice(source.length)}`, kind);
    else if (key !== path && !key.startsWith(`${path}.`)) out.set(key, kind);
  }
  return out;
}

/** The index of the first element of the array at `path` that passes `pick.filter`. */
function firstMatching(doc: Doc, hints: Hints | undefined, pick: Picked): number | undefined {
  const array = getPath(doc, pick.path);
  if (!Array.isArray(array) || !pick.filter) return undefined;
  let tested: { doc: Doc; hints: Hints } | undefined;
  const query = compileQuery(pick.filter, (obj) =>
    tested && obj === tested.doc ? tested.hints : null,
  );
  for (let i = 0; i < array.length; i++) {
    tested = {
      doc: withValueAt(doc, pick.path, [array[i]]),
      hints: moveElement(hints, pick.path, i, 0),
    };
    if (query.test(tested.doc)) return i;
  }
  return undefined;
}

/** Where a find `$slice` starts and how many it keeps, for an array of `length`. */
function sliceWindow(arg: unknown, length: number): [number, number] | undefined {
  const clamp = (n: number): number => Math.min(Math.max(n, 0), length);
  if (typeof arg === 'number')
    return arg >= 0 ? [0, clamp(arg)] : [clamp(length + arg), length - clamp(length + arg)];
  if (Array.isArray(arg) && typeof arg[0] === 'number' && typeof arg[1] === 'number') {
    const start = arg[0] >= 0 ? clamp(arg[0]) : clamp(length + arg[0]);
    return [start, Math.min(arg[1], length - start)];
  }
  return undefined;
}

/** The hints of a `$slice`d array at `path`: the kept elements' hints, re-indexed. */
function sliceHints(hints: Hints, doc: Doc, path: string, arg: unknown): void {
  if (!hasUnder(hints, path)) return;
  const array = getPath(doc, path);
  const window = Array.isArray(array) ? sliceWindow(arg, array.length) : undefined;
  if (!window) throw notImplemented(`$slice of '${path}' holding integral Double or Long values`);
  const [start, count] = window;
  const moved: Array<[string, NumericKind]> = [];
  for (const [key, kind] of [...hints]) {
    if (!key.startsWith(`${path}.`)) continue;
    hints.delete(key);
    const [index = '', ...tail] = key.slice(path.length + 1).split('.');
    const i = Number(index);
    if (i >= start && i < start + count)
      moved.push([[path, String(i - start), ...tail].join('.'), kind]);
  }
  for (const [key, kind] of moved) hints.set(key, kind);
}

function reorder(out: Doc, original: Doc): Doc {
  const ordered: Doc = {};
  for (const key of Object.keys(original)) if (key in out) ordered[key] = out[key];
  for (const key of Object.keys(out)) if (!(key in ordered)) ordered[key] = out[key];
  return ordered;
}

function projectOne(typed: Doc, p: Plan, cmd: Hints | undefined): Doc {
  const list: HintList = [];
  const promoted = promoteTree(cloneDoc(typed), '', list);
  if (!isPlainObject(promoted)) throw new Error('bug: a promoted document is not a document');
  const hints: Hints | undefined = list.length > 0 ? new Map(list) : undefined;
  const [projected] = compileQuery({}).find<Doc>([promoted], normalizeExpressions(p.rest)).all();
  const out: Doc = projected ?? {};
  const plain = !hints && !hasUnder(cmd, 'projection') && !typedOperator(p.rest);
  let outHints: Hints | undefined =
    plain && p.picked.length === 0
      ? undefined
      : findProjectionHints(
          Object.fromEntries(
            Object.entries(p.rest).map(([k, v]) => [k, p.slices.some(([s]) => s === k) ? 1 : v]),
          ),
          promoted,
          hints,
          cmd,
          out,
        );
  if (outHints) for (const [path, arg] of p.slices) sliceHints(outHints, promoted, path, arg);
  for (const pick of p.picked) {
    const k = firstMatching(promoted, hints, pick);
    if (k === undefined) {
      // mongod fails when the query recorded no index and the path reaches an array
      // (`applyPositionalProjection`, src/mongo/db/exec/find_projection_executor.cpp).
      if (pick.positional && !pick.filter && arrayOnPath(promoted, pick.path))
        throw new CommandError(
          'Location51246',
          "positional operator '.$' couldn't find a matching element in the array",
        );
      if (pick.positional)
        throw notImplemented(`a positional projection of '${pick.path}' matching no element`);
      delete out[pick.path];
      continue;
    }
    const array = getPath(promoted, pick.path);
    if (!Array.isArray(array)) throw new Error(`bug: '${pick.path}' matched but holds no array`);
    Object.assign(out, withValueAt(out, pick.path, [array[k]]));
    // The field now holds that one element, with its hints at index 0.
    const next: Hints = new Map();
    for (const [key, kind] of outHints ?? []) if (!under(key, pick.path)) next.set(key, kind);
    for (const [key, kind] of moveElement(hints, pick.path, k, 0))
      if (under(key, pick.path)) next.set(key, kind);
    outHints = next;
  }
  return reorder(applyHints(out, outHints), typed);
}

/** A projection that only keeps or drops fields (`1`/`0`/`true`/`false` on plain paths). */
function isFieldSelection(projection: Doc): boolean {
  return Object.entries(projection).every(
    ([key, value]) =>
      !key.includes('$') && (value === 0 || value === 1 || value === true || value === false),
  );
}

/**
 * Applies a find projection to typed documents (Double/Long values as BSON wrappers, as
 * replies carry them), restoring MongoDB's field order (the document's own, `_id` first).
 * `filter` is the query (for `.$`); `cmd` the command's literal hints (`projection.…`).
 */
export function projectDocs(
  docs: Doc[],
  projection: Doc | undefined,
  filter: Doc,
  cmd?: Hints,
): Doc[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  if (!hasUnder(cmd, 'projection') && isFieldSelection(projection)) {
    // Only fields kept or dropped: nothing is computed or compared, so the typed values are
    // carried over as they are, in one pass over all documents (most finds project this way).
    const projected = compileQuery({}).find<Doc>(docs, projection).all();
    return projected.map((out, i) => reorder(out, docs[i] ?? {}));
  }
  const p = plan(projection, filter);
  return docs.map((doc) => projectOne(doc, p, cmd));
}
