import { Types } from 'mongoose';
import type {
  AddActionItemInput,
  UpdateActionItemInput,
} from '../__generated__/resolvers-types.js';
import { badInput, notFound } from '../app/errors.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { optionalText, parseId, requireText } from '../common/validate.js';
import type { IncidentService } from '../incidents/incident.service.js';
import type { EventLog } from '../live/event.log.js';
import { ActionItemModel, type ActionItemDoc } from './action.model.js';

/** Action items are often a whole sentence or two from a post-mortem. */
export const maxActionTitle = 500;

export interface ActionServiceDeps {
  events: EventLog;
  incidents: IncidentService;
  clock: () => Date;
}

function checkDue(value: Date | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  if (Number.isNaN(value.getTime())) throw badInput('dueAt', 'is not a valid date-time');
  return value;
}

/** Follow-up actions that come out of an incident. */
export function createActionService({ events, incidents, clock }: ActionServiceDeps) {
  async function getOrThrow(id: string | Types.ObjectId): Promise<ActionItemDoc> {
    const objectId = typeof id === 'string' ? parseId('ActionItem', id) : id;
    const item = await ActionItemModel.findById(objectId).lean<ActionItemDoc>().exec();
    if (!item) throw notFound('ActionItem', objectId.toHexString());
    return item;
  }

  return {
    getMany(ids: readonly Types.ObjectId[]): Promise<ActionItemDoc[]> {
      return ActionItemModel.find({ _id: { $in: ids } })
        .lean<ActionItemDoc[]>()
        .exec();
    },

    itemsFor(incidentIds: readonly Types.ObjectId[]): Promise<ActionItemDoc[]> {
      return ActionItemModel.find({ incidentId: { $in: incidentIds } })
        .sort({ createdAt: 1, _id: 1 })
        .lean<ActionItemDoc[]>()
        .exec();
    },

    async add(viewer: Viewer, input: AddActionItemInput): Promise<ActionItemDoc> {
      requireRole(viewer, 'COMMANDER', 'addActionItem');
      const incident = await incidents.getOrThrow(input.incidentId);
      const title = requireText('title', input.title, maxActionTitle);
      const owner = optionalText('owner', input.owner, 100);
      const dueAt = checkDue(input.dueAt);
      const id = new Types.ObjectId();
      await events.commit({
        type: 'ACTION_ITEM_CHANGED',
        incidentId: incident._id,
        resultId: id,
        refs: { actionItemId: id },
        ops: [
          {
            model: 'ActionItem',
            id,
            insert: {
              incidentId: incident._id,
              title,
              owner,
              status: 'OPEN',
              dueAt,
              createdAt: clock(),
            },
          },
        ],
      });
      return getOrThrow(id);
    },

    async update(viewer: Viewer, input: UpdateActionItemInput): Promise<ActionItemDoc> {
      requireRole(viewer, 'COMMANDER', 'updateActionItem');
      const item = await getOrThrow(input.id);
      const set: Record<string, unknown> = {};
      if (input.title !== undefined) {
        if (input.title === null) throw badInput('title', 'cannot be cleared');
        set['title'] = requireText('title', input.title, maxActionTitle);
      }
      if (input.owner !== undefined) set['owner'] = optionalText('owner', input.owner, 100);
      if (input.status !== undefined) {
        if (input.status === null) throw badInput('status', 'cannot be cleared');
        set['status'] = input.status;
      }
      if (input.dueAt !== undefined) set['dueAt'] = checkDue(input.dueAt);
      if (Object.keys(set).length === 0)
        throw badInput('id', 'nothing to change: give title, owner, status or dueAt');
      await events.commit({
        type: 'ACTION_ITEM_CHANGED',
        incidentId: item.incidentId,
        resultId: item._id,
        refs: { actionItemId: item._id },
        ops: [{ model: 'ActionItem', id: item._id, set }],
      });
      return getOrThrow(item._id);
    },
  };
}

export type ActionService = ReturnType<typeof createActionService>;
