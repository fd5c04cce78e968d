import { Types } from 'mongoose';
import type { PostIncidentUpdateInput } from '../__generated__/resolvers-types.js';
import { badInput, conflict, notFound } from '../app/errors.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { checkTime, requireText, scopedKey } from '../common/validate.js';
import type { EventLog } from '../live/event.log.js';
import type { IncidentService } from './incident.service.js';
import { maxBody } from './incident.service.js';
import { searchTerms } from './search.js';
import { UpdateModel, type UpdateDoc } from './update.model.js';

export interface UpdateServiceDeps {
  events: EventLog;
  incidents: IncidentService;
  clock: () => Date;
}

/**
 * Status updates and the lifecycle they drive. An open incident moves freely between
 * INVESTIGATING, IDENTIFIED and MONITORING (RESPONDER); resolving, and any update on a resolved
 * incident (which reopens it), needs COMMANDER. Resolving a resolved incident is a CONFLICT.
 */
export function createUpdateService({ events, incidents, clock }: UpdateServiceDeps) {
  async function getUpdate(id: Types.ObjectId): Promise<UpdateDoc> {
    const saved = await UpdateModel.findById(id).lean<UpdateDoc>().exec();
    if (!saved) throw notFound('IncidentUpdate', id.toHexString());
    return saved;
  }

  return {
    async post(viewer: Viewer, input: PostIncidentUpdateInput): Promise<UpdateDoc> {
      requireRole(viewer, 'RESPONDER', 'postIncidentUpdate');
      const key = scopedKey('postIncidentUpdate', input.idempotencyKey);
      const previous = await events.previous(key);
      if (previous) return getUpdate(previous);
      const incident = await incidents.getOrThrow(input.incidentId);
      const resolving = input.status === 'RESOLVED';
      const reopening = incident.status === 'RESOLVED' && !resolving;
      if (resolving || incident.status === 'RESOLVED') {
        requireRole(
          viewer,
          'COMMANDER',
          resolving ? 'Resolving an incident' : 'Reopening a resolved incident',
        );
      }
      if (resolving && incident.status === 'RESOLVED') {
        throw conflict('The incident is already resolved; post another status to reopen it');
      }
      const now = clock();
      const body = requireText('body', input.body, maxBody);
      const createdAt = input.createdAt
        ? checkTime('createdAt', input.createdAt, { now, notBefore: incident.startedAt })
        : now;
      if (createdAt.getTime() < incident.startedAt.getTime()) {
        throw badInput('createdAt', 'the incident starts in the future; give createdAt explicitly');
      }
      const latest = await UpdateModel.findOne({ incidentId: incident._id })
        .sort({ createdAt: -1, _id: -1 })
        .lean<UpdateDoc>()
        .exec();
      if (latest && createdAt.getTime() < latest.createdAt.getTime()) {
        throw badInput(
          'createdAt',
          `must not be before the latest update (${latest.createdAt.toISOString()})`,
        );
      }
      const updateId = new Types.ObjectId();
      const changes: Record<string, unknown> = { status: input.status, updatedAt: now };
      if (resolving) changes['resolvedAt'] = createdAt;
      if (reopening) changes['resolvedAt'] = null;
      if (input.status === 'IDENTIFIED' && !incident.identifiedAt)
        changes['identifiedAt'] = createdAt;
      if (input.status === 'MONITORING' && !incident.mitigatedAt)
        changes['mitigatedAt'] = createdAt;

      const { event } = await events.commit({
        type: 'UPDATE_POSTED',
        incidentId: incident._id,
        resultId: updateId,
        idempotencyKey: key,
        refs: { updateId },
        ops: [
          {
            model: 'IncidentUpdate',
            id: updateId,
            insert: {
              incidentId: incident._id,
              status: input.status,
              body,
              createdAt,
              author: viewer.name,
            },
          },
          {
            model: 'Incident',
            id: incident._id,
            set: changes,
            addToSet: { terms: searchTerms(body) },
          },
        ],
      });
      return getUpdate(event.resultId ?? updateId);
    },
  };
}

export type UpdateService = ReturnType<typeof createUpdateService>;
