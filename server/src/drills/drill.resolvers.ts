import type { Resolvers } from '../__generated__/resolvers-types.js';

export const drillResolvers: Resolvers = {
  Mutation: {
    startDrill: (_, { input }, { viewer, services }) => services.drills.start(viewer, input),
    stopDrill: (_, { id }, { viewer, services }) => services.drills.stop(viewer, id),
  },
};
