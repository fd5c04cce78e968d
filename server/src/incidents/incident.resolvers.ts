import type { Resolvers } from '../__generated__/resolvers-types.js';
import { histogram } from './histogram.js';

const secondsBetween = (from: Date, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));

export const incidentResolvers: Resolvers = {
  Query: {
    incident: (_, { id }, { services }) => services.incidents.get(id),
    incidents: (_, { filter, first, after }, { services }) =>
      services.incidents.list(filter, first, after),
    incidentStats: (_, { from, to, filter }, { services, clock }) =>
      services.stats.incidentStats(from, to, clock(), filter),
  },
  IncidentStats: {
    cadence: (stats) => stats.cadence(),
  },
  DurationStats: {
    histogram: (durations, { buckets }) => histogram(durations.sorted, buckets),
  },
  Mutation: {
    declareIncident: (_, { input }, { viewer, services }) =>
      services.incidents.declare(viewer, input),
    postIncidentUpdate: (_, { input }, { viewer, services }) =>
      services.updates.post(viewer, input),
    setIncidentImpact: (_, { input }, { viewer, services }) =>
      services.incidents.setImpact(viewer, input),
    setAffectedComponents: (_, { input }, { viewer, services }) =>
      services.incidents.setAffectedComponents(viewer, input),
    setPostmortem: (_, { input }, { viewer, services }) =>
      services.incidents.setPostmortem(viewer, input),
    importIncident: (_, { input }, { viewer, services }) =>
      services.imports.importIncident(viewer, input),
  },
  Incident: {
    id: (incident) => incident._id.toHexString(),
    durationSeconds: (incident, _, { clock }) =>
      secondsBetween(incident.startedAt, incident.resolvedAt ?? clock()),
    components: (incident) => incident.components,
    updates: (incident, _, { loaders }) => loaders.updatesByIncident.load(incident._id),
    drill: (incident) => incident.drill === true,
    drillOf: (incident, _, { loaders }) =>
      incident.drillOf ? loaders.incident.load(incident.drillOf) : null,
    similarIncidents: (incident, { first }, { services }) =>
      services.incidents.similar(incident, first),
    nextUpdateBy: async (incident, _, { loaders }) =>
      incident.status === 'RESOLVED'
        ? null
        : ((await loaders.updatesByIncident.load(incident._id))[0]?.nextUpdateBy ?? null),
  },
  IncidentUpdate: {
    id: (update) => update._id.toHexString(),
  },
};
