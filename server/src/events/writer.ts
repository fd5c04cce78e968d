import { isDeepStrictEqual } from 'node:util';
import type { Model, Types } from 'mongoose';
import { notFound } from '../common/errors.js';
import type { StoredFields, StoredOp } from './event.model.js';

/** The fields a `set` may assign: any of the document's own fields, never its `_id`. */
export type Patch<TDoc> = Partial<Omit<TDoc, '_id'>>;

/** The document's array fields. */
type ArrayField<TDoc> = {
  [K in keyof TDoc]-?: TDoc[K] extends readonly unknown[] ? K : never;
}[keyof TDoc];

/** Values to add to array fields (`$addToSet` with `$each`), each typed as its field. */
export type ArrayAdditions<TDoc> = { [K in ArrayField<TDoc>]?: TDoc[K] };

/** A value `min` compares: one type per path, so the order is that type's own. */
export type Comparable = Date | string | number;

/**
 * What a `min` may lower: a comparable field, or entries of a field that maps string keys to
 * comparable values (each entry its own dotted path, so entries never overwrite each other).
 */
export type MinValues<TDoc> = {
  [K in Exclude<keyof TDoc, '_id'>]?: NonNullable<TDoc[K]> extends Comparable
    ? NonNullable<TDoc[K]>
    : NonNullable<TDoc[K]> extends { readonly [key: string]: infer V }
      ? V extends Comparable
        ? { readonly [key: string]: V }
        : never
      : never;
};

/**
 * One write, built by a {@link Writer} and so typed by its model's document: the only kind of
 * write `EventLog.commit` accepts. Its `#check` (the model's schema validators for exactly the
 * paths it writes) runs before the event is appended; being private, it makes the class nominal,
 * so an object literal cannot pose as a write, and it is not stored with the event.
 */
export class WriteOp implements StoredOp {
  declare readonly model: string;
  declare readonly id: Types.ObjectId;
  // `declare`: no own property unless given, so an absent kind is absent in the stored event.
  declare readonly insert?: StoredFields;
  declare readonly set?: StoredFields;
  declare readonly addToSet?: { readonly [field: string]: readonly unknown[] };
  declare readonly remove?: StoredFields;
  declare readonly min?: StoredFields;
  readonly #check: () => Promise<unknown>;

  /** Writers build these; see {@link createWriter}. */
  constructor(stored: StoredOp, check: () => Promise<unknown>) {
    Object.assign(this, stored);
    this.#check = check;
  }

  /** Runs the model's schema validators on what this op writes; rejects with a ValidationError. */
  validate(): Promise<unknown> {
    return this.#check();
  }
}

/**
 * A domain's typed access to the event log's write path for one mongoose model: it builds ops
 * typed by the document (so a misspelt field does not compile), validated by the model's schema,
 * and it applies stored ops of that model when the log commits or repairs an event.
 */
export interface Writer<TDoc extends { _id: Types.ObjectId }> {
  /** The mongoose model name, stored in every op so crash repair finds this writer again. */
  readonly model: string;
  /** Creates the document (idempotent: `$setOnInsert` with upsert). */
  insert(doc: TDoc): WriteOp;
  /** Assigns fields of an existing document. */
  set(id: Types.ObjectId, patch: Patch<TDoc>): WriteOp;
  /** Adds values to array fields, each at most once. */
  addToSet(id: Types.ObjectId, values: ArrayAdditions<TDoc>): WriteOp;
  /**
   * Deletes the document, keeping it whole in the event (merging duplicates, after everything
   * that pointed at it points at the document kept). Deleting it again deletes nothing.
   */
  remove(doc: TDoc): WriteOp;
  /**
   * Lowers fields (or map entries) to the given values where those are smaller (`$min`): writes
   * that commute, so concurrent writers and a replay after a crash agree on the result.
   */
  min(id: Types.ObjectId, values: MinValues<TDoc>): WriteOp;
  /** Applies stored ops of this model, one ordered bulk write. */
  apply(ops: readonly StoredOp[]): Promise<void>;
  /**
   * Reads back a document a commit wrote (or the first result of an idempotent retry): the one
   * verb every mutation ends with. NOT_FOUND, named by the model, if it is gone.
   */
  reread(id: Types.ObjectId): Promise<TDoc>;
  /**
   * A document as stored ops left it in memory (see {@link foldOps}), cast by the model's schema
   * as a read from the database would be: time travel rebuilds the past with it.
   */
  revive(fields: StoredFields): TDoc;
}

/** What the event log needs of any writer, whatever its document type. */
export type AnyWriter = Pick<Writer<{ _id: Types.ObjectId }>, 'model' | 'apply'>;

/** A map key as one path segment: never empty, no `.`, no leading `$` (MongoDB's rules). */
function mapKey(key: string): string {
  if (key === '' || key.includes('.') || key.startsWith('$'))
    throw new Error(`not a usable map key: ${JSON.stringify(key)}`);
  return key;
}

/** Copies a typed value into the log's opaque field map (and detaches it from the caller). */
function fieldsOf(value: object): StoredFields {
  return Object.fromEntries(Object.entries(value));
}

type BulkUpsert =
  | {
      updateOne: {
        filter: { _id: Types.ObjectId };
        update: { [operator: string]: StoredFields };
        upsert: boolean;
      };
    }
  | { deleteOne: { filter: { _id: Types.ObjectId } } };

function updateOf(op: StoredOp): { [operator: string]: StoredFields } {
  if (op.insert) return { $setOnInsert: op.insert };
  const update: { [operator: string]: StoredFields } = {};
  if (op.set) update['$set'] = op.set;
  if (op.min) update['$min'] = op.min;
  if (op.addToSet) {
    update['$addToSet'] = Object.fromEntries(
      Object.entries(op.addToSet).map(([field, values]) => [field, { $each: values }]),
    );
  }
  return update;
}

/**
 * The one generic helper every domain builds its writer with. An insert is validated as a new
 * document of the model (every path, required fields included: `Document.validate`, which
 * checks an array as one value where `Model.validate` looks up each element's path, 3–10×
 * slower for an incident's search terms); a set or addToSet with `Model.validate` on only the
 * paths written, so a partial update is not refused for the fields it leaves alone.
 */
export function createWriter<TDoc extends { _id: Types.ObjectId }>(
  model: Model<TDoc>,
): Writer<TDoc> {
  const name = model.modelName;
  const op = (stored: StoredOp, toValidate: StoredFields, paths?: string[]) =>
    new WriteOp(stored, () =>
      paths === undefined ? new model(toValidate).validate() : model.validate(toValidate, paths),
    );
  return {
    model: name,
    insert(doc) {
      const { _id, ...rest } = doc;
      const insert = fieldsOf(rest);
      return op({ model: name, id: _id, insert }, { ...insert, _id });
    },
    set(id, patch) {
      const set = fieldsOf(patch);
      return op({ model: name, id, set }, set, Object.keys(set));
    },
    addToSet(id, values) {
      const addToSet = fieldsOf(values);
      const lists = Object.fromEntries(
        Object.entries(addToSet).map(([field, list]) => [field, Array.isArray(list) ? list : []]),
      );
      return op({ model: name, id, addToSet: lists }, addToSet, Object.keys(addToSet));
    },
    remove(doc) {
      const { _id, ...rest } = doc;
      return new WriteOp({ model: name, id: _id, remove: fieldsOf(rest) }, () => Promise.resolve());
    },
    min(id, values) {
      const min: { [path: string]: unknown } = {};
      for (const [field, value] of Object.entries(values)) {
        if (value instanceof Date || typeof value === 'string' || typeof value === 'number') {
          min[field] = value;
        } else if (typeof value === 'object' && value !== null) {
          for (const [key, entry] of Object.entries(value)) min[`${field}.${mapKey(key)}`] = entry;
        }
      }
      return op({ model: name, id, min }, fieldsOf(values), Object.keys(values));
    },
    async apply(ops) {
      const writes: BulkUpsert[] = ops.map((stored) =>
        stored.remove
          ? { deleteOne: { filter: { _id: stored.id } } }
          : {
              updateOne: {
                filter: { _id: stored.id },
                update: updateOf(stored),
                upsert: stored.insert !== undefined,
              },
            },
      );
      // Typed as field maps: stored ops were checked against TDoc when built, not when read back.
      await model.bulkWrite<StoredFields>(writes, { ordered: true });
    },
    revive(fields) {
      return model.hydrate(fields).toObject<TDoc>();
    },
    async reread(id) {
      const found = await model.findById(id).lean<TDoc>().exec();
      if (!found) throw notFound(name, id.toHexString());
      return found;
    },
  };
}

/** Errors of an apply that the database refused at its very first op: it wrote nothing. */
const refusedWhole = new WeakSet<object>();

/**
 * True when `error` comes from {@link WriterRegistry.apply} refusing the first of its ops (an
 * ordered write stops there), so none of them was written: the event may be withdrawn.
 */
export function wroteNothing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && refusedWhole.has(error);
}

/** The position of the write an ordered bulk write stopped at, if the database named one. */
function failedAt(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('writeErrors' in error)) return undefined;
  const errors: unknown = error.writeErrors;
  const first: unknown = Array.isArray(errors) ? errors[0] : errors;
  if (typeof first !== 'object' || first === null || !('index' in first)) return undefined;
  return typeof first.index === 'number' ? first.index : undefined;
}

/** Where {@link foldOps} keeps one document: its model's name and its id. */
export const docKey = (model: string, id: Types.ObjectId): string => `${model}:${id.toHexString()}`;

/** BSON's order between the types `min` writes (null first, dates last), for {@link foldOps}. */
function typeRank(value: unknown): number | null {
  if (value === null) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  if (value instanceof Date) return 3;
  return null;
}

/** Whether `value` sorts before `current` as MongoDB's `$min` compares them. */
function lessThan(value: unknown, current: unknown): boolean {
  const a = typeRank(value);
  const b = typeRank(current);
  if (a === null || b === null) return false; // types `min` never writes: keep what is there
  if (a !== b) return a < b;
  if (value instanceof Date && current instanceof Date) return value.getTime() < current.getTime();
  if (typeof value === 'number' && typeof current === 'number') return value < current;
  return typeof value === 'string' && typeof current === 'string' && value < current;
}

/** `$min` of one dotted path on a document in memory, copying (never mutating) what it changes. */
function minAt(doc: { [field: string]: unknown }, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const current = doc[head];
  if (rest.length === 0) {
    if (current === undefined || lessThan(value, current)) doc[head] = value;
    return;
  }
  if (current !== undefined && (typeof current !== 'object' || current === null)) return;
  const child: { [field: string]: unknown } = { ...current };
  minAt(child, rest, value);
  doc[head] = child;
}

/**
 * Applies stored ops to documents held in memory, with the semantics `apply` gives them in the
 * database (`insert` only when missing, `set` assigns, `addToSet` adds what is not there yet,
 * `min` keeps the smaller value, `remove` deletes),
 * so the state after any prefix of the log can be rebuilt without touching the collections.
 */
export function foldOps(state: Map<string, StoredFields>, ops: readonly StoredOp[]): void {
  for (const op of ops) {
    const key = docKey(op.model, op.id);
    const current = state.get(key);
    if (op.remove) {
      state.delete(key);
      continue;
    }
    if (op.insert) {
      if (!current) state.set(key, { ...op.insert, _id: op.id });
      continue;
    }
    if (!current) continue; // an update of a document this prefix never created writes nothing
    const next: { [field: string]: unknown } = { ...current, ...op.set };
    for (const [field, values] of Object.entries(op.addToSet ?? {})) {
      const existing = next[field];
      const list: unknown[] = Array.isArray(existing) ? Array.from<unknown>(existing) : [];
      for (const value of values)
        if (!list.some((v) => isDeepStrictEqual(v, value))) list.push(value);
      next[field] = list;
    }
    for (const [path, value] of Object.entries(op.min ?? {})) minAt(next, path.split('.'), value);
    state.set(key, next);
  }
}

/**
 * The writers the log may apply, by model name. The composition root registers every domain's
 * writer; the log looks them up for each stored op, live or replayed after a crash.
 */
export function createWriterRegistry(writers: readonly AnyWriter[]) {
  const byModel = new Map<string, AnyWriter>();
  for (const writer of writers) {
    if (byModel.has(writer.model)) throw new Error(`two writers for model ${writer.model}`);
    byModel.set(writer.model, writer);
  }
  /**
   * Applies ops with one bulk write per model (an import touches five models, not 50 docs), in
   * the order the models first appear, so the first op is the first write: an error that
   * refuses it is marked as having written nothing (see {@link wroteNothing}).
   */
  async function apply(ops: readonly StoredOp[]): Promise<void> {
    const grouped = new Map<AnyWriter, StoredOp[]>();
    for (const stored of ops) {
      const writer = byModel.get(stored.model);
      if (!writer) throw new Error(`no writer registered for model ${stored.model}`);
      const list = grouped.get(writer) ?? [];
      list.push(stored);
      grouped.set(writer, list);
    }
    let first = true;
    for (const [writer, list] of grouped) {
      try {
        await writer.apply(list);
      } catch (error) {
        if (first && failedAt(error) === 0 && typeof error === 'object' && error !== null) {
          refusedWhole.add(error);
        }
        throw error;
      }
      first = false;
    }
  }

  return {
    apply,

    /**
     * Applies several events' ops: every event's first op, then all the others. If the database
     * refuses one, no event whose first op was not written has had any other op written, so
     * finishing each event alone afterwards tells exactly which ones wrote nothing.
     */
    async applyEach(opLists: readonly (readonly StoredOp[])[]): Promise<void> {
      await apply(opLists.flatMap((ops) => ops.slice(0, 1)));
      await apply(opLists.flatMap((ops) => ops.slice(1)));
    },
  };
}

export type WriterRegistry = ReturnType<typeof createWriterRegistry>;
