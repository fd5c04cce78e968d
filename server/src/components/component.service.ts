import { Types } from 'mongoose';
import type {
  ComponentStatus,
  CreateComponentInput,
  SetComponentStatusInput,
} from '../__generated__/resolvers-types.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import { isObjectIdHex, optionalText, parseId, requireText } from '../common/validate.js';
import type { EventLog } from '../events/event.log.js';
import type { Patch, WriteOp } from '../events/writer.js';
import { shownStatus, type Contributions } from './component.health.js';

export type { Contributions } from './component.health.js';
import { ComponentModel, componentWrites, maxName, type ComponentDoc } from './component.model.js';

export interface ComponentServiceDeps {
  events: EventLog;
}

/** The component catalog: platform parts and their current status. */
export function createComponentService({ events }: ComponentServiceDeps) {
  async function getOrThrow(id: string): Promise<ComponentDoc> {
    const component = await ComponentModel.findById(parseId('Component', id))
      .lean<ComponentDoc>()
      .exec();
    if (!component) throw notFound('Component', id);
    return component;
  }

  return {
    getOrThrow,
    shownStatus,

    /**
     * Announces, with one COMPONENT_STATUS_CHANGED event each, the components whose shown status
     * differs between two sets of incident contributions (read before and after a write that
     * changed what open incidents say about them), so every page's grid follows at once.
     */
    async announceShownChanges(
      ids: readonly Types.ObjectId[],
      before: Contributions,
      after: Contributions,
    ): Promise<void> {
      if (ids.length === 0) return;
      const docs = await ComponentModel.find({ _id: { $in: ids } })
        .sort({ _id: 1 })
        .lean<ComponentDoc[]>()
        .exec();
      for (const doc of docs) {
        const key = doc._id.toHexString();
        const was = shownStatus(doc.status, before.get(key));
        const is = shownStatus(doc.status, after.get(key));
        if (was === is) continue;
        await events.commit({
          type: 'COMPONENT_STATUS_CHANGED',
          incidentId: null,
          resultId: doc._id,
          refs: { componentId: doc._id },
          ops: [],
        });
      }
    },

    /** Components an import may match: by upstream id, or else by name. */
    forImport(sourceIds: readonly string[], names: readonly string[]): Promise<ComponentDoc[]> {
      return ComponentModel.find({
        $or: [{ 'source.componentId': { $in: sourceIds } }, { name: { $in: names } }],
      })
        .lean<ComponentDoc[]>()
        .exec();
    },

    /** A new component's stored form and its write (an import creates them by name). */
    prepareComponent(input: {
      name: string;
      group: string | null;
      status: ComponentStatus;
      source?: ComponentDoc['source'];
      path?: string;
    }): { doc: ComponentDoc; op: WriteOp } {
      const at = (field: string) => (input.path === undefined ? field : `${input.path}.${field}`);
      const doc: ComponentDoc = {
        _id: new Types.ObjectId(),
        name: requireText(at('name'), input.name, maxName),
        status: input.status,
        group: optionalText(at('group'), input.group, maxName),
        ...(input.source ? { source: input.source } : {}),
      };
      return { doc, op: componentWrites.insert(doc) };
    },

    /** The write that changes fields of an existing component (an import adopting it). */
    prepareChange(id: Types.ObjectId, patch: Patch<ComponentDoc>): WriteOp {
      return componentWrites.set(id, patch);
    },

    list(): Promise<ComponentDoc[]> {
      return ComponentModel.find().sort({ group: 1, name: 1 }).lean<ComponentDoc[]>().exec();
    },

    getMany(ids: readonly Types.ObjectId[]): Promise<ComponentDoc[]> {
      return ComponentModel.find({ _id: { $in: ids } })
        .lean<ComponentDoc[]>()
        .exec();
    },

    /** Resolves ids given by a client; every one must exist. */
    async requireAll(field: string, ids: readonly string[]): Promise<Types.ObjectId[]> {
      const parsed = ids.map((id) => {
        if (!isObjectIdHex(id)) throw badInput(field, `unknown component ${id}`);
        return new Types.ObjectId(id);
      });
      const found = await ComponentModel.find({ _id: { $in: parsed } }, { _id: 1 })
        .lean()
        .exec();
      const known = new Set(found.map((c) => c._id.toHexString()));
      const missing = parsed.find((id) => !known.has(id.toHexString()));
      if (missing) throw notFound('Component', missing.toHexString());
      return parsed;
    },

    async create(viewer: Viewer, input: CreateComponentInput): Promise<ComponentDoc> {
      requireRole(viewer, 'COMMANDER', 'createComponent');
      const name = requireText('name', input.name, maxName);
      const group = optionalText('group', input.group, maxName);
      const nameTaken = await ComponentModel.exists({ name });
      if (nameTaken) throw conflict(`A component named "${name}" already exists`);
      const component: ComponentDoc = {
        _id: new Types.ObjectId(),
        name,
        status: 'OPERATIONAL',
        group,
      };
      const { resultId } = await events.commit({
        type: 'COMPONENT_STATUS_CHANGED',
        incidentId: null,
        resultId: component._id,
        refs: { componentId: component._id },
        ops: [componentWrites.insert(component)],
      });
      return componentWrites.reread(resultId);
    },

    async setStatus(viewer: Viewer, input: SetComponentStatusInput): Promise<ComponentDoc> {
      requireRole(viewer, 'COMMANDER', 'setComponentStatus');
      const component = await getOrThrow(input.componentId);
      const status: ComponentStatus = input.status;
      const { resultId } = await events.commit({
        type: 'COMPONENT_STATUS_CHANGED',
        incidentId: null,
        resultId: component._id,
        refs: { componentId: component._id },
        ops: [componentWrites.set(component._id, { status })],
      });
      return componentWrites.reread(resultId);
    },
  };
}

export type ComponentService = ReturnType<typeof createComponentService>;
