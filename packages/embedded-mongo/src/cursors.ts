/**
 * Open cursors: materialized query results handed out batch by batch through getMore, and
 * change-stream cursors that await new events. Ids are random 63-bit Longs as in mongod.
 */
import { calculateObjectSize, Long } from 'bson';
import { randomBytes } from 'node:crypto';
import { CommandError } from './errors.js';
import type { ChangeStream } from './changestream.js';
import type { Doc } from './values.js';

/** Reply batches stop growing at this many bytes, well under the 16 MiB reply limit. */
const MAX_BATCH_BYTES = 15 * 1024 * 1024;
const DEFAULT_FIRST_BATCH = 101;

interface DocCursor {
  kind: 'docs';
  lastUsed: number;
  ns: string;
  docs: Doc[];
  pos: number;
}

interface StreamCursor {
  kind: 'stream';
  lastUsed: number;
  ns: string;
  stream: ChangeStream;
}

/** Any open cursor. */
export type Cursor = DocCursor | StreamCursor;

/** The `cursor` sub-document of a reply. */
export interface CursorReply {
  id: Long;
  ns: string;
  firstBatch?: Doc[];
  nextBatch?: Doc[];
  postBatchResumeToken?: Doc;
}

function newCursorId(): bigint {
  const id = randomBytes(8).readBigInt64LE() & 0x7fffffffffffffffn;
  return id === 0n ? 1n : id;
}

/** Takes up to `batchSize` docs (0 = as many as fit) from `docs` starting at `pos`. */
function takeBatch(docs: Doc[], pos: number, batchSize: number): Doc[] {
  const out: Doc[] = [];
  let bytes = 0;
  const max = batchSize > 0 ? batchSize : Infinity;
  for (let i = pos; i < docs.length && out.length < max; i++) {
    const doc = docs[i];
    if (!doc) break;
    bytes += calculateObjectSize(doc, { ignoreUndefined: true });
    if (out.length > 0 && bytes > MAX_BATCH_BYTES) break;
    out.push(doc);
  }
  return out;
}

/** Registry of open cursors for one engine instance. */
export class CursorRegistry {
  private readonly cursors = new Map<bigint, Cursor>();
  private readonly sweeper: NodeJS.Timeout;

  /** Cursors idle longer than `idleMs` are closed, as mongod does after 10 minutes. */
  constructor(private readonly idleMs = 10 * 60 * 1000) {
    this.sweeper = setInterval(() => this.sweep(), Math.min(60_000, idleMs)).unref();
  }

  private sweep(): void {
    const cutoff = Date.now() - this.idleMs;
    for (const [id, cursor] of this.cursors) if (cursor.lastUsed < cutoff) this.cursors.delete(id);
  }

  /** Returns the first batch of `docs`; keeps a cursor open only if more remain. */
  openDocs(
    ns: string,
    docs: Doc[],
    batchSize: number | undefined,
    singleBatch = false,
  ): CursorReply {
    const first = takeBatch(docs, 0, batchSize ?? DEFAULT_FIRST_BATCH);
    if (first.length >= docs.length || singleBatch) return { id: Long.ZERO, ns, firstBatch: first };
    const id = newCursorId();
    this.cursors.set(id, { kind: 'docs', lastUsed: Date.now(), ns, docs, pos: first.length });
    return { id: Long.fromBigInt(id), ns, firstBatch: first };
  }

  /** Registers a change-stream cursor and returns its id. */
  openStream(ns: string, stream: ChangeStream): Long {
    const id = newCursorId();
    this.cursors.set(id, { kind: 'stream', lastUsed: Date.now(), ns, stream });
    return Long.fromBigInt(id);
  }

  /** The cursor for a getMore; CursorNotFound if unknown or for another namespace. */
  get(id: bigint, ns: string): Cursor {
    const cursor = this.cursors.get(id);
    if (!cursor || cursor.ns !== ns)
      throw new CommandError('CursorNotFound', `cursor id ${id} not found`);
    cursor.lastUsed = Date.now();
    return cursor;
  }

  /** Next batch of a document cursor; closes it when exhausted. */
  nextDocs(id: bigint, cursor: DocCursor, batchSize: number | undefined): CursorReply {
    const batch = takeBatch(cursor.docs, cursor.pos, batchSize ?? 0);
    cursor.pos += batch.length;
    const done = cursor.pos >= cursor.docs.length;
    if (done) this.cursors.delete(id);
    return { id: done ? Long.ZERO : Long.fromBigInt(id), ns: cursor.ns, nextBatch: batch };
  }

  /** Whether a cursor is still open. */
  has(id: bigint): boolean {
    return this.cursors.has(id);
  }

  /** Closes a cursor; returns whether it existed. */
  kill(id: bigint): boolean {
    return this.cursors.delete(id);
  }

  /** Closes everything. */
  clear(): void {
    clearInterval(this.sweeper);
    this.cursors.clear();
  }
}
