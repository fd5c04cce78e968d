/**
 * findAndModify: one document, updated/replaced/upserted or removed, returned before or after.
 */
import { CommandError } from '../errors.js';
import { matchDocs, sortDocs } from '../query.js';
import { projectDocs } from '../projection.js';
import type { Hints } from '../numeric.js';
import type { Op } from '../storage.js';
import type { Doc } from '../values.js';
import {
  checkCollation,
  checkHint,
  docField,
  projectionHints,
  stringField,
  type Handler,
} from './context.js';
import { runUpdate, statementHints, WriteBatch } from './write.js';
import { bindVariables } from '../variables.js';
import { hintsUnder } from '../numeric.js';

/** The returned document under `fields`; a positional `.$` refers to `query`. */
function project(
  doc: Doc | undefined,
  fields: Doc | undefined,
  query: Doc,
  hints: Hints | undefined,
): Doc | null {
  if (!doc) return null;
  return projectDocs([doc], fields, query, hints)[0] ?? null;
}

const findAndModify: Handler = async (cmd, ctx) => {
  const name = stringField(cmd, 'findAndModify' in cmd ? 'findAndModify' : 'findandmodify');
  checkCollation(cmd);
  const variables = docField(cmd, 'let');
  const query = bindVariables(docField(cmd, 'query') ?? {}, variables);
  const sort = docField(cmd, 'sort');
  const fields = docField(cmd, 'fields');
  const remove = cmd.remove === true;
  const returnNew = cmd.new === true;
  if (remove && cmd.update !== undefined)
    throw new CommandError('FailedToParse', 'Cannot specify both an update and remove=true');
  if (!remove && cmd.update === undefined)
    throw new CommandError('FailedToParse', 'Either an update or remove=true must be specified');
  if (remove && returnNew)
    throw new CommandError('FailedToParse', 'Cannot specify both new=true and remove=true');
  const createOps: Op[] = [];
  if (remove) {
    const coll = ctx.storage.collection(ctx.db, name);
    if (!coll) return { lastErrorObject: { n: 0 }, value: null, ok: 1 };
    checkHint(cmd, coll);
    let targets = matchDocs(coll, query, ctx.storage.metrics, sort ? Infinity : 1);
    if (sort) targets = sortDocs(targets, sort);
    const target = targets[0];
    const batch = new WriteBatch(ctx.storage, coll);
    const value = project(
      target && coll.typed(target),
      fields,
      query,
      projectionHints(ctx, 'fields.'),
    );
    if (target) batch.remove(target);
    await batch.commit([]);
    return { lastErrorObject: { n: target ? 1 : 0 }, value, ok: 1 };
  }
  const coll = ctx.storage.ensureCollection(ctx.db, name, createOps);
  const batch = new WriteBatch(ctx.storage, coll);
  const statement: Doc = {
    hint: cmd.hint,
    q: docField(cmd, 'query') ?? {},
    u: cmd.update,
    upsert: cmd.upsert === true,
  };
  if (cmd.arrayFilters !== undefined) statement.arrayFilters = cmd.arrayFilters;
  const outcome = runUpdate(
    batch,
    statement,
    sort,
    statementHints(ctx.hints, 'update.', cmd.update),
    variables,
    hintsUnder(ctx.hints, 'query.'),
  );
  await batch.commit(createOps);
  const lastErrorObject: Doc =
    outcome.upsertedId !== undefined
      ? { n: 1, updatedExisting: false, upserted: outcome.upsertedId }
      : { n: outcome.matched, updatedExisting: outcome.matched > 0 };
  const value = returnNew
    ? outcome.after
    : outcome.upsertedId !== undefined
      ? undefined
      : outcome.before;
  return {
    lastErrorObject,
    value: project(value, fields, query, projectionHints(ctx, 'fields.')),
    ok: 1,
  };
};

/** findAndModify under both spellings drivers use. */
export const findAndModifyCommands: Record<string, Handler> = {
  findAndModify,
  findandmodify: findAndModify,
};
