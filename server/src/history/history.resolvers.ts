import type { Resolvers } from '../__generated__/resolvers-types.js';

export const historyResolvers: Resolvers = {
  Query: {
    incidentAt: (_, { id, at }, { services }) => services.timeTravel.incidentAt(id, at),
    draftPostmortem: (_, { incidentId }, { services }) => services.postmortems.draft(incidentId),
  },
  IncidentSnapshot: {
    impact: (snapshot) => snapshot.incident.impact,
    components: (snapshot) => snapshot.incident.components,
    recovery: (snapshot, _, { services }) =>
      services.recovery.toSeries(snapshot.samples, snapshot.incident),
  },
};
