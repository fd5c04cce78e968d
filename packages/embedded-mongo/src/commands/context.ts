/**
 * What every command handler receives, and small helpers for reading command fields.
 */
import { Long } from 'bson';
import type { Collection } from '../collection.js';
import type { CursorRegistry } from '../cursors.js';
import type { DocumentLookup } from '../changestream.js';
import { CommandError, notImplemented } from '../errors.js';
import { hintsUnder, type HintList, type Hints } from '../numeric.js';
import type { Storage } from '../storage.js';
import { isPlainObject, valueKey, type Doc } from '../values.js';

/** Facts about the listening server that hello/serverStatus report. */
export interface ServerInfo {
  host: string;
  port: number;
  startedAt: Date;
  connections: { current: number; totalCreated: number };
  electionId: unknown;
}

/** Per-command context. */
export interface CommandContext {
  storage: Storage;
  cursors: CursorRegistry;
  server: ServerInfo;
  db: string;
  connectionId: number;
  /** Double/Long hints of the command document (see numeric.ts). */
  hints?: HintList | undefined;
  /** Aborted when the client's connection closes (ends awaitable hellos early). */
  signal?: AbortSignal | undefined;
}

/** A command implementation. */
export type Handler = (cmd: Doc, ctx: CommandContext) => Doc | Promise<Doc>;

/** A required string field (e.g. the collection name under the command key). */
export function stringField(cmd: Doc, field: string): string {
  const value = cmd[field];
  if (typeof value !== 'string') throw new CommandError('BadValue', `'${field}' must be a string`);
  return value;
}

/** An optional document field. */
export function docField(cmd: Doc, field: string): Doc | undefined {
  const value = cmd[field];
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value))
    throw new CommandError('TypeMismatch', `'${field}' must be a document`);
  return value;
}

/** An optional numeric field (numbers, Long). */
export function numberField(cmd: Doc, field: string): number | undefined {
  const value = cmd[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return value;
  if (value instanceof Long) return value.toNumber();
  throw new CommandError('TypeMismatch', `'${field}' must be a number`);
}

/** An optional array-of-documents field. */
export function docsField(cmd: Doc, field: string): Doc[] {
  const value = cmd[field];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !(value as unknown[]).every(isPlainObject)) {
    throw new CommandError('TypeMismatch', `'${field}' must be an array of documents`);
  }
  return value as Doc[];
}

/** A cursor id (Long or number) as bigint. */
export function toCursorId(value: unknown): bigint {
  if (value instanceof Long) return value.toBigInt();
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (typeof value === 'bigint') return value;
  throw new CommandError('TypeMismatch', 'cursor ids must be 64-bit integers');
}

/** A cursor id field as bigint. */
export function cursorIdField(cmd: Doc, field: string): bigint {
  return toCursorId(cmd[field]);
}

/** The `readConcern.level` of a command, if any. */
export function readConcernLevel(cmd: Doc): unknown {
  return docField(cmd, 'readConcern')?.level;
}

/**
 * Refuses a non-simple `collation` (the engine compares strings by code point only): on a
 * command, or on one statement of a write (`updates.N`, `deletes.N`).
 */
export function checkCollation(doc: Doc): void {
  const collation = docField(doc, 'collation');
  if (collation && collation.locale !== 'simple') throw notImplemented('collation');
}

/** The current version of a document, for `fullDocument: 'updateLookup'`. */
export function lookupIn(ctx: CommandContext): DocumentLookup {
  return (db, coll, key) => {
    const collection = ctx.storage.collection(db, coll);
    const doc = collection?.docs.get(valueKey(key._id));
    return collection && doc ? collection.typed(doc) : null;
  };
}

/**
 * Validates a `hint` (on a command or a write statement): it must name an existing index
 * (BadValue otherwise, as mongod). The plan never changes an answer, except that a sparse or
 * partial index holds only some documents, which the engine does not emulate: refused.
 */
export function checkHint(doc: Doc, coll: Collection | undefined): void {
  const hint = doc.hint;
  if (hint === undefined || hint === null || coll === undefined) return;
  if (isPlainObject(hint) && '$natural' in hint) return;
  const specs = coll.indexSpecs();
  const spec =
    typeof hint === 'string'
      ? specs.find((s) => s.name === hint)
      : isPlainObject(hint)
        ? specs.find((s) => valueKey(s.key) === valueKey(hint))
        : undefined;
  if (!spec)
    throw new CommandError('BadValue', 'hint provided does not correspond to an existing index');
  if (spec.sparse === true || spec.partialFilterExpression !== undefined)
    throw notImplemented('hint of a sparse or partial index');
}

/** The command's literal hints under `prefix`, re-rooted at `projection.` (see typing.ts). */
export function projectionHints(ctx: CommandContext, prefix: string): Hints | undefined {
  const found = hintsUnder(ctx.hints, prefix);
  return found && new Map([...found].map(([path, kind]) => [`projection.${path}`, kind]));
}
