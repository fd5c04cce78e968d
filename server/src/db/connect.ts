import mongoose from 'mongoose';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../app/logger.js';
import type { EngineJournalStats } from '../common/metrics.js';
import { dbpathHolder, spawnEmbeddedMongo } from '@war-room/embedded-mongo';
import { dbPathOf } from './data-dir.js';

// Indexes are built by `ensureIndexes` (indexes.ts), which reports a unique index the data
// blocks; mongoose's own background build on connect would only emit an unheard error.
mongoose.set('autoIndex', false);

export interface Database {
  uri: string;
  /** Disconnects mongoose and, for an embedded engine this process started, stops it. */
  close(): Promise<void>;
}

interface EngineLock {
  pid: number;
  uri: string;
}

/**
 * The engine recorded in `file` (its pid and address), if it is the engine holding the
 * dbpath's OS lock now. The kernel drops that lock the moment the engine dies, so neither a
 * SIGKILLed engine that is still a zombie nor a pid reused by another process (both alive to
 * `kill(pid, 0)`) passes for a running engine; a record for another holder is stale.
 */
function readLock(file: string, dbpath: string): EngineLock | null {
  if (!existsSync(file)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('pid' in parsed) || !('uri' in parsed))
      return null;
    const { pid, uri } = parsed;
    if (typeof pid !== 'number' || typeof uri !== 'string') return null;
    return dbpathHolder(dbpath) === pid ? { pid, uri } : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Waits between attempts to find or restart the engine: quick at first, then every 2 s. */
const backoffMs = [100, 250, 500, 1000, 2000];

/** The engine this server uses, and how to stop it when this server started it. */
interface EngineHandle {
  uri: string;
  stop: (() => Promise<void>) | null;
}

/**
 * The embedded engine for `DATA_DIR`: the one already running for it (another server instance,
 * or `npm run token` beside a running server), or a new one in its own process — on `port`
 * when given, so that the drivers of every server still pointing there reconnect by
 * themselves. The engine's own dbpath lock makes sure only one of several servers racing to
 * start it succeeds; the others find it through the lock file on their next attempt.
 */
async function startOrFindEngine(
  dbpath: string,
  logger: Logger,
  port: number,
): Promise<EngineHandle> {
  const lockFile = path.join(dbpath, 'engine.lock.json');
  const running = readLock(lockFile, dbpath);
  if (running) {
    logger.info(
      { uri: running.uri },
      'using the embedded MongoDB engine already running on this DATA_DIR',
    );
    return { uri: running.uri, stop: null };
  }
  const engine = await spawnEmbeddedMongo({ dbpath, port });
  writeFileSync(lockFile, JSON.stringify({ pid: engine.pid, uri: engine.uri }));
  logger.info({ uri: engine.uri, dbpath }, 'embedded MongoDB engine started');
  return {
    uri: engine.uri,
    stop: async () => {
      // Only the lock this engine wrote: a successor's must stay.
      if (readLock(lockFile, dbpath)?.pid === engine.pid) rmSync(lockFile, { force: true });
      await engine.stop();
    },
  };
}

/** {@link startOrFindEngine}, retried with backoff (another server may be starting it). */
async function acquireEngine(
  dbpath: string,
  logger: Logger,
  port: number,
  isClosing: () => boolean = () => false,
  attempts = 20,
): Promise<EngineHandle | null> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      // Past a few failures the old port may be taken by something else: any port will do.
      return await startOrFindEngine(dbpath, logger, attempt >= 5 ? 0 : port);
    } catch (error) {
      if (attempt + 1 >= attempts) throw error;
      logger.warn({ err: error, attempt }, 'embedded MongoDB engine not available yet; retrying');
    }
    await sleep(backoffMs[Math.min(attempt, backoffMs.length - 1)] ?? 2000);
    if (isClosing()) return null;
  }
}

/**
 * Keeps this server on an embedded engine: when the connection drops (the engine crashed, or
 * the server that started it stopped), it finds the engine another server restarted, or
 * restarts it itself on the same port, and moves mongoose to a new address if it had to take
 * another port. Meanwhile `/readyz` and every HTTP operation answer 503 (see
 * {@link databaseAvailable}); the tailer resumes from its watermark afterwards.
 */
function superviseEngine(dbpath: string, dbName: string, first: EngineHandle, logger: Logger) {
  let current = first;
  let closing = false;
  let recovering: Promise<void> | null = null;
  const connected = () => mongoose.connection.readyState === mongoose.ConnectionStates.connected;

  async function recover(): Promise<void> {
    logger.warn({ uri: current.uri }, 'lost the embedded MongoDB engine; finding or restarting it');
    for (let attempt = 0; !closing; attempt += 1) {
      await sleep(backoffMs[Math.min(attempt, backoffMs.length - 1)] ?? 2000);
      if (closing || connected()) return;
      const port = Number(new URL(current.uri).port);
      const next = await acquireEngine(dbpath, logger, port, () => closing, 1).catch(
        (error: unknown) => {
          logger.warn({ err: error, attempt }, 'could not restart the embedded MongoDB engine yet');
          return null;
        },
      );
      if (!next) continue;
      const moved = next.uri !== current.uri;
      current = { uri: next.uri, stop: next.stop ?? current.stop };
      if (moved) {
        await mongoose.disconnect();
        await mongoose.connect(`${current.uri}/${dbName}`, connectOptions(true));
      }
      logger.info({ uri: current.uri }, 'embedded MongoDB engine available again');
      return;
    }
  }

  const onDisconnected = () => {
    if (closing || recovering) return;
    recovering = recover().finally(() => {
      recovering = null;
      // Lost again while moving (or the restart did not take): go round once more.
      if (!closing && !connected()) onDisconnected();
    });
  };
  mongoose.connection.on('disconnected', onDisconnected);

  return {
    async close(): Promise<void> {
      closing = true;
      mongoose.connection.off('disconnected', onDisconnected);
      await recovering;
      await mongoose.disconnect();
      if (current.stop) await current.stop();
    },
  };
}

/** Driver options; over the embedded engine, a 1 s heartbeat so a restarted engine is seen soon. */
function connectOptions(embedded: boolean): mongoose.ConnectOptions {
  return { serverSelectionTimeoutMS: 10_000, ...(embedded ? { heartbeatFrequencyMS: 1000 } : {}) };
}

/** Connects mongoose to `MONGODB_URI`, or, when it is unset, to the embedded engine. */
export async function connectDatabase(options: {
  uri?: string | undefined;
  dataDir: string;
  logger: Logger;
}): Promise<Database> {
  if (options.uri) {
    const uri = options.uri;
    await mongoose.connect(uri, connectOptions(false));
    return { uri, close: () => mongoose.disconnect() };
  }
  const dbpath = dbPathOf(options.dataDir);
  const engine = await acquireEngine(dbpath, options.logger, 0);
  if (!engine) throw new Error('embedded MongoDB engine did not start');
  const dbName = 'warroom';
  await mongoose.connect(`${engine.uri}/${dbName}`, connectOptions(true));
  const supervisor = superviseEngine(dbpath, dbName, engine, options.logger);
  return { uri: `${engine.uri}/${dbName}`, close: () => supervisor.close() };
}

/** Whether mongoose is connected now: HTTP operations are refused with 503 while it is not. */
export function databaseAvailable(): boolean {
  return mongoose.connection.readyState === mongoose.ConnectionStates.connected;
}

/**
 * For `/readyz`: a round trip to the database, bounded by `timeoutMs` (never hangs), and false
 * at once while mongoose is not connected.
 */
export async function pingDatabase(timeoutMs = 1000): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db || !databaseAvailable()) return false;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      db.command({ ping: 1 }, { timeoutMS: timeoutMs }).then(
        () => true,
        () => false,
      ),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export { blockedIndexes, ensureIndexes, type BlockedIndex } from './indexes.js';

/** The fields of an object that are numbers (others dropped): a narrow for server replies. */
function numbers(value: unknown): Map<string, number> {
  const found = new Map<string, number>();
  if (typeof value !== 'object' || value === null) return found;
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'number') found.set(key, field);
  }
  return found;
}

/**
 * The embedded engine's journal figures (its `serverStatus.journal`), for `/metrics`; null with
 * a real MongoDB, whose serverStatus has no such section, or when the database does not answer
 * within a second.
 */
export async function readEngineStats(): Promise<EngineJournalStats | null> {
  const db = mongoose.connection.db;
  if (!db) return null;
  try {
    const status = await db.admin().command({ serverStatus: 1 }, { timeoutMS: 1000 });
    const journal: unknown = status['journal'];
    const sizes = numbers(journal);
    const syncs = numbers(
      typeof journal === 'object' && journal !== null && 'syncs' in journal ? journal.syncs : null,
    );
    const bytes = sizes.get('bytes');
    const snapshotBytes = sizes.get('snapshotBytes');
    const count = syncs.get('count');
    const totalMs = syncs.get('totalMs');
    const maxMs = syncs.get('maxMs');
    if (
      bytes === undefined ||
      snapshotBytes === undefined ||
      count === undefined ||
      totalMs === undefined ||
      maxMs === undefined
    )
      return null;
    return { bytes, snapshotBytes, syncs: { count, totalMs, maxMs } };
  } catch {
    return null;
  }
}
