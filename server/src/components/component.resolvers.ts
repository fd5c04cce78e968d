import type { Resolvers } from '../__generated__/resolvers-types.js';
import { notFound } from '../common/errors.js';

export const componentResolvers: Resolvers = {
  Query: {
    components: (_, __, { services }) => services.components.list(),
  },
  Mutation: {
    createComponent: (_, { input }, { viewer, services }) =>
      services.components.create(viewer, input),
    setComponentStatus: (_, { input }, { viewer, services }) =>
      services.components.setStatus(viewer, input),
  },
  Component: {
    id: (component) => component._id.toHexString(),
    status: async (component, _, { loaders, services }) =>
      services.components.shownStatus(
        component.status,
        await loaders.componentContributions.load(component._id),
      ),
    manualStatus: (component) => component.status,
  },
  AffectedComponent: {
    component: async (ref, _, { loaders }) => {
      const component = await loaders.component.load(ref.componentId);
      if (!component) throw notFound('Component', ref.componentId.toHexString());
      return component;
    },
  },
};
