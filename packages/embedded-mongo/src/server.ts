/**
 * The TCP front of the engine: frames messages per connection, dispatches commands and writes
 * replies in request order. A malformed or oversized message closes that connection only.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { ObjectId } from 'bson';
import { errorReply, runCommand, RetryCache } from './commands/index.js';
import type { CommandContext, ServerInfo } from './commands/context.js';
import { CursorRegistry } from './cursors.js';
import { Storage } from './storage.js';
import { startTtlMonitor } from './ttl.js';
import { isAwaitableHello } from './commands/admin.js';
import type { Doc } from './values.js';
import {
  encodeReply,
  parseMessage,
  peekMessageLength,
  type ReplyFlags,
  type Request,
} from './wire.js';

/** A running engine. */
export interface EmbeddedServer {
  /** Connection string for the driver, e.g. `mongodb://127.0.0.1:27018`. */
  uri: string;
  /** The bound port (useful with port 0). */
  port: number;
  /** Stops accepting connections, closes sockets and flushes the journal. */
  close(): Promise<void>;
}

/** Options of {@link startEmbeddedServer}. */
export interface EmbeddedServerOptions {
  port: number;
  host?: string;
  dbpath: string;
  /** Journal size that triggers compaction (default 64 MiB); small values are for tests. */
  compactThresholdBytes?: number;
  /** How often TTL indexes are enforced (default 60 s, as mongod). */
  ttlIntervalMs?: number;
}

class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private chain: Promise<void> = Promise.resolve();
  /** Aborted when the socket closes, so awaitable hellos stop waiting. */
  private readonly closed = new AbortController();

  constructor(
    private readonly socket: Socket,
    private readonly ctx: CommandContext,
    private readonly retries: RetryCache,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.closed.abort());
  }

  /** Writes one reply; returns its request id (an exhaust stream's next reply answers it). */
  private send(request: Request, doc: Doc, flags: ReplyFlags): number {
    let bytes: Buffer;
    try {
      bytes = encodeReply(request, doc, flags);
    } catch (error) {
      bytes = encodeReply(request, errorReply(error), { responseTo: flags.responseTo });
    }
    this.socket.write(bytes);
    return bytes.readInt32LE(4);
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    try {
      for (;;) {
        const length = peekMessageLength(this.buffer);
        if (length === undefined || this.buffer.length < length) return;
        const message = this.buffer.subarray(0, length);
        this.buffer = this.buffer.subarray(length);
        const request = parseMessage(message);
        // Replies leave in request order even though commands may await fsync or events.
        const ctx = {
          ...this.ctx,
          db: request.db,
          hints: request.hints,
          signal: this.closed.signal,
        };
        const reply = runCommand(request.command, ctx, this.retries);
        this.chain = this.chain.then(async () => {
          const doc = await reply;
          if (request.moreToCome || this.socket.destroyed) return;
          const exhaust = request.exhaustAllowed === true && isAwaitableHello(request.command);
          let sent = this.send(request, doc, { moreToCome: exhaust && doc.ok === 1 });
          // Exhaust (the driver's streaming monitor): keep answering the same hello, each reply
          // pointing at the previous one, until the connection closes.
          while (exhaust && doc.ok === 1 && !this.socket.destroyed) {
            const next = await runCommand(request.command, ctx, this.retries);
            if (this.socket.destroyed) return;
            sent = this.send(request, next, { moreToCome: next.ok === 1, responseTo: sent });
            if (next.ok !== 1) return;
          }
        });
      }
    } catch {
      // Whatever could not be framed or decoded poisons only this connection's stream.
      this.socket.destroy();
    }
  }
}

/** Starts the engine on `host:port` (port 0 picks a free one) over the data in `dbpath`. */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const host = options.host ?? '127.0.0.1';
  const storage = await Storage.open(options.dbpath, options.compactThresholdBytes);
  const cursors = new CursorRegistry();
  const stopTtl = startTtlMonitor(storage, options.ttlIntervalMs);
  const retries = new RetryCache();
  const sockets = new Set<Socket>();
  const info: ServerInfo = {
    host,
    port: options.port,
    startedAt: new Date(),
    connections: { current: 0, totalCreated: 0 },
    electionId: new ObjectId('7fffffff0000000000000001'),
  };
  let connectionIds = 0;
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    info.connections.current += 1;
    info.connections.totalCreated += 1;
    socket.setNoDelay(true);
    socket.on('close', () => {
      sockets.delete(socket);
      info.connections.current -= 1;
    });
    connectionIds += 1;
    new Connection(
      socket,
      { storage, cursors, server: info, db: 'admin', connectionId: connectionIds },
      retries,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  info.port = port;
  const uriHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  let closing: Promise<void> | undefined;
  return {
    uri: `mongodb://${uriHost}:${port}`,
    port,
    close: () => {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const socket of sockets) socket.destroy();
        await closed;
        cursors.clear();
        stopTtl();
        await storage.close();
      })();
      return closing;
    },
  };
}
