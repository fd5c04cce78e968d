import type { Resolvers } from '../__generated__/resolvers-types.js';

export const interopResolvers: Resolvers = {
  Mutation: {
    importStatuspage: (_, { input }, { viewer, services }) =>
      services.statuspage.importStatuspage(viewer, input),
  },
};
