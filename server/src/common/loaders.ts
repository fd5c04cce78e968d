import DataLoader from 'dataloader';
import type { Types } from 'mongoose';

const hex = (id: Types.ObjectId) => id.toHexString();

/** Batches lookups by id within one operation: one query per relation, not one per parent. */
export function byId<T extends { _id: Types.ObjectId }>(
  load: (ids: readonly Types.ObjectId[]) => Promise<T[]>,
) {
  return new DataLoader<Types.ObjectId, T | null, string>(
    async (ids) => {
      const found = new Map((await load(ids)).map((doc) => [hex(doc._id), doc]));
      return ids.map((id) => found.get(hex(id)) ?? null);
    },
    { cacheKeyFn: hex },
  );
}

/** Batches "everything of these incidents" lookups, grouped back per incident. */
export function byIncident<T extends { incidentId: Types.ObjectId }>(
  load: (ids: readonly Types.ObjectId[]) => Promise<T[]>,
) {
  return new DataLoader<Types.ObjectId, T[], string>(
    async (ids) => {
      const groups = new Map<string, T[]>();
      for (const doc of await load(ids)) {
        const list = groups.get(hex(doc.incidentId)) ?? [];
        list.push(doc);
        groups.set(hex(doc.incidentId), list);
      }
      return ids.map((id) => groups.get(hex(id)) ?? []);
    },
    { cacheKeyFn: hex },
  );
}
