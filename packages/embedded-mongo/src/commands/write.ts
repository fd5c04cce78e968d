/**
 * insert / update / delete: each statement is validated and applied in memory in order, the
 * resulting ops are journaled in one record, and the reply waits for fsync. Failed statements
 * become `writeErrors` (ordered batches stop at the first one), as in mongod.
 */
import { calculateObjectSize, ObjectId } from 'bson';
import { CommandError, toCommandError } from '../errors.js';
import type { ChangeEvent } from '../changelog.js';
import type { Collection } from '../collection.js';
import { matchDocs, sortDocs } from '../query.js';
import type { Op, Storage } from '../storage.js';
import {
  updateDocument,
  buildUpsert,
  isOperatorUpdate,
  validateUpdate,
  type UpdateSpec,
} from '../update.js';
import { isPlainObject, valueKey, type Doc } from '../values.js';
import { MAX_BSON_SIZE } from '../wire.js';
import { describeUpdate } from '../diff.js';
import { bindVariables } from '../variables.js';
import { hintsUnder, sameHints, type HintList, type Hints } from '../numeric.js';
import {
  checkCollation,
  checkHint,
  docField,
  docsField,
  stringField,
  type Handler,
} from './context.js';

type EventDraft = Omit<ChangeEvent, 'seq' | 'sub'>;

/** Collects the ops and events of one write command. */
export class WriteBatch {
  readonly ops: Op[] = [];
  readonly events: EventDraft[] = [];
  private readonly wallTime = new Date();

  constructor(
    readonly storage: Storage,
    readonly coll: Collection,
  ) {}

  insert(doc: Doc, hints?: Hints): void {
    this.coll.insert(doc, hints);
    const typed = this.coll.typed(doc);
    this.ops.push({ o: 'put', db: this.coll.db, c: this.coll.name, d: typed });
    this.event('insert', doc, { fullDocument: typed });
  }

  /** Replaces `before` by `after`; journal and events carry the client-visible types. */
  replace(before: Doc, after: Doc, replacement: boolean, hints?: Hints): void {
    const typedBefore = this.coll.typed(before);
    this.coll.replace(after, hints);
    const typed = this.coll.typed(after);
    this.ops.push({ o: 'put', db: this.coll.db, c: this.coll.name, d: typed });
    if (replacement) {
      this.event('replace', after, { fullDocument: typed, fullDocumentBeforeChange: typedBefore });
    } else {
      this.event('update', after, {
        fullDocument: typed,
        fullDocumentBeforeChange: typedBefore,
        updateDescription: describeUpdate(typedBefore, typed),
      });
    }
  }

  remove(doc: Doc): void {
    const typed = this.coll.typed(doc);
    this.coll.remove(valueKey(doc._id));
    this.ops.push({ o: 'del', db: this.coll.db, c: this.coll.name, k: doc._id });
    this.event('delete', doc, { fullDocumentBeforeChange: typed });
  }

  private event(type: EventDraft['operationType'], doc: Doc, extra: Partial<EventDraft>): void {
    this.events.push({
      operationType: type,
      db: this.coll.db,
      coll: this.coll.name,
      documentKey: { _id: doc._id },
      wallTime: this.wallTime,
      ...extra,
    });
  }

  /** Journals everything (including an implicit collection creation) and awaits fsync. */
  async commit(createOps: Op[]): Promise<void> {
    await this.storage.commit([...createOps, ...this.ops], this.events);
  }
}

/** The first `$`-prefixed field name anywhere inside an embedded document, if any. */
function dollarPrefixedField(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      const found = dollarPrefixedField(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('$')) return key;
    const found = dollarPrefixedField(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Puts `_id` first (generating one if absent) and enforces the 16 MiB limit. */
export function prepareForInsert(doc: Doc): Doc {
  if (calculateObjectSize(doc, { ignoreUndefined: true }) > MAX_BSON_SIZE) {
    throw new CommandError(
      'BSONObjectTooLarge',
      `object to insert too large. size must be at most ${MAX_BSON_SIZE}`,
    );
  }
  const id = '_id' in doc && doc._id !== undefined ? doc._id : new ObjectId();
  if (Array.isArray(id) || id instanceof RegExp)
    throw new CommandError(
      'BadValue',
      `can't use an ${Array.isArray(id) ? 'array' : 'regex'} for _id`,
    );
  const dollar = dollarPrefixedField(id);
  if (dollar !== undefined)
    throw new CommandError(
      'DollarPrefixedFieldName',
      `_id fields may not contain '$'-prefixed fields: ${dollar} is not valid for storage.`,
    );
  const { _id: _omit, ...rest } = doc;
  return { _id: id, ...rest };
}

function checkSize(doc: Doc): void {
  if (calculateObjectSize(doc, { ignoreUndefined: true }) > MAX_BSON_SIZE) {
    throw new CommandError(
      'BSONObjectTooLarge',
      `Resulting document after update is larger than ${MAX_BSON_SIZE}`,
    );
  }
}

/** A write error entry as mongod reports it. */
export function writeError(index: number, error: unknown): Doc {
  const e = toCommandError(error);
  return { index, code: e.code, codeName: e.codeName, errmsg: e.message, ...e.extra };
}

const insert: Handler = async (cmd, ctx) => {
  const name = stringField(cmd, 'insert');
  const documents = docsField(cmd, 'documents');
  const ordered = cmd.ordered !== false;
  const createOps: Op[] = [];
  const coll = ctx.storage.ensureCollection(ctx.db, name, createOps);
  const batch = new WriteBatch(ctx.storage, coll);
  const writeErrors: Doc[] = [];
  let n = 0;
  for (const [i, raw] of documents.entries()) {
    try {
      batch.insert(prepareForInsert(raw), hintsUnder(ctx.hints, `documents.${i}.`));
      n += 1;
    } catch (error) {
      writeErrors.push(writeError(i, error));
      if (ordered) break;
    }
  }
  await batch.commit(createOps);
  return writeErrors.length > 0 ? { n, writeErrors, ok: 1 } : { n, ok: 1 };
};

/**
 * The Double/Long hints of an update statement's `u` (found under `prefix` in the command's);
 * a pipeline also sees those of the command's `let` variables (at `let.name`, where typing.ts
 * looks them up).
 */
export function statementHints(
  list: HintList | undefined,
  prefix: string,
  u: unknown,
): Hints | undefined {
  const own = hintsUnder(list, prefix);
  if (!Array.isArray(u)) return own;
  const vars = hintsUnder(list, 'let.');
  if (!vars) return own;
  const out: Hints = new Map(own ?? []);
  for (const [path, kind] of vars) out.set(`let.${path}`, kind);
  return out;
}

/** Outcome of one update statement. */
export interface UpdateOutcome {
  matched: number;
  modified: number;
  upsertedId?: unknown;
  /** Pre/post images of the first touched document, for findAndModify. */
  before?: Doc;
  after?: Doc;
}

/** Runs one update statement against `batch`. */
export function runUpdate(
  batch: WriteBatch,
  statement: Doc,
  sort: Doc | undefined,
  specHints: Hints | undefined,
  variables?: Doc,
  filterHints?: Hints,
): UpdateOutcome {
  const filter = bindVariables(docField(statement, 'q') ?? {}, variables);
  const u = statement.u;
  if (!isPlainObject(u) && !(Array.isArray(u) && (u as unknown[]).every(isPlainObject))) {
    throw new CommandError('FailedToParse', "'u' must be a document or a pipeline");
  }
  const update = u as UpdateSpec;
  validateUpdate(update);
  const multi = statement.multi === true;
  if (multi && !isOperatorUpdate(update) && !Array.isArray(update)) {
    throw new CommandError(
      'InvalidOptions',
      'multi update is not supported for replacement-style update',
    );
  }
  const arrayFilters =
    statement.arrayFilters === undefined ? undefined : docsField(statement, 'arrayFilters');
  const { storage, coll } = batch;
  checkHint(statement, coll);
  let targets = matchDocs(coll, filter, storage.metrics, multi || sort ? Infinity : 1);
  if (sort && targets.length > 1) targets = sortDocs(targets.slice(), sort);
  if (targets.length === 0) {
    if (statement.upsert !== true) return { matched: 0, modified: 0 };
    const seeded = buildUpsert(filter, update, arrayFilters, specHints, variables, filterHints);
    const doc = prepareForInsert(seeded.doc);
    batch.insert(doc, seeded.hints);
    return { matched: 0, modified: 0, upsertedId: doc._id, after: coll.typed(doc) };
  }
  const outcome: UpdateOutcome = { matched: 0, modified: 0 };
  for (const before of multi ? targets : targets.slice(0, 1)) {
    const oldHints = coll.hints.get(valueKey(before._id));
    const { doc: after, hints } = updateDocument(before, update, {
      filter,
      arrayFilters,
      inserting: false,
      hints: oldHints,
      specHints,
      variables,
    });
    outcome.matched += 1;
    const first = outcome.before === undefined;
    if (first) outcome.before = coll.typed(before);
    const unchanged =
      (after === before || valueKey(after) === valueKey(before)) && sameHints(oldHints, hints);
    if (!unchanged) {
      checkSize(after);
      batch.replace(before, after, !isOperatorUpdate(update) && !Array.isArray(update), hints);
      outcome.modified += 1;
    }
    if (first) outcome.after = coll.typed(after);
  }
  return outcome;
}

const update: Handler = async (cmd, ctx) => {
  const name = stringField(cmd, 'update');
  const statements = docsField(cmd, 'updates');
  statements.forEach(checkCollation);
  const ordered = cmd.ordered !== false;
  const createOps: Op[] = [];
  const coll = ctx.storage.ensureCollection(ctx.db, name, createOps);
  const batch = new WriteBatch(ctx.storage, coll);
  const writeErrors: Doc[] = [];
  const upserted: Doc[] = [];
  let n = 0;
  let nModified = 0;
  for (const [index, statement] of statements.entries()) {
    try {
      const specHints = statementHints(ctx.hints, `updates.${index}.u.`, statement.u);
      const sort = docField(statement, 'sort');
      const filterHints = hintsUnder(ctx.hints, `updates.${index}.q.`);
      const variables = docField(cmd, 'let');
      const result = runUpdate(batch, statement, sort, specHints, variables, filterHints);
      n += result.matched;
      nModified += result.modified;
      if (result.upsertedId !== undefined) {
        n += 1;
        upserted.push({ index, _id: result.upsertedId });
      }
    } catch (error) {
      writeErrors.push(writeError(index, error));
      if (ordered) break;
    }
  }
  await batch.commit(createOps);
  const reply: Doc = { n, nModified };
  if (upserted.length > 0) reply.upserted = upserted;
  if (writeErrors.length > 0) reply.writeErrors = writeErrors;
  return { ...reply, ok: 1 };
};

const remove: Handler = async (cmd, ctx) => {
  const name = stringField(cmd, 'delete');
  const statements = docsField(cmd, 'deletes');
  statements.forEach(checkCollation);
  const ordered = cmd.ordered !== false;
  const coll = ctx.storage.collection(ctx.db, name);
  if (!coll) return { n: 0, ok: 1 };
  const batch = new WriteBatch(ctx.storage, coll);
  const writeErrors: Doc[] = [];
  let n = 0;
  for (const [index, statement] of statements.entries()) {
    try {
      checkHint(statement, coll);
      const filter = bindVariables(docField(statement, 'q') ?? {}, docField(cmd, 'let'));
      const limit = statement.limit === 1 ? 1 : Infinity;
      for (const doc of matchDocs(coll, filter, ctx.storage.metrics, limit)) {
        batch.remove(doc);
        n += 1;
      }
    } catch (error) {
      writeErrors.push(writeError(index, error));
      if (ordered) break;
    }
  }
  await batch.commit([]);
  return writeErrors.length > 0 ? { n, writeErrors, ok: 1 } : { n, ok: 1 };
};

/** insert, update and delete. */
export const writeCommands: Record<string, Handler> = { insert, update, delete: remove };
