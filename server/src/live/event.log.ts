import { Types } from 'mongoose';
import type { LiveEventType } from '../__generated__/resolvers-types.js';
import { ActionItemModel } from '../actions/action.model.js';
import { ComponentModel } from '../components/component.model.js';
import { IncidentModel } from '../incidents/incident.model.js';
import { UpdateModel } from '../incidents/update.model.js';
import { SampleModel } from '../recovery/recovery.model.js';
import { TimelineModel } from '../timeline/timeline.model.js';
import {
  CounterModel,
  EventModel,
  type EventDoc,
  type EventRefs,
  type WriteModel,
  type WriteOp,
} from './event.model.js';

export interface CommitSpec {
  type: LiveEventType;
  incidentId: Types.ObjectId | null;
  ops: WriteOp[];
  refs?: EventRefs;
  /** The id of what the mutation returns, so a retried idempotent call can return it again. */
  resultId: Types.ObjectId | null;
  /** Already scoped by the caller (mutation name + client key). */
  idempotencyKey?: string | undefined;
}

export interface CommitResult {
  event: EventDoc;
  /** True when the idempotency key had been used: nothing new was written. */
  replayed: boolean;
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 11000;
}

interface BulkUpsert {
  updateOne: {
    filter: { _id: Types.ObjectId };
    update: Record<string, Record<string, unknown>>;
    upsert: boolean;
  };
}

const bulkWriters: Record<WriteModel, (ops: BulkUpsert[]) => Promise<unknown>> = {
  Incident: (ops) => IncidentModel.bulkWrite(ops, { ordered: true }),
  IncidentUpdate: (ops) => UpdateModel.bulkWrite(ops, { ordered: true }),
  RecoverySample: (ops) => SampleModel.bulkWrite(ops, { ordered: true }),
  TimelineEvent: (ops) => TimelineModel.bulkWrite(ops, { ordered: true }),
  ActionItem: (ops) => ActionItemModel.bulkWrite(ops, { ordered: true }),
  Component: (ops) => ComponentModel.bulkWrite(ops, { ordered: true }),
};

function updateOf(op: WriteOp): Record<string, Record<string, unknown>> {
  if (op.insert) return { $setOnInsert: op.insert };
  const update: Record<string, Record<string, unknown>> = {};
  if (op.set) update['$set'] = op.set;
  if (op.addToSet) {
    update['$addToSet'] = Object.fromEntries(
      Object.entries(op.addToSet).map(([field, values]) => [field, { $each: values }]),
    );
  }
  return update;
}

/** Applies ops with one bulk write per model (an import touches five models, not 50 documents). */
async function applyOps(ops: readonly WriteOp[]): Promise<void> {
  const byModel = new Map<WriteModel, BulkUpsert[]>();
  for (const op of ops) {
    const list = byModel.get(op.model) ?? [];
    list.push({
      updateOne: {
        filter: { _id: op.id },
        update: updateOf(op),
        upsert: op.insert !== undefined,
      },
    });
    byModel.set(op.model, list);
  }
  for (const [model, list] of byModel) await bulkWriters[model](list);
}

async function finish(event: EventDoc): Promise<void> {
  await applyOps(event.ops);
  await EventModel.updateOne({ _id: event._id }, { $set: { committed: true } });
}

/**
 * The event log: every mutation's domain write goes through `commit`, which appends the event
 * (as a pending redo record), applies the write, then marks the event committed.
 */
export function createEventLog(deps: { clock?: () => Date } = {}) {
  const clock = deps.clock ?? (() => new Date());
  const committedHooks = new Set<() => void>();

  async function byKey(key: string): Promise<CommitResult | null> {
    const existing = await EventModel.findOne({ idempotencyKey: key }).lean<EventDoc>().exec();
    if (!existing) return null;
    // The first call may have crashed between its two writes: finishing it is idempotent.
    if (!existing.committed) await finish(existing);
    return { event: { ...existing, committed: true }, replayed: true };
  }

  /**
   * Writes the event as a pending redo record and returns it, without applying it. `commit`
   * is `append` + apply + mark committed; tests use `append` alone to stage a crash.
   */
  async function append(spec: CommitSpec): Promise<EventDoc> {
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
      ops: spec.ops,
      refs: spec.refs ?? {},
      ...(spec.idempotencyKey !== undefined ? { idempotencyKey: spec.idempotencyKey } : {}),
    };
    await EventModel.collection.insertOne(event);
    return event;
  }

  return {
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

    async commit(spec: CommitSpec): Promise<CommitResult> {
      if (spec.idempotencyKey !== undefined) {
        const previous = await byKey(spec.idempotencyKey);
        if (previous) return previous;
      }
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
        // A write the database refused (e.g. a unique name taken by a concurrent call) applied
        // nothing when it is the event's only op: withdraw the event so it is never replayed.
        if (event.ops.length === 1 && isDuplicateKey(error)) {
          await EventModel.deleteOne({ _id: event._id });
        }
        throw error;
      }
      for (const hook of committedHooks) hook();
      return { event: { ...event, committed: true }, replayed: false };
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
