import DataLoader from 'dataloader';
import type { Types } from 'mongoose';
import type { ComponentStatus } from '../__generated__/resolvers-types.js';
import { byId } from '../common/loaders.js';
import type { Contributions } from './component.health.js';
import type { ComponentDoc } from './component.model.js';
import type { ComponentService } from './component.service.js';

const hex = (id: Types.ObjectId) => id.toHexString();

/**
 * Per-operation batching of components by id (affected components, live events), and of what
 * open incidents say about them: a grid of 50 components costs one incidents query.
 */
export function createComponentLoaders(
  components: ComponentService,
  openContributions: (ids: readonly Types.ObjectId[]) => Promise<Contributions>,
) {
  return {
    component: byId<ComponentDoc>((ids) => components.getMany(ids)),
    componentContributions: new DataLoader<Types.ObjectId, readonly ComponentStatus[], string>(
      async (ids) => {
        const found = await openContributions(ids);
        return ids.map((id) => found.get(hex(id)) ?? []);
      },
      { cacheKeyFn: hex },
    ),
  };
}
