/**
 * One collection in memory: documents keyed by the canonical key of their `_id`, plus the
 * secondary indexes. Every mutation validates first (unique keys) and only then changes
 * state, so a rejected write leaves documents and indexes untouched.
 */
import { CommandError } from './errors.js';
import { Index, type IndexSpec } from './indexes.js';
import { applyHints, type Hints } from './numeric.js';
import { bsonString, getPath, valueKey, type Doc } from './values.js';

/** The implicit `_id` index as listIndexes reports it. */
export const ID_INDEX: IndexSpec = { v: 2, key: { _id: 1 }, name: '_id_' };

/** Renders a value roughly the way mongod prints it inside E11000 messages. */
function formatKeyValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  const tag = (value as { _bsontype?: unknown })._bsontype;
  if (tag === 'ObjectId') return `ObjectId('${bsonString(value)}')`;
  if (typeof value === 'object') return JSON.stringify(value);
  return bsonString(value);
}

/** A stored collection. */
export class Collection {
  readonly db: string;
  /** Changes only through renameCollection. */
  name: string;
  options: Doc;
  readonly docs = new Map<string, Doc>();
  readonly indexes = new Map<string, Index>();
  /** Numeric type hints of documents that have any (see numeric.ts), by canonical id. */
  readonly hints = new Map<string, Hints>();
  readonly uuid: string;
  /** Position of each document in natural (first insertion) order, by canonical id. */
  private readonly ordinals = new Map<string, number>();
  private nextOrdinal = 0;
  /** A document's position in natural order (ties in sorts keep it, as a stable sort would). */
  readonly ordinalOf = (id: string): number => this.ordinals.get(id) ?? Number.MAX_SAFE_INTEGER;

  constructor(db: string, name: string, options: Doc = {}, uuid?: string) {
    this.db = db;
    this.name = name;
    this.options = options;
    this.uuid = uuid ?? crypto.randomUUID();
  }

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  /** All index specs including the implicit `_id` index, in creation order. */
  indexSpecs(): IndexSpec[] {
    return [ID_INDEX, ...[...this.indexes.values()].map((i) => i.spec)];
  }

  /** Builds an index over existing documents; fails without side effects on duplicates. */
  addIndex(spec: IndexSpec): void {
    const index = new Index(spec, this.ordinalOf);
    const seen = new Map<string, string>();
    const keyed: Array<[string, Doc, string[]]> = [];
    for (const [id, doc] of this.docs) {
      const keys = index.keysOf(doc);
      if (spec.unique) {
        for (const key of keys) {
          const other = seen.get(key);
          if (other !== undefined && other !== id) throw this.duplicateError(index, doc);
          seen.set(key, id);
        }
      }
      keyed.push([id, doc, keys]);
    }
    for (const [id, doc, keys] of keyed) index.add(id, doc, keys);
    this.indexes.set(spec.name, index);
  }

  private duplicateError(index: Index | undefined, doc: Doc): CommandError {
    const fields = index ? index.fields : ['_id'];
    const keyPattern: Doc = index ? index.spec.key : { _id: 1 };
    const keyValue: Doc = {};
    for (const f of fields) keyValue[f] = getPath(doc, f) ?? null;
    const shown = fields.map((f) => `${f}: ${formatKeyValue(keyValue[f])}`).join(', ');
    const name = index ? index.spec.name : '_id_';
    return new CommandError(
      'DuplicateKey',
      `E11000 duplicate key error collection: ${this.ns} index: ${name} dup key: { ${shown} }`,
      { keyPattern, keyValue },
    );
  }

  /** Throws DuplicateKey if `doc` (stored under `id`) would violate a unique index. */
  private checkUnique(id: string, doc: Doc): Map<Index, string[]> {
    const keysByIndex = new Map<Index, string[]>();
    for (const index of this.indexes.values()) {
      const keys = index.keysOf(doc);
      if (index.conflict(keys, id) !== undefined) throw this.duplicateError(index, doc);
      keysByIndex.set(index, keys);
    }
    return keysByIndex;
  }

  /** Validates an insert without applying it. */
  validateInsert(doc: Doc): void {
    const id = valueKey(doc._id);
    if (this.docs.has(id)) throw this.duplicateError(undefined, doc);
    this.checkUnique(id, doc);
  }

  /** The document as clients see it: hinted numbers back as Double/Long. */
  typed(doc: Doc): Doc {
    if (this.hints.size === 0) return doc;
    return applyHints(doc, this.hints.get(valueKey(doc._id)));
  }

  private setHints(id: string, hints: Hints | undefined): void {
    if (hints && hints.size > 0) this.hints.set(id, hints);
    else this.hints.delete(id);
  }

  /** Inserts a document (after validation). */
  insert(doc: Doc, hints?: Hints): void {
    const id = valueKey(doc._id);
    if (this.docs.has(id)) throw this.duplicateError(undefined, doc);
    const keys = this.checkUnique(id, doc);
    this.docs.set(id, doc);
    this.ordinals.set(id, this.nextOrdinal++);
    this.setHints(id, hints);
    for (const [index, k] of keys) index.add(id, doc, k);
  }

  /** Replaces the document with the same `_id` (after validation). */
  replace(doc: Doc, hints?: Hints): void {
    const id = valueKey(doc._id);
    const old = this.docs.get(id);
    if (!old) throw new CommandError('InternalError', `document ${id} vanished during update`);
    const newKeys = this.checkUnique(id, doc);
    for (const index of this.indexes.values()) index.remove(id, old, index.keysOf(old));
    this.docs.set(id, doc);
    this.setHints(id, hints);
    for (const [index, k] of newKeys) index.add(id, doc, k);
  }

  /** Validates a replacement without applying it. */
  validateReplace(doc: Doc): void {
    this.checkUnique(valueKey(doc._id), doc);
  }

  /** Removes a document by canonical id; returns the removed document. */
  remove(id: string): Doc | undefined {
    const old = this.docs.get(id);
    if (!old) return undefined;
    for (const index of this.indexes.values()) index.remove(id, old, index.keysOf(old));
    this.docs.delete(id);
    this.ordinals.delete(id);
    this.hints.delete(id);
    return old;
  }
}
