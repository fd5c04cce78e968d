import type { Resolvers } from '../__generated__/resolvers-types.js';

export const timelineResolvers: Resolvers = {
  Mutation: {
    addTimelineEvent: (_, { input }, { viewer, services }) => services.timeline.add(viewer, input),
  },
  Incident: {
    timeline: (incident, _, { loaders }) => loaders.timelineByIncident.load(incident._id),
  },
  TimelineEvent: {
    id: (event) => event._id.toHexString(),
  },
};
