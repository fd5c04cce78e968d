import { Types } from 'mongoose';
import type { ImportIncidentInput } from '../__generated__/resolvers-types.js';
import { badInput } from '../app/errors.js';
import { maxActionTitle } from '../actions/action.service.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import type { ComponentService } from '../components/component.service.js';
import { checkTime, optionalText, requireText, scopedKey } from '../common/validate.js';
import type { EventLog } from '../live/event.log.js';
import type { WriteOp } from '../live/event.model.js';
import { flowPattern } from '../recovery/recovery.service.js';
import type { IncidentDoc } from './incident.model.js';
import { maxBody, maxPostmortem, maxTitle, type IncidentService } from './incident.service.js';
import { searchTerms } from './search.js';

export interface ImportServiceDeps {
  events: EventLog;
  incidents: IncidentService;
  components: ComponentService;
  clock: () => Date;
}

const limits = { updates: 500, recovery: 5000, timeline: 500, actionItems: 200 } as const;

function checkCount(field: keyof typeof limits, list: readonly unknown[] | null | undefined): void {
  if (list && list.length > limits[field])
    throw badInput(field, `at most ${limits[field]} entries`);
}

/**
 * Imports a whole incident as one event: the path the demo data takes, and the one a user takes
 * to bring an incident over from another tool. Everything is validated before anything is written.
 */
export function createImportService({ events, incidents, components, clock }: ImportServiceDeps) {
  return {
    async importIncident(viewer: Viewer, input: ImportIncidentInput): Promise<IncidentDoc> {
      requireRole(viewer, 'COMMANDER', 'importIncident');
      const key = scopedKey('importIncident', input.idempotencyKey);
      const previous = await events.previous(key);
      if (previous) return incidents.reload(previous);

      const now = clock();
      const title = requireText('title', input.title, maxTitle);
      const startedAt = checkTime('startedAt', input.startedAt, { now });
      const within = (field: string, at: Date) =>
        checkTime(field, at, { now, notBefore: startedAt });
      if (input.updates.length === 0) throw badInput('updates', 'at least one update is required');
      checkCount('updates', input.updates);
      checkCount('recovery', input.recovery);
      checkCount('timeline', input.timeline);
      checkCount('actionItems', input.actionItems);
      if (input.postmortem && input.postmortem.length > maxPostmortem) {
        throw badInput('postmortem', `must be at most ${maxPostmortem} characters`);
      }
      const incidentId = new Types.ObjectId();
      const updates = input.updates
        .map((u, i) => ({
          id: new Types.ObjectId(),
          status: u.status,
          body: requireText(`updates[${i}].body`, u.body, maxBody),
          createdAt: within(`updates[${i}].createdAt`, u.createdAt),
        }))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      const first = (status: string) => updates.find((u) => u.status === status)?.createdAt ?? null;
      const latest = updates.at(-1);
      if (!latest) throw badInput('updates', 'at least one update is required');
      const affected = input.components ?? [];
      const componentIds = await components.requireAll(
        'components',
        affected.map((c) => c.componentId),
      );

      const ops: WriteOp[] = [
        {
          model: 'Incident',
          id: incidentId,
          insert: {
            title,
            status: latest.status,
            impact: input.impact,
            startedAt,
            resolvedAt: latest.status === 'RESOLVED' ? latest.createdAt : null,
            identifiedAt: first('IDENTIFIED'),
            mitigatedAt: first('MONITORING'),
            components: affected.map((c, i) => ({
              componentId: componentIds[i],
              status: c.status,
            })),
            postmortem: input.postmortem?.trim() ? input.postmortem : null,
            terms: searchTerms(title, ...updates.map((u) => u.body)),
            createdAt: now,
            updatedAt: now,
          },
        },
        ...updates.map((u): WriteOp => ({
          model: 'IncidentUpdate',
          id: u.id,
          insert: {
            incidentId,
            status: u.status,
            body: u.body,
            createdAt: u.createdAt,
            author: viewer.name,
          },
        })),
        ...(input.recovery ?? []).map((s, i): WriteOp => {
          if (!flowPattern.test(s.flow))
            throw badInput(`recovery[${i}].flow`, 'must match ^[a-z][a-z0-9_]{0,39}$');
          if (!Number.isFinite(s.value) || s.value < 0 || s.value > 1000) {
            throw badInput(`recovery[${i}].value`, 'must be a finite percentage from 0 to 1000');
          }
          const at = within(`recovery[${i}].at`, s.at);
          const note = optionalText(`recovery[${i}].note`, s.note, 1000);
          return {
            model: 'RecoverySample',
            id: new Types.ObjectId(),
            insert: { incidentId, flow: s.flow, value: s.value, at, note },
          };
        }),
        ...(input.timeline ?? []).map((t, i): WriteOp => ({
          model: 'TimelineEvent',
          id: new Types.ObjectId(),
          insert: {
            incidentId,
            at: within(`timeline[${i}].at`, t.at),
            text: requireText(`timeline[${i}].text`, t.text, 20_000),
          },
        })),
        ...(input.actionItems ?? []).map((a, i): WriteOp => ({
          model: 'ActionItem',
          id: new Types.ObjectId(),
          insert: {
            incidentId,
            title: requireText(`actionItems[${i}].title`, a.title, maxActionTitle),
            owner: optionalText(`actionItems[${i}].owner`, a.owner, 100),
            status: a.status ?? 'OPEN',
            dueAt: a.dueAt ?? null,
            createdAt: now,
          },
        })),
      ];
      const { event } = await events.commit({
        type: 'INCIDENT_DECLARED',
        incidentId,
        resultId: incidentId,
        idempotencyKey: key,
        refs: { updateId: latest.id },
        ops,
      });
      return incidents.reload(event.resultId ?? incidentId);
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
