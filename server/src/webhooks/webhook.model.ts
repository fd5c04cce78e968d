import mongoose, { Schema, type Types } from 'mongoose';
import { LiveEventType } from '../__generated__/resolvers-types.js';

export const webhookFormats = ['WAR_ROOM', 'STATUSPAGE', 'SLACK'] as const;
export type WebhookFormatValue = (typeof webhookFormats)[number];
export const deliveryStatuses = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type DeliveryStatusValue = (typeof deliveryStatuses)[number];

/**
 * An outbound webhook. Like API tokens, subscriptions are an ADMIN's configuration, not incident
 * data, so they are written directly rather than as events of the log. The signing secret is
 * stored encrypted (AES-256-GCM under WEBHOOK_SECRET_KEY): HMAC signing needs it back.
 */
export interface WebhookSubscriptionDoc {
  _id: Types.ObjectId;
  url: string;
  /** `iv.tag.ciphertext`, base64url each. */
  secretEncrypted: string;
  eventTypes: LiveEventType[];
  incidentId: Types.ObjectId | null;
  componentId: Types.ObjectId | null;
  format: WebhookFormatValue;
  paused: boolean;
  /** The seq of the last event examined for this subscription (queued or filtered out). */
  cursor: number;
  createdAt: Date;
}

/** One event for one subscription: the durable queue entry and its delivery log. */
export interface WebhookDeliveryDoc {
  _id: Types.ObjectId;
  subscriptionId: Types.ObjectId;
  seq: number;
  eventId: string;
  eventType: LiveEventType;
  status: DeliveryStatusValue;
  attempts: number;
  nextAttemptAt: Date | null;
  /** When the first attempt was due: retries stop `maxAgeMs` after it. */
  firstAttemptAt: Date;
  lastError: string | null;
  responseCode: number | null;
  deliveredAt: Date | null;
  /** The instance sending it now, and until when its claim holds. */
  leaseOwner: string | null;
  leaseUntil: Date | null;
  createdAt: Date;
}

const subscriptionSchema = new Schema<WebhookSubscriptionDoc>(
  {
    url: { type: String, required: true, maxlength: 2000 },
    secretEncrypted: { type: String, required: true },
    eventTypes: { type: [String], enum: Object.values(LiveEventType), default: [] },
    incidentId: { type: Schema.Types.ObjectId, default: null },
    componentId: { type: Schema.Types.ObjectId, default: null },
    format: { type: String, enum: webhookFormats, required: true },
    paused: { type: Boolean, required: true },
    cursor: { type: Number, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'webhook_subscriptions', versionKey: false },
);

const deliverySchema = new Schema<WebhookDeliveryDoc>(
  {
    subscriptionId: { type: Schema.Types.ObjectId, required: true },
    seq: { type: Number, required: true },
    eventId: { type: String, required: true },
    eventType: { type: String, enum: Object.values(LiveEventType), required: true },
    status: { type: String, enum: deliveryStatuses, required: true },
    attempts: { type: Number, required: true },
    nextAttemptAt: { type: Date, default: null },
    firstAttemptAt: { type: Date, required: true },
    lastError: { type: String, default: null },
    responseCode: { type: Number, default: null },
    deliveredAt: { type: Date, default: null },
    leaseOwner: { type: String, default: null },
    leaseUntil: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'webhook_deliveries', versionKey: false },
);

// One delivery per event per subscription, however many instances queue it.
deliverySchema.index({ subscriptionId: 1, seq: 1 }, { unique: true });
deliverySchema.index({ subscriptionId: 1, status: 1, seq: 1 });

export const WebhookSubscriptionModel = mongoose.model<WebhookSubscriptionDoc>(
  'WebhookSubscription',
  subscriptionSchema,
);
export const WebhookDeliveryModel = mongoose.model<WebhookDeliveryDoc>(
  'WebhookDelivery',
  deliverySchema,
);
