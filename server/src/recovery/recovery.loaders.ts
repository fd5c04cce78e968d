import { byId, byIncident } from '../common/loaders.js';
import type { SampleDoc } from './recovery.model.js';
import type { RecoveryService } from './recovery.service.js';

/** Per-operation batching of recovery samples, by id (live events) and by incident. */
export function createRecoveryLoaders(recovery: RecoveryService) {
  return {
    sample: byId<SampleDoc>((ids) => recovery.getMany(ids)),
    samplesByIncident: byIncident<SampleDoc>((ids) => recovery.samplesFor(ids)),
  };
}
