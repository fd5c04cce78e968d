import type { Resolvers } from '../__generated__/resolvers-types.js';
import { toSeries } from './recovery.service.js';

export const recoveryResolvers: Resolvers = {
  Mutation: {
    recordRecovery: (_, { input }, { viewer, services }) => services.recovery.record(viewer, input),
  },
  Incident: {
    recovery: async (incident, _, { loaders }) =>
      toSeries(await loaders.samplesByIncident.load(incident._id)),
  },
  RecoverySeries: {
    latest: (series) => series.samples.at(-1) ?? null,
  },
};
