import { byId } from '../common/loaders.js';
import type { ComponentDoc } from './component.model.js';
import type { ComponentService } from './component.service.js';

/** Per-operation batching of components by id (affected components, live events). */
export function createComponentLoaders(components: ComponentService) {
  return {
    component: byId<ComponentDoc>((ids) => components.getMany(ids)),
  };
}
