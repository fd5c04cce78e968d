import { Types } from 'mongoose';
import type {
  CreateWebhookSubscriptionInput,
  WebhookDeliveryStatus,
} from '../__generated__/resolvers-types.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import { isObjectIdHex, parseId } from '../common/validate.js';
import type { ComponentService } from '../components/component.service.js';
import { CounterModel } from '../events/event.model.js';
import type { IncidentService } from '../incidents/incident.service.js';
import { encryptSecret, newWebhookSecret } from './webhook.crypto.js';
import {
  WebhookDeliveryModel,
  WebhookSubscriptionModel,
  type WebhookDeliveryDoc,
  type WebhookSubscriptionDoc,
} from './webhook.model.js';
import { checkWebhookUrl, refusedTarget } from './webhook.target.js';

/** A subscription just created: the only moment its signing secret leaves the server. */
export interface CreatedSubscription {
  subscription: WebhookSubscriptionDoc;
  secret: string;
}

export interface WebhookServiceDeps {
  incidents: IncidentService;
  components: ComponentService;
  /** The AES key for stored secrets (from WEBHOOK_SECRET_KEY); null: creation is refused. */
  key: Buffer | null;
  allowPrivate: boolean;
  clock: () => Date;
}

const maxSubscriptions = 100;

/** Outbound webhook subscriptions and their delivery log: ADMIN only. */
export function createWebhookService(deps: WebhookServiceDeps) {
  const { incidents, components, key, allowPrivate, clock } = deps;

  async function subscriptionOrThrow(id: string): Promise<WebhookSubscriptionDoc> {
    const found = await WebhookSubscriptionModel.findById(parseId('WebhookSubscription', id))
      .lean<WebhookSubscriptionDoc>()
      .exec();
    if (!found) throw notFound('WebhookSubscription', id);
    return found;
  }

  return {
    async list(viewer: Viewer): Promise<WebhookSubscriptionDoc[]> {
      requireRole(viewer, 'ADMIN', 'webhookSubscriptions');
      return WebhookSubscriptionModel.find()
        .sort({ createdAt: 1 })
        .lean<WebhookSubscriptionDoc[]>()
        .exec();
    },

    async create(
      viewer: Viewer,
      input: CreateWebhookSubscriptionInput,
    ): Promise<CreatedSubscription> {
      requireRole(viewer, 'ADMIN', 'createWebhookSubscription');
      if (!key) throw conflict('Webhooks need WEBHOOK_SECRET_KEY to be configured on the server');
      const url = checkWebhookUrl('url', input.url);
      let refused: string | null;
      try {
        refused = await refusedTarget(url, allowPrivate);
      } catch {
        refused = `${url.hostname} does not resolve`;
      }
      if (refused) throw badInput('url', refused);
      const incident = input.incidentId ? await incidents.getOrThrow(input.incidentId) : null;
      const component = input.componentId ? await components.getOrThrow(input.componentId) : null;
      if ((await WebhookSubscriptionModel.estimatedDocumentCount()) >= maxSubscriptions)
        throw conflict(`At most ${maxSubscriptions} webhook subscriptions`);
      const counter = await CounterModel.findById('events').lean().exec();
      const secret = newWebhookSecret();
      const doc: WebhookSubscriptionDoc = {
        _id: new Types.ObjectId(),
        url: url.toString(),
        secretEncrypted: encryptSecret(key, secret),
        eventTypes: [...new Set(input.eventTypes ?? [])],
        incidentId: incident?._id ?? null,
        componentId: component?._id ?? null,
        format: input.format ?? 'WAR_ROOM',
        paused: false,
        // Events from now on; the past is the history, not news.
        cursor: counter?.seq ?? 0,
        createdAt: clock(),
      };
      await WebhookSubscriptionModel.create(doc);
      return { subscription: doc, secret };
    },

    async setPaused(viewer: Viewer, id: string, paused: boolean): Promise<WebhookSubscriptionDoc> {
      requireRole(viewer, 'ADMIN', 'setWebhookSubscriptionPaused');
      const sub = await subscriptionOrThrow(id);
      await WebhookSubscriptionModel.updateOne({ _id: sub._id }, { $set: { paused } });
      return { ...sub, paused };
    },

    async remove(viewer: Viewer, id: string): Promise<boolean> {
      requireRole(viewer, 'ADMIN', 'deleteWebhookSubscription');
      const sub = await subscriptionOrThrow(id);
      await WebhookSubscriptionModel.deleteOne({ _id: sub._id });
      await WebhookDeliveryModel.deleteMany({ subscriptionId: sub._id });
      return true;
    },

    async redeliver(viewer: Viewer, deliveryId: string): Promise<WebhookDeliveryDoc> {
      requireRole(viewer, 'ADMIN', 'redeliverWebhook');
      const now = clock();
      const updated = await WebhookDeliveryModel.findOneAndUpdate(
        { _id: parseId('WebhookDelivery', deliveryId) },
        {
          $set: {
            status: 'PENDING',
            nextAttemptAt: now,
            firstAttemptAt: now,
            leaseOwner: null,
            leaseUntil: null,
          },
        },
        { returnDocument: 'after' },
      )
        .lean<WebhookDeliveryDoc>()
        .exec();
      if (!updated) throw notFound('WebhookDelivery', deliveryId);
      return updated;
    },

    async deliveries(
      viewer: Viewer,
      subscriptionId: Types.ObjectId,
      first: number,
      status: WebhookDeliveryStatus | null | undefined,
    ): Promise<WebhookDeliveryDoc[]> {
      requireRole(viewer, 'ADMIN', 'WebhookSubscription.deliveries');
      if (!Number.isInteger(first) || first < 1 || first > 100)
        throw badInput('first', 'must be between 1 and 100');
      return WebhookDeliveryModel.find({ subscriptionId, ...(status ? { status } : {}) })
        .sort({ seq: -1 })
        .limit(first)
        .lean<WebhookDeliveryDoc[]>()
        .exec();
    },

    /** The delivery a WEBHOOK_DELIVERY_FAILED event is about, for an ADMIN; null otherwise. */
    async deliveryFor(
      viewer: Viewer,
      id: Types.ObjectId | undefined,
    ): Promise<WebhookDeliveryDoc | null> {
      if (!id || viewer.role !== 'ADMIN') return null;
      return WebhookDeliveryModel.findById(id).lean<WebhookDeliveryDoc>().exec();
    },

    /** Whether `id` names a delivery (a test and CLI aid). */
    isId: isObjectIdHex,
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
