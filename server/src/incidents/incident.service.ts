import { Types } from 'mongoose';
import type {
  DeclareIncidentInput,
  IncidentFilter,
  SetAffectedComponentsInput,
  SetIncidentImpactInput,
  SetPostmortemInput,
} from '../__generated__/resolvers-types.js';
import { badInput, notFound } from '../app/errors.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import type { ComponentService } from '../components/component.service.js';
import { checkTime, isObjectIdHex, parseId, requireText, scopedKey } from '../common/validate.js';
import type { EventLog } from '../live/event.log.js';
import { IncidentModel, type IncidentDoc } from './incident.model.js';
import { afterCursor, buildIncidentFilter, decodeCursor, encodeCursor } from './incident.query.js';
import { searchTerms } from './search.js';
import { UpdateModel, type UpdateDoc } from './update.model.js';

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
}

export const maxPageSize = 100;
export const maxTitle = 200;
export const maxBody = 20_000;
export const maxPostmortem = 100_000;

/** Incidents: reading, listing, declaring, and the commander's changes to them. */
export function createIncidentService({ events, components, clock }: IncidentServiceDeps) {
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

  async function reload(id: Types.ObjectId): Promise<IncidentDoc> {
    const incident = await IncidentModel.findById(id).lean<IncidentDoc>().exec();
    if (!incident) throw notFound('Incident', id.toHexString());
    return incident;
  }

  return {
    get,
    getOrThrow,
    /** The incident a write just produced (by its ObjectId). */
    reload,

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

    async declare(viewer: Viewer, input: DeclareIncidentInput): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'declareIncident');
      const key = scopedKey('declareIncident', input.idempotencyKey);
      const previous = await events.previous(key);
      if (previous) return reload(previous);
      const now = clock();
      const title = requireText('title', input.title, maxTitle);
      const body = requireText('body', input.body, maxBody);
      const status = input.status ?? 'INVESTIGATING';
      if (status === 'RESOLVED') throw badInput('status', 'a new incident cannot start RESOLVED');
      const startedAt = input.startedAt ? checkTime('startedAt', input.startedAt, { now }) : now;
      const componentIds = await components.requireAll('componentIds', input.componentIds ?? []);
      const incidentId = new Types.ObjectId();
      const updateId = new Types.ObjectId();
      const createdAt = startedAt.getTime() > now.getTime() ? startedAt : now;
      const incident: Omit<IncidentDoc, '_id'> = {
        title,
        status,
        impact: input.impact,
        startedAt,
        resolvedAt: null,
        identifiedAt: status === 'IDENTIFIED' ? createdAt : null,
        mitigatedAt: status === 'MONITORING' ? createdAt : null,
        components: [...new Set(componentIds.map((id) => id.toHexString()))].map((id) => ({
          componentId: new Types.ObjectId(id),
          status: 'MAJOR_OUTAGE' as const,
        })),
        postmortem: null,
        terms: searchTerms(title, body),
        createdAt: now,
        updatedAt: now,
      };
      const { event } = await events.commit({
        type: 'INCIDENT_DECLARED',
        incidentId,
        resultId: incidentId,
        idempotencyKey: key,
        refs: { updateId },
        ops: [
          { model: 'Incident', id: incidentId, insert: incident },
          {
            model: 'IncidentUpdate',
            id: updateId,
            insert: { incidentId, status, body, createdAt, author: viewer.name },
          },
        ],
      });
      return reload(event.resultId ?? incidentId);
    },

    async setImpact(viewer: Viewer, input: SetIncidentImpactInput): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'setIncidentImpact');
      const incident = await getOrThrow(input.incidentId);
      await events.commit({
        type: 'INCIDENT_CHANGED',
        incidentId: incident._id,
        resultId: incident._id,
        ops: [
          {
            model: 'Incident',
            id: incident._id,
            set: { impact: input.impact, updatedAt: clock() },
          },
        ],
      });
      return reload(incident._id);
    },

    async setAffectedComponents(
      viewer: Viewer,
      input: SetAffectedComponentsInput,
    ): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'setAffectedComponents');
      const incident = await getOrThrow(input.incidentId);
      if (input.components.length > 100) throw badInput('components', 'at most 100 components');
      const ids = input.components.map((c) => c.componentId);
      if (new Set(ids).size !== ids.length)
        throw badInput('components', 'lists a component more than once');
      const parsed = await components.requireAll('components', ids);
      const affected = input.components.map((c, i) => ({
        componentId: parsed[i],
        status: c.status,
      }));
      await events.commit({
        type: 'INCIDENT_CHANGED',
        incidentId: incident._id,
        resultId: incident._id,
        ops: [
          {
            model: 'Incident',
            id: incident._id,
            set: { components: affected, updatedAt: clock() },
          },
        ],
      });
      return reload(incident._id);
    },

    async setPostmortem(viewer: Viewer, input: SetPostmortemInput): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'setPostmortem');
      const incident = await getOrThrow(input.incidentId);
      if (input.markdown.length > maxPostmortem) {
        throw badInput('markdown', `must be at most ${maxPostmortem} characters`);
      }
      const postmortem = input.markdown.trim() === '' ? null : input.markdown;
      await events.commit({
        type: 'POSTMORTEM_CHANGED',
        incidentId: incident._id,
        resultId: incident._id,
        ops: [{ model: 'Incident', id: incident._id, set: { postmortem, updatedAt: clock() } }],
      });
      return reload(incident._id);
    },
  };
}

export type IncidentService = ReturnType<typeof createIncidentService>;
