import type { Resolvers } from '../__generated__/resolvers-types.js';

export const recoveryResolvers: Resolvers = {
  Mutation: {
    recordRecovery: (_, { input }, { viewer, services }) => services.recovery.record(viewer, input),
  },
  RecoverySeries: {
    latest: (series) => series.samples.at(-1) ?? null,
  },
};
