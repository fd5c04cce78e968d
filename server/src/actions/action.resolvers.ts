import type { Resolvers } from '../__generated__/resolvers-types.js';

export const actionResolvers: Resolvers = {
  Mutation: {
    addActionItem: (_, { input }, { viewer, services }) => services.actions.add(viewer, input),
    updateActionItem: (_, { input }, { viewer, services }) =>
      services.actions.update(viewer, input),
  },
  Incident: {
    actionItems: (incident, _, { loaders }) => loaders.actionItemsByIncident.load(incident._id),
  },
  ActionItem: {
    id: (item) => item._id.toHexString(),
  },
};
