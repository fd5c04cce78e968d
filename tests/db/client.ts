/**
 * Shared setup for the database conformance suites: one driver client per test file, and a
 * fresh database per test so nothing leaks between tests (also against a real MongoDB).
 */
import {
  MongoClient,
  MongoServerError,
  type ChangeStreamDocument,
  type Collection,
  type Db,
  type Document,
  type ObjectId,
} from 'mongodb';
import { afterAll, beforeAll } from 'vitest';
import { mongoUri, uniqueDbName } from '../support/mongo.js';

/** Documents with a caller-chosen scalar `_id` (the driver's default type assumes ObjectId). */
export interface Keyed extends Document {
  _id?: number | string | ObjectId;
}

/** name/key/unique of every index of a collection, in listIndexes order. */
export async function indexSummary(coll: Collection): Promise<Array<[string, unknown, boolean]>> {
  const list: unknown[] = await coll.listIndexes().toArray();
  return list.map((entry) => {
    if (typeof entry !== 'object' || entry === null)
      throw new Error('listIndexes returned a non-document');
    const { name, key, unique } = entry as { name?: unknown; key?: unknown; unique?: unknown };
    return [String(name), key, unique === true];
  });
}

/** Registers a client for the current file; `db()` creates a uniquely named database. */
export function useClient(prefix: string): { client: () => MongoClient; db: () => Db } {
  let client: MongoClient | undefined;
  const dbs: Db[] = [];
  beforeAll(async () => {
    client = new MongoClient(mongoUri(), { serverSelectionTimeoutMS: 10_000 });
    await client.connect();
  });
  afterAll(async () => {
    for (const db of dbs) await db.dropDatabase();
    await client?.close();
  });
  const get = (): MongoClient => {
    if (!client) throw new Error('client not connected yet');
    return client;
  };
  return {
    client: get,
    db: () => {
      const db = get().db(uniqueDbName(prefix));
      dbs.push(db);
      return db;
    },
  };
}

/** Runs `fn` and returns the MongoServerError it rejects with (fails if it resolves). */
export async function serverError(fn: () => Promise<unknown>): Promise<MongoServerError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof MongoServerError) return error;
    throw error;
  }
  throw new Error('expected a server error, but the operation succeeded');
}

/** A field of a result document as `unknown`, so tests narrow instead of trusting `any`. */
export function field(doc: unknown, name: string): unknown {
  if (typeof doc !== 'object' || doc === null) return undefined;
  return (doc as Record<string, unknown>)[name];
}

/** `documentKey._id` of a change event, if it has one. */
export function changedId(change: ChangeStreamDocument): unknown {
  return 'documentKey' in change ? field(change.documentKey, '_id') : undefined;
}

/** `ns` of a change event, if it has one. */
export function changedNs(change: ChangeStreamDocument): unknown {
  return 'ns' in change ? change.ns : undefined;
}

/**
 * A server error's code as a number: under `promoteValues: false` the driver hands it over as
 * the BSON Int32 the server sent, which `=== 238` never equals.
 */
export function codeOf(error: MongoServerError): number {
  return Number(error.code);
}

/**
 * For features the embedded engine may refuse: `fn` either gives MongoDB's documented answer
 * (checked by `check`, as against a real MongoDB) or fails with NotImplemented (238), never
 * anything else, so a silently wrong answer fails the test.
 */
export async function documentedOrRefused<T>(
  fn: () => Promise<T>,
  check: (result: T) => void | Promise<void>,
): Promise<'documented' | 'refused'> {
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    if (error instanceof MongoServerError && codeOf(error) === 238) return 'refused';
    throw error;
  }
  await check(result);
  return 'documented';
}
