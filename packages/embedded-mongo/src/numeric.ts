/**
 * Numeric type fidelity. mingo computes only on JS numbers, so Int32, Double and (safe) Long
 * values are promoted to numbers for storage and queries. Promotion loses two facts the BSON
 * encoder cannot recover: that an integral value was a Double, and that a value was a Long.
 * Those are kept as per-document hints (dotted path → kind) and re-applied whenever a
 * document leaves the engine (replies, change events, the journal).
 */
import { Double, Int32, Long } from 'bson';
import { notImplemented } from './errors.js';
import { isPlainObject, valuesEqual, type Doc } from './values.js';

/** The BSON type a promoted number must be written back as. */
export type NumericKind = 'double' | 'long';
/** Hints of one document: dotted path (array indexes as digits) → kind. */
export type Hints = Map<string, NumericKind>;
/** Hints collected while promoting a larger tree (e.g. a whole command). */
export type HintList = Array<[string, NumericKind]>;

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * Replaces Int32/Double/safe Long values by numbers (in place, returning the new root) and
 * records where a Double or Long was lost. Other values are left alone.
 */
export function promoteTree(value: unknown, path: string, hints: HintList): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Int32) return value.value;
  if (value instanceof Double) {
    const n = value.value;
    // Integral doubles in int32 range would be re-encoded as Int32: remember them.
    if (Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX) hints.push([path, 'double']);
    return n;
  }
  if (value instanceof Long) {
    const n = value.toNumber();
    if (!Number.isSafeInteger(n)) return value;
    hints.push([path, 'long']);
    return n;
  }
  const prefix = path === '' ? '' : `${path}.`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = promoteTree(value[i], `${prefix}${i}`, hints);
    return value;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value))
      value[key] = promoteTree(value[key], `${prefix}${key}`, hints);
  }
  return value;
}

/** The hints found under `prefix` (e.g. `documents.3.`), re-rooted at that prefix. */
export function hintsUnder(list: HintList | undefined, prefix: string): Hints | undefined {
  if (!list || list.length === 0) return undefined;
  let out: Hints | undefined;
  for (const [path, kind] of list) {
    if (!path.startsWith(prefix)) continue;
    out ??= new Map();
    out.set(path.slice(prefix.length), kind);
  }
  return out;
}

function wrap(n: number, kind: NumericKind): unknown {
  return kind === 'long' ? Long.fromNumber(n) : new Double(n);
}

/** A copy of `doc` with hinted numbers wrapped back into Double/Long (shares the rest). */
export function applyHints(doc: Doc, hints: Hints | undefined): Doc {
  if (!hints || hints.size === 0) return doc;
  const root: Doc = { ...doc };
  for (const [path, kind] of hints) {
    const parts = path.split('.');
    let node: Doc | unknown[] = root;
    for (let i = 0; i < parts.length; i++) {
      const key = parts[i] ?? '';
      const current: unknown = Array.isArray(node) ? node[Number(key)] : node[key];
      if (i === parts.length - 1) {
        if (typeof current !== 'number') break;
        if (Array.isArray(node)) node[Number(key)] = wrap(current, kind);
        else node[key] = wrap(current, kind);
        break;
      }
      let copy: Doc | unknown[];
      if (Array.isArray(current)) copy = [...(current as unknown[])];
      else if (isPlainObject(current)) copy = { ...current };
      else break;
      if (Array.isArray(node)) node[Number(key)] = copy;
      else node[key] = copy;
      node = copy;
    }
  }
  return root;
}

const ARITHMETIC = new Set(['$inc', '$mul', '$bit']);
const MIN_MAX = new Set(['$min', '$max']);

/** A path up to its first positional segment (`a.$.b` → `a`): everything below may change. */
function stablePrefix(path: string): string {
  const parts = path.split('.');
  const cut = parts.findIndex((p) => p.startsWith('$'));
  return cut < 0 ? path : parts.slice(0, cut).join('.');
}

function dropUnder(hints: Hints, path: string): void {
  for (const key of [...hints.keys()])
    if (key === path || key.startsWith(`${path}.`)) hints.delete(key);
}

function numberAt(doc: Doc, path: string): unknown {
  let node: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(node)) node = (node as unknown[])[Number(part)];
    else if (isPlainObject(node)) node = node[part];
    else return undefined;
  }
  return node;
}

/** MongoDB's result type of arithmetic: double wins, then long, else int. */
function combine(a: NumericKind | undefined, b: NumericKind | undefined): NumericKind | undefined {
  if (a === 'double' || b === 'double') return 'double';
  return a ?? b;
}

/** The kind of a promoted number: its hint, or double when it is not integral. */
function kindOf(value: unknown, hint: NumericKind | undefined): NumericKind | undefined {
  if (hint) return hint;
  return typeof value === 'number' && !Number.isInteger(value) ? 'double' : undefined;
}

/**
 * The type of an arithmetic result (`$inc`, `$mul`, `$bit`), as the update operators' pages
 * document it: any double makes a double, else any long a long, else an int, except that an
 * int result outside the 32-bit range becomes a long.
 */
export function arithmeticKind(
  current: unknown,
  currentHint: NumericKind | undefined,
  arg: unknown,
  argHint: NumericKind | undefined,
  result: unknown,
): NumericKind | undefined {
  const kind = combine(kindOf(current, currentHint), kindOf(arg, argHint));
  if (kind !== undefined || typeof result !== 'number') return kind;
  if (!Number.isInteger(result)) return 'double';
  return result < INT32_MIN || result > INT32_MAX ? 'long' : undefined;
}

/** Hints of the document produced by an update, from the old hints and the update's own. */
export function updateHints(
  old: Hints | undefined,
  update: Doc | Doc[],
  spec: Hints | undefined,
  before: Doc,
  after: Doc,
  inserting: boolean,
): Hints | undefined {
  const next: Hints = new Map(old ?? []);
  const isOperators = !Array.isArray(update) && Object.keys(update).some((k) => k.startsWith('$'));
  if (!Array.isArray(update) && !isOperators) {
    next.clear();
    for (const [path, kind] of spec ?? []) next.set(path, kind);
  } else if (!Array.isArray(update)) {
    for (const [op, fields] of Object.entries(update)) {
      if (!isPlainObject(fields) || (op === '$setOnInsert' && !inserting)) continue;
      for (const [raw, arg] of Object.entries(fields)) {
        const path = stablePrefix(raw);
        const own = spec?.get(`${op}.${raw}`);
        if (ARITHMETIC.has(op) && path === raw) {
          const argument = op === '$bit' && isPlainObject(arg) ? Object.values(arg)[0] : arg;
          const current = numberAt(before, path);
          const argHint =
            op === '$bit' && own === undefined ? firstHintUnder(spec, `${op}.${raw}.`) : own;
          const result = numberAt(after, path);
          const kind = arithmeticKind(current, next.get(path), argument, argHint, result);
          next.delete(path);
          if (kind) next.set(path, kind);
        } else if (MIN_MAX.has(op) && path === raw) {
          if (numberAt(before, path) !== numberAt(after, path)) {
            next.delete(path);
            if (own) next.set(path, own);
          }
        } else if (ARRAY_OPS.has(op) || path !== raw) {
          retypeArray(next, { op, raw, path, arg, spec, before, after });
        } else if (op === '$rename' && typeof arg === 'string') {
          dropUnder(next, arg);
          for (const [key, kind] of [...next]) {
            if (key === path || key.startsWith(`${path}.`))
              next.set(arg + key.slice(path.length), kind);
          }
          dropUnder(next, path);
        } else {
          dropUnder(next, path);
          if ((op === '$set' || op === '$setOnInsert') && path === raw) {
            for (const [key, kind] of spec ?? []) {
              const prefix = `${op}.${raw}`;
              if (key === prefix || key.startsWith(`${prefix}.`))
                next.set(raw + key.slice(prefix.length), kind);
            }
          }
        }
      }
    }
  }
  for (const path of [...next.keys()])
    if (typeof numberAt(after, path) !== 'number') next.delete(path);
  return next.size > 0 ? next : undefined;
}

function hasPrefix(hints: Hints | undefined, prefix: string): boolean {
  for (const key of hints?.keys() ?? [])
    if (key === prefix || key.startsWith(`${prefix}.`)) return true;
  return false;
}

const ARRAY_OPS = new Set(['$push', '$addToSet', '$pull', '$pullAll', '$pop']);

/** What {@link retypeArray} needs to know about one operator field. */
interface ArrayChange {
  op: string;
  /** The field as written (`xs`, `xs.$[]`, `xs.$[e]`, `xs.$`). */
  raw: string;
  /** The array's path (`raw` up to its positional segment). */
  path: string;
  arg: unknown;
  spec: Hints | undefined;
  before: Doc;
  after: Doc;
}

/** The BSON kind a number has without a hint: int32 when integral and in range, else double. */
function natural(n: number): 'int' | 'double' {
  return Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX ? 'int' : 'double';
}

/**
 * The hints of an array an operator changed element by element (`$push`, `$addToSet`, `$pull`,
 * `$pullAll`, `$pop`, or any operator through a positional path `xs.$`, `xs.$[]`, `xs.$[e]`):
 * each number of the new array takes the type of the value it came from. Appends keep the old
 * elements in place; other changes are traced by value to the old elements and the operator's
 * values, and a number two sources of different types could have given is refused; an
 * arithmetic operator types each changed element as `$inc`/`$mul` on a field do. Numbers
 * nested below the elements are refused where their types would be lost.
 */
function retypeArray(next: Hints, change: ArrayChange): void {
  const { op, raw, path, arg, spec, before, after } = change;
  const old = new Map<string, NumericKind>();
  for (const [key, kind] of next)
    if (key === path || key.startsWith(`${path}.`)) old.set(key, kind);
  dropUnder(next, path);
  const result = numberAt(after, path);
  const previous = numberAt(before, path);
  const prior = Array.isArray(previous) ? (previous as unknown[]) : [];
  const refuse = (what: string): never => {
    throw notImplemented(`${op} on '${raw}' ${what} (their types would be lost)`);
  };
  for (const key of old.keys())
    if (key.slice(path.length + 1).includes('.'))
      refuse('over documents nested in an array holding integral Double or Long values');
  const prefix = `${op}.${raw}`;
  // `xs.$[].v`: the change is below the elements, where this does not follow types.
  if (raw.slice(path.length + 1).includes('.')) {
    if (old.size > 0 || hasPrefix(spec, prefix))
      refuse('below the elements of an array holding integral Double or Long values');
    return;
  }
  const values: Array<[unknown, NumericKind | undefined]> = [];
  const each =
    isPlainObject(arg) && Array.isArray(arg.$each) ? (arg.$each as unknown[]) : undefined;
  for (const [key] of spec ?? []) {
    if (!(key === prefix || key.startsWith(`${prefix}.`))) continue;
    const rel = key.slice(prefix.length + 1);
    if (key !== prefix && !(each && /^\$each\.\d+$/.test(rel)))
      refuse('with nested integral Double or Long values');
  }
  if (each) each.forEach((v, k) => values.push([v, spec?.get(`${prefix}.$each.${k}`)]));
  else if (op !== '$pull' && op !== '$pullAll' && op !== '$pop')
    values.push([arg, spec?.get(prefix)]);
  if (!Array.isArray(result)) return;
  const list = result as unknown[];
  const appends =
    (op === '$push' || op === '$addToSet') &&
    !(isPlainObject(arg) && ('$position' in arg || '$sort' in arg || '$slice' in arg));
  const arithmetic = ARITHMETIC.has(op);
  const argHint = spec?.get(prefix);
  const every = raw.endsWith('.$[]');
  const added = appends ? appendedKinds(op, list.slice(prior.length), values, refuse) : [];
  list.forEach((value, j) => {
    if (typeof value !== 'number') return;
    const at = `${path}.${j}`;
    let kind: NumericKind | 'int' | undefined;
    if (appends) {
      kind = j < prior.length ? old.get(at) : added[j - prior.length];
    } else if (arithmetic) {
      const current = prior[j];
      const currentHint = old.get(at);
      if (current === value && !every) {
        if (argHint) refuse('leaving an element unchanged by a Double or Long operand');
        kind = currentHint;
      } else kind = arithmeticKind(current, currentHint, arg, argHint, value);
    } else {
      const sources = new Set<string>();
      prior.forEach((v, i) => {
        if (v === value) sources.add(old.get(`${path}.${i}`) ?? natural(value));
      });
      for (const [v, k] of values) if (v === value) sources.add(k ?? natural(value));
      if (sources.size > 1) refuse('holding equal numbers of different types');
      const [only] = sources;
      kind = only === 'double' || only === 'long' ? only : undefined;
    }
    if (kind === 'double' || kind === 'long') next.set(at, kind);
  });
}

/**
 * The hints of the elements an append added, in order. `$push` appends every value. `$addToSet`
 * skips a value equal to an element already there or added before it (numbers compare by
 * value across types), so the added elements are a subsequence of the values: each is traced
 * to the first value not yet used that equals it (an earlier equal value would have been added
 * in its place).
 */
function appendedKinds(
  op: string,
  appended: unknown[],
  values: Array<[unknown, NumericKind | undefined]>,
  refuse: (what: string) => never,
): Array<NumericKind | undefined> {
  if (op !== '$addToSet') return values.map(([, kind]) => kind);
  const kinds: Array<NumericKind | undefined> = [];
  let k = 0;
  for (const element of appended) {
    while (k < values.length && !valuesEqual(values[k]?.[0], element)) k++;
    const source = values[k];
    if (!source) refuse('adding an element not traced to its value');
    kinds.push(source[1]);
    k++;
  }
  return kinds;
}

/** The hint of the first path under `prefix` (the operand of `$bit: { f: { and: x } }`). */
function firstHintUnder(spec: Hints | undefined, prefix: string): NumericKind | undefined {
  for (const [path, kind] of spec ?? []) if (path.startsWith(prefix)) return kind;
  return undefined;
}

/** True when two hint sets are the same. */
export function sameHints(a: Hints | undefined, b: Hints | undefined): boolean {
  if ((a?.size ?? 0) !== (b?.size ?? 0)) return false;
  for (const [path, kind] of a ?? []) if (b?.get(path) !== kind) return false;
  return true;
}
