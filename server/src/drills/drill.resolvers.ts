import type { Resolvers } from '../__generated__/resolvers-types.js';

export const drillResolvers: Resolvers = {
  Mutation: {
    startDrill: (_, { input }, { viewer, services }) => services.drills.start(viewer, input),
    stopDrill: (_, { id }, { viewer, services }) => services.drills.stop(viewer, id),
  },
  Incident: {
    drillRun: (incident, _, { services, clock }) =>
      incident.drill === true ? services.drills.clockOf(incident._id, clock()) : null,
  },
  Drill: {
    scenarioDurationSeconds: (run) => Math.round(run.scenarioMs / 1000),
    scenarioElapsedSeconds: (run) => Math.floor(run.elapsedMs / 1000),
  },
};
