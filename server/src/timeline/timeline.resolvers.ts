import type { Resolvers } from '../__generated__/resolvers-types.js';

export const timelineResolvers: Resolvers = {
  Mutation: {
    addTimelineEvent: (_, { input }, { viewer, services }) => services.timeline.add(viewer, input),
  },
  TimelineEvent: {
    id: (event) => event._id.toHexString(),
  },
};
