import mongoose from 'mongoose';
import path from 'node:path';
import type { Logger } from '../app/logger.js';
import { spawnEmbeddedMongo } from './embedded/spawn.js';

export interface Database {
  uri: string;
  /** Disconnects mongoose and, for the embedded engine, stops it (flushing its journal). */
  close(): Promise<void>;
}

/**
 * Connects mongoose to `MONGODB_URI`, or, when it is unset, to the embedded engine started in its
 * own process on a free port with its files under `DATA_DIR/db`.
 */
export async function connectDatabase(options: { uri?: string | undefined; dataDir: string; logger: Logger; dbName?: string }): Promise<Database> {
  let stopEngine: (() => Promise<void>) | null = null;
  let uri = options.uri;
  if (!uri) {
    const engine = await spawnEmbeddedMongo({ dbpath: path.resolve(options.dataDir, 'db') });
    options.logger.info({ uri: engine.uri, dbpath: path.resolve(options.dataDir, 'db') }, 'embedded MongoDB engine started');
    uri = `${engine.uri}/warroom`;
    stopEngine = engine.stop;
  }
  await mongoose.connect(uri, {
    serverSelectionTimeoutMS: 10_000,
    ...(options.dbName ? { dbName: options.dbName } : {}),
  });
  return {
    uri,
    async close() {
      await mongoose.disconnect();
      if (stopEngine) await stopEngine();
    },
  };
}

/** For `/readyz`: a round trip to the database. */
export async function pingDatabase(): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db) return false;
  try {
    await db.command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}

/** Builds every model's declared indexes, so no query path runs without one. */
export async function ensureIndexes(): Promise<void> {
  for (const model of Object.values(mongoose.models)) await model.createIndexes();
}
