import mongoose from 'mongoose';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../app/logger.js';
import { spawnEmbeddedMongo } from '@war-room/embedded-mongo';
import { dbPathOf } from './data-dir.js';

export interface Database {
  uri: string;
  /** Disconnects mongoose and, for an embedded engine this process started, stops it. */
  close(): Promise<void>;
}

interface EngineLock {
  pid: number;
  uri: string;
}

function readLock(file: string): EngineLock | null {
  if (!existsSync(file)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('pid' in parsed) || !('uri' in parsed))
      return null;
    const { pid, uri } = parsed;
    if (typeof pid !== 'number' || typeof uri !== 'string') return null;
    process.kill(pid, 0); // throws when no such process: a stale lock from a crash
    return { pid, uri };
  } catch {
    return null;
  }
}

/**
 * The embedded engine for `DATA_DIR`: the one already running for it (another server instance,
 * or `npm run token` beside a running server), or a new one in its own process.
 */
async function embeddedEngine(
  dataDir: string,
  logger: Logger,
): Promise<{ uri: string; stop: (() => Promise<void>) | null }> {
  const dbpath = dbPathOf(dataDir);
  const lockFile = path.join(dbpath, 'engine.lock.json');
  const running = readLock(lockFile);
  if (running) {
    logger.info(
      { uri: running.uri },
      'using the embedded MongoDB engine already running on this DATA_DIR',
    );
    return { uri: running.uri, stop: null };
  }
  const engine = await spawnEmbeddedMongo({ dbpath });
  writeFileSync(lockFile, JSON.stringify({ pid: engine.pid, uri: engine.uri }));
  logger.info({ uri: engine.uri, dbpath }, 'embedded MongoDB engine started');
  return {
    uri: engine.uri,
    stop: async () => {
      rmSync(lockFile, { force: true });
      await engine.stop();
    },
  };
}

/** Connects mongoose to `MONGODB_URI`, or, when it is unset, to the embedded engine. */
export async function connectDatabase(options: {
  uri?: string | undefined;
  dataDir: string;
  logger: Logger;
}): Promise<Database> {
  let stopEngine: (() => Promise<void>) | null = null;
  let uri = options.uri;
  if (!uri) {
    const engine = await embeddedEngine(options.dataDir, options.logger);
    uri = `${engine.uri}/warroom`;
    stopEngine = engine.stop;
  }
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 10_000 });
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
