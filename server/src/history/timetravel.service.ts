import { Types } from 'mongoose';
import type { IncidentStatus } from '../__generated__/resolvers-types.js';
import type { ActionItemDoc } from '../actions/action.service.js';
import { isObjectIdHex } from '../common/validate.js';
import type { EventLog } from '../events/event.log.js';
import type { EventDoc, StoredFields } from '../events/event.model.js';
import { docKey, foldOps, type Writer } from '../events/writer.js';
import type { IncidentDoc, UpdateDoc } from '../incidents/incident.service.js';
import type { SampleDoc } from '../recovery/recovery.service.js';
import type { TimelineDoc } from '../timeline/timeline.service.js';

/** An incident as it was at `at`: what the log had recorded, limited to what had happened. */
export interface SnapshotView {
  at: Date;
  incident: IncidentDoc;
  status: IncidentStatus;
  /** Newest first. */
  updates: UpdateDoc[];
  samples: SampleDoc[];
  /** Oldest first. */
  timeline: TimelineDoc[];
  actionItems: ActionItemDoc[];
}

/** The typed writers of the models a snapshot is made of (given by the composition root). */
export interface SnapshotWriters {
  incident: Writer<IncidentDoc>;
  update: Writer<UpdateDoc>;
  sample: Writer<SampleDoc>;
  timeline: Writer<TimelineDoc>;
  actionItem: Writer<ActionItemDoc>;
}

/** One model of a snapshot: its writer, and the field saying when a document of it happened. */
interface Part<T extends { _id: Types.ObjectId }> {
  writer: Writer<T>;
  time: keyof T & string;
}

const part = <T extends { _id: Types.ObjectId }>(writer: Writer<T>, time: keyof T & string) => ({
  writer,
  time,
});

const dateOf = (fields: StoredFields, field: string): Date | null => {
  const value = fields[field];
  return value instanceof Date ? value : null;
};

/** The parts of a snapshot, by model, with their time fields. */
function partsOf(writers: SnapshotWriters) {
  return {
    incident: part(writers.incident, 'startedAt'),
    update: part(writers.update, 'createdAt'),
    sample: part(writers.sample, 'at'),
    timeline: part(writers.timeline, 'at'),
    actionItem: part(writers.actionItem, 'createdAt'),
  };
}

/**
 * When an event's content happened: its commit time, or earlier when it records something that
 * happened before it was written (an import of a past incident, a back-dated sample), which is
 * the earliest time among the documents it creates.
 */
function effectiveAt(event: EventDoc, timeField: ReadonlyMap<string, string>): number {
  let earliest = event.at.getTime();
  for (const op of event.ops) {
    const field = op.insert ? timeField.get(op.model) : undefined;
    const at = op.insert && field ? dateOf(op.insert, field) : null;
    if (at && at.getTime() < earliest) earliest = at.getTime();
  }
  return earliest;
}

/**
 * Rebuilds an incident as of `at` from its events alone: applies, in log order, the ops of every
 * event whose content had happened by `at` (see `effectiveAt`), then keeps the updates, samples
 * and timeline events dated at or before `at`. Null when the incident had not started.
 */
export function rebuildIncident(
  incidentId: Types.ObjectId,
  log: readonly EventDoc[],
  at: Date,
  writers: SnapshotWriters,
): SnapshotView | null {
  const parts = partsOf(writers);
  const timeField = new Map<string, string>(
    Object.values(parts).map((p): [string, string] => [p.writer.model, p.time]),
  );
  const cut = at.getTime();
  const state = new Map<string, StoredFields>();
  for (const event of log) if (effectiveAt(event, timeField) <= cut) foldOps(state, event.ops);

  const stored = state.get(docKey(writers.incident.model, incidentId));
  if (!stored) return null;
  const incident = writers.incident.revive(stored);
  if (incident.startedAt.getTime() > cut) return null;

  const hex = incidentId.toHexString();
  const docs = <T extends { _id: Types.ObjectId }>(p: Part<T>, dated: boolean): T[] => {
    const prefix = `${p.writer.model}:`;
    const found: T[] = [];
    for (const [key, fields] of state) {
      if (!key.startsWith(prefix)) continue;
      if (!(fields['incidentId'] instanceof Types.ObjectId)) continue;
      if (fields['incidentId'].toHexString() !== hex) continue;
      const time = dateOf(fields, p.time);
      if (dated && (!time || time.getTime() > cut)) continue;
      found.push(p.writer.revive(fields));
    }
    return found;
  };
  const byTime =
    <T extends { _id: Types.ObjectId }>(time: (doc: T) => Date) =>
    (a: T, b: T) =>
      time(a).getTime() - time(b).getTime() ||
      a._id.toHexString().localeCompare(b._id.toHexString());

  const allUpdates = docs(parts.update, false).sort(byTime((u: UpdateDoc) => u.createdAt));
  const updates = allUpdates.filter((u) => u.createdAt.getTime() <= cut).reverse();
  return {
    at,
    incident,
    // Before its first update is dated, an incident is in the status it was declared with.
    status: updates[0]?.status ?? allUpdates[0]?.status ?? incident.status,
    updates,
    samples: docs(parts.sample, true).sort(byTime((s: SampleDoc) => s.at)),
    timeline: docs(parts.timeline, true).sort(byTime((t: TimelineDoc) => t.at)),
    actionItems: docs(parts.actionItem, false).sort(byTime((a: ActionItemDoc) => a.createdAt)),
  };
}

export interface TimeTravelDeps {
  events: Pick<EventLog, 'forIncident'>;
  writers: SnapshotWriters;
}

/** Time travel: any incident as it was at any moment, from the event log. */
export function createTimeTravelService({ events, writers }: TimeTravelDeps) {
  return {
    async incidentAt(id: string, at: Date): Promise<SnapshotView | null> {
      if (!isObjectIdHex(id)) return null;
      const incidentId = new Types.ObjectId(id);
      return rebuildIncident(incidentId, await events.forIncident(incidentId), at, writers);
    },
  };
}

export type TimeTravelService = ReturnType<typeof createTimeTravelService>;
