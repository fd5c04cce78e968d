/**
 * Applying update specifications to one document: operator updates and pipeline updates go
 * through mingo on a private copy; replacements are checked here. Also builds upsert seeds and
 * the `updateDescription` of change events. Stored documents are never mutated in place.
 */
import { ObjectId } from 'bson';
import { updateOne } from 'mingo';
import type { Modifier, PipelineStage } from 'mingo/updater';
import { CommandError, notImplemented } from './errors.js';
import { UPDATE_QUERY_OPTIONS } from './mingo.js';
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

/** Checks arithmetic targets, which mingo would otherwise skip silently. */
function checkNumericTargets(doc: Doc, update: Doc): void {
  for (const op of ['$inc', '$mul'] as const) {
    const spec = update[op];
    if (!isPlainObject(spec)) continue;
    for (const [path, amount] of Object.entries(spec)) {
      if (typeof amount !== 'number')
        throw new CommandError(
          'TypeMismatch',
          `Cannot ${op === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${String(amount)}}`,
        );
      if (path.includes('$')) continue;
      const current = getPath(doc, path);
      if (current !== undefined && typeof current !== 'number') {
        throw new CommandError(
          'TypeMismatch',
          `Cannot apply ${op} to a value of non-numeric type. {_id: ${valueKey(doc._id)}} has the field '${path}' of non-numeric type ${typeof current}`,
        );
      }
    }
  }
}

/** Options for one document update. */
export interface ApplyOptions {
  filter: Doc;
  arrayFilters?: Doc[] | undefined;
  /** True when the document is being created by an upsert ($setOnInsert applies). */
  inserting: boolean;
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
  const copy = cloneDoc(doc);
  let modifier: Modifier<Doc> | PipelineStage[];
  if (Array.isArray(update)) {
    modifier = update as PipelineStage[];
  } else {
    checkNumericTargets(doc, update);
    const { $setOnInsert, ...rest } = update;
    const ops: Doc = { ...rest };
    if (options.inserting && isPlainObject($setOnInsert))
      ops.$set = { ...(isPlainObject(ops.$set) ? ops.$set : {}), ...$setOnInsert };
    if (Object.keys(ops).length === 0) return doc;
    modifier = ops;
  }
  const positional =
    JSON.stringify(update).includes('.$"') || JSON.stringify(update).includes('.$.');
  const docs = [copy];
  const config = options.arrayFilters ? { arrayFilters: options.arrayFilters } : {};
  try {
    updateOne(docs, positional ? options.filter : {}, modifier, config, UPDATE_QUERY_OPTIONS);
  } catch (error) {
    if (error instanceof Error && error.message.includes('immutable field')) {
      throw new CommandError('ImmutableField', error.message);
    }
    throw error;
  }
  const result = docs[0] ?? copy;
  if (!valuesEqual(result._id, doc._id)) {
    throw new CommandError(
      'ImmutableField',
      "Performing an update on the path '_id' would modify the immutable field '_id'",
    );
  }
  return result;
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

/** Equality fields of a filter become the fields of an upserted document (as in MongoDB). */
export function upsertSeed(filter: Doc): Doc {
  const seed: Doc = {};
  const visit = (clause: Doc): void => {
    for (const [key, value] of Object.entries(clause)) {
      if (key === '$and' && Array.isArray(value)) {
        for (const c of value as unknown[]) if (isPlainObject(c)) visit(c);
        continue;
      }
      if (key.startsWith('$')) continue;
      if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
        if ('$eq' in value) setPath(seed, key, cloneDoc(value.$eq));
        continue;
      }
      setPath(seed, key, cloneDoc(value));
    }
  };
  visit(filter);
  return seed;
}

/** The document an upsert inserts; `_id` comes first, as mongod writes it. */
export function buildUpsert(filter: Doc, update: UpdateSpec, arrayFilters: Doc[] | undefined): Doc {
  const seed = upsertSeed(filter);
  const id =
    '_id' in seed
      ? seed._id
      : isPlainObject(update) && '_id' in update && !isOperatorUpdate(update)
        ? update._id
        : new ObjectId();
  const base: Doc = { _id: id, ...seed };
  if (!isOperatorUpdate(update) && !Array.isArray(update))
    return applyUpdate(base, update, { filter, inserting: true });
  return applyUpdate(base, update, { filter, arrayFilters, inserting: true });
}
