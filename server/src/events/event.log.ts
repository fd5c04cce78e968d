import { AsyncLocalStorage } from 'node:async_hooks';
import { Types } from 'mongoose';
import type { LiveEventType } from '../__generated__/resolvers-types.js';
import { isDuplicateKey } from '../common/errors.js';
import { eventsCommitted } from '../common/metrics.js';
import { CounterModel, EventModel, type EventDoc, type EventRefs } from './event.model.js';
import { wroteNothing, type WriteOp, type WriterRegistry } from './writer.js';

export interface CommitSpec {
  type: LiveEventType;
  incidentId: Types.ObjectId | null;
  /** Built by the domains' typed writers; validated by their schemas before anything is stored. */
  ops: readonly WriteOp[];
  refs?: EventRefs;
  /** The id of what the mutation returns, so a retried idempotent call can return it again. */
  resultId: Types.ObjectId;
  /** Already scoped by the caller (mutation name + client key). */
  idempotencyKey?: string | undefined;
}

export interface CommitResult {
  event: EventDoc;
  /** True when the idempotency key had been used: nothing new was written. */
  replayed: boolean;
  /** What the mutation returns: this commit's `resultId`, or the first call's on a replay. */
  resultId: Types.ObjectId;
}

/** One event of a batch: committed, or refused by the database before any of its writes. */
export type BatchOutcome = { committed: CommitResult } | { refused: unknown };

export interface EventLogDeps {
  /** Every domain's writer, registered by the composition root: the log knows no domain. */
  writers: WriterRegistry;
  clock?: () => Date;
}

/**
 * The event log: every mutation's domain write goes through `commit`, which validates the ops
 * against their models' schemas, appends the event (as a pending redo record), applies the ops
 * through their registered writers, then marks the event committed.
 */
export function createEventLog({ writers, clock = () => new Date() }: EventLogDeps) {
  const committedHooks = new Set<() => void>();
  /** The precondition of the `guarded` call a commit runs inside, if any. */
  const guards = new AsyncLocalStorage<() => Promise<void>>();

  /** Runs the hooks outside any guard: work they start is not the guarded caller's. */
  const announce = () => {
    for (const hook of committedHooks) guards.exit(hook);
  };

  async function finish(event: EventDoc): Promise<void> {
    await writers.apply(event.ops);
    await EventModel.updateOne({ _id: event._id }, { $set: { committed: true } });
  }

  async function byKey(key: string): Promise<CommitResult | null> {
    const existing = await EventModel.findOne({ idempotencyKey: key }).lean<EventDoc>().exec();
    if (!existing) return null;
    // The first call may have crashed between its two writes: finishing it is idempotent.
    if (!existing.committed) await finish(existing);
    return { event: { ...existing, committed: true }, replayed: true, resultId: existing.resultId };
  }

  /**
   * Validates the ops and writes the event as a pending redo record, without applying it.
   * `commit` is `append` + apply + mark committed; tests use `append` alone to stage a crash.
   * A write the schema refuses throws its ValidationError here, before anything is stored.
   */
  async function append(spec: CommitSpec): Promise<EventDoc> {
    await Promise.all(spec.ops.map((op) => op.validate()));
    const counter = await CounterModel.findOneAndUpdate(
      { _id: 'events' },
      { $inc: { seq: 1 } },
      { upsert: true, returnDocument: 'after' },
    )
      .lean()
      .exec();
    if (!counter) throw new Error('event counter unavailable');
    const event: EventDoc = {
      _id: new Types.ObjectId(),
      seq: counter.seq,
      type: spec.type,
      at: clock(),
      incidentId: spec.incidentId,
      committed: false,
      resultId: spec.resultId,
      ops: [...spec.ops],
      refs: spec.refs ?? {},
      ...(spec.idempotencyKey !== undefined ? { idempotencyKey: spec.idempotencyKey } : {}),
    };
    await EventModel.collection.insertOne(event);
    return event;
  }

  /**
   * Commits several independent events in a handful of round trips (one counter increment, one
   * insert, one bulk write per model, one update of them all) instead of five per event: a bulk import's
   * path. Each event stays its own redo record with its own ops, so each is still all-or-nothing
   * (a crash leaves some pending, which `repairPending` finishes); they commit in the given order.
   * No idempotency keys: a batch is for writes that find their own earlier result.
   *
   * When the database refuses a write (a unique key a concurrent writer took), each event is
   * finished on its own: those it refuses before any of their writes are withdrawn and come
   * back as `refused` (with the database's error), the others commit. Never leaves a pending
   * event that cannot be finished.
   */
  async function commitBatch(
    specs: readonly Omit<CommitSpec, 'idempotencyKey'>[],
  ): Promise<BatchOutcome[]> {
    if (specs.length === 0) return [];
    await Promise.all(specs.flatMap((spec) => spec.ops.map((op) => op.validate())));
    await guards.getStore()?.();
    const counter = await CounterModel.findOneAndUpdate(
      { _id: 'events' },
      { $inc: { seq: specs.length } },
      { upsert: true, returnDocument: 'after' },
    )
      .lean()
      .exec();
    if (!counter) throw new Error('event counter unavailable');
    const first = counter.seq - specs.length + 1;
    const at = clock();
    const batch: EventDoc[] = specs.map((spec, i) => ({
      _id: new Types.ObjectId(),
      seq: first + i,
      type: spec.type,
      at,
      incidentId: spec.incidentId,
      committed: false,
      resultId: spec.resultId,
      ops: [...spec.ops],
      refs: spec.refs ?? {},
    }));
    await EventModel.collection.insertMany(batch, { ordered: true });
    const done = (event: EventDoc): BatchOutcome => ({
      committed: {
        event: { ...event, committed: true },
        replayed: false,
        resultId: event.resultId,
      },
    });
    let outcomes: BatchOutcome[];
    try {
      await writers.applyEach(batch.map((event) => event.ops));
      await EventModel.updateMany(
        { _id: { $in: batch.map((event) => event._id) } },
        { $set: { committed: true } },
      );
      outcomes = batch.map(done);
    } catch {
      // Some ops may be written: settle event by event (a lost connection fails the first).
      outcomes = [];
      for (const event of batch) {
        try {
          await finish(event);
          outcomes.push(done(event));
        } catch (refusal) {
          if (!wroteNothing(refusal)) throw refusal;
          await EventModel.deleteOne({ _id: event._id });
          outcomes.push({ refused: refusal });
        }
      }
    }
    for (const outcome of outcomes) {
      if ('committed' in outcome) eventsCommitted.inc({ type: outcome.committed.event.type });
    }
    announce();
    return outcomes;
  }

  return {
    commitBatch,

    /**
     * The result id of an earlier call with this (scoped) idempotency key, or null. Services ask
     * before validating, so a retry of a call that changed state (e.g. resolved) still gets the
     * first answer rather than a lifecycle error.
     */
    async previous(key: string | undefined): Promise<Types.ObjectId | null> {
      if (key === undefined) return null;
      const found = await byKey(key);
      return found ? found.event.resultId : null;
    },

    append,

    /**
     * Runs `work` so that every new event it commits (through any service) first awaits
     * `precondition`, which throws to refuse it: nothing of that event is written. A replay of an
     * idempotency key already used is not a new event and is not checked. The drill runner uses
     * it to commit a step only while it still holds the drill's lock.
     */
    guarded<T>(precondition: () => Promise<void>, work: () => Promise<T>): Promise<T> {
      return guards.run(precondition, work);
    },

    async commit(spec: CommitSpec): Promise<CommitResult> {
      if (spec.idempotencyKey !== undefined) {
        const previous = await byKey(spec.idempotencyKey);
        if (previous) return previous;
      }
      await guards.getStore()?.();
      let event: EventDoc;
      try {
        event = await append(spec);
      } catch (error) {
        if (spec.idempotencyKey !== undefined && isDuplicateKey(error)) {
          const raced = await byKey(spec.idempotencyKey);
          if (raced) return raced;
        }
        throw error;
      }
      try {
        await finish(event);
      } catch (error) {
        // A write the database refused at its first op (e.g. a unique name taken by a concurrent
        // call) applied nothing: withdraw the event so it is never replayed.
        if (wroteNothing(error)) {
          await EventModel.deleteOne({ _id: event._id });
        }
        throw error;
      }
      eventsCommitted.inc({ type: spec.type });
      announce();
      return { event: { ...event, committed: true }, replayed: false, resultId: spec.resultId };
    },

    /** One incident's committed events, in commit order: what time travel rebuilds it from. */
    forIncident(incidentId: Types.ObjectId): Promise<EventDoc[]> {
      return EventModel.find({ incidentId, committed: true })
        .sort({ seq: 1 })
        .lean<EventDoc[]>()
        .exec();
    },

    /** Runs `hook` after each local commit (the tailer uses it to read sooner). */
    onCommitted(hook: () => void): () => void {
      committedHooks.add(hook);
      return () => committedHooks.delete(hook);
    },

    /** Finishes one pending event found by the tailer after its writer went quiet. */
    finishStale: finish,

    /** Finishes every event whose writer died between its two writes. Run before serving. */
    async repairPending(): Promise<number> {
      const pending = await EventModel.find({ committed: false })
        .sort({ seq: 1 })
        .lean<EventDoc[]>()
        .exec();
      for (const event of pending) await finish(event);
      return pending.length;
    },
  };
}

export type EventLog = ReturnType<typeof createEventLog>;
