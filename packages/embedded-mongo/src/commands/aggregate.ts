/**
 * aggregate: `$changeStream` opens a change stream; anything else runs through mingo, with a
 * leading `$match` answered by the planner (indexes) first, `$lookup`-style stages resolved
 * against the same database, and a trailing `$out` written as a journaled replacement.
 */
import { Long } from 'bson';
import { ChangeStream } from '../changestream.js';
import { CommandError, notImplemented } from '../errors.js';
import type { Collection } from '../collection.js';
import { countDocs, matchDocs } from '../query.js';
import { countArg, runStages } from '../pipeline.js';
import { checkCollName, type Op } from '../storage.js';
import { applyHints, type Hints } from '../numeric.js';
import { isPlainObject, valueKey, type Doc } from '../values.js';
import { checkPipeline } from '../stages.js';
import { bindVariables } from '../variables.js';
import {
  docField,
  docsField,
  checkCollation,
  checkHint,
  lookupIn,
  numberField,
  readConcernLevel,
  type CommandContext,
  type Handler,
} from './context.js';
import { prepareForInsert, WriteBatch } from './write.js';

function openChangeStream(
  cmd: Doc,
  ctx: CommandContext,
  coll: string | undefined,
  pipeline: Doc[],
): Doc {
  const spec = pipeline[0]?.$changeStream;
  if (!isPlainObject(spec)) throw new CommandError('BadValue', '$changeStream must be a document');
  const stream = new ChangeStream(ctx.db, coll, spec, pipeline.slice(1), ctx.storage.changes, {
    hints: ctx.hints,
    variables: docField(cmd, 'let'),
  });
  const ns = `${ctx.db}.${coll ?? '$cmd.aggregate'}`;
  const id = ctx.cursors.openStream(ns, stream);
  const batchSize = numberField(docField(cmd, 'cursor') ?? {}, 'batchSize');
  // The first batch is empty unless resuming, as in mongod; events come through getMore.
  const firstBatch =
    batchSize === 0 ? [] : stream.next(ctx.storage.changes, lookupIn(ctx), batchSize ?? 0);
  return { cursor: { id, ns, firstBatch, postBatchResumeToken: stream.resumeToken() }, ok: 1 };
}

async function writeOut(
  ctx: CommandContext,
  target: string,
  docs: Doc[],
  hints: Map<Doc, Hints>,
): Promise<void> {
  checkCollName(target);
  const ops: Op[] = [];
  const existing = ctx.storage.collection(ctx.db, target);
  const coll = ctx.storage.ensureCollection(ctx.db, target, ops);
  const batch = new WriteBatch(ctx.storage, coll);
  const prepared = docs.map((doc) => ({ doc: prepareForInsert(doc), hints: hints.get(doc) }));
  // Validate the whole result against the target's unique indexes before replacing anything.
  const seen = new Set<string>();
  for (const { doc } of prepared) {
    const key = JSON.stringify(doc._id);
    if (seen.has(key))
      throw new CommandError(
        'DuplicateKey',
        `E11000 duplicate key error collection: ${ctx.db}.${target} index: _id_`,
      );
    seen.add(key);
  }
  if (existing) for (const doc of [...existing.docs.values()]) batch.remove(doc);
  for (const { doc, hints: h } of prepared) batch.insert(doc, h);
  await batch.commit(ops);
}

/**
 * `countDocuments` (`$match`, optional `$skip`/`$limit`, then `$group` by a constant summing 1)
 * answered by counting: from the indexes alone when they cover the filter, else by testing
 * documents without materializing or copying them. Undefined for any other pipeline.
 */
function countPipeline(
  coll: Collection | undefined,
  stages: Doc[],
  ctx: CommandContext,
): Doc[] | undefined {
  let rest = stages;
  const first = rest[0];
  let filter: Doc = {};
  if (first && '$match' in first) {
    if (!isPlainObject(first.$match) || Object.keys(first).length !== 1) return undefined;
    filter = first.$match;
    rest = rest.slice(1);
  }
  let skip = 0;
  let limit = Infinity;
  while (rest.length > 1) {
    const stage = rest[0] ?? {};
    const keys = Object.keys(stage);
    if (keys.length !== 1) return undefined;
    const n = countArg(stage[keys[0] ?? '']);
    if (keys[0] === '$skip' && n !== undefined && limit === Infinity) skip += n;
    else if (keys[0] === '$limit' && n !== undefined && n > 0) limit = Math.min(limit, n);
    else return undefined;
    rest = rest.slice(1);
  }
  const group = rest.length === 1 && rest[0] ? rest[0].$group : undefined;
  if (!isPlainObject(group) || Object.keys(rest[0] ?? {}).length !== 1) return undefined;
  const entries = Object.entries(group);
  if (entries.length !== 2 || entries[0]?.[0] !== '_id') return undefined;
  const id = group._id;
  if (!(id === null || typeof id === 'number' || (typeof id === 'string' && !id.startsWith('$'))))
    return undefined;
  const [field, acc] = entries[1] ?? ['', undefined];
  if (!isPlainObject(acc) || Object.keys(acc).length !== 1 || acc.$sum !== 1) return undefined;
  const total = coll ? countDocs(coll, filter, ctx.storage.metrics) : 0;
  const n = Math.min(Math.max(0, total - skip), limit);
  return n > 0 ? [{ _id: id, [field]: n }] : [];
}

const aggregate: Handler = async (cmd, ctx) => {
  const target = cmd.aggregate;
  const pipeline = docsField(cmd, 'pipeline');
  if (cmd.explain === true) throw notImplemented('aggregate explain');
  checkCollation(cmd);
  if (typeof target === 'string') checkHint(cmd, ctx.storage.collection(ctx.db, target));
  const collName = typeof target === 'string' ? target : undefined;
  if (collName === undefined && target !== 1)
    throw new CommandError('BadValue', "'aggregate' must be a collection name or 1");
  if (pipeline[0] && '$changeStream' in pipeline[0])
    return openChangeStream(cmd, ctx, collName, pipeline);
  checkPipeline(pipeline);
  const variables = docField(cmd, 'let');
  const head = pipeline[0];
  // The leading $match runs in the planner, outside mingo: bind `let` into its $expr.
  let stages =
    variables && head && isPlainObject(head.$match)
      ? [{ $match: bindVariables(head.$match, variables) }, ...pipeline.slice(1)]
      : pipeline;
  const last = stages[stages.length - 1];
  const out = last && '$out' in last ? last.$out : undefined;
  if (out !== undefined) {
    if (readConcernLevel(cmd) === 'linearizable')
      throw new CommandError(
        'InvalidOptions',
        "$out cannot be used with a 'linearizable' read concern level",
      );
    stages = stages.slice(0, -1);
  }
  let input: Doc[] = [];
  const counted =
    collName !== undefined && out === undefined
      ? countPipeline(ctx.storage.collection(ctx.db, collName), stages, ctx)
      : undefined;
  if (counted) {
    const batchSize = numberField(docField(cmd, 'cursor') ?? {}, 'batchSize');
    return { cursor: ctx.cursors.openDocs(`${ctx.db}.${collName}`, counted, batchSize), ok: 1 };
  }
  const source = collName === undefined ? undefined : ctx.storage.collection(ctx.db, collName);
  let placed = stages.map((stage, i) => ({ stage, at: `pipeline.${i}` }));
  if (collName !== undefined) {
    const first = stages[0];
    if (source && first && isPlainObject(first.$match)) {
      input = matchDocs(source, first.$match, ctx.storage.metrics);
      placed = placed.slice(1);
    } else if (source) input = [...source.docs.values()];
  } else if (!(pipeline[0] && '$documents' in pipeline[0])) {
    throw notImplemented('database-level aggregate without $documents');
  }
  const resolver = (name: string): Doc[] => {
    const foreign = ctx.storage.collection(ctx.db, name);
    // Joined documents come without their hints: refuse rather than retype them.
    if (foreign && foreign.hints.size > 0)
      throw notImplemented(
        `joining '${name}', which holds integral Double or Long values (their type would be lost)`,
      );
    return [...(foreign?.docs.values() ?? [])];
  };
  const options = variables
    ? { collectionResolver: resolver, variables }
    : { collectionResolver: resolver };
  const stored = new Map<Doc, Hints>();
  if (source && source.hints.size > 0)
    for (const doc of input) {
      const h = source.hints.get(valueKey(doc._id));
      if (h) stored.set(doc, h);
    }
  const cmdHints = ctx.hints && ctx.hints.length > 0 ? new Map(ctx.hints) : undefined;
  const result = runStages(placed, { docs: input, hints: stored }, options, cmdHints);
  const docs = result.docs;
  if (out !== undefined) {
    const name =
      typeof out === 'string'
        ? out
        : isPlainObject(out) &&
            typeof out.coll === 'string' &&
            (out.db === undefined || out.db === ctx.db)
          ? out.coll
          : undefined;
    if (name === undefined) throw notImplemented('$out to another database');
    await writeOut(ctx, name, docs, result.hints);
    return {
      cursor: { id: Long.ZERO, ns: `${ctx.db}.${collName ?? '$cmd.aggregate'}`, firstBatch: [] },
      ok: 1,
    };
  }
  const batchSize = numberField(docField(cmd, 'cursor') ?? {}, 'batchSize');
  // Hinted numbers go back as Double/Long (stored documents and computed ones alike).
  const typed = docs.map((doc) => applyHints(doc, result.hints.get(doc)));
  return {
    cursor: ctx.cursors.openDocs(`${ctx.db}.${collName ?? '$cmd.aggregate'}`, typed, batchSize),
    ok: 1,
  };
};

/** The aggregate command. */
export const aggregateCommands: Record<string, Handler> = { aggregate };
