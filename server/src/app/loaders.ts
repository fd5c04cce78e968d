import { createActionLoaders } from '../actions/action.loaders.js';
import { createComponentLoaders } from '../components/component.loaders.js';
import { createIncidentLoaders } from '../incidents/incident.loaders.js';
import { createRecoveryLoaders } from '../recovery/recovery.loaders.js';
import { createTimelineLoaders } from '../timeline/timeline.loaders.js';
import type { Services } from './services.js';

/**
 * Per-operation batching, so a page of 50 incidents costs one query per relation, not 50. Each
 * domain owns its loaders; this only puts them in one context field.
 */
export function createLoaders(services: Services) {
  return {
    ...createIncidentLoaders(services.incidents),
    ...createComponentLoaders(services.components, (ids) =>
      services.incidents.openContributions(ids),
    ),
    ...createRecoveryLoaders(services.recovery),
    ...createTimelineLoaders(services.timeline),
    ...createActionLoaders(services.actions),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
