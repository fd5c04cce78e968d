import type { Resolvers } from '../__generated__/resolvers-types.js';
import { encodeEventCursor } from './cursor.js';

export const liveResolvers: Resolvers = {
  Subscription: {
    events: {
      subscribe: (_, { incidentId, after }, { viewer, live, onSlowSubscriber }) =>
        live.subscribe(viewer, {
          incidentId: incidentId ?? null,
          after: after ?? null,
          onSlow: onSlowSubscriber,
        }),
    },
  },
  LiveEvent: {
    cursor: (event) => encodeEventCursor(event.seq),
    incidentId: (event) => event.incidentId?.toHexString() ?? null,
    incident: (event, _, { loaders }) =>
      event.incidentId ? loaders.incident.load(event.incidentId) : null,
    update: (event, _, { loaders }) =>
      event.refs.updateId ? loaders.update.load(event.refs.updateId) : null,
    flow: (event) => event.refs.flow ?? null,
    sample: (event, _, { loaders }) =>
      event.refs.sampleId ? loaders.sample.load(event.refs.sampleId) : null,
    timelineEvent: (event, _, { loaders }) =>
      event.refs.timelineEventId ? loaders.timelineEvent.load(event.refs.timelineEventId) : null,
    component: (event, _, { loaders }) =>
      event.refs.componentId ? loaders.component.load(event.refs.componentId) : null,
    actionItem: (event, _, { loaders }) =>
      event.refs.actionItemId ? loaders.actionItem.load(event.refs.actionItemId) : null,
  },
};
