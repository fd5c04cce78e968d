/**
 * aggregate: `$changeStream` opens a change stream; anything else runs through mingo, with a
 * leading `$match` answered by the planner (indexes) first, `$lookup`-style stages resolved
 * against the same database, and a trailing `$out` written as a journaled replacement.
 */
import { Long } from 'bson';
import { ChangeStream } from '../changestream.js';
import { CommandError, notImplemented } from '../errors.js';
import { compilePipeline, type PipelineOptions } from '../mingo.js';
import { matchDocs, sortDocs } from '../query.js';
import { checkCollName, type Op } from '../storage.js';
import { isPlainObject, type Doc } from '../values.js';
import { docField, docsField, numberField, type CommandContext, type Handler } from './context.js';
import { prepareForInsert, WriteBatch } from './write.js';

const UNSUPPORTED_STAGES = new Set([
  '$merge',
  '$search',
  '$searchMeta',
  '$vectorSearch',
  '$geoNear',
  '$collStats',
  '$indexStats',
  '$currentOp',
  '$listSessions',
  '$planCacheStats',
]);

function openChangeStream(
  cmd: Doc,
  ctx: CommandContext,
  coll: string | undefined,
  pipeline: Doc[],
): Doc {
  const spec = pipeline[0]?.$changeStream;
  if (!isPlainObject(spec)) throw new CommandError('BadValue', '$changeStream must be a document');
  const stream = new ChangeStream(ctx.db, coll, spec, pipeline.slice(1), ctx.storage.changes);
  const ns = `${ctx.db}.${coll ?? '$cmd.aggregate'}`;
  const id = ctx.cursors.openStream(ns, stream);
  const batchSize = numberField(docField(cmd, 'cursor') ?? {}, 'batchSize');
  const lookup = (): null => null;
  // The first batch is empty unless resuming, as in mongod; events come through getMore.
  const firstBatch =
    batchSize === 0 ? [] : stream.next(ctx.storage.changes, lookup, batchSize ?? 0);
  return { cursor: { id, ns, firstBatch, postBatchResumeToken: stream.resumeToken() }, ok: 1 };
}

async function writeOut(ctx: CommandContext, target: string, docs: Doc[]): Promise<void> {
  checkCollName(target);
  const ops: Op[] = [];
  const existing = ctx.storage.collection(ctx.db, target);
  const coll = ctx.storage.ensureCollection(ctx.db, target, ops);
  const batch = new WriteBatch(ctx.storage, coll);
  const prepared = docs.map(prepareForInsert);
  // Validate the whole result against the target's unique indexes before replacing anything.
  const seen = new Set<string>();
  for (const doc of prepared) {
    const key = JSON.stringify(doc._id);
    if (seen.has(key))
      throw new CommandError(
        'DuplicateKey',
        `E11000 duplicate key error collection: ${ctx.db}.${target} index: _id_`,
      );
    seen.add(key);
  }
  if (existing) for (const doc of [...existing.docs.values()]) batch.remove(doc);
  for (const doc of prepared) batch.insert(doc);
  await batch.commit(ops);
}

/**
 * Runs stages through mingo, except top-level `$sort`, which uses the engine's BSON-order
 * comparator (mingo orders mixed types differently from MongoDB).
 */
function runStages(stages: Doc[], input: Doc[], options: PipelineOptions): Doc[] {
  let docs = input;
  let segment: Doc[] = [];
  const flush = (): void => {
    if (segment.length > 0)
      docs = compilePipeline(segment, options).run(docs).filter(isPlainObject);
    segment = [];
  };
  for (const stage of stages) {
    const sort = stage.$sort;
    if (isPlainObject(sort) && Object.values(sort).every((v) => v === 1 || v === -1)) {
      flush();
      docs = sortDocs(docs.slice(), sort);
    } else segment.push(stage);
  }
  flush();
  return docs;
}

const aggregate: Handler = async (cmd, ctx) => {
  const target = cmd.aggregate;
  const pipeline = docsField(cmd, 'pipeline');
  if (cmd.explain === true) throw notImplemented('aggregate explain');
  const collation = docField(cmd, 'collation');
  if (collation && collation.locale !== 'simple') throw notImplemented('collation');
  const collName = typeof target === 'string' ? target : undefined;
  if (collName === undefined && target !== 1)
    throw new CommandError('BadValue', "'aggregate' must be a collection name or 1");
  if (pipeline[0] && '$changeStream' in pipeline[0])
    return openChangeStream(cmd, ctx, collName, pipeline);
  for (const stage of pipeline) {
    const name = Object.keys(stage)[0] ?? '';
    if (UNSUPPORTED_STAGES.has(name)) throw notImplemented(`aggregation stage ${name}`);
    if (name === '$changeStream')
      throw new CommandError('BadValue', '$changeStream must be the first stage');
  }
  let stages = pipeline;
  const last = stages[stages.length - 1];
  const out = last && '$out' in last ? last.$out : undefined;
  if (out !== undefined) stages = stages.slice(0, -1);
  let input: Doc[] = [];
  if (collName !== undefined) {
    const coll = ctx.storage.collection(ctx.db, collName);
    const first = stages[0];
    if (coll && first && isPlainObject(first.$match)) {
      input = matchDocs(coll, first.$match, ctx.storage.metrics);
      stages = stages.slice(1);
    } else if (coll) input = [...coll.docs.values()];
  } else if (!(pipeline[0] && '$documents' in pipeline[0])) {
    throw notImplemented('database-level aggregate without $documents');
  }
  const resolver = (name: string): Doc[] => [
    ...(ctx.storage.collection(ctx.db, name)?.docs.values() ?? []),
  ];
  const variables = docField(cmd, 'let');
  const options = variables
    ? { collectionResolver: resolver, variables }
    : { collectionResolver: resolver };
  const docs = runStages(stages, input, options);
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
    await writeOut(ctx, name, docs);
    return {
      cursor: { id: Long.ZERO, ns: `${ctx.db}.${collName ?? '$cmd.aggregate'}`, firstBatch: [] },
      ok: 1,
    };
  }
  const batchSize = numberField(docField(cmd, 'cursor') ?? {}, 'batchSize');
  return {
    cursor: ctx.cursors.openDocs(`${ctx.db}.${collName ?? '$cmd.aggregate'}`, docs, batchSize),
    ok: 1,
  };
};

/** The aggregate command. */
export const aggregateCommands: Record<string, Handler> = { aggregate };
