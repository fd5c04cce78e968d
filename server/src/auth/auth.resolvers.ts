import type { Resolvers } from '../__generated__/resolvers-types.js';

export const authResolvers: Resolvers = {
  Query: {
    viewer: (_, __, { viewer }) => viewer,
  },
  Mutation: {
    createApiToken: (_, { input }, { viewer, services }) => services.tokens.create(viewer, input),
    revokeApiToken: (_, { id }, { viewer, services }) => services.tokens.revoke(viewer, id),
  },
  CreatedApiToken: {
    id: (token) => token._id.toHexString(),
  },
};
