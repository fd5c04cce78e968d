/**
 * Merges incidents (and components) imported twice from the same upstream source, written
 * before the unique `source_unique` indexes existed, so those indexes can be built. Nothing is
 * lost: everything that pointed at a duplicate (updates, samples, timeline, action items,
 * drills, incidents' component lists, webhook subscriptions) is moved to the document kept (the
 * oldest), and the duplicate's own fields are merged into it; the duplicate is then deleted
 * through the event log, whose event keeps it whole. One event per group, so each merge is
 * all-or-nothing (a crash is finished by the next start's repair, like any event).
 */
import type { Types } from 'mongoose';
import { LiveEventType } from '../__generated__/resolvers-types.js';
import { ActionItemModel, actionItemWrites } from '../actions/action.model.js';
import { shownStatus } from '../components/component.health.js';
import {
  ComponentModel,
  componentWrites,
  type AffectedComponentRef,
  type ComponentDoc,
} from '../components/component.model.js';
import { DrillModel, drillWrites } from '../drills/drill.model.js';
import type { EventLog } from '../events/event.log.js';
import type { WriteOp } from '../events/writer.js';
import { IncidentModel, incidentWrites, type IncidentDoc } from '../incidents/incident.model.js';
import { UpdateModel, updateWrites } from '../incidents/update.model.js';
import { marksOf, type MarkedSample } from '../recovery/milestone.marks.js';
import { SampleModel, sampleWrites } from '../recovery/recovery.model.js';
import { TimelineModel, timelineWrites } from '../timeline/timeline.model.js';
import { WebhookSubscriptionModel } from '../webhooks/webhook.model.js';

/** What merging one group moves to the document kept. */
export interface MergeCounts {
  updates: number;
  samples: number;
  timelineEvents: number;
  actionItems: number;
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

/** The ops (and counts) that merge one group of incidents into its oldest. */
async function incidentMerge(group: Group): Promise<{ ops: WriteOp[]; moves: MergeCounts }> {
  const [keepId, ...mergeIds] = group.ids;
  if (!keepId) return { ops: [], moves: zero() };
  const docs = await IncidentModel.find({ _id: { $in: group.ids } })
    .lean<IncidentDoc[]>()
    .exec();
  const keep = docs.find((d) => d._id.equals(keepId));
  const others = docs.filter((d) => !d._id.equals(keepId));
  if (!keep) return { ops: [], moves: zero() };
  const moved = { incidentId: keepId };
  const updates = await idsWhere(UpdateModel, 'incidentId', mergeIds);
  const samples = await idsWhere(SampleModel, 'incidentId', mergeIds);
  // The kept incident's recovery marks must cover the samples it gains (a `$min`, so it commutes
  // with samples recorded meanwhile); an incident without complete marks is backfilled anyway.
  const movedSamples = await SampleModel.find(
    { incidentId: { $in: mergeIds } },
    { flow: 1, value: 1, at: 1 },
  )
    .lean<MarkedSample[]>()
    .exec();
  const timeline = await idsWhere(TimelineModel, 'incidentId', mergeIds);
  const actions = await idsWhere(ActionItemModel, 'incidentId', mergeIds);
  const drills = await idsWhere(DrillModel, 'sourceId', mergeIds);
  const rehearsals = await idsWhere(IncidentModel, 'drillOf', mergeIds);
  const ops = [
    ...updates.map((id) => updateWrites.set(id, moved)),
    ...samples.map((id) => sampleWrites.set(id, moved)),
    ...timeline.map((id) => timelineWrites.set(id, moved)),
    ...actions.map((id) => actionItemWrites.set(id, moved)),
    ...drills.map((id) => drillWrites.set(id, { sourceId: keepId })),
    ...rehearsals.map((id) => incidentWrites.set(id, { drillOf: keepId })),
    incidentWrites.set(keepId, mergedIncident(keep, others)),
    ...(movedSamples.length > 0 ? [incidentWrites.min(keepId, marksOf(movedSamples))] : []),
    ...others.map((doc) => incidentWrites.remove(doc)),
  ];
  const webhookSubscriptions = await WebhookSubscriptionModel.countDocuments({
    incidentId: { $in: mergeIds },
  });
  return {
    ops,
    moves: {
      ...zero(),
      updates: updates.length,
      samples: samples.length,
      timelineEvents: timeline.length,
      actionItems: actions.length,
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
      // Subscriptions are configuration, written directly rather than through the log.
      await WebhookSubscriptionModel.updateMany(
        { [idField]: { $in: mergeIds } },
        { $set: { [idField]: keepId } },
      );
    }
  }
  return report;
}
