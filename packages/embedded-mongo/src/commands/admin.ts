/**
 * Handshake and server-level commands: hello advertises a single-node replica set so drivers
 * allow sessions, retryable writes and change streams.
 */
import { Timestamp } from 'bson';
import { notImplemented } from '../errors.js';
import { MAX_BSON_SIZE, MAX_MESSAGE_SIZE } from '../wire.js';
import type { CommandContext, Handler } from './context.js';
import { bsonString, isPlainObject, type Doc } from '../values.js';

/** Replica set name advertised by hello. */
export const SET_NAME = 'rs0';
/**
 * MongoDB 7.0's wire version: the engine serves 7.0's commands, not 8.0's client-level
 * `bulkWrite` (which drivers only send to wire version 25 and up).
 */
export const MAX_WIRE_VERSION = 21;
const VERSION = '7.0.0-embedded';

function hostString(ctx: CommandContext): string {
  const host =
    ctx.server.host === '0.0.0.0' || ctx.server.host === '::' ? '127.0.0.1' : ctx.server.host;
  return `${host}:${ctx.server.port}`;
}

/**
 * True for an awaitable hello (the driver's streaming monitor): it carries the topologyVersion
 * the client last saw and how long the server may hold the reply.
 */
export function isAwaitableHello(cmd: Doc): boolean {
  const name = Object.keys(cmd)[0];
  return (
    (name === 'hello' || name === 'isMaster' || name === 'ismaster') &&
    isPlainObject(cmd.topologyVersion) &&
    typeof cmd.maxAwaitTimeMS === 'number'
  );
}

/** Resolves after `ms` or as soon as `signal` aborts; never keeps the process alive. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    timer.unref();
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * How long an awaitable hello waits: mongod answers at once when the client's topologyVersion
 * is from another process (or older), and otherwise only when the topology changes or
 * `maxAwaitTimeMS` passes. A single-node engine's topology never changes, so it waits the
 * full time. Answering at once instead makes the driver's exhaust monitor fail ("Server ended
 * moreToCome unexpectedly"), mark the server Unknown, clear its pool and hold every operation
 * for up to minHeartbeatFrequencyMS (500 ms) twice a second.
 */
function helloDelay(cmd: Doc, ctx: CommandContext): number {
  if (!isAwaitableHello(cmd)) return 0;
  const seen = cmd.topologyVersion as Doc;
  const sameProcess = bsonString(seen.processId) === bsonString(ctx.server.electionId);
  const counter = Number(bsonString(seen.counter));
  if (!sameProcess || counter < 0) return 0;
  return Math.max(0, Math.min(Number(cmd.maxAwaitTimeMS), 60_000));
}

function hello(legacy: boolean): Handler {
  return async (cmd, ctx) => {
    const delay = helloDelay(cmd, ctx);
    if (delay > 0) await sleep(delay, ctx.signal);
    const me = hostString(ctx);
    const now = new Date();
    const reply: Doc = {
      helloOk: true,
      [legacy ? 'ismaster' : 'isWritablePrimary']: true,
      topologyVersion: { processId: ctx.server.electionId, counter: 0 },
      hosts: [me],
      setName: SET_NAME,
      setVersion: 1,
      primary: me,
      me,
      secondary: false,
      electionId: ctx.server.electionId,
      lastWrite: {
        opTime: { ts: new Timestamp({ t: Math.floor(now.getTime() / 1000), i: 1 }), t: 1 },
        lastWriteDate: now,
      },
      maxBsonObjectSize: MAX_BSON_SIZE,
      maxMessageSizeBytes: MAX_MESSAGE_SIZE,
      maxWriteBatchSize: 100_000,
      localTime: now,
      logicalSessionTimeoutMinutes: 30,
      connectionId: ctx.connectionId,
      minWireVersion: 0,
      maxWireVersion: MAX_WIRE_VERSION,
      readOnly: false,
      ok: 1,
    };
    return reply;
  };
}

const PARAMETERS: Doc = {
  featureCompatibilityVersion: { version: '7.0' },
  authenticationMechanisms: [],
  maxBSONDepth: 100,
};

const getParameter: Handler = (cmd) => {
  const reply: Doc = {};
  const all =
    cmd.getParameter === '*' ||
    (typeof cmd.getParameter === 'object' &&
      cmd.getParameter !== null &&
      'allParameters' in cmd.getParameter);
  for (const [name, value] of Object.entries(PARAMETERS))
    if (all || name in cmd) reply[name] = value;
  return { ...reply, ok: 1 };
};

const serverStatus: Handler = (_cmd, ctx) => {
  const now = Date.now();
  const uptimeMillis = now - ctx.server.startedAt.getTime();
  return {
    host: hostString(ctx),
    version: VERSION,
    process: 'mongod',
    pid: process.pid,
    uptime: Math.floor(uptimeMillis / 1000),
    uptimeMillis,
    localTime: new Date(now),
    connections: {
      current: ctx.server.connections.current,
      available: 100_000,
      totalCreated: ctx.server.connections.totalCreated,
    },
    // The engine's own section (mongod reports its storage engine's under its name).
    journal: ctx.storage.journalStats(),
    metrics: {
      queryExecutor: {
        scanned: ctx.storage.metrics.keysExamined,
        scannedObjects: ctx.storage.metrics.docsExamined,
      },
    },
    ok: 1,
  };
};

const buildInfo: Handler = () => ({
  version: VERSION,
  gitVersion: 'embedded',
  versionArray: [7, 0, 0, 0],
  bits: 64,
  maxBsonObjectSize: MAX_BSON_SIZE,
  storageEngines: ['embedded'],
  modules: [],
  ok: 1,
});

const noTransactions: Handler = () => {
  throw notImplemented('multi-document transactions');
};

/** Handlers for handshake and server-level commands. */
export const adminCommands: Record<string, Handler> = {
  hello: hello(false),
  isMaster: hello(true),
  ismaster: hello(true),
  ping: () => ({ ok: 1 }),
  buildInfo,
  buildinfo: buildInfo,
  getParameter,
  serverStatus,
  endSessions: () => ({ ok: 1 }),
  killAllSessions: () => ({ ok: 1 }),
  commitTransaction: noTransactions,
  abortTransaction: noTransactions,
  connectionStatus: () => ({
    authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] },
    ok: 1,
  }),
};
