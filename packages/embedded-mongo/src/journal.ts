/**
 * Append-only journal with group commit, plus snapshot compaction.
 *
 * Record framing: `[u32 payload length][u32 crc32(payload)][BSON payload]`. On load, the first
 * record whose length or checksum does not verify ends the log (a torn tail from a crash) and
 * the file is truncated there so later appends never sit behind garbage.
 *
 * Durability: `append` resolves only after the bytes are written and fdatasync'd. Appends that
 * arrive while a sync is in flight are batched into the next single write + sync.
 *
 * Compaction writes every live record to `snapshot.tmp`, fsyncs, renames it over
 * `snapshot.bson`, fsyncs the directory, then truncates the journal. Records carry a sequence
 * number and the snapshot its high-water mark, so a crash between any two steps replays
 * correctly (records already in the snapshot are skipped).
 */
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import {
  mkdirSync,
  readFileSync,
  existsSync,
  openSync,
  fsyncSync,
  closeSync,
  ftruncateSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { deserialize } from 'bson';
import { lockDbpath, unlockDbpath } from './lock.js';
import { promoteTree, type HintList } from './numeric.js';
import type { Doc } from './values.js';
import { DESERIALIZE_OPTIONS, encodeDocument } from './wire.js';

/** A decoded record and where its numbers were Doubles or Longs. */
export interface LoadedRecord {
  record: Doc;
  hints: HintList;
}

const HEADER = 8;

/** Frames one record. */
export function frameRecord(record: Doc): Buffer {
  const payload = encodeDocument(record);
  const out = Buffer.allocUnsafe(HEADER + payload.length);
  out.writeUInt32LE(payload.length, 0);
  out.writeUInt32LE(crc32(payload), 4);
  out.set(payload, HEADER);
  return out;
}

/** Reads framed records; `validLength` is where the intact prefix ends. */
export function readRecords(buf: Buffer): { records: LoadedRecord[]; validLength: number } {
  const records: LoadedRecord[] = [];
  let offset = 0;
  while (offset + HEADER <= buf.length) {
    const length = buf.readUInt32LE(offset);
    const sum = buf.readUInt32LE(offset + 4);
    const end = offset + HEADER + length;
    if (length < 5 || end > buf.length) break;
    const payload = buf.subarray(offset + HEADER, end);
    if (crc32(payload) !== sum) break;
    try {
      const record = deserialize(payload, DESERIALIZE_OPTIONS);
      const hints: HintList = [];
      promoteTree(record, '', hints);
      records.push({ record, hints });
    } catch {
      break;
    }
    offset = end;
  }
  return { records, validLength: offset };
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/** What was on disk when the journal opened. */
export interface LoadedState {
  snapshot: LoadedRecord[];
  journal: LoadedRecord[];
}

/** The journal of one dbpath. */
export class Journal {
  private readonly dir: string;
  private file: FileHandle;
  private pending: Buffer[] = [];
  private waiters: Waiter[] = [];
  private flushing: Promise<void> | undefined;
  private failure: Error | undefined;
  /** Bytes currently in the journal file (after the last compaction). */
  bytes: number;
  /** Size of the last snapshot written or loaded; compaction triggers relative to it. */
  snapshotBytes: number;
  /** Called inside the flush loop when the journal has outgrown the live data. */
  compactionSource: (() => Doc[]) | undefined;
  /** Minimum journal size before compaction is considered. */
  compactThreshold = 64 * 1024 * 1024;
  /** Group-commit syncs since open and their latency, for `serverStatus.journal`. */
  readonly syncs = { count: 0, totalMs: 0, maxMs: 0 };

  private constructor(dir: string, file: FileHandle, bytes: number, snapshotBytes: number) {
    this.dir = dir;
    this.file = file;
    this.bytes = bytes;
    this.snapshotBytes = snapshotBytes;
  }

  /** Opens (creating if needed) the journal under `dir` and returns what it holds. */
  static async open(path: string): Promise<{ journal: Journal; loaded: LoadedState }> {
    const dir = resolve(path);
    mkdirSync(dir, { recursive: true });
    await lockDbpath(dir);
    try {
      return await Journal.load(dir);
    } catch (error) {
      unlockDbpath(dir);
      throw error;
    }
  }

  private static async load(dir: string): Promise<{ journal: Journal; loaded: LoadedState }> {
    await rm(join(dir, 'snapshot.tmp'), { force: true });
    const snapPath = join(dir, 'snapshot.bson');
    const snapBuf = existsSync(snapPath) ? readFileSync(snapPath) : Buffer.alloc(0);
    // The snapshot is written whole and renamed into place, so a partial one cannot exist.
    const snapshot = readRecords(snapBuf).records;
    const walPath = join(dir, 'journal.wal');
    const walBuf = existsSync(walPath) ? readFileSync(walPath) : Buffer.alloc(0);
    const { records, validLength } = readRecords(walBuf);
    if (validLength < walBuf.length) {
      // Cut the torn tail so later appends never sit behind garbage.
      const fd = openSync(walPath, 'r+');
      try {
        ftruncateSync(fd, validLength);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    const file = await open(walPath, 'a');
    await file.sync();
    fsyncDir(dir);
    const journal = new Journal(dir, file, validLength, snapBuf.length);
    return { journal, loaded: { snapshot, journal: records } };
  }

  /** Appends a record; resolves once it is durable. */
  append(record: Doc): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const framed = frameRecord(record);
    this.pending.push(framed);
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.flushing ??= this.flushLoop();
    });
  }

  private async flushLoop(): Promise<void> {
    // Yield once so appends issued in the same tick share this write and sync.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.pending.length > 0) {
        const buffers = this.pending;
        const waiters = this.waiters;
        this.pending = [];
        this.waiters = [];
        try {
          await this.file.writev(buffers);
          const syncStarted = performance.now();
          await this.file.datasync();
          const syncMs = performance.now() - syncStarted;
          this.syncs.count += 1;
          this.syncs.totalMs += syncMs;
          this.syncs.maxMs = Math.max(this.syncs.maxMs, syncMs);
          for (const b of buffers) this.bytes += b.length;
        } catch (error) {
          // A failed fsync leaves the on-disk state unknown: refuse every later write too.
          this.failure = error instanceof Error ? error : new Error(String(error));
          for (const w of [...waiters, ...this.waiters]) w.reject(this.failure);
          this.waiters = [];
          this.pending = [];
          return;
        }
        for (const w of waiters) w.resolve();
        if (this.shouldCompact()) await this.compactNow();
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private shouldCompact(): boolean {
    return (
      this.compactionSource !== undefined &&
      this.bytes > this.compactThreshold &&
      this.bytes > 2 * this.snapshotBytes
    );
  }

  /** Compacts now unless a flush is running (then it happens after that flush). */
  async compact(): Promise<void> {
    while (this.flushing) await this.flushing;
    this.flushing = this.compactNow().finally(() => {
      this.flushing = undefined;
    });
    await this.flushing;
  }

  private async compactNow(): Promise<void> {
    const source = this.compactionSource;
    if (!source) return;
    // The records are produced synchronously, so they are one consistent cut of the state.
    const buffers = source().map(frameRecord);
    const tmp = join(this.dir, 'snapshot.tmp');
    const handle = await open(tmp, 'w');
    let size = 0;
    try {
      await handle.writev(buffers);
      await handle.sync();
      for (const b of buffers) size += b.length;
    } finally {
      await handle.close();
    }
    await rename(tmp, join(this.dir, 'snapshot.bson'));
    fsyncDir(this.dir);
    await this.file.truncate(0);
    await this.file.sync();
    this.bytes = 0;
    this.snapshotBytes = size;
  }

  /** Waits for pending appends, then closes the file. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.file.close();
    unlockDbpath(this.dir);
  }
}
