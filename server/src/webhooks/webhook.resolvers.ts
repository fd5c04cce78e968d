import type { Resolvers } from '../__generated__/resolvers-types.js';

export const webhookResolvers: Resolvers = {
  Query: {
    webhookSubscriptions: (_, __, { viewer, services }) => services.webhooks.list(viewer),
  },
  Mutation: {
    createWebhookSubscription: (_, { input }, { viewer, services }) =>
      services.webhooks.create(viewer, input),
    setWebhookSubscriptionPaused: (_, { id, paused }, { viewer, services }) =>
      services.webhooks.setPaused(viewer, id, paused),
    deleteWebhookSubscription: (_, { id }, { viewer, services }) =>
      services.webhooks.remove(viewer, id),
    redeliverWebhook: (_, { deliveryId }, { viewer, services }) =>
      services.webhooks.redeliver(viewer, deliveryId),
  },
  WebhookSubscription: {
    id: (sub) => sub._id.toHexString(),
    incidentId: (sub) => sub.incidentId?.toHexString() ?? null,
    componentId: (sub) => sub.componentId?.toHexString() ?? null,
    deliveries: (sub, { first, status }, { viewer, services }) =>
      services.webhooks.deliveries(viewer, sub._id, first ?? 20, status),
  },
  WebhookDelivery: {
    id: (delivery) => delivery._id.toHexString(),
    subscriptionId: (delivery) => delivery.subscriptionId.toHexString(),
  },
  LiveEvent: {
    webhookDelivery: (event, _, { viewer, services }) =>
      services.webhooks.deliveryFor(viewer, event.refs.deliveryId),
  },
};
