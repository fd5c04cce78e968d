/**
 * find, getMore, killCursors, count, distinct and explain(find).
 */
import { Long } from 'bson';
import { CommandError, notImplemented } from '../errors.js';
import { countDocs, findDocs, matchDocs } from '../query.js';
import { bindVariables } from '../variables.js';
import { isPlainObject, valueKey, valuesAtPath, type Doc } from '../values.js';
import {
  checkCollation,
  checkHint,
  cursorIdField,
  lookupIn,
  toCursorId,
  docField,
  numberField,
  projectionHints,
  stringField,
  type CommandContext,
  type Handler,
} from './context.js';

function runFind(cmd: Doc, ctx: CommandContext): { ns: string; docs: Doc[] } {
  const name = stringField(cmd, 'find');
  checkCollation(cmd);
  const coll = ctx.storage.collection(ctx.db, name);
  checkHint(cmd, coll);
  const limit = numberField(cmd, 'limit');
  const docs = findDocs(
    coll,
    bindVariables(docField(cmd, 'filter') ?? {}, docField(cmd, 'let')),
    {
      sort: docField(cmd, 'sort'),
      projection: docField(cmd, 'projection'),
      projectionHints: projectionHints(ctx, 'projection.'),
      skip: numberField(cmd, 'skip'),
      limit: limit === undefined ? undefined : Math.abs(limit),
    },
    ctx.storage.metrics,
  );
  return { ns: `${ctx.db}.${name}`, docs };
}

const find: Handler = (cmd, ctx) => {
  const { ns, docs } = runFind(cmd, ctx);
  const limit = numberField(cmd, 'limit') ?? 0;
  const single = cmd.singleBatch === true || limit < 0;
  return { cursor: ctx.cursors.openDocs(ns, docs, numberField(cmd, 'batchSize'), single), ok: 1 };
};

const getMore: Handler = async (cmd, ctx) => {
  const id = cursorIdField(cmd, 'getMore');
  const ns = `${ctx.db}.${stringField(cmd, 'collection')}`;
  const cursor = ctx.cursors.get(id, ns);
  const batchSize = numberField(cmd, 'batchSize');
  if (cursor.kind === 'docs') return { cursor: ctx.cursors.nextDocs(id, cursor, batchSize), ok: 1 };
  const { stream } = cursor;
  const lookup = lookupIn(ctx);
  const deadline = Date.now() + (numberField(cmd, 'maxTimeMS') ?? 1000);
  let batch = stream.next(ctx.storage.changes, lookup, batchSize ?? 0);
  // Await-data: wait for the next publish (or the deadline) and answer as soon as events exist.
  while (batch.length === 0 && Date.now() < deadline && ctx.cursors.has(id)) {
    await ctx.storage.changes.wait(deadline - Date.now());
    batch = stream.next(ctx.storage.changes, lookup, batchSize ?? 0);
  }
  const done = stream.invalidated || !ctx.cursors.has(id);
  if (done) ctx.cursors.kill(id);
  return {
    cursor: {
      id: done ? Long.ZERO : Long.fromBigInt(id),
      ns,
      nextBatch: batch,
      postBatchResumeToken: stream.resumeToken(),
    },
    ok: 1,
  };
};

const killCursors: Handler = (cmd, ctx) => {
  const ids = cmd.cursors;
  if (!Array.isArray(ids)) throw new CommandError('BadValue', "'cursors' must be an array");
  const killed: Long[] = [];
  const notFound: Long[] = [];
  for (const raw of ids as unknown[]) {
    const id = toCursorId(raw);
    (ctx.cursors.kill(id) ? killed : notFound).push(Long.fromBigInt(id));
  }
  return {
    cursorsKilled: killed,
    cursorsNotFound: notFound,
    cursorsAlive: [],
    cursorsUnknown: [],
    ok: 1,
  };
};

const count: Handler = (cmd, ctx) => {
  const name = stringField(cmd, 'count');
  checkCollation(cmd);
  const coll = ctx.storage.collection(ctx.db, name);
  checkHint(cmd, coll);
  if (!coll) return { n: 0, ok: 1 };
  const query = docField(cmd, 'query') ?? {};
  const skip = numberField(cmd, 'skip') ?? 0;
  const limit = Math.abs(numberField(cmd, 'limit') ?? 0);
  const n = countDocs(coll, query, ctx.storage.metrics);
  const afterSkip = Math.max(0, n - skip);
  return { n: limit > 0 ? Math.min(limit, afterSkip) : afterSkip, ok: 1 };
};

const distinct: Handler = (cmd, ctx) => {
  const name = stringField(cmd, 'distinct');
  const key = stringField(cmd, 'key');
  checkCollation(cmd);
  const coll = ctx.storage.collection(ctx.db, name);
  checkHint(cmd, coll);
  if (!coll) return { values: [], ok: 1 };
  // Values come from the typed documents, so a Double or Long is answered as one; of equal
  // values (the int 2 and the double 2) the first in natural order is kept.
  const seen = new Map<string, unknown>();
  for (const doc of matchDocs(coll, docField(cmd, 'query') ?? {}, ctx.storage.metrics)) {
    for (const value of valuesAtPath(coll.typed(doc), key)) {
      const id = valueKey(value);
      if (value !== undefined && !seen.has(id)) seen.set(id, value);
    }
  }
  return { values: [...seen.values()], ok: 1 };
};

/**
 * explain of a find: the plan and executionStats counters, so callers (and the engine tests)
 * can see whether an index answered the query.
 */
const explain: Handler = (cmd, ctx) => {
  const inner = cmd.explain;
  if (!isPlainObject(inner) || typeof inner.find !== 'string')
    throw notImplemented('explain of anything but find');
  const metrics = ctx.storage.metrics;
  const before = { docs: metrics.docsExamined, keys: metrics.keysExamined };
  const { docs } = runFind(inner, ctx);
  const stage = metrics.lastPlan;
  const winningPlan = stage === 'COLLSCAN' ? { stage } : { stage: 'FETCH', inputStage: { stage } };
  return {
    queryPlanner: { namespace: `${ctx.db}.${inner.find}`, winningPlan },
    executionStats: {
      nReturned: docs.length,
      totalDocsExamined: metrics.docsExamined - before.docs,
      totalKeysExamined: metrics.keysExamined - before.keys,
    },
    ok: 1,
  };
};

/** Read-side command handlers. */
export const readCommands: Record<string, Handler> = {
  find,
  getMore,
  killCursors,
  count,
  distinct,
  explain,
};
