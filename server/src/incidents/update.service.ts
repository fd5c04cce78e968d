import { Types } from 'mongoose';
import type {
  Impact,
  IncidentStatus,
  PostIncidentUpdateInput,
} from '../__generated__/resolvers-types.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { badInput, conflict } from '../common/errors.js';
import {
  checkTime,
  fieldPath,
  requireText,
  scopedKey,
  type WriteContext,
} from '../common/validate.js';
import type { EventLog } from '../events/event.log.js';
import type { Patch, WriteOp } from '../events/writer.js';
import type { IncidentDoc } from './incident.model.js';
import { incidentWrites } from './incident.model.js';
import type { IncidentService } from './incident.service.js';
import { searchTerms } from './search.js';
import { UpdateModel, maxBody, updateWrites, type UpdateDoc } from './update.model.js';

export interface UpdateServiceDeps {
  events: EventLog;
  incidents: IncidentService;
  clock: () => Date;
  /** Default promises per impact; see `promiseOf`. */
  cadence: CadenceDefaults;
}

/** One status update to store: from `postIncidentUpdate`, a declaration or an import. */
export interface UpdateInput {
  status: IncidentStatus;
  body: string;
  createdAt: Date;
  /** An imported update's upstream id. */
  source?: { updateId: string };
  /** The next update it promises; absent or null: none (imports of the past promise nothing). */
  nextUpdateBy?: Date | null;
}

/** The longest a promise may reach ahead: beyond a day it is not a cadence. */
export const maxPromiseMs = 24 * 60 * 60 * 1000;

/** Minutes until the next update an update promises by default, per impact (0: no promise). */
export type CadenceDefaults = Readonly<Record<Impact, number>>;

/** Promises made by default when an update gives none: the more severe, the sooner. */
export const defaultCadence: CadenceDefaults = { CRITICAL: 30, MAJOR: 60, MINOR: 120, NONE: 0 };

/**
 * The promise an update makes: the one given, or the default for the incident's impact when the
 * field is absent (null given explicitly: no promise). A resolving update promises nothing.
 */
export function promiseOf(
  given: Date | null | undefined,
  context: { status: IncidentStatus; createdAt: Date; impact: Impact; defaults: CadenceDefaults },
  field = 'nextUpdateBy',
): Date | null {
  if (context.status === 'RESOLVED') {
    if (given) throw badInput(field, 'a resolving update promises no next update; leave it out');
    return null;
  }
  if (given === null) return null;
  if (given === undefined) {
    const minutes = context.defaults[context.impact];
    return minutes > 0 ? new Date(context.createdAt.getTime() + minutes * 60_000) : null;
  }
  if (Number.isNaN(given.getTime())) throw badInput(field, 'is not a valid date-time');
  const ahead = given.getTime() - context.createdAt.getTime();
  if (ahead <= 0) throw badInput(field, 'must be after the update is posted');
  if (ahead > maxPromiseMs) throw badInput(field, 'must be at most 24 hours after the update');
  return given;
}

/**
 * The stored form of one status update, stated once for every path that writes one: a body of
 * 1 to 20,000 characters, its author the token's name.
 */
export function prepareUpdate(
  input: UpdateInput,
  context: WriteContext & { author: string | null },
): { id: Types.ObjectId; ops: WriteOp[]; update: UpdateDoc } {
  const field = fieldPath(context.path);
  const id = new Types.ObjectId();
  const update: UpdateDoc = {
    _id: id,
    incidentId: context.incident._id,
    status: input.status,
    body: requireText(field('body'), input.body, maxBody),
    createdAt: input.createdAt,
    author: context.author,
    ...(input.source ? { source: { updateId: input.source.updateId } } : {}),
    nextUpdateBy: input.nextUpdateBy ?? null,
  };
  return { id, ops: [updateWrites.insert(update)], update };
}

/** What an update changes on its incident: status, and the lifecycle times it starts or ends. */
function lifecycleChanges(
  incident: IncidentDoc,
  status: IncidentStatus,
  createdAt: Date,
  now: Date,
): Patch<IncidentDoc> {
  const changes: Patch<IncidentDoc> = { status, updatedAt: now };
  if (status === 'RESOLVED') changes.resolvedAt = createdAt;
  else if (incident.status === 'RESOLVED') changes.resolvedAt = null;
  if (status === 'IDENTIFIED' && !incident.identifiedAt) changes.identifiedAt = createdAt;
  if (status === 'MONITORING' && !incident.mitigatedAt) changes.mitigatedAt = createdAt;
  return changes;
}

/**
 * Status updates and the lifecycle they drive. An open incident moves freely between
 * INVESTIGATING, IDENTIFIED and MONITORING (RESPONDER); resolving, and any update on a resolved
 * incident (which reopens it), needs COMMANDER. Resolving a resolved incident is a CONFLICT.
 */
export function createUpdateService({ events, incidents, clock, cadence }: UpdateServiceDeps) {
  return {
    prepareUpdate,

    async post(viewer: Viewer, input: PostIncidentUpdateInput): Promise<UpdateDoc> {
      requireRole(viewer, 'RESPONDER', 'postIncidentUpdate');
      const key = scopedKey('postIncidentUpdate', input.idempotencyKey);
      const previous = await events.previous(key);
      if (previous) return updateWrites.reread(previous);
      const incident = await incidents.getOrThrow(input.incidentId);
      const resolving = input.status === 'RESOLVED';
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
      const nextUpdateBy = promiseOf(input.nextUpdateBy, {
        status: input.status,
        createdAt,
        impact: incident.impact,
        defaults: cadence,
      });
      const update = prepareUpdate(
        { status: input.status, body, createdAt, nextUpdateBy },
        { now, incident, author: viewer.name },
      );
      // Resolving drops the incident's say in its components' shown status; reopening restores it.
      const reopening = incident.status === 'RESOLVED';
      const touched = resolving || reopening ? incident.components.map((c) => c.componentId) : [];
      const { resultId } = await incidents.changingComponents(touched, () =>
        events.commit({
          type: 'UPDATE_POSTED',
          incidentId: incident._id,
          resultId: update.id,
          idempotencyKey: key,
          refs: { updateId: update.id },
          ops: [
            ...update.ops,
            incidentWrites.set(
              incident._id,
              lifecycleChanges(incident, input.status, createdAt, now),
            ),
            incidentWrites.addToSet(incident._id, { terms: searchTerms(body) }),
          ],
        }),
      );
      return updateWrites.reread(resultId);
    },
  };
}

export type UpdateService = ReturnType<typeof createUpdateService>;
