import { Types } from 'mongoose';
import type {
  AffectedComponentInput,
  ComponentStatus,
  DeclareIncidentInput,
  Impact,
  IncidentFilter,
  IncidentStatus,
  SetAffectedComponentsInput,
  SetIncidentImpactInput,
  SetPostmortemInput,
} from '../__generated__/resolvers-types.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { badInput, notFound } from '../common/errors.js';
import { checkTime, isObjectIdHex, parseId, requireText, scopedKey } from '../common/validate.js';
import type { ComponentService, Contributions } from '../components/component.service.js';
import type { EventLog } from '../events/event.log.js';
import type { Patch, WriteOp } from '../events/writer.js';
import {
  IncidentModel,
  currentMilestonesVersion,
  incidentWrites,
  maxPostmortem,
  maxTitle,
  type IncidentDoc,
} from './incident.model.js';
import { afterCursor, buildIncidentFilter, decodeCursor, encodeCursor } from './incident.query.js';
import { searchTerms } from './search.js';
import { prepareUpdate, promiseOf, type CadenceDefaults } from './update.service.js';
import { UpdateModel, maxBody, type UpdateDoc } from './update.model.js';

export type { IncidentDoc } from './incident.model.js';
export type { UpdateDoc } from './update.model.js';

/** The incident fields other domains keep on it (recovery's headline flow and thresholds). */
export type IncidentSettings = Pick<Patch<IncidentDoc>, 'primaryFlow' | 'flowThresholds'>;

/** The recovery marks the recovery domain keeps on an incident (see recovery/milestone.marks.ts). */
export type RecoveryMarks = Pick<IncidentDoc, 'milestoneMarks' | 'firstLevelSample'>;

export interface IncidentEdgeView {
  cursor: string;
  node: IncidentDoc;
}

export interface IncidentPage {
  edges: IncidentEdgeView[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface IncidentServiceDeps {
  events: EventLog;
  components: ComponentService;
  clock: () => Date;
  /** Default promises per impact for the opening update; see `promiseOf`. */
  cadence: CadenceDefaults;
}

export const maxPageSize = 100;

/** The updates a new incident starts with, as far as the incident's own fields depend on them. */
interface OpeningUpdate {
  status: IncidentStatus;
  body: string;
  createdAt: Date;
}

/** What a new incident is made of, already checked (see `declare` and `importIncident`). */
export interface NewIncident {
  id: Types.ObjectId;
  title: string;
  impact: Impact;
  startedAt: Date;
  /** Oldest first; the latest gives the status, the first IDENTIFIED / MONITORING the stats. */
  updates: readonly OpeningUpdate[];
  components: IncidentDoc['components'];
  postmortem: string | null;
  now: Date;
  /** The headline flow, when the caller names one (an import); checked by the recovery domain. */
  primaryFlow?: string | null;
  /** For a drill: the incident it replays. */
  drillOf?: Types.ObjectId | null;
}

/**
 * The incident document a declaration or an import creates, stated once: the status is the
 * latest update's, `resolvedAt` its time if that is RESOLVED, `identifiedAt` / `mitigatedAt` the
 * first IDENTIFIED / MONITORING update's, and the search terms cover the title and every body.
 */
export function newIncidentDoc(incident: NewIncident): IncidentDoc {
  const latest = incident.updates.at(-1);
  if (!latest) throw badInput('updates', 'at least one update is required');
  const first = (status: IncidentStatus) =>
    incident.updates.find((u) => u.status === status)?.createdAt ?? null;
  return {
    _id: incident.id,
    title: incident.title,
    status: latest.status,
    impact: incident.impact,
    startedAt: incident.startedAt,
    resolvedAt: latest.status === 'RESOLVED' ? latest.createdAt : null,
    identifiedAt: first('IDENTIFIED'),
    mitigatedAt: first('MONITORING'),
    components: incident.components,
    postmortem: incident.postmortem,
    primaryFlow: incident.primaryFlow ?? null,
    flowThresholds: [],
    // No samples yet, so no marks: a new incident's (absent) marks are already complete.
    milestonesVersion: currentMilestonesVersion,
    drill: incident.drillOf !== undefined && incident.drillOf !== null,
    drillOf: incident.drillOf ?? null,
    terms: searchTerms(incident.title, ...incident.updates.map((u) => u.body)),
    createdAt: incident.now,
    updatedAt: incident.now,
  };
}

/** A post-mortem as stored: at most 100,000 characters, and blank means none. */
export function checkPostmortem(field: string, markdown: string): string | null {
  if (markdown.length > maxPostmortem) {
    throw badInput(field, `must be at most ${maxPostmortem} characters`);
  }
  return markdown.trim() === '' ? null : markdown;
}

/** The affected-components list as given: each component once, every one known. */
async function affectedComponents(
  components: ComponentService,
  field: string,
  input: readonly AffectedComponentInput[],
): Promise<IncidentDoc['components']> {
  const ids = await components.requireAll(
    field,
    input.map((c) => c.componentId),
  );
  return input.flatMap((c, i) => {
    const componentId = ids[i];
    return componentId ? [{ componentId, status: c.status }] : [];
  });
}

/** A drill's declaration: the incident it replays, and its own writes to join the same event. */
export interface DrillDeclaration {
  drillOf: Types.ObjectId;
  /** The opening update's promise on the drill's clock, instead of the default cadence. */
  promise: (createdAt: Date) => Date | null;
  ops: (incidentId: Types.ObjectId) => WriteOp[];
}

/** Incidents: reading, listing, declaring, and the commander's changes to them. */
export function createIncidentService({ events, components, clock, cadence }: IncidentServiceDeps) {
  async function get(id: string): Promise<IncidentDoc | null> {
    if (!isObjectIdHex(id)) return null;
    return IncidentModel.findById(id).lean<IncidentDoc>().exec();
  }

  async function getOrThrow(id: string): Promise<IncidentDoc> {
    const incident = await IncidentModel.findById(parseId('Incident', id))
      .lean<IncidentDoc>()
      .exec();
    if (!incident) throw notFound('Incident', id);
    return incident;
  }

  const reread = (id: Types.ObjectId) => incidentWrites.reread(id);

  /** What the open incidents say about these components (all components when `ids` is null). */
  async function openContributions(ids: readonly Types.ObjectId[] | null): Promise<Contributions> {
    const open = await IncidentModel.find(
      {
        status: { $ne: 'RESOLVED' },
        // A drill rehearses on its own page; it never turns a real component red.
        drill: { $ne: true },
        ...(ids ? { 'components.componentId': { $in: ids } } : {}),
      },
      { components: 1 },
    )
      .lean<Pick<IncidentDoc, '_id' | 'components'>[]>()
      .exec();
    const wanted = ids ? new Set(ids.map((id) => id.toHexString())) : null;
    const byComponent = new Map<string, ComponentStatus[]>();
    for (const incident of open) {
      for (const ref of incident.components) {
        const key = ref.componentId.toHexString();
        if (wanted && !wanted.has(key)) continue;
        byComponent.set(key, [...(byComponent.get(key) ?? []), ref.status]);
      }
    }
    return byComponent;
  }

  /**
   * Runs a write that may change what open incidents say about `ids`, then announces every
   * component whose shown status it changed. The one path for declare, affect, resolve, reopen
   * and import, so the grid can never disagree with the incident beside it.
   */
  async function changingComponents<T>(
    ids: readonly Types.ObjectId[],
    write: () => Promise<T>,
  ): Promise<T> {
    const unique = [...new Set(ids.map((id) => id.toHexString()))].map(
      (id) => new Types.ObjectId(id),
    );
    if (unique.length === 0) return write();
    const before = await openContributions(unique);
    const result = await write();
    await components.announceShownChanges(unique, before, await openContributions(unique));
    return result;
  }

  return {
    get,
    getOrThrow,
    openContributions,
    changingComponents,
    newIncidentDoc,
    checkPostmortem,

    /** The affected components of an import or a change: every id known, with its status. */
    affectedComponents: (field: string, input: readonly AffectedComponentInput[]) =>
      affectedComponents(components, field, input),

    /** The write of settings another domain owns the rules of (it commits the event). */
    settingsWrite(id: Types.ObjectId, settings: IncidentSettings, now: Date): WriteOp {
      return incidentWrites.set(id, { ...settings, updatedAt: now });
    },

    /** The `milestonesVersion` of an incident whose marks are complete. */
    milestonesVersion: currentMilestonesVersion,

    /**
     * The write that lowers an incident's recovery marks (`$min`; the recovery domain computes
     * them from its samples): joins the event of the samples that move them.
     */
    marksWrite(id: Types.ObjectId, marks: RecoveryMarks): WriteOp {
      return incidentWrites.min(id, marks);
    },

    /** Up to `limit` incidents whose marks do not yet cover their samples (stored before them). */
    unmarked(limit: number): Promise<Pick<IncidentDoc, '_id'>[]> {
      return IncidentModel.find(
        { milestonesVersion: { $ne: currentMilestonesVersion } },
        { _id: 1 },
      )
        .limit(limit)
        .lean<Pick<IncidentDoc, '_id'>[]>()
        .exec();
    },

    /**
     * Completes the marks of incidents stored before marks existed: lowers them by the marks of
     * all their samples, then records that they are complete. A migration, not a change anyone
     * made, so no event: it is idempotent, commutes with concurrent sample writes (`$min`), and
     * an interrupted run leaves the version unset, so the next start does it again.
     */
    async completeMarks(
      list: readonly { id: Types.ObjectId; marks: RecoveryMarks }[],
    ): Promise<void> {
      if (list.length === 0) return;
      await incidentWrites.apply(list.map(({ id, marks }) => incidentWrites.min(id, marks)));
      await incidentWrites.apply(
        list.map(({ id }) =>
          incidentWrites.set(id, { milestonesVersion: currentMilestonesVersion }),
        ),
      );
    },

    /** Which of these incidents are drills (hex ids): what leaves the system skips them. */
    async drillsAmong(ids: readonly Types.ObjectId[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const found = await IncidentModel.find({ _id: { $in: ids }, drill: true }, { _id: 1 })
        .lean<Pick<IncidentDoc, '_id'>[]>()
        .exec();
      return new Set(found.map((doc) => doc._id.toHexString()));
    },

    /** Incidents an earlier import created from these upstream incident ids (any page). */
    bySource(incidentIds: readonly string[]): Promise<IncidentDoc[]> {
      if (incidentIds.length === 0) return Promise.resolve([]);
      return IncidentModel.find({ 'source.incidentId': { $in: incidentIds } })
        .lean<IncidentDoc[]>()
        .exec();
    },

    /** The write that changes fields of an existing incident (an import merging upstream). */
    prepareChange(id: Types.ObjectId, patch: Patch<IncidentDoc>): WriteOp {
      return incidentWrites.set(id, patch);
    },

    /** The write that creates an incident built by {@link newIncidentDoc}. */
    prepareInsert(incident: IncidentDoc): WriteOp {
      return incidentWrites.insert(incident);
    },

    /** Whether any incident exists (the demo is loaded only into an empty database). */
    async any(): Promise<boolean> {
      return (await IncidentModel.estimatedDocumentCount()) > 0;
    },

    getMany(ids: readonly Types.ObjectId[]): Promise<IncidentDoc[]> {
      return IncidentModel.find({ _id: { $in: ids } })
        .lean<IncidentDoc[]>()
        .exec();
    },

    /** Newest first; `after` continues strictly after a previous page's cursor. */
    async list(
      filter: IncidentFilter | null | undefined,
      first: number | null | undefined,
      after: string | null | undefined,
    ): Promise<IncidentPage> {
      const size = first ?? 20;
      if (!Number.isInteger(size) || size < 1 || size > maxPageSize) {
        throw badInput('first', `must be between 1 and ${maxPageSize}`);
      }
      const base = buildIncidentFilter(filter);
      const page = after ? { $and: [base, afterCursor(decodeCursor(after))] } : base;
      const [docs, totalCount] = await Promise.all([
        IncidentModel.find(page)
          .sort({ startedAt: -1, _id: -1 })
          .limit(size + 1)
          .lean<IncidentDoc[]>()
          .exec(),
        IncidentModel.countDocuments(base),
      ]);
      const edges = docs.slice(0, size).map((node) => ({ cursor: encodeCursor(node), node }));
      return {
        edges,
        pageInfo: { hasNextPage: docs.length > size, endCursor: edges.at(-1)?.cursor ?? null },
        totalCount,
      };
    },

    /**
     * Past incidents like this one: same impact or a shared affected component, started before
     * it, drills excluded, most recent first.
     */
    async similar(incident: IncidentDoc, first: number | null | undefined): Promise<IncidentDoc[]> {
      const size = first ?? 5;
      if (!Number.isInteger(size) || size < 1 || size > 20) {
        throw badInput('first', 'must be between 1 and 20');
      }
      const componentIds = incident.components.map((c) => c.componentId);
      return IncidentModel.find({
        _id: { $ne: incident._id },
        drill: { $ne: true },
        startedAt: { $lt: incident.startedAt },
        $or: [
          { impact: incident.impact },
          ...(componentIds.length > 0 ? [{ 'components.componentId': { $in: componentIds } }] : []),
        ],
      })
        .sort({ startedAt: -1, _id: -1 })
        .limit(size)
        .lean<IncidentDoc[]>()
        .exec();
    },

    updatesFor(incidentIds: readonly Types.ObjectId[]): Promise<UpdateDoc[]> {
      return UpdateModel.find({ incidentId: { $in: incidentIds } })
        .sort({ createdAt: -1, _id: -1 })
        .lean<UpdateDoc[]>()
        .exec();
    },

    getUpdatesByIds(ids: readonly Types.ObjectId[]): Promise<UpdateDoc[]> {
      return UpdateModel.find({ _id: { $in: ids } })
        .lean<UpdateDoc[]>()
        .exec();
    },

    async declare(
      viewer: Viewer,
      input: DeclareIncidentInput,
      drill?: DrillDeclaration,
    ): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'declareIncident');
      const key = scopedKey('declareIncident', input.idempotencyKey);
      const previous = await events.previous(key);
      if (previous) return reread(previous);
      const now = clock();
      const title = requireText('title', input.title, maxTitle);
      const body = requireText('body', input.body, maxBody);
      const status = input.status ?? 'INVESTIGATING';
      if (status === 'RESOLVED') throw badInput('status', 'a new incident cannot start RESOLVED');
      const startedAt = input.startedAt ? checkTime('startedAt', input.startedAt, { now }) : now;
      const componentIds = await components.requireAll('componentIds', input.componentIds ?? []);
      const id = new Types.ObjectId();
      const createdAt = startedAt.getTime() > now.getTime() ? startedAt : now;
      const incident = newIncidentDoc({
        id,
        title,
        impact: input.impact,
        startedAt,
        updates: [{ status, body, createdAt }],
        components: [...new Set(componentIds.map((c) => c.toHexString()))].map((c) => ({
          componentId: new Types.ObjectId(c),
          status: 'MAJOR_OUTAGE' as const,
        })),
        postmortem: null,
        now,
        drillOf: drill?.drillOf ?? null,
      });
      const nextUpdateBy = drill
        ? drill.promise(createdAt)
        : promiseOf(input.nextUpdateBy, {
            status,
            createdAt,
            impact: input.impact,
            defaults: cadence,
          });
      const update = prepareUpdate(
        { status, body, createdAt, nextUpdateBy },
        { now, incident, author: viewer.name },
      );
      const { resultId } = await changingComponents(componentIds, () =>
        events.commit({
          type: 'INCIDENT_DECLARED',
          incidentId: id,
          resultId: id,
          idempotencyKey: key,
          refs: { updateId: update.id },
          ops: [incidentWrites.insert(incident), ...update.ops, ...(drill?.ops(id) ?? [])],
        }),
      );
      return reread(resultId);
    },

    async setImpact(viewer: Viewer, input: SetIncidentImpactInput): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'setIncidentImpact');
      const incident = await getOrThrow(input.incidentId);
      const { resultId } = await events.commit({
        type: 'INCIDENT_CHANGED',
        incidentId: incident._id,
        resultId: incident._id,
        ops: [incidentWrites.set(incident._id, { impact: input.impact, updatedAt: clock() })],
      });
      return reread(resultId);
    },

    async setAffectedComponents(
      viewer: Viewer,
      input: SetAffectedComponentsInput,
    ): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'setAffectedComponents');
      const key = scopedKey('setAffectedComponents', input.idempotencyKey);
      const previous = await events.previous(key);
      if (previous) return reread(previous);
      const incident = await getOrThrow(input.incidentId);
      if (input.components.length > 100) throw badInput('components', 'at most 100 components');
      const ids = input.components.map((c) => c.componentId);
      if (new Set(ids).size !== ids.length)
        throw badInput('components', 'lists a component more than once');
      const affected = await affectedComponents(components, 'components', input.components);
      const touched = [...incident.components, ...affected].map((ref) => ref.componentId);
      const { resultId } = await changingComponents(touched, () =>
        events.commit({
          type: 'INCIDENT_CHANGED',
          incidentId: incident._id,
          resultId: incident._id,
          idempotencyKey: key,
          ops: [incidentWrites.set(incident._id, { components: affected, updatedAt: clock() })],
        }),
      );
      return reread(resultId);
    },

    async setPostmortem(viewer: Viewer, input: SetPostmortemInput): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'setPostmortem');
      const incident = await getOrThrow(input.incidentId);
      const postmortem = checkPostmortem('markdown', input.markdown);
      const { resultId } = await events.commit({
        type: 'POSTMORTEM_CHANGED',
        incidentId: incident._id,
        resultId: incident._id,
        ops: [incidentWrites.set(incident._id, { postmortem, updatedAt: clock() })],
      });
      return reread(resultId);
    },
  };
}

export type IncidentService = ReturnType<typeof createIncidentService>;
