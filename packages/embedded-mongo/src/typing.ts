/**
 * Result types of aggregation expressions. mingo computes every stage on JS numbers, so it
 * cannot tell an int32 from a long or an integral double; this module works out, per output
 * document, which numbers MongoDB would return as Double or Long (the same hints as
 * numeric.ts), from the input documents' hints, the command's literal hints and the rules of
 * MongoDB's manual (https://www.mongodb.com/docs/manual/reference/operator/aggregation/):
 *
 * - `$add`, `$subtract`, `$multiply`, `$sum`: the widest input type (int < long < double); an
 *   int result past the int32 range is a long, a long past the int64 range a double; date
 *   minus date is a long (`$subtract`).
 * - `$divide`, `$avg`, `$stdDevPop`, `$stdDevSamp`, `$sqrt`, `$exp`, `$ln`, `$log`, `$log10`,
 *   trigonometry: a double (null when there is nothing numeric, as the pages say).
 * - `$abs`, `$ceil`, `$floor`, `$round`, `$trunc`: the input's type (`$abs` of the lowest
 *   int is a long).
 * - `$mod`: the wider input type, except (before 7.2, as the engine's 7.0 does) an integral
 *   double divisor of an int/long dividend, which gives the dividend's type.
 * - `$pow`: the input type while the result is representable in it; int → long → double.
 * - `$min`, `$max`, `$first`, `$last`, `$push`, field paths, `$cond`, `$ifNull`: the chosen
 *   value keeps its type.
 *
 * What cannot be typed here is refused (NotImplemented) rather than answered with a guessed
 * type: Decimal128 or 64-bit integers beyond 2^53 in arithmetic, integer results beyond
 * 2^53, a typed operator inside an expression this module does not follow, and a value whose
 * type would be lost (an integral Double or a Long passing through an operator not followed).
 */
import { Decimal128, Double, Int32, Long } from 'bson';
import { notImplemented } from './errors.js';
import { compilePipeline, type PipelineOptions } from './mingo.js';
import type { Hints, NumericKind } from './numeric.js';
import { compareValues, isPlainObject, valueKey, type Doc } from './values.js';

type Kind = 'int' | NumericKind;

/** A value with the hints of the numbers in it, relative to it ('' is the value itself). */
interface Typed {
  value: unknown;
  hints: Hints | undefined;
  /** The value differs from mingo's (e.g. `$type` of a Double): it replaces mingo's. */
  exact?: boolean;
}

/** What an expression is evaluated against. */
interface Env {
  doc: Doc;
  hints: Hints | undefined;
  /** Hints of the command document (`pipeline.3.$project.x.$add.1` → kind). */
  cmd: Hints | undefined;
  options: PipelineOptions;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const INT64_LIMIT = 2 ** 63;

/** One-operand (or [number, base]) operators that return a double. */
const DOUBLE_RESULT = new Set([
  '$divide',
  '$sqrt',
  '$exp',
  '$ln',
  '$log',
  '$log10',
  '$sin',
  '$cos',
  '$tan',
  '$asin',
  '$acos',
  '$atan',
  '$atan2',
  '$asinh',
  '$acosh',
  '$atanh',
  '$sinh',
  '$cosh',
  '$tanh',
  '$degreesToRadians',
  '$radiansToDegrees',
]);

/** Operators whose result type depends on their inputs' types (or is not an int). */
const TYPED = new Set([
  ...DOUBLE_RESULT,
  '$add',
  '$subtract',
  '$multiply',
  '$mod',
  '$abs',
  '$ceil',
  '$floor',
  '$round',
  '$trunc',
  '$pow',
  '$sum',
  '$avg',
  '$stdDevPop',
  '$stdDevSamp',
  '$toDouble',
  '$toLong',
  '$toInt',
  '$toDecimal',
  '$convert',
  '$dateDiff',
  '$tsSecond',
  '$tsIncrement',
  '$toHashedIndexKey',
  '$median',
  '$percentile',
  '$covariancePop',
  '$covarianceSamp',
  '$derivative',
  '$integral',
  '$expMovingAvg',
  '$documentNumber',
  '$rank',
  '$denseRank',
  '$linearFill',
  '$bitAnd',
  '$bitOr',
  '$bitXor',
  '$bitNot',
]);

/** Operators that return an int32 (or null) whatever their inputs. */
const INT_RESULT = new Set([
  '$size',
  '$strLenCP',
  '$strLenBytes',
  '$indexOfArray',
  '$indexOfBytes',
  '$indexOfCP',
  '$cmp',
  '$strcasecmp',
  '$year',
  '$month',
  '$dayOfMonth',
  '$hour',
  '$minute',
  '$second',
  '$millisecond',
  '$dayOfWeek',
  '$dayOfYear',
  '$week',
  '$isoWeek',
  '$isoWeekYear',
  '$isoDayOfWeek',
  '$binarySize',
  '$bsonSize',
]);

const RANK: Record<Kind, number> = { int: 0, long: 1, double: 2 };

function widest(kinds: Kind[]): Kind {
  let best: Kind = 'int';
  for (const k of kinds) if (RANK[k] > RANK[best]) best = k;
  return best;
}

function scalar(value: unknown, kind: Kind | undefined): Typed {
  return { value, hints: kind && kind !== 'int' ? new Map([['', kind]]) : undefined };
}

/** The hints of `hints` under `path`, re-rooted there ('' for the value at `path`). */
export function subtree(hints: Hints | undefined, path: string): Hints | undefined {
  if (!hints) return undefined;
  let out: Hints | undefined;
  for (const [key, kind] of hints) {
    let rel: string | undefined;
    if (path === '') rel = key;
    else if (key === path) rel = '';
    else if (key.startsWith(`${path}.`)) rel = key.slice(path.length + 1);
    if (rel === undefined) continue;
    out ??= new Map();
    out.set(rel, kind);
  }
  return out;
}

export function hasUnder(hints: Hints | undefined, path: string): boolean {
  if (!hints) return false;
  for (const key of hints.keys()) if (key === path || key.startsWith(`${path}.`)) return true;
  return false;
}

/** `path` without its array-index segments (`a.3.b` → `a.b`). */
function shape(path: string): string {
  return path
    .split('.')
    .filter((p) => !/^\d+$/.test(p))
    .join('.');
}

function under(key: string, path: string): boolean {
  return key === path || key.startsWith(`${path}.`);
}

/** Removes the hints at or under `path`, through arrays too (`a.b` drops `a.0.b`). */
function dropMatching(hints: Hints, path: string): void {
  for (const key of [...hints.keys()]) if (under(shape(key), path)) hints.delete(key);
}

/** The number at a dotted path (array indexes as digits), else undefined. */
function numberAt(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  if (path === '') return node;
  for (const part of path.split('.')) {
    if (Array.isArray(node)) node = (node as unknown[])[Number(part)];
    else if (isPlainObject(node)) node = node[part];
    else return undefined;
  }
  return node;
}

/** The first operator of `TYPED` anywhere in `expr` (keys), if any. */
export function typedOperator(expr: unknown, allowCount = false): string | undefined {
  if (Array.isArray(expr)) {
    for (const e of expr as unknown[]) {
      const found = typedOperator(e, allowCount);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(expr)) return undefined;
  for (const [key, value] of Object.entries(expr)) {
    // `$sum: 1` (counting) is an int32 for any realistic number of documents.
    if (allowCount && key === '$sum' && typeof value === 'number' && Number.isInteger(value))
      continue;
    if (TYPED.has(key)) return key;
    const found = typedOperator(value, allowCount);
    if (found) return found;
  }
  return undefined;
}

/** True when `key` is a field name anywhere in `expr`. */
export function hasKey(expr: unknown, key: string): boolean {
  if (Array.isArray(expr)) return (expr as unknown[]).some((e) => hasKey(e, key));
  if (!isPlainObject(expr)) return false;
  return Object.entries(expr).some(([k, v]) => k === key || hasKey(v, key));
}

/** True when a value holds an integral number or a Long (what hints could be lost on). */
function holdsIntegral(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value);
  if (value instanceof Long || value instanceof Int32 || value instanceof Double) return true;
  if (Array.isArray(value)) return (value as unknown[]).some(holdsIntegral);
  if (isPlainObject(value)) return Object.values(value).some(holdsIntegral);
  return false;
}

/** The value of `expr` on the environment's document, computed by mingo. */
function valueOf(expr: unknown, env: Env): unknown {
  const [out] = compilePipeline([{ $replaceWith: { v: expr } }], env.options).run([env.doc]);
  return isPlainObject(out) ? out.v : undefined;
}

/** An expression this module does not follow: its value, if its type cannot be wrong. */
function opaque(expr: unknown, path: string, env: Env, what: string): Typed {
  const op = typedOperator(expr);
  if (op) throw notImplemented(`the result type of ${op} inside ${what} in aggregation`);
  if (hasUnder(env.cmd, path))
    throw notImplemented(`Double or Long literals inside ${what} in aggregation`);
  const value = valueOf(expr, env);
  if (env.hints && env.hints.size > 0 && hasKey(expr, '$type'))
    throw notImplemented(`$type inside ${what} over integral Double or Long values`);
  if (env.hints && env.hints.size > 0 && holdsIntegral(value))
    throw notImplemented(
      `${what} in aggregation over documents holding integral Double or Long values (their type would be lost)`,
    );
  return { value, hints: undefined };
}

type NumClass = Kind | 'null' | 'date' | 'other';

function isKind(c: NumClass | undefined): c is Kind {
  return c === 'int' || c === 'long' || c === 'double';
}

function classify(t: Typed): NumClass {
  const v = t.value;
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') {
    const hint = t.hints?.get('');
    if (hint) return hint;
    return Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX ? 'int' : 'double';
  }
  if (v instanceof Date) return 'date';
  if (v instanceof Long || v instanceof Decimal128 || v instanceof Int32 || v instanceof Double)
    throw notImplemented('aggregation arithmetic on Decimal128 or on integers beyond 2^53');
  return 'other';
}

/** The type of an integer-typed result `n`: widened past int32 / int64 as MongoDB does. */
function integerResult(kind: Kind, n: unknown, op: string): Kind {
  if (kind === 'double' || typeof n !== 'number' || !Number.isFinite(n)) return kind;
  let k = kind;
  if (k === 'int' && (n < INT32_MIN || n > INT32_MAX)) k = 'long';
  if (k === 'long' && (n >= INT64_LIMIT || n < -INT64_LIMIT)) return 'double';
  if (!Number.isSafeInteger(n))
    throw notImplemented(`${op} with an integer result beyond 2^53 in aggregation`);
  return k;
}

function operands(arg: unknown, path: string, env: Env): Typed[] {
  if (Array.isArray(arg)) return (arg as unknown[]).map((e, i) => evaluate(e, `${path}.${i}`, env));
  return [evaluate(arg, path, env)];
}

/** The elements of an array value, each with its hints. */
function elements(t: Typed): Typed[] {
  if (!Array.isArray(t.value)) return [t];
  return (t.value as unknown[]).map((value, i) => ({ value, hints: subtree(t.hints, String(i)) }));
}

/** `$sum`'s type over values (non-numbers ignored; none at all is the int 0). */
function sumOf(values: Typed[], op: string): Typed {
  const kinds: Kind[] = [];
  let total = 0;
  for (const t of values) {
    const c = classify(t);
    if (c === 'int' || c === 'long' || c === 'double') {
      kinds.push(c);
      total += t.value as number;
    }
  }
  return scalar(total, integerResult(widest(kinds), total, op));
}

function numericCount(values: Typed[]): number {
  let n = 0;
  for (const t of values) {
    const c = classify(t);
    if (c === 'int' || c === 'long' || c === 'double') n += 1;
  }
  return n;
}

/** The lowest (or highest) non-null value, with its type; equal values of two types refused. */
function extreme(values: Typed[], sign: 1 | -1, op: string): Typed {
  let best: Typed | undefined;
  for (const t of values) {
    if (t.value === null || t.value === undefined) continue;
    if (!best) {
      best = t;
      continue;
    }
    const c = compareValues(t.value, best.value) * sign;
    if (c < 0) best = t;
    else if (c === 0 && classify(t) !== classify(best))
      throw notImplemented(`${op} of equal values of different numeric types in aggregation`);
  }
  return best ?? { value: null, hints: undefined };
}

function truthy(value: unknown): boolean {
  return !(value === false || value === null || value === undefined || value === 0);
}

function convertKind(to: unknown): Kind | 'none' | undefined {
  if (to === 'double' || to === 1) return 'double';
  if (to === 'long' || to === 18) return 'long';
  if (to === 'int' || to === 16) return 'int';
  if (to === 'decimal' || to === 19) return undefined;
  if (typeof to === 'string' || typeof to === 'number') return 'none';
  return undefined;
}

function operator(op: string, arg: unknown, expr: Doc, path: string, env: Env): Typed {
  const here = `${path}.${op}`;
  switch (op) {
    case '$literal':
      return { value: arg, hints: subtree(env.cmd, here) };
    case '$cond': {
      const parts = Array.isArray(arg)
        ? { if: arg[0] as unknown, then: arg[1] as unknown, else: arg[2] as unknown }
        : isPlainObject(arg)
          ? { if: arg.if, then: arg.then, else: arg.else }
          : undefined;
      if (!parts) return opaque(expr, path, env, op);
      const branch = truthy(valueOf(parts.if, env)) ? 'then' : 'else';
      const index = branch === 'then' ? 1 : 2;
      const at = Array.isArray(arg) ? `${here}.${index}` : `${here}.${branch}`;
      return evaluate(parts[branch], at, env);
    }
    case '$ifNull': {
      if (!Array.isArray(arg)) return opaque(expr, path, env, op);
      const list = arg as unknown[];
      for (let i = 0; i < list.length; i++) {
        const t = evaluate(list[i], `${here}.${i}`, env);
        if ((t.value !== null && t.value !== undefined) || i === list.length - 1) return t;
      }
      return { value: null, hints: undefined };
    }
    case '$add':
    case '$multiply':
    case '$subtract': {
      const args = operands(arg, here, env);
      const classes = args.map(classify);
      const value = valueOf(expr, env);
      if (classes.includes('null') || classes.includes('other')) return { value, hints: undefined };
      if (classes.includes('date')) {
        // Date minus date is a long count of milliseconds; date ± number is a date.
        const long = op === '$subtract' && classes[0] === 'date' && classes[1] === 'date';
        return scalar(value, long ? 'long' : undefined);
      }
      return scalar(value, integerResult(widest(classes as Kind[]), value, op));
    }
    case '$mod': {
      const args = operands(arg, here, env);
      const classes = args.map(classify);
      const value = valueOf(expr, env);
      const [a, b] = classes;
      if (!isKind(a) || !isKind(b)) return { value, hints: undefined };
      const divisor = args[1]?.value;
      if (b === 'double' && a !== 'double' && Number.isInteger(divisor)) return scalar(value, a);
      return scalar(value, widest([a, b]));
    }
    case '$abs':
    case '$ceil':
    case '$floor':
    case '$round':
    case '$trunc': {
      const args = operands(arg, here, env);
      const first = args[0];
      const c = first ? classify(first) : 'null';
      const value = valueOf(expr, env);
      if (c === 'null' || c === 'other' || c === 'date') return { value, hints: undefined };
      if (op === '$abs') return scalar(value, integerResult(c, value, op));
      if (c !== 'double' && typeof value === 'number' && integerResult(c, value, op) !== c)
        throw notImplemented(`${op} of an integer past its type's range in aggregation`);
      return scalar(value, c);
    }
    case '$pow': {
      const args = operands(arg, here, env);
      const classes = args.map(classify);
      const value = valueOf(expr, env);
      if (classes.includes('null') || classes.includes('other') || classes.includes('date'))
        return { value, hints: undefined };
      const kind = widest(classes as Kind[]);
      if (kind === 'double' || typeof value !== 'number') return scalar(value, 'double');
      const base = args[0]?.value as number;
      const exponent = args[1]?.value as number;
      if (exponent < 0) {
        if (Math.abs(base) <= 1)
          throw notImplemented('$pow of -1, 0 or 1 to a negative integer in aggregation');
        return scalar(value, 'double');
      }
      if (!Number.isInteger(value) || value >= INT64_LIMIT || value < -INT64_LIMIT)
        return scalar(value, 'double');
      return scalar(value, integerResult(kind, value, op));
    }
    case '$sum':
    case '$avg':
    case '$stdDevPop':
    case '$stdDevSamp':
    case '$min':
    case '$max': {
      // One operand is an array to traverse; a list is taken as it is.
      const values = Array.isArray(arg)
        ? operands(arg, here, env)
        : elements(evaluate(arg, here, env));
      if (op === '$sum') return sumOf(values, op);
      if (op === '$min' || op === '$max') return extreme(values, op === '$min' ? 1 : -1, op);
      const value = valueOf(expr, env);
      const needed = op === '$stdDevSamp' ? 2 : 1;
      if (numericCount(values) < needed) return { value: null, hints: undefined, exact: true };
      return scalar(value, 'double');
    }
    case '$toDouble':
    case '$toLong':
    case '$toInt':
    case '$convert': {
      const to = op === '$convert' ? (isPlainObject(arg) ? arg.to : undefined) : op.slice(3);
      const kind = convertKind(typeof to === 'string' ? to.toLowerCase() : to);
      if (kind === undefined)
        throw notImplemented(`${op} to ${JSON.stringify(to) ?? 'an expression'} in aggregation`);
      const value = valueOf(expr, env);
      if (kind === 'none' || typeof value !== 'number') return { value, hints: undefined };
      return scalar(value, kind === 'double' ? 'double' : integerResult(kind, value, op));
    }
    case '$type': {
      const [t] = operands(arg, here, env);
      if (t && typeof t.value === 'number') {
        return { value: classify(t), hints: undefined, exact: true };
      }
      return { value: valueOf(expr, env), hints: undefined };
    }
    case '$dateDiff':
      return scalar(valueOf(expr, env), 'long');
    case '$bitAnd':
    case '$bitOr':
    case '$bitXor':
    case '$bitNot': {
      const classes = operands(arg, here, env).map(classify);
      const value = valueOf(expr, env);
      if (classes.includes('null') || classes.includes('other') || classes.includes('date'))
        return { value, hints: undefined };
      return scalar(value, widest(classes as Kind[]));
    }
    default:
  }
  if (DOUBLE_RESULT.has(op)) {
    const value = valueOf(expr, env);
    // Classifying refuses Decimal128 and large Long operands.
    operands(arg, here, env).forEach(classify);
    return scalar(value, typeof value === 'number' ? 'double' : undefined);
  }
  if (INT_RESULT.has(op)) {
    const value = valueOf(expr, env);
    return { value, hints: undefined };
  }
  return opaque(expr, path, env, op);
}

/** The value of an expression with the types of its numbers, or NotImplemented. */
export function evaluate(expr: unknown, path: string, env: Env): Typed {
  if (typeof expr === 'string') {
    if (!expr.startsWith('$')) return { value: expr, hints: undefined };
    let ref = expr.slice(1);
    if (expr.startsWith('$$')) {
      const [name = '', ...rest] = expr.slice(2).split('.');
      if (name !== 'ROOT' && name !== 'CURRENT') {
        const vars = env.options.variables;
        if (vars && name in vars && rest.length === 0)
          return { value: vars[name], hints: subtree(env.cmd, `let.${name}`) };
        return opaque(expr, path, env, expr);
      }
      ref = rest.join('.');
    }
    let node: unknown = env.doc;
    if (ref !== '')
      for (const part of ref.split('.')) {
        if (Array.isArray(node)) return opaque(expr, path, env, 'a field path through an array');
        node = isPlainObject(node) ? node[part] : undefined;
      }
    return { value: node, hints: subtree(env.hints, ref) };
  }
  if (typeof expr === 'number') return scalar(expr, env.cmd?.get(path));
  if (Array.isArray(expr)) {
    const items = (expr as unknown[]).map((e, i) => evaluate(e, `${path}.${i}`, env));
    return {
      value: items.map((t) => t.value),
      hints: merge(items.map((t, i) => [String(i), t])),
      exact: items.some((t) => t.exact),
    };
  }
  if (!isPlainObject(expr)) return { value: expr, hints: undefined };
  const keys = Object.keys(expr);
  const op = keys[0];
  if (keys.length === 1 && op?.startsWith('$')) return operator(op, expr[op], expr, path, env);
  const fields: Array<[string, Typed]> = [];
  const value: Doc = {};
  for (const key of keys) {
    const t = evaluate(expr[key], `${path}.${key}`, env);
    // A field evaluating to missing is left out of the document, as in MongoDB.
    if (t.value === undefined) continue;
    value[key] = t.value;
    fields.push([key, t]);
  }
  return { value, hints: merge(fields), exact: fields.some(([, t]) => t.exact) };
}

function merge(parts: Array<[string, Typed]>): Hints | undefined {
  let out: Hints | undefined;
  for (const [key, t] of parts)
    for (const [rel, kind] of t.hints ?? []) {
      out ??= new Map();
      out.set(rel === '' ? key : `${key}.${rel}`, kind);
    }
  return out;
}

/** Puts a typed value's hints at `path` of an output document, checking they land on numbers. */
function place(target: Hints, path: string, t: Typed, out: Doc): void {
  if (t.exact) setAt(out, path, t.value);
  for (const [rel, kind] of t.hints ?? []) {
    const full = rel === '' ? path : path === '' ? rel : `${path}.${rel}`;
    if (typeof numberAt(out, full) !== 'number')
      throw notImplemented('a typed aggregation result set through an array path');
    target.set(full, kind);
  }
}

/** Writes `value` at a dotted path of a (freshly computed) output document. */
function setAt(out: Doc, path: string, value: unknown): void {
  if (path === '') {
    if (!isPlainObject(value))
      throw notImplemented('a typed aggregation root that is not a document');
    for (const key of Object.keys(out)) delete out[key];
    Object.assign(out, value);
    return;
  }
  const parts = path.split('.');
  let node: Doc = out;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (!isPlainObject(next))
      throw notImplemented('a typed aggregation result set through an array path');
    node = next;
  }
  node[parts[parts.length - 1] ?? ''] = value;
}

/** Copies the hints at or under `path` (through arrays) from `from` into `to`. */
function copyMatching(from: Hints | undefined, to: Hints, path: string): void {
  for (const [key, kind] of from ?? []) if (under(shape(key), path)) to.set(key, kind);
}

/** A stage spec as dotted leaves: nested documents without operators are walked into. */
function leaves(spec: Doc, prefix: string, at: string): Array<[string, unknown, string]> {
  const out: Array<[string, unknown, string]> = [];
  for (const [key, value] of Object.entries(spec)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const specPath = `${at}.${key}`;
    if (
      isPlainObject(value) &&
      Object.keys(value).length > 0 &&
      !Object.keys(value).some((k) => k.startsWith('$'))
    )
      out.push(...leaves(value, path, specPath));
    else out.push([path, value, specPath]);
  }
  return out;
}

function isFlag(value: unknown): boolean {
  return typeof value === 'boolean' || typeof value === 'number';
}

/** The output hints of a `$project` for one document. */
function projectHints(spec: Doc, at: string, env: Env, out: Doc): Hints {
  const entries = leaves(spec, '', at);
  const exclusion = entries.every(
    ([path, value]) => path === '_id' || value === 0 || value === false,
  );
  const result: Hints = new Map();
  if (exclusion) {
    for (const [key, kind] of env.hints ?? []) result.set(key, kind);
    for (const [path, value] of entries)
      if (value === 0 || value === false) dropMatching(result, path);
    return result;
  }
  const idEntry = entries.find(([path]) => path === '_id');
  if (!idEntry) copyMatching(env.hints, result, '_id');
  for (const [path, value, specPath] of entries) {
    if (value === 0 || value === false) continue;
    if (isFlag(value)) copyMatching(env.hints, result, path);
    else place(result, path, evaluate(value, specPath, env), out);
  }
  return result;
}

/**
 * The output hints of a find projection (inclusions, exclusions, computed fields; the
 * projection operators `.$`, `$elemMatch` and `$slice` are worked out by projection.ts) for
 * one document. `cmd` holds the command's literal hints at `projection.…`.
 */
export function findProjectionHints(
  spec: Doc,
  doc: Doc,
  hints: Hints | undefined,
  cmd: Hints | undefined,
  out: Doc,
): Hints {
  return projectHints(spec, 'projection', { doc, hints, cmd, options: {} }, out);
}

/** The output hints of `$addFields`/`$set` for one document. */
function addFieldsHints(spec: Doc, at: string, env: Env, out: Doc): Hints {
  const result: Hints = new Map(env.hints ?? []);
  for (const [path, value, specPath] of leaves(spec, '', at)) {
    dropMatching(result, path);
    place(result, path, evaluate(value, specPath, env), out);
  }
  return result;
}

/** Per-group accumulator results with their types. */
function accumulate(op: string, values: Typed[], out: unknown, what: string): Typed {
  switch (op) {
    case '$sum':
      return sumOf(values, op);
    case '$avg':
    case '$stdDevPop':
      return scalar(out, numericCount(values) > 0 ? 'double' : undefined);
    case '$stdDevSamp':
      // Fewer than two numbers: null ($stdDevSamp page), where mingo gives NaN.
      if (numericCount(values) < 2) return { value: null, hints: undefined, exact: true };
      return scalar(out, 'double');
    case '$min':
    case '$max':
      return extreme(values, op === '$min' ? 1 : -1, op);
    case '$first':
      return values[0] ?? { value: null, hints: undefined };
    case '$last':
      return values[values.length - 1] ?? { value: null, hints: undefined };
    case '$count':
      return { value: out, hints: undefined };
    case '$push': {
      const kept = Array.isArray(out) && out.length === values.length ? values : undefined;
      const present = values.filter((t) => t.value !== undefined);
      const list = kept ?? (Array.isArray(out) && out.length === present.length ? present : []);
      return { value: out, hints: merge(list.map((t, i) => [String(i), t])) };
    }
    default:
      throw notImplemented(`the result type of ${op} in ${what}`);
  }
}

const FOLLOWED_ACCUMULATORS = new Set([
  '$sum',
  '$avg',
  '$stdDevPop',
  '$stdDevSamp',
  '$min',
  '$max',
  '$first',
  '$last',
  '$push',
]);

/** The output hints of a `$group`, matched to mingo's output documents by `_id`. */
function groupHints(spec: Doc, at: string, input: Env[], output: Doc[]): Array<Hints | undefined> {
  const groups = new Map<string, { id: Typed; members: Env[] }>();
  for (const env of input) {
    const id = evaluate(spec._id, `${at}._id`, env);
    const key = valueKey(id.value ?? null);
    const group = groups.get(key);
    if (group) group.members.push(env);
    else groups.set(key, { id, members: [env] });
  }
  return output.map((out) => {
    const group = groups.get(valueKey(out._id ?? null));
    if (!group) throw notImplemented('the result types of this $group');
    const result: Hints = new Map();
    place(result, '_id', group.id, out);
    for (const [field, acc] of Object.entries(spec)) {
      if (field === '_id') continue;
      if (!isPlainObject(acc) || Object.keys(acc).length !== 1) continue;
      const [op = '', arg] = Object.entries(acc)[0] ?? [];
      const argPath = `${at}.${field}.${op}`;
      if (op === '$count') continue;
      if (!FOLLOWED_ACCUMULATORS.has(op)) {
        const inner = typedOperator(arg);
        if (inner) throw notImplemented(`the result type of ${inner} inside ${op} in $group`);
        if (group.members.some((env) => env.hints && env.hints.size > 0))
          throw notImplemented(
            `${op} in $group over documents holding integral Double or Long values`,
          );
        continue;
      }
      const values = group.members.map((env) => evaluate(arg, argPath, env));
      // In $group, an array operand of $sum/$avg/... is not numeric (not traversed).
      place(result, field, accumulate(op, values, out[field], '$group'), out);
    }
    return result.size > 0 ? result : undefined;
  });
}

/** Stages whose result types this module works out. */
export const TYPED_STAGES = new Set([
  '$project',
  '$addFields',
  '$set',
  '$unset',
  '$group',
  '$replaceRoot',
  '$replaceWith',
  '$documents',
]);

/**
 * The hints of each output document of one typed stage (`TYPED_STAGES`), given the input
 * documents with their hints and mingo's output. `at` is the stage's path in the command
 * (`pipeline.2.$group`).
 */
export function stageHints(
  name: string,
  arg: unknown,
  at: string,
  input: Array<{ doc: Doc; hints: Hints | undefined }>,
  output: Doc[],
  cmd: Hints | undefined,
  options: PipelineOptions,
): Array<Hints | undefined> {
  const envs: Env[] = input.map(({ doc, hints }) => ({ doc, hints, cmd, options }));
  const nonEmpty = (h: Hints): Hints | undefined => (h.size > 0 ? h : undefined);
  if (name === '$group') {
    if (!isPlainObject(arg)) throw notImplemented('$group without a document');
    return groupHints(arg, at, envs, output);
  }
  if (name === '$documents') {
    return output.map((_, i) => subtree(cmd, `${at}.${i}`));
  }
  if (output.length !== envs.length)
    throw notImplemented(`the result types of ${name} (documents added or removed)`);
  return output.map((out, i) => {
    const env = envs[i] as Env;
    switch (name) {
      case '$project':
        return isPlainObject(arg) ? nonEmpty(projectHints(arg, at, env, out)) : undefined;
      case '$addFields':
      case '$set':
        return isPlainObject(arg) ? nonEmpty(addFieldsHints(arg, at, env, out)) : undefined;
      case '$unset': {
        const result: Hints = new Map(env.hints ?? []);
        for (const path of Array.isArray(arg) ? (arg as unknown[]) : [arg])
          if (typeof path === 'string') dropMatching(result, path);
        return nonEmpty(result);
      }
      case '$replaceRoot':
      case '$replaceWith': {
        const expr = name === '$replaceRoot' && isPlainObject(arg) ? arg.newRoot : arg;
        const path = name === '$replaceRoot' ? `${at}.newRoot` : at;
        const result: Hints = new Map();
        place(result, '', evaluate(expr, path, env), out);
        return nonEmpty(result);
      }
      default:
        throw notImplemented(`the result types of ${name}`);
    }
  });
}

/**
 * The hints of a `$redact` result: the stage keeps or prunes (sub)documents but computes no
 * value, so a number it keeps keeps its type. A hint survives where the output still holds a
 * number at its path, provided every array on the way kept its length (so indexes still
 * line up); a `$$DESCEND` that pruned elements of such an array is refused. A `$type` in the
 * condition over hinted documents is refused too (mingo's expression `$type` cannot see hints).
 */
export function redactHints(
  arg: unknown,
  hints: Hints | undefined,
  input: Doc,
  output: Doc,
): Hints | undefined {
  if (!hints || hints.size === 0) return undefined;
  if (hasKey(arg, '$type'))
    throw notImplemented('$type inside $redact over integral Double or Long values');
  const kept: Hints = new Map();
  for (const [path, kind] of hints) {
    let from: unknown = input;
    let to: unknown = output;
    for (const part of path.split('.')) {
      if (Array.isArray(from) && Array.isArray(to) && from.length !== to.length)
        throw notImplemented(
          '$redact pruning array elements of documents holding integral Double or Long values',
        );
      from = Array.isArray(from)
        ? (from as unknown[])[Number(part)]
        : isPlainObject(from)
          ? from[part]
          : undefined;
      to = Array.isArray(to)
        ? (to as unknown[])[Number(part)]
        : isPlainObject(to)
          ? to[part]
          : undefined;
    }
    if (typeof to === 'number') kept.set(path, kind);
  }
  return kept.size > 0 ? kept : undefined;
}

/**
 * Refuses a stage the engine runs through mingo without working out types when it would
 * lose or guess one: input documents holding integral Doubles or Longs, Double/Long literals
 * in the stage, or a typed operator in it (`$sum` of a constant, counting, is allowed).
 */
export function checkUntypedStage(
  name: string,
  arg: unknown,
  at: string,
  inputHasHints: boolean,
  cmd: Hints | undefined,
): void {
  const op = typedOperator(arg, true);
  if (op) throw notImplemented(`the result type of ${op} inside ${name}`);
  if (hasUnder(cmd, at)) throw notImplemented(`Double or Long literals inside ${name}`);
  if (inputHasHints)
    throw notImplemented(
      `${name} over documents holding integral Double or Long values (their type would be lost)`,
    );
}
