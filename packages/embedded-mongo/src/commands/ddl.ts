/**
 * Namespace and index commands: create, drop, dropDatabase, listCollections, listDatabases,
 * createIndexes, listIndexes, dropIndexes.
 */
import { Binary, calculateObjectSize } from 'bson';
import { compileQuery } from '../mingo.js';
import type { Collection } from '../collection.js';
import { ID_INDEX } from '../collection.js';
import type { ChangeEvent } from '../changelog.js';
import { CommandError, notImplemented } from '../errors.js';
import { normalizeIndexSpec, sameIndex, type IndexSpec } from '../indexes.js';
import { checkCollName, checkDbName, type Op } from '../storage.js';
import { isPlainObject, valueKey, type Doc } from '../values.js';
import { docField, numberField, stringField, type Handler } from './context.js';

const create: Handler = async (cmd, ctx) => {
  const name = stringField(cmd, 'create');
  checkDbName(ctx.db);
  checkCollName(name);
  if (ctx.storage.collection(ctx.db, name))
    throw new CommandError('NamespaceExists', `Collection ${ctx.db}.${name} already exists.`);
  const ops: Op[] = [];
  ctx.storage.ensureCollection(ctx.db, name, ops);
  await ctx.storage.commit(ops);
  return { ok: 1 };
};

const drop: Handler = async (cmd, ctx) => {
  const name = stringField(cmd, 'drop');
  const coll = ctx.storage.collection(ctx.db, name);
  if (!coll) return { ok: 1 };
  const nIndexesWas = coll.indexes.size + 1;
  ctx.storage.dbs.get(ctx.db)?.delete(name);
  await ctx.storage.commit(
    [{ o: 'drop', db: ctx.db, c: name }],
    [{ operationType: 'drop', db: ctx.db, coll: name, wallTime: new Date() }],
  );
  return { ns: `${ctx.db}.${name}`, nIndexesWas, ok: 1 };
};

const dropDatabase: Handler = async (_cmd, ctx) => {
  const colls = ctx.storage.dbs.get(ctx.db);
  if (!colls) return { ok: 1 };
  const wallTime = new Date();
  const events = [...colls.keys()].map((coll) => ({
    operationType: 'drop' as const,
    db: ctx.db,
    coll,
    wallTime,
  }));
  ctx.storage.dbs.delete(ctx.db);
  await ctx.storage.commit(
    [{ o: 'dropDb', db: ctx.db }],
    [...events, { operationType: 'dropDatabase', db: ctx.db, coll: '', wallTime }],
  );
  return { dropped: ctx.db, ok: 1 };
};

function uuidOf(coll: Collection): Binary {
  return new Binary(Buffer.from(coll.uuid.replace(/-/g, ''), 'hex'), Binary.SUBTYPE_UUID);
}

const listCollections: Handler = (cmd, ctx) => {
  const filter = docField(cmd, 'filter');
  const query = filter ? compileQuery(filter) : undefined;
  const nameOnly = cmd.nameOnly === true;
  const entries: Doc[] = [];
  for (const coll of ctx.storage.dbs.get(ctx.db)?.values() ?? []) {
    const full: Doc = {
      name: coll.name,
      type: 'collection',
      options: coll.options,
      info: { readOnly: false, uuid: uuidOf(coll) },
      idIndex: ID_INDEX,
    };
    if (query && !query.test(full)) continue;
    entries.push(nameOnly ? { name: coll.name, type: 'collection' } : full);
  }
  const batchSize = numberField(docField(cmd, 'cursor') ?? {}, 'batchSize');
  return {
    cursor: ctx.cursors.openDocs(`${ctx.db}.$cmd.listCollections`, entries, batchSize ?? 0),
    ok: 1,
  };
};

function approxSize(colls: Map<string, Collection>): number {
  let size = 0;
  for (const coll of colls.values())
    for (const doc of coll.docs.values()) size += calculateObjectSize(doc);
  return size;
}

const listDatabases: Handler = (cmd, ctx) => {
  const filter = docField(cmd, 'filter');
  const query = filter ? compileQuery(filter) : undefined;
  const nameOnly = cmd.nameOnly === true;
  const databases: Doc[] = [];
  let totalSize = 0;
  for (const [name, colls] of ctx.storage.dbs) {
    if (colls.size === 0) continue;
    const sizeOnDisk = nameOnly ? 0 : approxSize(colls);
    const entry: Doc = nameOnly ? { name } : { name, sizeOnDisk, empty: false };
    if (query && !query.test(entry)) continue;
    totalSize += sizeOnDisk;
    databases.push(entry);
  }
  return nameOnly
    ? { databases, ok: 1 }
    : { databases, totalSize, totalSizeMb: Math.round(totalSize / 1048576), ok: 1 };
};

function existingFor(coll: Collection, spec: IndexSpec): IndexSpec | undefined {
  for (const existing of coll.indexSpecs()) {
    if (existing.name === spec.name) {
      if (sameIndex(existing, spec)) return existing;
      throw new CommandError(
        'IndexKeySpecsConflict',
        `An existing index has the same name as the requested index. Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(existing)}`,
      );
    }
    if (valueKey(existing.key) === valueKey(spec.key)) {
      if (sameIndex(existing, spec)) return existing;
      throw new CommandError(
        'IndexOptionsConflict',
        `An equivalent index already exists with a different name and options. Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(existing)}`,
      );
    }
  }
  return undefined;
}

const createIndexes: Handler = async (cmd, ctx) => {
  const name = stringField(cmd, 'createIndexes');
  const raw = cmd.indexes;
  if (!Array.isArray(raw) || raw.length === 0)
    throw new CommandError('BadValue', "'indexes' must be a non-empty array");
  const specs = (raw as unknown[]).map(normalizeIndexSpec);
  const ops: Op[] = [];
  const created = !ctx.storage.collection(ctx.db, name);
  const coll = ctx.storage.ensureCollection(ctx.db, name, ops);
  const before = coll.indexes.size + 1;
  const added: string[] = [];
  try {
    for (const spec of specs) {
      if (spec.name === '_id_' || valueKey(spec.key) === valueKey(ID_INDEX.key)) continue;
      if (existingFor(coll, spec)) continue;
      coll.addIndex(spec);
      added.push(spec.name);
      ops.push({ o: 'index', db: ctx.db, c: name, spec });
    }
  } catch (error) {
    // All-or-nothing: indexes built earlier in this command are removed again.
    for (const n of added) coll.indexes.delete(n);
    if (ops.length > 0 && ops[0]?.o === 'create')
      await ctx.storage.commit(ops.filter((op) => op.o === 'create'));
    throw error;
  }
  await ctx.storage.commit(ops);
  const reply: Doc = {
    numIndexesBefore: before,
    numIndexesAfter: coll.indexes.size + 1,
    createdCollectionAutomatically: created,
    ok: 1,
  };
  if (added.length === 0) reply.note = 'all indexes already exist';
  return reply;
};

const listIndexes: Handler = (cmd, ctx) => {
  const name = stringField(cmd, 'listIndexes');
  const coll = ctx.storage.collection(ctx.db, name);
  if (!coll) throw new CommandError('NamespaceNotFound', `ns does not exist: ${ctx.db}.${name}`);
  const batchSize = numberField(docField(cmd, 'cursor') ?? {}, 'batchSize');
  return {
    cursor: ctx.cursors.openDocs(
      `${ctx.db}.$cmd.listIndexes.${name}`,
      coll.indexSpecs().map((s) => ({ ...s })),
      batchSize ?? 0,
    ),
    ok: 1,
  };
};

function indexNamesToDrop(coll: Collection, index: unknown): string[] {
  if (index === '*') return [...coll.indexes.keys()];
  const names = Array.isArray(index) ? (index as unknown[]) : [index];
  return names.map((entry) => {
    if (typeof entry === 'string') {
      if (entry === '_id_') throw new CommandError('InvalidOptions', 'cannot drop _id index');
      if (!coll.indexes.has(entry))
        throw new CommandError('IndexNotFound', `index not found with name [${entry}]`);
      return entry;
    }
    if (isPlainObject(entry)) {
      const found = [...coll.indexes.values()].find(
        (i) => valueKey(i.spec.key) === valueKey(entry),
      );
      if (!found)
        throw new CommandError(
          'IndexNotFound',
          `can't find index with key: ${JSON.stringify(entry)}`,
        );
      return found.spec.name;
    }
    throw new CommandError('BadValue', "'index' must be a name, a key pattern or '*'");
  });
}

const dropIndexes: Handler = async (cmd, ctx) => {
  const name = stringField(cmd, 'dropIndexes');
  const coll = ctx.storage.collection(ctx.db, name);
  if (!coll) throw new CommandError('NamespaceNotFound', `ns not found ${ctx.db}.${name}`);
  const nIndexesWas = coll.indexes.size + 1;
  const names = indexNamesToDrop(coll, cmd.index);
  for (const n of names) coll.indexes.delete(n);
  await ctx.storage.commit(
    names.map((n) => ({ o: 'dropIndex' as const, db: ctx.db, c: name, name: n })),
  );
  return { nIndexesWas, ok: 1 };
};

function splitNamespace(ns: unknown, field: string): { db: string; coll: string } {
  const dot = typeof ns === 'string' ? ns.indexOf('.') : -1;
  if (typeof ns !== 'string' || dot <= 0 || dot === ns.length - 1)
    throw new CommandError('InvalidNamespace', `Invalid namespace specified for '${field}'`);
  return { db: ns.slice(0, dot), coll: ns.slice(dot + 1) };
}

/**
 * renameCollection (run on admin): within one database, with `dropTarget`; a stream on the
 * old name sees `rename` then `invalidate`, as in MongoDB.
 */
const renameCollection: Handler = async (cmd, ctx) => {
  const from = splitNamespace(cmd.renameCollection, 'renameCollection');
  const to = splitNamespace(cmd.to, 'to');
  if (ctx.db !== 'admin')
    throw new CommandError(
      'IllegalOperation',
      'renameCollection may only be run against the admin database.',
    );
  if (from.db !== to.db) throw notImplemented('renameCollection across databases');
  checkCollName(to.coll);
  const source = ctx.storage.collection(from.db, from.coll);
  if (!source) throw new CommandError('NamespaceNotFound', 'Source namespace does not exist');
  if (from.coll === to.coll)
    throw new CommandError('IllegalOperation', "Can't rename a collection to itself");
  const wallTime = new Date();
  const ops: Op[] = [];
  const events: Array<Omit<ChangeEvent, 'seq' | 'sub'>> = [];
  if (ctx.storage.collection(to.db, to.coll)) {
    if (cmd.dropTarget !== true)
      throw new CommandError('NamespaceExists', 'target namespace exists');
    ops.push({ o: 'drop', db: to.db, c: to.coll });
    events.push({ operationType: 'drop', db: to.db, coll: to.coll, wallTime });
  }
  ops.push({ o: 'rename', db: from.db, c: from.coll, to: to.coll });
  events.push({ operationType: 'rename', db: from.db, coll: from.coll, to, wallTime });
  for (const op of ops) ctx.storage.applyOp(op, undefined);
  await ctx.storage.commit(ops, events);
  return { ok: 1 };
};

/** collMod: `changeStreamPreAndPostImages`, and an index's `expireAfterSeconds` or `hidden`. */
const collMod: Handler = async (cmd, ctx) => {
  const name = stringField(cmd, 'collMod');
  const coll = ctx.storage.collection(ctx.db, name);
  if (!coll) throw new CommandError('NamespaceNotFound', `ns does not exist: ${ctx.db}.${name}`);
  const ops: Op[] = [];
  const reply: Doc = {};
  const images = docField(cmd, 'changeStreamPreAndPostImages');
  if (images) {
    if (typeof images.enabled !== 'boolean')
      throw new CommandError(
        'BadValue',
        "'changeStreamPreAndPostImages.enabled' must be a boolean",
      );
    ops.push({
      o: 'options',
      db: ctx.db,
      c: name,
      opts: { ...coll.options, changeStreamPreAndPostImages: { enabled: images.enabled } },
    });
  }
  const index = docField(cmd, 'index');
  if (index) {
    const found = [...coll.indexes.values()].find((i) =>
      typeof index.name === 'string'
        ? i.spec.name === index.name
        : isPlainObject(index.keyPattern) && valueKey(i.spec.key) === valueKey(index.keyPattern),
    );
    if (!found) throw new CommandError('IndexNotFound', 'cannot find index for collMod');
    const spec: IndexSpec = { ...found.spec };
    const seconds = index.expireAfterSeconds;
    if (seconds !== undefined) {
      if (typeof seconds !== 'number' || seconds < 0)
        throw new CommandError('BadValue', "'expireAfterSeconds' must be a non-negative number");
      if (found.spec.expireAfterSeconds === undefined)
        throw new CommandError('InvalidOptions', 'no expireAfterSeconds field to update');
      reply.expireAfterSeconds_old = found.spec.expireAfterSeconds;
      reply.expireAfterSeconds_new = seconds;
      spec.expireAfterSeconds = seconds;
    }
    if (index.hidden !== undefined) {
      if (typeof index.hidden !== 'boolean')
        throw new CommandError('BadValue', "'hidden' must be a boolean");
      reply.hidden_old = found.spec.hidden === true;
      reply.hidden_new = index.hidden;
      if (index.hidden) spec.hidden = true;
      else delete spec.hidden;
    }
    ops.push({ o: 'dropIndex', db: ctx.db, c: name, name: spec.name });
    ops.push({ o: 'index', db: ctx.db, c: name, spec });
  }
  for (const op of ops) ctx.storage.applyOp(op, undefined);
  await ctx.storage.commit(ops);
  return { ...reply, ok: 1 };
};

/** Namespace and index commands. */
export const ddlCommands: Record<string, Handler> = {
  create,
  drop,
  dropDatabase,
  listCollections,
  listDatabases,
  createIndexes,
  listIndexes,
  dropIndexes,
  deleteIndexes: dropIndexes,
  renameCollection,
  collMod,
};
