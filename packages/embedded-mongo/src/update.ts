/**
 * Applying update specifications to one document: operator updates and pipeline updates go
 * through mingo on a private copy; replacements are checked here. Also builds upsert seeds and
 * the `updateDescription` of change events. Stored documents are never mutated in place.
 */
import { ObjectId } from 'bson';
import { updateOne } from 'mingo';
import type { Modifier } from 'mingo/updater';
import { CommandError, notImplemented } from './errors.js';
import { compilePipeline, UPDATE_QUERY_OPTIONS } from './mingo.js';
import { updateHints, type Hints } from './numeric.js';
import { hasUnder, stageHints, typedOperator } from './typing.js';
import { queryTypes } from './bsontype.js';
import { cloneDoc, getPath, isPlainObject, valueKey, valuesEqual, type Doc } from './values.js';

const OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$push',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$pop',
  '$rename',
  '$currentDate',
  '$bit',
  '$setOnInsert',
]);
const PIPELINE_STAGES = new Set([
  '$addFields',
  '$set',
  '$project',
  '$unset',
  '$replaceRoot',
  '$replaceWith',
]);

/** An update as sent by the client: operators, a replacement, or a pipeline. */
export type UpdateSpec = Doc | Doc[];

/** True if the update is an operator document (as opposed to a replacement). */
export function isOperatorUpdate(update: UpdateSpec): boolean {
  return !Array.isArray(update) && Object.keys(update).some((k) => k.startsWith('$'));
}

/** Rejects mixed or unknown operators before anything is touched. */
export function validateUpdate(update: UpdateSpec): void {
  if (Array.isArray(update)) {
    for (const stage of update) {
      const name = Object.keys(stage)[0] ?? '';
      if (!PIPELINE_STAGES.has(name)) throw notImplemented(`update pipeline stage '${name}'`);
    }
    return;
  }
  const keys = Object.keys(update);
  const ops = keys.filter((k) => k.startsWith('$'));
  if (ops.length === 0) return;
  if (ops.length !== keys.length)
    throw new CommandError('FailedToParse', 'update document mixes operators and fields');
  for (const op of ops) {
    if (!OPERATORS.has(op)) throw new CommandError('FailedToParse', `Unknown modifier: ${op}`);
    if (!isPlainObject(update[op]))
      throw new CommandError(
        'FailedToParse',
        `Modifiers operate on fields but ${op} has no document`,
      );
  }
}

function bsonTypeOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const tag = (value as { _bsontype?: unknown })._bsontype;
  return typeof tag === 'string' ? tag : undefined;
}

/** Decimal128 and Longs beyond 2^53 stay unpromoted: the engine cannot compute on them. */
function checkComputable(op: string, value: unknown): void {
  const tag = bsonTypeOf(value);
  if (tag === 'Decimal128' || tag === 'Long')
    throw notImplemented(`${op} on ${tag === 'Long' ? 'a 64-bit integer beyond 2^53' : tag}`);
}

/** Checks arithmetic targets, which mingo would otherwise skip silently. */
function checkNumericTargets(doc: Doc, update: Doc): void {
  for (const op of ['$inc', '$mul'] as const) {
    const spec = update[op];
    if (!isPlainObject(spec)) continue;
    for (const [path, amount] of Object.entries(spec)) {
      checkComputable(op, amount);
      if (typeof amount !== 'number')
        throw new CommandError(
          'TypeMismatch',
          `Cannot ${op === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${String(amount)}}`,
        );
      if (path.includes('$')) continue;
      const current = getPath(doc, path);
      checkComputable(op, current);
      if (current !== undefined && typeof current !== 'number') {
        throw new CommandError(
          'TypeMismatch',
          `Cannot apply ${op} to a value of non-numeric type. {_id: ${valueKey(doc._id)}} has the field '${path}' of non-numeric type ${typeof current}`,
        );
      }
    }
  }
}

/** An integral result beyond 2^53 has lost precision a 64-bit integer would keep. */
function checkExactIntegers(before: Doc, after: Doc, update: Doc): void {
  for (const op of ['$inc', '$mul'] as const) {
    const spec = update[op];
    if (!isPlainObject(spec)) continue;
    for (const [path, amount] of Object.entries(spec)) {
      const current = getPath(before, path) ?? 0;
      const result = getPath(after, path);
      const integral = Number.isInteger(current) && Number.isInteger(amount);
      if (integral && typeof result === 'number' && !Number.isSafeInteger(result))
        throw notImplemented(`${op} with a 64-bit integer result beyond 2^53`);
    }
  }
}

const BIT_OPS = new Set(['and', 'or', 'xor']);

/**
 * `$bit` on 64-bit values (mingo's uses JavaScript's 32-bit operators), as a `$set` of the
 * results. The field must hold an int or a long (a missing one counts as int 0) and so must
 * every operand.
 */
function bitToSet(doc: Doc, spec: Doc, options: ApplyOptions): Doc {
  const set: Doc = {};
  for (const [path, ops] of Object.entries(spec)) {
    if (path.includes('$')) throw notImplemented('positional $bit');
    if (!isPlainObject(ops) || Object.keys(ops).length === 0)
      throw new CommandError(
        'BadValue',
        'The $bit modifier must be given a document: {$bit: {field: {and/or/xor: #}}}',
      );
    const current = getPath(doc, path) ?? 0;
    checkComputable('$bit', current);
    if (!Number.isInteger(current) || options.hints?.get(path) === 'double')
      throw new CommandError(
        'BadValue',
        `Cannot apply $bit to a value of non-integral type.{_id: ${valueKey(doc._id)}} has the field '${path}' of non-integer type`,
      );
    let value = BigInt(current as number);
    for (const [name, operand] of Object.entries(ops)) {
      if (!BIT_OPS.has(name))
        throw new CommandError(
          'BadValue',
          `The $bit modifier only supports 'and', 'or', and 'xor', not '${name}'`,
        );
      checkComputable('$bit', operand);
      if (!Number.isInteger(operand) || options.specHints?.get(`$bit.${path}.${name}`) === 'double')
        throw new CommandError(
          'BadValue',
          `The $bit modifier field must be an Integer(32/64 bit); a '${typeof operand}' is not supported here`,
        );
      const n = BigInt(operand as number);
      value = name === 'and' ? value & n : name === 'or' ? value | n : value ^ n;
    }
    set[path] = Number(BigInt.asIntN(64, value));
  }
  return set;
}

/**
 * A pipeline update: the stages run as an aggregation over the one document (so any field name
 * `$setField`/`$replaceWith` produce is kept, dotted or `$`-prefixed), one stage at a time so
 * that typing.ts can work out which computed numbers are Doubles or Longs (the update's own
 * hints are at `0.$set.x…`, as the pipeline is `u`). A result without `_id` keeps the original
 * one, as MongoDB does for `$replaceRoot`/`$replaceWith`/`$project`; a different `_id` is
 * ImmutableField.
 */
function applyPipeline(doc: Doc, stages: Doc[], options: ApplyOptions): Typed {
  const pipelineOptions = options.variables ? { variables: options.variables } : {};
  let current = cloneDoc(doc);
  let hints = options.hints;
  for (const [i, stage] of stages.entries()) {
    const name = Object.keys(stage)[0] ?? '';
    const arg = stage[name];
    const at = `${i}.${name}`;
    const result = compilePipeline([stage], pipelineOptions).run([current])[0];
    if (!isPlainObject(result))
      throw new CommandError('BadValue', 'the update pipeline did not produce a document');
    const plain =
      (hints?.size ?? 0) === 0 &&
      !typedOperator(arg, true) &&
      !hasUnder(options.specHints, at) &&
      !hasUnder(options.specHints, 'let');
    hints = plain
      ? undefined
      : stageHints(
          name,
          arg,
          at,
          [{ doc: current, hints }],
          [result],
          options.specHints,
          pipelineOptions,
        )[0];
    current = result;
  }
  // `_id` is the original one (or the update fails): so are its hints.
  const next: Hints = new Map();
  for (const [path, kind] of hints ?? []) if (!under(path, '_id')) next.set(path, kind);
  for (const [path, kind] of options.hints ?? []) if (under(path, '_id')) next.set(path, kind);
  if ('_id' in current && !valuesEqual(current._id, doc._id))
    throw new CommandError(
      'ImmutableField',
      "Performing an update on the path '_id' would modify the immutable field '_id'",
    );
  const { _id: _kept, ...rest } = current;
  return { doc: { _id: doc._id, ...rest }, hints: next.size > 0 ? next : undefined };
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}

/** A document with the Double/Long hints of its numbers (see numeric.ts). */
export interface Typed {
  doc: Doc;
  hints: Hints | undefined;
}

/** Options for one document update. */
export interface ApplyOptions {
  filter: Doc;
  arrayFilters?: Doc[] | undefined;
  /** True when the document is being created by an upsert ($setOnInsert applies). */
  inserting: boolean;
  /** Numeric hints of the stored document and of the update itself (see numeric.ts). */
  hints?: Hints | undefined;
  specHints?: Hints | undefined;
  /** `let` variables, seen by pipeline updates. */
  variables?: Doc | undefined;
}

/** A field name `plainSet` assigns as it stands: top level, not `_id`, no path or operator. */
const PLAIN_FIELD = /^[^.$][^.]*$/;

/**
 * `$set` and (when inserting) `$setOnInsert` of top-level fields only, the shape of most
 * writes (and of every upsert a bulk import sends), assigned the way mingo's `$set` assigns
 * them (a copy of each value, in the spec's order, an existing field keeping its place) without
 * mingo's per-call operator-table setup. Undefined for anything else, which mingo then applies.
 */
function plainSet(doc: Doc, update: Doc, inserting: boolean): Doc | undefined {
  const fields = new Map<string, unknown>();
  for (const [op, spec] of Object.entries(update)) {
    if (op !== '$set' && op !== '$setOnInsert') return undefined;
    if (!isPlainObject(spec)) return undefined;
    if (op === '$setOnInsert' && !inserting) continue;
    for (const [field, value] of Object.entries(spec)) {
      if (field === '_id' || !PLAIN_FIELD.test(field) || fields.has(field)) return undefined;
      fields.set(field, value);
    }
  }
  if (fields.size === 0) return doc;
  const copy = cloneDoc(doc);
  for (const [field, value] of fields) copy[field] = cloneDoc(value);
  return copy;
}

/** Applies `update` to a copy of `doc`; returns the new document (or the same one if unchanged). */
export function applyUpdate(doc: Doc, update: UpdateSpec, options: ApplyOptions): Doc {
  if (!isOperatorUpdate(update) && !Array.isArray(update)) {
    const replacement = update;
    if ('_id' in replacement && !valuesEqual(replacement._id, doc._id)) {
      throw new CommandError(
        'ImmutableField',
        "Performing an update on the path '_id' would modify the immutable field '_id'",
      );
    }
    const { _id: _ignored, ...rest } = replacement;
    return { _id: doc._id, ...rest };
  }
  if (Array.isArray(update)) return applyPipeline(doc, update, options).doc;
  const plain = plainSet(doc, update, options.inserting);
  if (plain) return plain;
  const copy = cloneDoc(doc);
  let modifier: Modifier<Doc>;
  {
    checkNumericTargets(doc, update);
    const { $setOnInsert, $bit, ...rest } = update;
    const ops: Doc = { ...rest };
    if (isPlainObject($bit))
      ops.$set = { ...(isPlainObject(ops.$set) ? ops.$set : {}), ...bitToSet(doc, $bit, options) };
    if (options.inserting && isPlainObject($setOnInsert))
      ops.$set = { ...(isPlainObject(ops.$set) ? ops.$set : {}), ...$setOnInsert };
    if (Object.keys(ops).length === 0) return doc;
    modifier = ops;
  }
  const positional =
    JSON.stringify(update).includes('.$"') || JSON.stringify(update).includes('.$.');
  // mingo's updater matches the positional element with its own `$type`, not the engine's.
  if (positional && queryTypes(options.filter).size > 0)
    throw notImplemented('a positional update whose filter uses $type');
  const docs = [copy];
  const config = options.arrayFilters ? { arrayFilters: options.arrayFilters } : {};
  try {
    const queryOptions = options.variables
      ? { ...UPDATE_QUERY_OPTIONS, variables: options.variables }
      : UPDATE_QUERY_OPTIONS;
    updateOne(docs, positional ? options.filter : {}, modifier, config, queryOptions);
  } catch (error) {
    if (error instanceof Error && error.message.includes('immutable field')) {
      throw new CommandError('ImmutableField', error.message);
    }
    throw error;
  }
  const result = docs[0] ?? copy;
  checkExactIntegers(doc, result, update);
  if (!valuesEqual(result._id, doc._id)) {
    throw new CommandError(
      'ImmutableField',
      "Performing an update on the path '_id' would modify the immutable field '_id'",
    );
  }
  return result;
}

/** Applies `update` to `doc` and works out the new document's Double/Long hints. */
export function updateDocument(doc: Doc, update: UpdateSpec, options: ApplyOptions): Typed {
  if (Array.isArray(update)) return applyPipeline(doc, update, options);
  const after = applyUpdate(doc, update, options);
  const before = options.inserting ? {} : doc;
  const hints = updateHints(
    options.hints,
    update,
    options.specHints,
    before,
    after,
    options.inserting,
  );
  return { doc: after, hints };
}

function setPath(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Doc = doc;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (isPlainObject(next)) node = next;
    else {
      const created: Doc = {};
      node[part] = created;
      node = created;
    }
  }
  node[parts[parts.length - 1] ?? ''] = value;
}

/**
 * Equality fields of a filter become the fields of an upserted document (as in MongoDB), with
 * the Double/Long hints the filter's values had (`filterHints`, relative to the filter: `x`,
 * `x.$eq`, `$and.0.x`), so the double 1 of `{ x: 1.0 }` is stored as a double.
 */
export function upsertSeed(filter: Doc, filterHints?: Hints): Typed {
  const seed: Doc = {};
  const hints: Hints = new Map();
  const take = (from: string, to: string): void => {
    for (const [path, kind] of filterHints ?? []) {
      if (path === from) hints.set(to, kind);
      else if (path.startsWith(`${from}.`)) hints.set(to + path.slice(from.length), kind);
    }
  };
  const visit = (clause: Doc, prefix: string): void => {
    for (const [key, value] of Object.entries(clause)) {
      if (key === '$and' && Array.isArray(value)) {
        (value as unknown[]).forEach((c, i) => {
          if (isPlainObject(c)) visit(c, `${prefix}$and.${i}.`);
        });
        continue;
      }
      if (key.startsWith('$')) continue;
      if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
        if ('$eq' in value) {
          setPath(seed, key, cloneDoc(value.$eq));
          take(`${prefix}${key}.$eq`, key);
        }
        continue;
      }
      setPath(seed, key, cloneDoc(value));
      take(`${prefix}${key}`, key);
    }
  };
  visit(filter, '');
  return { doc: seed, hints: hints.size > 0 ? hints : undefined };
}

/**
 * The document an upsert inserts; `_id` comes first, as mongod writes it. `filterHints` are
 * the Double/Long hints of the filter's values (see {@link upsertSeed}).
 */
export function buildUpsert(
  filter: Doc,
  update: UpdateSpec,
  arrayFilters: Doc[] | undefined,
  specHints?: Hints,
  variables?: Doc,
  filterHints?: Hints,
): Typed {
  const { doc: seed, hints: seedHints } = upsertSeed(filter, filterHints);
  const id =
    '_id' in seed
      ? seed._id
      : isPlainObject(update) && '_id' in update && !isOperatorUpdate(update)
        ? update._id
        : new ObjectId();
  const base: Doc = { _id: id, ...seed };
  if (!isOperatorUpdate(update) && !Array.isArray(update)) {
    // A replacement drops the filter's other fields but keeps its `_id` (and that one's type).
    const replaced = updateDocument(base, update, { filter, inserting: true, specHints });
    if (!('_id' in seed)) return replaced;
    const hints: Hints = new Map();
    for (const [path, kind] of replaced.hints ?? []) if (!under(path, '_id')) hints.set(path, kind);
    for (const [path, kind] of seedHints ?? []) if (under(path, '_id')) hints.set(path, kind);
    return { doc: replaced.doc, hints: hints.size > 0 ? hints : undefined };
  }
  return updateDocument(base, update, {
    filter,
    arrayFilters,
    inserting: true,
    hints: seedHints,
    specHints,
    variables,
  });
}
