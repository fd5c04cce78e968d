import type { Types } from 'mongoose';
import { randomUUID } from 'node:crypto';
import type { ComponentService } from '../components/component.service.js';
import type { EventLog } from '../events/event.log.js';
import { EventModel, type EventDoc } from '../events/event.model.js';
import type { IncidentService } from '../incidents/incident.service.js';
import { decryptSecret, signature } from './webhook.crypto.js';
import {
  WebhookDeliveryModel,
  WebhookSubscriptionModel,
  type WebhookDeliveryDoc,
  type WebhookSubscriptionDoc,
} from './webhook.model.js';
import { eventId, payload, type EventContext } from './webhook.payload.js';
import { refusedTarget } from './webhook.target.js';

export interface RetryPolicy {
  /** The first retry comes after 50–100 % of this; each further one doubles it. */
  baseMs: number;
  /** No wait between attempts is longer than this. */
  maxMs: number;
  /** After this long since the first attempt, the delivery is marked FAILED. */
  maxAgeMs: number;
}

export interface DispatcherDeps {
  events: EventLog;
  incidents: IncidentService;
  components: ComponentService;
  /** The AES key secrets are stored under; null: every delivery fails, saying so. */
  key: Buffer | null;
  allowPrivate: boolean;
  pageId: string;
  clock?: () => Date;
  random?: () => number;
  /** This instance's name in leases; random by default. */
  owner?: string;
  retry?: Partial<RetryPolicy>;
  /** How often the queue is looked at without a local commit to prompt it. */
  pollMs?: number;
  timeoutMs?: number;
  /** How long a claimed delivery stays this instance's (well above `timeoutMs`). */
  leaseMs?: number;
  onError?: (error: unknown) => void;
}

const defaults: RetryPolicy = { baseMs: 2000, maxMs: 3_600_000, maxAgeMs: 24 * 3_600_000 };
/** Event types never delivered: a failure notice must not feed the queue it reports on. */
const internal = new Set<string>(['WEBHOOK_DELIVERY_FAILED']);
const batchSize = 500;

function uniqueIds(ids: readonly Types.ObjectId[]): Types.ObjectId[] {
  const seen = new Map<string, Types.ObjectId>();
  for (const id of ids) seen.set(id.toHexString(), id);
  return [...seen.values()];
}

/** The wait before attempt `attempts + 1`: exponential, capped, with 50 % jitter. */
export function backoffMs(policy: RetryPolicy, attempts: number, random: () => number): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.5 + random() * 0.5));
}

interface SendResult {
  ok: boolean;
  code: number | null;
  error: string | null;
}

/**
 * Delivers the event log to webhook subscriptions. Each pass (1) queues, per subscription, the
 * committed events after its cursor that match its filters (one delivery per subscription and
 * seq: a unique index, so two instances queue each once), and (2) sends, per subscription, its
 * oldest pending delivery, claimed with a lease (owner + expiry, set by one atomic
 * findOneAndUpdate) so only one instance sends it; the next is sent only once it is delivered or
 * failed, which keeps each subscription in event order. Subscriptions drain independently, so a
 * slow receiver holds up only its own queue.
 */
export function createWebhookDispatcher(deps: DispatcherDeps) {
  const clock = deps.clock ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const owner = deps.owner ?? randomUUID();
  const policy: RetryPolicy = { ...defaults, ...deps.retry };
  const pollMs = deps.pollMs ?? 1000;
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const leaseMs = deps.leaseMs ?? Math.max(30_000, timeoutMs * 3);
  const draining = new Map<string, Promise<void>>();
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let passing: Promise<void> | null = null;
  let again = false;

  async function matches(sub: WebhookSubscriptionDoc, event: EventDoc): Promise<boolean> {
    if (internal.has(event.type)) return false;
    if (sub.eventTypes.length > 0 && !sub.eventTypes.includes(event.type)) return false;
    if (sub.incidentId && !event.incidentId?.equals(sub.incidentId)) return false;
    if (sub.componentId) {
      if (event.refs.componentId?.equals(sub.componentId)) return true;
      if (!event.incidentId) return false;
      const incident = await deps.incidents.get(event.incidentId.toHexString());
      return incident?.components.some((c) => sub.componentId?.equals(c.componentId)) ?? false;
    }
    return true;
  }

  /** Queues what this subscription has not examined yet, up to the first uncommitted event. */
  async function enqueue(sub: WebhookSubscriptionDoc): Promise<void> {
    const found = await EventModel.find({ seq: { $gt: sub.cursor } })
      .sort({ seq: 1 })
      .limit(batchSize)
      .lean<EventDoc[]>()
      .exec();
    const ready: EventDoc[] = [];
    for (const event of found) {
      // A pending event is finished (by its writer or the tailer's repair) before anything after it.
      if (!event.committed) break;
      ready.push(event);
    }
    const last = ready.at(-1);
    if (!last) return;
    const now = clock();
    // A drill rehearses inside War Room: its events are never sent out.
    const drills = await deps.incidents.drillsAmong(
      uniqueIds(ready.flatMap((event) => (event.incidentId ? [event.incidentId] : []))),
    );
    const wanted: EventDoc[] = [];
    for (const event of ready) {
      if (event.incidentId && drills.has(event.incidentId.toHexString())) continue;
      if (await matches(sub, event)) wanted.push(event);
    }
    if (wanted.length > 0) {
      try {
        await WebhookDeliveryModel.bulkWrite(
          wanted.map((event) => ({
            updateOne: {
              filter: { subscriptionId: sub._id, seq: event.seq },
              update: {
                $setOnInsert: {
                  eventId: eventId(event),
                  eventType: event.type,
                  status: 'PENDING',
                  attempts: 0,
                  nextAttemptAt: now,
                  firstAttemptAt: now,
                  lastError: null,
                  responseCode: null,
                  deliveredAt: null,
                  leaseOwner: null,
                  leaseUntil: null,
                  createdAt: now,
                },
              },
              upsert: true,
            },
          })),
          { ordered: true },
        );
      } catch (error) {
        // Another instance queued the same deliveries at the same moment: theirs stand.
        if (!(
          typeof error === 'object' &&
          error !== null &&
          'code' in error &&
          error.code === 11000
        ))
          throw error;
      }
    }
    await WebhookSubscriptionModel.updateOne(
      { _id: sub._id, cursor: { $lt: last.seq } },
      { $set: { cursor: last.seq } },
    );
  }

  async function contextOf(delivery: WebhookDeliveryDoc): Promise<EventContext | null> {
    const event = await EventModel.findOne({ seq: delivery.seq }).lean<EventDoc>().exec();
    if (!event) return null;
    const [incident, updates, components] = await Promise.all([
      event.incidentId ? deps.incidents.get(event.incidentId.toHexString()) : null,
      event.refs.updateId ? deps.incidents.getUpdatesByIds([event.refs.updateId]) : [],
      event.refs.componentId ? deps.components.getMany([event.refs.componentId]) : [],
    ]);
    return { event, incident, update: updates[0] ?? null, component: components[0] ?? null };
  }

  async function send(
    sub: WebhookSubscriptionDoc,
    delivery: WebhookDeliveryDoc,
  ): Promise<SendResult> {
    const failed = (error: string): SendResult => ({ ok: false, code: null, error });
    if (!deps.key) return failed('WEBHOOK_SECRET_KEY is not configured');
    const context = await contextOf(delivery);
    if (!context) return failed('the event is no longer in the log');
    let url: URL;
    try {
      url = new URL(sub.url);
      const refused = await refusedTarget(url, deps.allowPrivate);
      if (refused) return failed(`refused: ${refused}`);
    } catch (error) {
      return failed(
        `cannot resolve the target: ${error instanceof Error ? error.message : 'unknown'}`,
      );
    }
    const body = payload(sub.format, context, deps.pageId);
    const timestamp = String(Math.floor(clock().getTime() / 1000));
    const secret = decryptSecret(deps.key, sub.secretEncrypted);
    try {
      const response = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'WarRoom-Webhooks/1',
          'x-warroom-event-id': delivery.eventId,
          'x-warroom-event-type': delivery.eventType,
          'x-warroom-delivery': delivery._id.toHexString(),
          'x-warroom-timestamp': timestamp,
          'x-warroom-signature': signature(secret, timestamp, body),
        },
        body,
      });
      await response.body?.cancel();
      if (response.status >= 200 && response.status < 300)
        return { ok: true, code: response.status, error: null };
      const redirect =
        response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : '';
      return { ok: false, code: response.status, error: `HTTP ${response.status}${redirect}` };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return failed(
        timedOut
          ? `no answer within ${timeoutMs} ms`
          : `request failed: ${error instanceof Error ? error.message : 'unknown'}`,
      );
    }
  }

  async function announceFailure(delivery: WebhookDeliveryDoc): Promise<void> {
    await deps.events.commit({
      type: 'WEBHOOK_DELIVERY_FAILED',
      incidentId: null,
      resultId: delivery._id,
      refs: { deliveryId: delivery._id },
      ops: [],
    });
  }

  /** Sends this subscription's pending deliveries in order until one must wait. */
  async function drain(sub: WebhookSubscriptionDoc): Promise<void> {
    while (running) {
      const head = await WebhookDeliveryModel.findOne({
        subscriptionId: sub._id,
        status: 'PENDING',
      })
        .sort({ seq: 1 })
        .lean<WebhookDeliveryDoc>()
        .exec();
      const now = clock();
      if (!head || (head.nextAttemptAt && head.nextAttemptAt.getTime() > now.getTime())) return;
      const claimed = await WebhookDeliveryModel.findOneAndUpdate(
        {
          _id: head._id,
          status: 'PENDING',
          $or: [{ leaseUntil: null }, { leaseUntil: { $lte: now } }],
        },
        { $set: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) } },
        { returnDocument: 'after' },
      )
        .lean<WebhookDeliveryDoc>()
        .exec();
      if (!claimed) return;
      const result = await send(sub, claimed);
      const at = clock();
      const attempts = claimed.attempts + 1;
      const expired = at.getTime() - claimed.firstAttemptAt.getTime() >= policy.maxAgeMs;
      const status = result.ok ? 'DELIVERED' : expired ? 'FAILED' : 'PENDING';
      const updated = await WebhookDeliveryModel.findOneAndUpdate(
        { _id: claimed._id, leaseOwner: owner },
        {
          $set: {
            status,
            attempts,
            responseCode: result.code,
            lastError: result.error,
            deliveredAt: result.ok ? at : null,
            nextAttemptAt:
              status === 'PENDING'
                ? new Date(at.getTime() + backoffMs(policy, attempts, random))
                : null,
            leaseOwner: null,
            leaseUntil: null,
          },
        },
        { returnDocument: 'after' },
      )
        .lean<WebhookDeliveryDoc>()
        .exec();
      if (!result.ok) {
        if (updated && (attempts === 1 || status === 'FAILED')) await announceFailure(updated);
        if (status === 'PENDING') return;
      }
    }
  }

  async function pass(): Promise<void> {
    const subs = await WebhookSubscriptionModel.find().lean<WebhookSubscriptionDoc[]>().exec();
    for (const sub of subs) await enqueue(sub);
    for (const sub of subs) {
      const key = sub._id.toHexString();
      if (sub.paused || draining.has(key)) continue;
      const work = drain(sub)
        .catch((error: unknown) => deps.onError?.(error))
        .finally(() => draining.delete(key));
      draining.set(key, work);
    }
  }

  /** One pass at a time; a prompt during a pass runs one more after it. */
  function run(): void {
    if (!running) return;
    if (passing) {
      again = true;
      return;
    }
    passing = pass()
      .catch((error: unknown) => deps.onError?.(error))
      .finally(() => {
        passing = null;
        if (again) {
          again = false;
          run();
        }
      });
  }

  return {
    owner,
    start(): void {
      if (running) return;
      running = true;
      timer = setInterval(run, pollMs);
      timer.unref();
      run();
    },
    /** Looks at the queue now (the composition root calls it after each local commit). */
    poke: run,
    /** Stops taking work and waits for requests in flight. */
    async stop(): Promise<void> {
      running = false;
      if (timer) clearInterval(timer);
      timer = null;
      await passing;
      await Promise.all(draining.values());
    },
  };
}

export type WebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;
