/**
 * Merges incidents (and components) imported twice from the same upstream source, written
 * before the unique `source_unique` indexes existed, so those indexes can be built. Nothing is
 * lost: everything that pointed at a duplicate (updates, samples, timeline, action items,
 * drills, incidents' component lists, webhook subscriptions) is moved to the document kept (the
 * oldest), and the duplicate's own fields are merged into it; the duplicate is then deleted
 * through the event log, whose event keeps it whole. One event per group, so each merge is
 * all-or-nothing (a crash is finished by the next start's repair, like any event).
 */
import { Types } from 'mongoose';
import { LiveEventType } from '../__generated__/resolvers-types.js';
import { ActionItemModel, actionItemWrites, type ActionItemDoc } from '../actions/action.model.js';
import { shownStatus } from '../components/component.health.js';
import {
  ComponentModel,
  componentWrites,
  type AffectedComponentRef,
  type ComponentDoc,
} from '../components/component.model.js';
import { DrillModel, drillWrites } from '../drills/drill.model.js';
import type { EventLog } from '../events/event.log.js';
import { EventModel, type EventDoc } from '../events/event.model.js';
import type { WriteOp } from '../events/writer.js';
import { IncidentModel, incidentWrites, type IncidentDoc } from '../incidents/incident.model.js';
import { UpdateModel, updateWrites, type UpdateDoc } from '../incidents/update.model.js';
import { marksOf } from '../recovery/milestone.marks.js';
import { SampleModel, sampleWrites, type SampleDoc } from '../recovery/recovery.model.js';
import { TimelineModel, timelineWrites, type TimelineDoc } from '../timeline/timeline.model.js';
import { WebhookSubscriptionModel } from '../webhooks/webhook.model.js';

/** What merging one group moves to the document kept. */
export interface MergeCounts {
  updates: number;
  samples: number;
  timelineEvents: number;
  actionItems: number;
  /** Updates, samples and timeline events that copied one the kept incident has: removed. */
  copiesRemoved: number;
  drills: number;
  /** Incidents whose component list (or `drillOf`) named a duplicate. */
  incidents: number;
  webhookSubscriptions: number;
}

/** Documents sharing one upstream identity, and what merging them does. */
export interface SourceDuplicates {
  kind: 'incident' | 'component';
  pageId: string | null;
  sourceId: string;
  /** The oldest: every reference ends up here. */
  keep: string;
  /** Deleted once everything pointing at them points at `keep`. */
  merge: string[];
  moves: MergeCounts;
}

const zero = (): MergeCounts => ({
  updates: 0,
  samples: 0,
  timelineEvents: 0,
  actionItems: 0,
  copiesRemoved: 0,
  drills: 0,
  incidents: 0,
  webhookSubscriptions: 0,
});

interface Group {
  pageId: string | null;
  sourceId: string;
  ids: Types.ObjectId[];
}

/** Groups of documents of `model` sharing (source.pageId, source.<idField>), oldest first. */
async function groupsOf(
  collection: typeof IncidentModel.collection,
  idField: 'incidentId' | 'componentId',
): Promise<Group[]> {
  const rows = await collection
    .aggregate<{ _id: { pageId: string | null; sourceId: string }; ids: Types.ObjectId[] }>([
      { $match: { [`source.${idField}`]: { $exists: true } } },
      { $sort: { _id: 1 } },
      {
        $group: {
          _id: { pageId: { $ifNull: ['$source.pageId', null] }, sourceId: `$source.${idField}` },
          ids: { $push: '$_id' },
          n: { $sum: 1 },
        },
      },
      { $match: { n: { $gt: 1 } } },
      { $sort: { _id: 1 } },
    ])
    .toArray();
  return rows.map((row) => ({ pageId: row._id.pageId, sourceId: row._id.sourceId, ids: row.ids }));
}

/** Ids of the documents of a model whose `field` is one of `ids`. */
async function idsWhere(
  model: { collection: typeof UpdateModel.collection },
  field: string,
  ids: readonly Types.ObjectId[],
): Promise<Types.ObjectId[]> {
  const docs = await model.collection
    .find<{ _id: Types.ObjectId }>({ [field]: { $in: ids } }, { projection: { _id: 1 } })
    .toArray();
  return docs.map((doc) => doc._id);
}

const earliest = (dates: readonly (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((min, d) => (d && (!min || d < min) ? d : min), null);

/** A component list with `from` ids renamed to `to`, one entry per component (the worst status). */
function repointComponents(
  list: readonly AffectedComponentRef[],
  from: ReadonlySet<string>,
  to: Types.ObjectId,
): AffectedComponentRef[] {
  const byId = new Map<string, AffectedComponentRef>();
  for (const ref of list) {
    const componentId = from.has(ref.componentId.toHexString()) ? to : ref.componentId;
    const key = componentId.toHexString();
    const seen = byId.get(key);
    byId.set(key, {
      componentId,
      status: seen ? shownStatus(seen.status, [ref.status]) : ref.status,
    });
  }
  return [...byId.values()];
}

/** The kept incident's fields with the duplicates' merged in (its own win where both have one). */
function mergedIncident(keep: IncidentDoc, others: readonly IncidentDoc[]) {
  const all = [keep, ...others];
  const thresholds = new Map(all.flatMap((d) => d.flowThresholds ?? []).map((t) => [t.flow, t]));
  for (const t of keep.flowThresholds ?? []) thresholds.set(t.flow, t);
  return {
    startedAt: earliest(all.map((d) => d.startedAt)) ?? keep.startedAt,
    identifiedAt: earliest(all.map((d) => d.identifiedAt)),
    mitigatedAt: earliest(all.map((d) => d.mitigatedAt)),
    components: repointComponents(
      all.flatMap((d) => d.components),
      new Set(),
      keep._id,
    ),
    postmortem: all.find((d) => d.postmortem !== null)?.postmortem ?? null,
    primaryFlow: all.find((d) => d.primaryFlow)?.primaryFlow ?? null,
    flowThresholds: [...thresholds.values()],
    terms: [...new Set(all.flatMap((d) => d.terms))],
  };
}

/**
 * The children of the duplicates that move to the kept incident, and the copies of an upstream
 * record the kept incident (or an earlier duplicate) already holds, which are removed instead:
 * two imports of one page create each update twice, under the same `source.updateId`. Samples
 * and timeline events carry no upstream id; a copy is one equal in every field but its ids.
 */
function splitCopies<T extends { _id: Types.ObjectId; incidentId: Types.ObjectId }>(
  kept: readonly T[],
  moving: readonly T[],
  key: (doc: T) => string | null,
): { move: T[]; copies: T[] } {
  const seen = new Set(kept.map(key).filter((k) => k !== null));
  const move: T[] = [];
  const copies: T[] = [];
  for (const doc of moving) {
    const k = key(doc);
    if (k !== null && seen.has(k)) copies.push(doc);
    else {
      if (k !== null) seen.add(k);
      move.push(doc);
    }
  }
  return { move, copies };
}

/** Children of `ids` of one model, the kept incident's first, then each duplicate's in order. */
async function childrenOf<T extends { _id: Types.ObjectId; incidentId: Types.ObjectId }>(
  model: { collection: typeof UpdateModel.collection },
  ids: readonly Types.ObjectId[],
): Promise<T[]> {
  const docs = await model.collection
    .find<T>({ incidentId: { $in: ids } })
    .sort({ _id: 1 })
    .toArray();
  const rank = (doc: T) => ids.findIndex((id) => id.equals(doc.incidentId));
  return docs.sort((a, b) => rank(a) - rank(b));
}

/**
 * The ops moving children to the kept incident: each moved document whole (an `insert`, which
 * writes nothing live, where it exists) then its new `incidentId`, so the kept incident's own
 * events rebuild it at any moment (time travel reads only them, and an event counts from the
 * earliest time of what it inserts: the moved documents' own creation times); copies removed.
 */
function moveOps<T extends { _id: Types.ObjectId; incidentId: Types.ObjectId }>(
  writer: {
    insert(doc: T): WriteOp;
    set(id: Types.ObjectId, patch: { incidentId: Types.ObjectId }): WriteOp;
    remove(doc: T): WriteOp;
  },
  split: { move: T[]; copies: T[] },
  keepId: Types.ObjectId,
): WriteOp[] {
  return [
    ...split.move.flatMap((doc) => [
      writer.insert(doc),
      writer.set(doc._id, { incidentId: keepId }),
    ]),
    ...split.copies.map((doc) => writer.remove(doc)),
  ];
}

/** The lifecycle fields of the most recently updated import (the kept one on a tie). */
function latestLifecycle(keep: IncidentDoc, others: readonly IncidentDoc[]) {
  const latest = others.reduce(
    (best, doc) => (doc.updatedAt.getTime() > best.updatedAt.getTime() ? doc : best),
    keep,
  );
  return {
    title: latest.title,
    status: latest.status,
    impact: latest.impact,
    resolvedAt: latest.resolvedAt,
    updatedAt: latest.updatedAt,
  };
}

/** The ops (and counts) that merge one group of incidents into its oldest. */
async function incidentMerge(group: Group): Promise<{ ops: WriteOp[]; moves: MergeCounts }> {
  const [keepId, ...mergeIds] = group.ids;
  if (!keepId) return { ops: [], moves: zero() };
  const docs = await IncidentModel.find({ _id: { $in: group.ids } })
    .lean<IncidentDoc[]>()
    .exec();
  const keep = docs.find((d) => d._id.equals(keepId));
  const others = mergeIds.flatMap((id) => docs.filter((d) => d._id.equals(id)));
  if (!keep) return { ops: [], moves: zero() };
  const ids = [keepId, ...mergeIds];
  const mine = <T extends { incidentId: Types.ObjectId }>(list: T[]) => ({
    kept: list.filter((d) => d.incidentId.equals(keepId)),
    moving: list.filter((d) => !d.incidentId.equals(keepId)),
  });
  const updateList = mine(await childrenOf<UpdateDoc>(UpdateModel, ids));
  const sampleList = mine(await childrenOf<SampleDoc>(SampleModel, ids));
  const timelineList = mine(await childrenOf<TimelineDoc>(TimelineModel, ids));
  const actionList = mine(await childrenOf<ActionItemDoc>(ActionItemModel, ids));
  const updates = splitCopies(updateList.kept, updateList.moving, (u) =>
    u.source ? u.source.updateId : null,
  );
  const samples = splitCopies(
    sampleList.kept,
    sampleList.moving,
    (s) => `${s.flow}\u0000${s.value}\u0000${s.at.getTime()}\u0000${s.note ?? ''}`,
  );
  const timeline = splitCopies(
    timelineList.kept,
    timelineList.moving,
    (t) => `${t.at.getTime()}\u0000${t.text}`,
  );
  const actions = { move: actionList.moving, copies: [] };
  const drills = await idsWhere(DrillModel, 'sourceId', mergeIds);
  const rehearsals = await idsWhere(IncidentModel, 'drillOf', mergeIds);
  const ops = [
    ...moveOps(updateWrites, updates, keepId),
    ...moveOps(sampleWrites, samples, keepId),
    ...moveOps(timelineWrites, timeline, keepId),
    ...moveOps(actionItemWrites, actions, keepId),
    ...drills.map((id) => drillWrites.set(id, { sourceId: keepId })),
    ...rehearsals.map((id) => incidentWrites.set(id, { drillOf: keepId })),
    incidentWrites.set(keepId, {
      ...mergedIncident(keep, others),
      ...latestLifecycle(keep, others),
    }),
    // The kept incident's recovery marks must cover the samples it gains (a `$min`, so it commutes
    // with samples recorded meanwhile); an incident without complete marks is backfilled anyway.
    ...(samples.move.length > 0 ? [incidentWrites.min(keepId, marksOf(samples.move))] : []),
    ...others.map((doc) => incidentWrites.remove(doc)),
  ];
  const webhookSubscriptions = await WebhookSubscriptionModel.countDocuments({
    incidentId: { $in: mergeIds },
  });
  return {
    ops,
    moves: {
      ...zero(),
      updates: updates.move.length,
      samples: samples.move.length,
      timelineEvents: timeline.move.length,
      actionItems: actions.move.length,
      copiesRemoved: updates.copies.length + samples.copies.length + timeline.copies.length,
      drills: drills.length,
      incidents: rehearsals.length,
      webhookSubscriptions,
    },
  };
}

/** The ops (and counts) that merge one group of components into its oldest. */
async function componentMerge(group: Group): Promise<{ ops: WriteOp[]; moves: MergeCounts }> {
  const [keepId, ...mergeIds] = group.ids;
  if (!keepId) return { ops: [], moves: zero() };
  const docs = await ComponentModel.find({ _id: { $in: group.ids } })
    .lean<ComponentDoc[]>()
    .exec();
  const keep = docs.find((d) => d._id.equals(keepId));
  const others = docs.filter((d) => !d._id.equals(keepId));
  if (!keep) return { ops: [], moves: zero() };
  const from = new Set(mergeIds.map((id) => id.toHexString()));
  const incidents = await IncidentModel.find(
    { 'components.componentId': { $in: mergeIds } },
    { components: 1 },
  )
    .lean<Pick<IncidentDoc, '_id' | 'components'>[]>()
    .exec();
  const drills = await DrillModel.find(
    { 'steps.components.componentId': { $in: mergeIds } },
    { steps: 1 },
  )
    .lean()
    .exec();
  const ops = [
    ...incidents.map((incident) =>
      incidentWrites.set(incident._id, {
        components: repointComponents(incident.components, from, keepId),
      }),
    ),
    ...drills.map((drill) =>
      drillWrites.set(drill._id, {
        steps: drill.steps.map((step) => ({
          ...step,
          components: repointComponents(step.components, from, keepId),
        })),
      }),
    ),
    ...(keep.group === null && others.some((d) => d.group !== null)
      ? [
          componentWrites.set(keepId, {
            group: others.find((d) => d.group !== null)?.group ?? null,
          }),
        ]
      : []),
    ...others.map((doc) => componentWrites.remove(doc)),
  ];
  const webhookSubscriptions = await WebhookSubscriptionModel.countDocuments({
    componentId: { $in: mergeIds },
  });
  return {
    ops,
    moves: { ...zero(), incidents: incidents.length, drills: drills.length, webhookSubscriptions },
  };
}

export interface DedupeOptions {
  events: EventLog;
  /** Only report what would be merged; write nothing. */
  dryRun: boolean;
}

/**
 * Finds every group of duplicates by upstream source (components first, so incidents merged
 * afterwards already name the components kept) and, unless `dryRun`, merges each group in one
 * event. Returns what it found and moved; running it again finds nothing.
 */
export async function dedupeSources({
  events,
  dryRun,
}: DedupeOptions): Promise<SourceDuplicates[]> {
  const report: SourceDuplicates[] = [];
  if (!dryRun) await sweepSubscriptions();
  const kinds = [
    { kind: 'component', idField: 'componentId', merge: componentMerge },
    { kind: 'incident', idField: 'incidentId', merge: incidentMerge },
  ] as const;
  for (const { kind, idField, merge } of kinds) {
    const collection = kind === 'component' ? ComponentModel.collection : IncidentModel.collection;
    for (const group of await groupsOf(collection, idField)) {
      const [keepId, ...mergeIds] = group.ids;
      if (!keepId) continue;
      const { ops, moves } = await merge(group);
      report.push({
        kind,
        pageId: group.pageId,
        sourceId: group.sourceId,
        keep: keepId.toHexString(),
        merge: mergeIds.map((id) => id.toHexString()),
        moves,
      });
      if (dryRun || ops.length === 0) continue;
      // Subscriptions are configuration, written directly rather than through the log: first,
      // so a crash before the commit leaves them on the kept document (a rerun merges the group
      // again), never on a deleted one.
      await WebhookSubscriptionModel.updateMany(
        { [idField]: { $in: mergeIds } },
        { $set: { [idField]: keepId } },
      );
      await events.commit(
        kind === 'component'
          ? {
              type: LiveEventType.ComponentStatusChanged,
              incidentId: null,
              refs: { componentId: keepId },
              ops,
              resultId: keepId,
            }
          : { type: LiveEventType.IncidentChanged, incidentId: keepId, ops, resultId: keepId },
      );
    }
  }
  return report;
}

/**
 * Points subscriptions still naming an incident or component an earlier merge removed (a run
 * that stopped between its commit and moving them, before they moved first) at the document
 * kept, which the merge event names as its result. Returns how many it moved.
 */
export async function sweepSubscriptions(): Promise<number> {
  let moved = 0;
  const kinds = [
    { idField: 'incidentId', model: IncidentModel },
    { idField: 'componentId', model: ComponentModel },
  ] as const;
  for (const { idField, model } of kinds) {
    const named = (
      await WebhookSubscriptionModel.collection.distinct(idField, { [idField]: { $ne: null } })
    ).filter((value): value is Types.ObjectId => value instanceof Types.ObjectId);
    if (named.length === 0) continue;
    const existing = new Set((await idsWhere(model, '_id', named)).map((id) => id.toHexString()));
    const missing = named.filter((id) => !existing.has(id.toHexString()));
    if (missing.length === 0) continue;
    const merges = await EventModel.find(
      { 'ops.id': { $in: missing }, committed: true },
      { ops: 1, resultId: 1 },
    )
      .lean<Pick<EventDoc, 'ops' | 'resultId'>[]>()
      .exec();
    for (const event of merges) {
      for (const op of event.ops) {
        if (op.model !== model.modelName || op.remove === undefined) continue;
        if (!missing.some((id) => id.equals(op.id))) continue;
        const result = await WebhookSubscriptionModel.updateMany(
          { [idField]: op.id },
          { $set: { [idField]: event.resultId } },
        );
        moved += result.modifiedCount;
      }
    }
  }
  return moved;
}
