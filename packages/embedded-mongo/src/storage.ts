/**
 * The catalog (databases → collections) and its durable log. Commands mutate collections in
 * memory synchronously (so concurrent connections always see one consistent state), describe
 * the mutation as journal ops, and await {@link Storage.commit}, which resolves once the ops
 * are fsync'd. Change events are published only after that point.
 */
import { calculateObjectSize } from 'bson';
import { Collection } from './collection.js';
import { CommandError } from './errors.js';
import type { IndexSpec } from './indexes.js';
import { Journal } from './journal.js';
import { ChangeLog, type ChangeEvent } from './changelog.js';
import { hintsUnder, type HintList, type Hints } from './numeric.js';
import { valueKey, type Doc } from './values.js';

/** One logged mutation. Field names are short because every write carries them. */
export type Op =
  | { o: 'create'; db: string; c: string; opts: Doc; uuid: string }
  | { o: 'drop'; db: string; c: string }
  | { o: 'rename'; db: string; c: string; to: string }
  | { o: 'options'; db: string; c: string; opts: Doc }
  | { o: 'dropDb'; db: string }
  | { o: 'index'; db: string; c: string; spec: IndexSpec }
  | { o: 'dropIndex'; db: string; c: string; name: string }
  | { o: 'put'; db: string; c: string; d: Doc }
  | { o: 'del'; db: string; c: string; k: unknown };

/** Counters exposed through serverStatus / explain so tests can see index use. */
export interface Metrics {
  docsExamined: number;
  keysExamined: number;
  /** Plan of the most recent query: 'IDHACK', 'IXSCAN' or 'COLLSCAN'. */
  lastPlan: string;
}

const NAME_RE = /^[^\0$./\\"* <>:|?]+$/;

/** Validates a database name. */
export function checkDbName(db: string): void {
  if (!NAME_RE.test(db) || db.length > 63)
    throw new CommandError('InvalidNamespace', `Invalid database name: '${db}'`);
}

/** Validates a collection name. */
export function checkCollName(name: string): void {
  if (
    name.length === 0 ||
    name.includes('\0') ||
    name.startsWith('system.') ||
    name.includes('$')
  ) {
    throw new CommandError('InvalidNamespace', `Invalid collection name: '${name}'`);
  }
}

/** All databases of one engine instance. */
export class Storage {
  readonly dbs = new Map<string, Map<string, Collection>>();
  readonly changes = new ChangeLog();
  readonly metrics: Metrics = { docsExamined: 0, keysExamined: 0, lastPlan: 'COLLSCAN' };
  private seq = 0;
  private journal: Journal | undefined;

  /** Journal size and fsync latency (null once closed), reported by `serverStatus`. */
  journalStats(): { bytes: number; snapshotBytes: number; syncs: Journal['syncs'] } | null {
    const journal = this.journal;
    return journal
      ? { bytes: journal.bytes, snapshotBytes: journal.snapshotBytes, syncs: { ...journal.syncs } }
      : null;
  }

  /** Opens the dbpath and replays snapshot + journal. */
  static async open(dbpath: string, compactThresholdBytes?: number): Promise<Storage> {
    const storage = new Storage();
    const { journal, loaded } = await Journal.open(dbpath);
    if (compactThresholdBytes !== undefined) journal.compactThreshold = compactThresholdBytes;
    let snapSeq = 0;
    for (const { record, hints } of loaded.snapshot) {
      if (typeof record.seq === 'number') snapSeq = record.seq;
      storage.replay(record, hints);
    }
    storage.seq = snapSeq;
    for (const { record, hints } of loaded.journal) {
      const seq = typeof record.s === 'number' ? record.s : 0;
      if (seq <= snapSeq) continue;
      storage.replay(record, hints);
      storage.seq = Math.max(storage.seq, seq);
    }
    storage.changes.start(storage.seq);
    storage.journal = journal;
    journal.compactionSource = () => storage.snapshotRecords();
    // Start-up cost should follow live data: fold a long journal into a snapshot now.
    if (journal.bytes > 4 * 1024 * 1024 && journal.bytes > journal.snapshotBytes)
      await journal.compact();
    return storage;
  }

  private replay(record: Doc, hints: HintList): void {
    const ops = record.ops;
    if (!Array.isArray(ops)) return;
    (ops as Op[]).forEach((op, i) => this.applyOp(op, hintsUnder(hints, `ops.${i}.d.`)));
  }

  /**
   * Applies a logged op to memory without re-validating (the log is trusted); commands that
   * validated an op themselves apply it here too, then commit it.
   */
  applyOp(op: Op, hints: Hints | undefined): void {
    switch (op.o) {
      case 'create':
        this.dbMap(op.db, true).set(op.c, new Collection(op.db, op.c, op.opts, op.uuid));
        return;
      case 'drop':
        this.dbs.get(op.db)?.delete(op.c);
        return;
      case 'rename': {
        const coll = this.collection(op.db, op.c);
        if (!coll) return;
        this.dbs.get(op.db)?.delete(op.c);
        coll.name = op.to;
        this.dbMap(op.db, true).set(op.to, coll);
        return;
      }
      case 'options': {
        const coll = this.collection(op.db, op.c);
        if (coll) coll.options = op.opts;
        return;
      }
      case 'dropDb':
        this.dbs.delete(op.db);
        return;
      case 'index':
        this.collection(op.db, op.c)?.addIndex(op.spec);
        return;
      case 'dropIndex':
        this.collection(op.db, op.c)?.indexes.delete(op.name);
        return;
      case 'put': {
        const coll = this.collection(op.db, op.c);
        if (!coll) return;
        if (coll.docs.has(valueKey(op.d._id))) coll.replace(op.d, hints);
        else coll.insert(op.d, hints);
        return;
      }
      case 'del':
        this.collection(op.db, op.c)?.remove(valueKey(op.k));
        return;
    }
  }

  /** Everything live, as records a later open can replay; the first carries the sequence. */
  private snapshotRecords(): Doc[] {
    const records: Doc[] = [{ seq: this.seq }];
    for (const colls of this.dbs.values()) {
      for (const coll of colls.values()) {
        const ops: Op[] = [
          { o: 'create', db: coll.db, c: coll.name, opts: coll.options, uuid: coll.uuid },
        ];
        for (const index of coll.indexes.values())
          ops.push({ o: 'index', db: coll.db, c: coll.name, spec: index.spec });
        records.push({ ops });
        let batch: Op[] = [];
        let bytes = 0;
        for (const d of coll.docs.values()) {
          const typed = coll.typed(d);
          batch.push({ o: 'put', db: coll.db, c: coll.name, d: typed });
          bytes += calculateObjectSize(typed);
          // Bounded records keep each one well inside bson's serialization buffer.
          if (batch.length >= 1000 || bytes > 4 * 1024 * 1024) {
            records.push({ ops: batch });
            batch = [];
            bytes = 0;
          }
        }
        if (batch.length > 0) records.push({ ops: batch });
      }
    }
    return records;
  }

  private dbMap(db: string, create: boolean): Map<string, Collection> {
    let colls = this.dbs.get(db);
    if (!colls) {
      colls = new Map();
      if (create) this.dbs.set(db, colls);
    }
    return colls;
  }

  /** The collection, if it exists. */
  collection(db: string, name: string): Collection | undefined {
    return this.dbs.get(db)?.get(name);
  }

  /**
   * The collection, created implicitly (as MongoDB does on first write). The creation op is
   * appended to `ops` so it is journaled with the write that caused it.
   */
  ensureCollection(db: string, name: string, ops: Op[], options: Doc = {}): Collection {
    const existing = this.collection(db, name);
    if (existing) return existing;
    checkDbName(db);
    checkCollName(name);
    const coll = new Collection(db, name, options);
    this.dbMap(db, true).set(name, coll);
    ops.push({ o: 'create', db, c: name, opts: options, uuid: coll.uuid });
    return coll;
  }

  /**
   * Journals ops already applied in memory and resolves once they are durable; change events
   * describing them are published at that point.
   */
  async commit(ops: Op[], events: Array<Omit<ChangeEvent, 'seq' | 'sub'>> = []): Promise<void> {
    if (ops.length === 0) return;
    this.seq += 1;
    const seq = this.seq;
    const journal = this.journal;
    if (!journal) throw new CommandError('InternalError', 'storage is closed');
    await journal.append({ s: seq, ops });
    this.changes.publish(seq, events);
  }

  /** Flushes pending writes, compacts, and closes the journal. */
  async close(): Promise<void> {
    const journal = this.journal;
    if (!journal) return;
    this.journal = undefined;
    this.changes.close();
    await journal.close();
  }
}
