import { Types } from 'mongoose';
import type {
  ActionItemStatus,
  AddActionItemInput,
  UpdateActionItemInput,
} from '../__generated__/resolvers-types.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { badInput, notFound } from '../common/errors.js';
import {
  fieldPath,
  optionalText,
  parseId,
  requireText,
  type WriteContext,
} from '../common/validate.js';
import type { EventLog } from '../events/event.log.js';
import type { Patch, WriteOp } from '../events/writer.js';
import type { IncidentService } from '../incidents/incident.service.js';
import {
  ActionItemModel,
  actionItemWrites,
  maxOwner,
  maxTitle,
  type ActionItemDoc,
} from './action.model.js';

export type { ActionItemDoc } from './action.model.js';

export interface ActionServiceDeps {
  events: EventLog;
  incidents: IncidentService;
  clock: () => Date;
}

/** One action item to add: from `addActionItem` (always OPEN) or from an import. */
export interface ActionItemInput {
  title: string;
  owner?: string | null | undefined;
  status?: ActionItemStatus | null | undefined;
  dueAt?: Date | null | undefined;
}

function checkDue(field: string, value: Date | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  if (Number.isNaN(value.getTime())) throw badInput(field, 'is not a valid date-time');
  return value;
}

/**
 * The rules of one new action item, stated once for `addActionItem` and `importIncident`:
 * a title of 1 to 500 characters, an owner of at most 100, a real due date, OPEN by default.
 */
export function prepareItem(
  input: ActionItemInput,
  context: WriteContext,
): { id: Types.ObjectId; ops: WriteOp[] } {
  const field = fieldPath(context.path);
  const id = new Types.ObjectId();
  const item: ActionItemDoc = {
    _id: id,
    incidentId: context.incident._id,
    title: requireText(field('title'), input.title, maxTitle),
    owner: optionalText(field('owner'), input.owner, maxOwner),
    status: input.status ?? 'OPEN',
    dueAt: checkDue(field('dueAt'), input.dueAt),
    createdAt: context.now,
  };
  return { id, ops: [actionItemWrites.insert(item)] };
}

/** Follow-up actions that come out of an incident. */
export function createActionService({ events, incidents, clock }: ActionServiceDeps) {
  async function getOrThrow(id: string): Promise<ActionItemDoc> {
    const objectId = parseId('ActionItem', id);
    const item = await ActionItemModel.findById(objectId).lean<ActionItemDoc>().exec();
    if (!item) throw notFound('ActionItem', objectId.toHexString());
    return item;
  }

  return {
    prepareItem,

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
      const { id, ops } = prepareItem(
        { title: input.title, owner: input.owner, dueAt: input.dueAt },
        { now: clock(), incident },
      );
      const { resultId } = await events.commit({
        type: 'ACTION_ITEM_CHANGED',
        incidentId: incident._id,
        resultId: id,
        refs: { actionItemId: id },
        ops,
      });
      return actionItemWrites.reread(resultId);
    },

    async update(viewer: Viewer, input: UpdateActionItemInput): Promise<ActionItemDoc> {
      requireRole(viewer, 'COMMANDER', 'updateActionItem');
      const item = await getOrThrow(input.id);
      const set: Patch<ActionItemDoc> = {};
      if (input.title !== undefined) {
        if (input.title === null) throw badInput('title', 'cannot be cleared');
        set.title = requireText('title', input.title, maxTitle);
      }
      if (input.owner !== undefined) set.owner = optionalText('owner', input.owner, maxOwner);
      if (input.status !== undefined) {
        if (input.status === null) throw badInput('status', 'cannot be cleared');
        set.status = input.status;
      }
      if (input.dueAt !== undefined) set.dueAt = checkDue('dueAt', input.dueAt);
      if (Object.keys(set).length === 0)
        throw badInput('id', 'nothing to change: give title, owner, status or dueAt');
      const { resultId } = await events.commit({
        type: 'ACTION_ITEM_CHANGED',
        incidentId: item.incidentId,
        resultId: item._id,
        refs: { actionItemId: item._id },
        ops: [actionItemWrites.set(item._id, set)],
      });
      return actionItemWrites.reread(resultId);
    },
  };
}

export type ActionService = ReturnType<typeof createActionService>;
