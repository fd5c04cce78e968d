import { Types } from 'mongoose';
import type { ImportIncidentInput } from '../__generated__/resolvers-types.js';
import type { ActionService } from '../actions/action.service.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { badInput } from '../common/errors.js';
import { checkTime, requireText, scopedKey, type WriteContext } from '../common/validate.js';
import type { EventLog } from '../events/event.log.js';
import type { WriteOp } from '../events/writer.js';
import type { RecoveryService } from '../recovery/recovery.service.js';
import type { TimelineService } from '../timeline/timeline.service.js';
import { incidentWrites, maxTitle, type IncidentDoc } from './incident.model.js';
import type { IncidentService } from './incident.service.js';
import type { UpdateService } from './update.service.js';

export interface ImportServiceDeps {
  events: EventLog;
  incidents: IncidentService;
  updates: UpdateService;
  recovery: RecoveryService;
  timeline: TimelineService;
  actions: ActionService;
  clock: () => Date;
}

const limits = { updates: 500, recovery: 5000, timeline: 500, actionItems: 200 } as const;

function checkCount(field: keyof typeof limits, list: readonly unknown[] | null | undefined): void {
  if (list && list.length > limits[field])
    throw badInput(field, `at most ${limits[field]} entries`);
}

/**
 * Imports a whole incident as one event: the path the demo data takes, and the one a user takes
 * to bring an incident over from another tool. Everything is validated before anything is
 * written, each part by the `prepare…` of the domain that owns it, the same rules as its own
 * mutation: this service only adds the limits of an import and puts the parts together.
 */
export function createImportService(deps: ImportServiceDeps) {
  const { events, incidents, updates, recovery, timeline, actions, clock } = deps;
  return {
    async importIncident(viewer: Viewer, input: ImportIncidentInput): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'importIncident');
      const key = scopedKey('importIncident', input.idempotencyKey);
      const previous = await events.previous(key);
      if (previous) return incidentWrites.reread(previous);

      const now = clock();
      const title = requireText('title', input.title, maxTitle);
      const startedAt = checkTime('startedAt', input.startedAt, { now });
      if (input.updates.length === 0) throw badInput('updates', 'at least one update is required');
      checkCount('updates', input.updates);
      checkCount('recovery', input.recovery);
      checkCount('timeline', input.timeline);
      checkCount('actionItems', input.actionItems);
      const postmortem = incidents.checkPostmortem('postmortem', input.postmortem ?? '');
      const id = new Types.ObjectId();
      const at = (path: string): WriteContext => ({ now, incident: { _id: id, startedAt }, path });
      // Each update by the rules of its domain, named by its place in the input; then in time order.
      const opening = input.updates
        .map((u, i) => {
          const prepared = updates.prepareUpdate(u, {
            ...at(`updates[${i}]`),
            author: viewer.name,
          });
          checkTime(`updates[${i}].createdAt`, u.createdAt, { now, notBefore: startedAt });
          return prepared;
        })
        .sort((a, b) => a.update.createdAt.getTime() - b.update.createdAt.getTime());
      const components = await incidents.affectedComponents('components', input.components ?? []);
      const incident = incidents.newIncidentDoc({
        id,
        title,
        impact: input.impact,
        startedAt,
        updates: opening.map((u) => u.update),
        components,
        postmortem,
        now,
        primaryFlow: recovery.checkPrimaryFlow('primaryFlow', input.primaryFlow),
      });
      const parts: { ops: WriteOp[] }[] = [
        ...opening,
        recovery.prepareSamples(input.recovery ?? [], at('recovery')),
        ...(input.timeline ?? []).map((t, i) => timeline.prepareEvent(t, at(`timeline[${i}]`))),
        ...(input.actionItems ?? []).map((a, i) => actions.prepareItem(a, at(`actionItems[${i}]`))),
      ];
      const latest = opening.at(-1);
      if (!latest) throw badInput('updates', 'at least one update is required');
      const touched = components.map((c) => c.componentId);
      const { resultId } = await incidents.changingComponents(touched, () =>
        events.commit({
          type: 'INCIDENT_DECLARED',
          incidentId: id,
          resultId: id,
          idempotencyKey: key,
          refs: { updateId: latest.id },
          ops: [incidentWrites.insert(incident), ...parts.flatMap((p) => p.ops)],
        }),
      );
      return incidentWrites.reread(resultId);
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
