import type { Resolvers } from '../__generated__/resolvers-types.js';
import { backUnderThresholdAt, etaToFull, milestones, peak, trendPerHour } from './analytics.js';
import { primaryFlowOf, toSeries } from './series.js';

const noMilestones = { reached50At: null, reached90At: null, reached100At: null };

export const recoveryResolvers: Resolvers = {
  Mutation: {
    recordRecovery: (_, { input }, { viewer, services }) => services.recovery.record(viewer, input),
    setPrimaryFlow: (_, { input }, { viewer, services }) =>
      services.recovery.setPrimaryFlow(viewer, input),
    setFlowThreshold: (_, { input }, { viewer, services }) =>
      services.recovery.setFlowThreshold(viewer, input),
  },
  Incident: {
    recovery: async (incident, _, { loaders }) =>
      toSeries(await loaders.samplesByIncident.load(incident._id), incident),
    primaryFlow: async (incident, _, { loaders }) =>
      primaryFlowOf(incident, await loaders.samplesByIncident.load(incident._id)),
  },
  RecoverySeries: {
    latest: (series) => series.samples.at(-1) ?? null,
    trendPerHour: (series) => trendPerHour(series.samples),
    etaToFull: (series) => (series.kind === 'LEVEL' ? etaToFull(series.samples) : null),
    milestones: (series) => (series.kind === 'LEVEL' ? milestones(series.samples) : noMilestones),
    peak: (series) => (series.kind === 'RATE' ? peak(series.samples) : null),
    backUnderThresholdAt: (series) =>
      series.kind === 'RATE' ? backUnderThresholdAt(series.samples, series.threshold) : null,
  },
};
