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
  /**
   * How long a subscription's lease lasts without renewal: the longest another instance waits
   * to take over the queue of one that died. Renewed every quarter of it while sending, so a
   * request may take longer than the lease (up to `timeoutMs`). Default 4 s.
   */
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

/** Deliveries one drain reads, and sends in order, per round trip to the queue. */
const sendBatch = 50;

/** A delivery's outcome, written with the others of its batch. */
interface Outcome {
  delivery: WebhookDeliveryDoc;
  result: SendResult;
  at: Date;
}

const isDuplicateKeyOnly = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const errors: unknown = 'writeErrors' in error ? error.writeErrors : undefined;
  const list: unknown[] = Array.isArray(errors) ? errors : errors ? [errors] : [error];
  return list.every((e) => typeof e === 'object' && e !== null && 'code' in e && e.code === 11000);
};

/**
 * Delivers the event log to webhook subscriptions. Each pass (1) reads the committed events
 * after the subscriptions' cursors once and queues, per subscription, those that match its
 * filters (one delivery per subscription and seq: a unique index, so two instances queue each
 * once), all in one bulk write, and (2) drains each subscription: the instance that claims the
 * subscription's lease (owner + expiry, set by one atomic findOneAndUpdate, renewed by a
 * heartbeat every quarter of `leaseMs` while it sends) is the only one sending its queue,
 * oldest first, up to 50 deliveries read and their events' context fetched per round trip,
 * the outcomes written together. A delivery that
 * must wait for a retry holds back those after it, which keeps each subscription in event
 * order. Subscriptions drain independently, so a slow receiver holds up only its own queue.
 * A local commit wakes the dispatcher at once; `pollMs` covers other instances' commits.
 */
export function createWebhookDispatcher(deps: DispatcherDeps) {
  const clock = deps.clock ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const owner = deps.owner ?? randomUUID();
  const policy: RetryPolicy = { ...defaults, ...deps.retry };
  const pollMs = deps.pollMs ?? 1000;
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const leaseMs = deps.leaseMs ?? 4000;
  const draining = new Map<string, Promise<void>>();
  /** Subscriptions a pass queued work for while they were draining: drain once more. */
  const rerun = new Set<string>();
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

  /**
   * Queues what the subscriptions have not examined yet, up to the first uncommitted event:
   * one read of the log from the lowest cursor, one bulk write of deliveries, one of cursors.
   */
  async function enqueue(subs: readonly WebhookSubscriptionDoc[]): Promise<void> {
    if (subs.length === 0) return;
    const from = Math.min(...subs.map((sub) => sub.cursor));
    const found = await EventModel.find({ seq: { $gt: from } })
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
    const isDrill = (event: EventDoc) =>
      event.incidentId !== null &&
      event.incidentId !== undefined &&
      drills.has(event.incidentId.toHexString());
    const deliveries = [];
    const cursors = [];
    for (const sub of subs) {
      if (sub.cursor >= last.seq) continue;
      for (const event of ready) {
        if (event.seq <= sub.cursor || isDrill(event) || !(await matches(sub, event))) continue;
        deliveries.push({
          updateOne: {
            filter: { subscriptionId: sub._id, seq: event.seq },
            update: {
              $setOnInsert: {
                eventId: eventId(event),
                eventType: event.type,
                status: 'PENDING' as const,
                attempts: 0,
                nextAttemptAt: now,
                firstAttemptAt: now,
                lastError: null,
                responseCode: null,
                deliveredAt: null,
                createdAt: now,
              },
            },
            upsert: true,
          },
        });
      }
      cursors.push({
        updateOne: {
          filter: { _id: sub._id, cursor: { $lt: last.seq } },
          update: { $set: { cursor: last.seq } },
        },
      });
    }
    if (deliveries.length > 0) {
      try {
        await WebhookDeliveryModel.bulkWrite(deliveries, { ordered: false });
      } catch (error) {
        // Another instance queued some of the same deliveries at the same moment: theirs stand.
        if (!isDuplicateKeyOnly(error)) throw error;
      }
    }
    if (cursors.length > 0) await WebhookSubscriptionModel.bulkWrite(cursors, { ordered: false });
  }

  /** What each delivery's event is about, read for the whole batch at once. */
  async function contextsOf(
    deliveries: readonly WebhookDeliveryDoc[],
  ): Promise<Map<number, EventContext>> {
    const events = await EventModel.find({ seq: { $in: deliveries.map((d) => d.seq) } })
      .lean<EventDoc[]>()
      .exec();
    const ids = <T extends { toHexString(): string }>(list: (T | null | undefined)[]): T[] => [
      ...new Map(list.flatMap((id) => (id ? [[id.toHexString(), id] as const] : []))).values(),
    ];
    const [incidents, updates, components] = await Promise.all([
      deps.incidents.getMany(ids(events.map((e) => e.incidentId))),
      deps.incidents.getUpdatesByIds(ids(events.map((e) => e.refs.updateId))),
      deps.components.getMany(ids(events.map((e) => e.refs.componentId))),
    ]);
    const byId = <T extends { _id: { toHexString(): string } }>(docs: T[]) =>
      new Map(docs.map((doc) => [doc._id.toHexString(), doc]));
    const incidentById = byId(incidents);
    const updateById = byId(updates);
    const componentById = byId(components);
    const out = new Map<number, EventContext>();
    for (const event of events) {
      out.set(event.seq, {
        event,
        incident: (event.incidentId && incidentById.get(event.incidentId.toHexString())) ?? null,
        update: (event.refs.updateId && updateById.get(event.refs.updateId.toHexString())) ?? null,
        component:
          (event.refs.componentId && componentById.get(event.refs.componentId.toHexString())) ??
          null,
      });
    }
    return out;
  }

  async function send(
    sub: WebhookSubscriptionDoc,
    delivery: WebhookDeliveryDoc,
    context: EventContext | undefined,
  ): Promise<SendResult> {
    const failed = (error: string): SendResult => ({ ok: false, code: null, error });
    if (!deps.key) return failed('WEBHOOK_SECRET_KEY is not configured');
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

  /**
   * Claims (or renews) this instance's lease on the subscription; null when another instance
   * holds it, or the subscription is paused or gone. Returns when the lease runs out.
   */
  async function lease(sub: WebhookSubscriptionDoc): Promise<Date | null> {
    const now = clock();
    const until = new Date(now.getTime() + leaseMs);
    const claimed = await WebhookSubscriptionModel.findOneAndUpdate(
      {
        _id: sub._id,
        paused: false,
        $or: [{ leaseOwner: owner }, { leaseUntil: null }, { leaseUntil: { $lte: now } }],
      },
      { $set: { leaseOwner: owner, leaseUntil: until } },
      { projection: { _id: 1 } },
    )
      .lean()
      .exec();
    return claimed ? until : null;
  }

  async function release(sub: WebhookSubscriptionDoc): Promise<void> {
    await WebhookSubscriptionModel.updateOne(
      { _id: sub._id, leaseOwner: owner },
      { $set: { leaseOwner: null, leaseUntil: null } },
    );
  }

  /**
   * Writes a batch's outcomes, each only if the delivery is still at the attempt it was sent
   * as (a redelivery or another instance's write in between wins), then announces failures.
   */
  async function record(outcomes: readonly Outcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    const announce: WebhookDeliveryDoc[] = [];
    const writes = outcomes.map(({ delivery, result, at }) => {
      const attempts = delivery.attempts + 1;
      const expired = at.getTime() - delivery.firstAttemptAt.getTime() >= policy.maxAgeMs;
      const status = result.ok ? 'DELIVERED' : expired ? 'FAILED' : 'PENDING';
      if (!result.ok && (attempts === 1 || status === 'FAILED')) announce.push(delivery);
      return {
        updateOne: {
          filter: { _id: delivery._id, status: 'PENDING' as const, attempts: delivery.attempts },
          update: {
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
            },
          },
        },
      };
    });
    await WebhookDeliveryModel.bulkWrite(writes, { ordered: true });
    for (const delivery of announce) await announceFailure(delivery);
  }

  /** Whether the delivery's attempt leaves it pending (its retry holds back the queue). */
  const waits = ({ delivery, result, at }: Outcome) =>
    !result.ok && at.getTime() - delivery.firstAttemptAt.getTime() < policy.maxAgeMs;

  /**
   * Holds the subscription's lease while `work` runs: claimed first (null, and `work` never
   * runs, when another instance holds it or it is paused), renewed every quarter of `leaseMs`
   * whatever the requests in flight do, released after. `held()` turns false for good once a
   * renewal finds the lease taken (or the subscription paused), and as soon as the lease could
   * have run out unrenewed (the database unreachable): `work` checks it before each request, so
   * two instances never both start one, and a dead instance's queue is taken over within
   * `leaseMs` plus a poll. Only the request in flight when an instance dies is sent again.
   */
  async function withLease(
    sub: WebhookSubscriptionDoc,
    work: (held: () => boolean) => Promise<void>,
  ): Promise<void> {
    let until = await lease(sub);
    if (!until) return;
    let lost = false;
    // An object, so the renewal the interval starts is visible to the `finally` below.
    const beat: { renewing: Promise<void> | null } = { renewing: null };
    const heartbeat = setInterval(
      () => {
        beat.renewing ??= lease(sub)
          .then(
            (renewed) => {
              if (renewed) until = renewed;
              else lost = true;
            },
            // Unreachable database: the lease simply runs out unless a later beat renews it.
            (error: unknown) => deps.onError?.(error),
          )
          .finally(() => (beat.renewing = null));
      },
      Math.max(1, Math.floor(leaseMs / 4)),
    );
    heartbeat.unref();
    const held = () => !lost && until !== null && clock().getTime() < until.getTime();
    try {
      await work(held);
    } finally {
      clearInterval(heartbeat);
      await beat.renewing;
      if (!lost) await release(sub);
    }
  }

  /**
   * Sends this subscription's due deliveries in order, while this instance holds its lease,
   * until one must wait or the queue is empty.
   */
  async function drain(sub: WebhookSubscriptionDoc): Promise<void> {
    await withLease(sub, async (held) => {
      while (running && held()) {
        const pending = await WebhookDeliveryModel.find({
          subscriptionId: sub._id,
          status: 'PENDING',
        })
          .sort({ seq: 1 })
          .limit(sendBatch)
          .lean<WebhookDeliveryDoc[]>()
          .exec();
        const now = clock().getTime();
        const due: WebhookDeliveryDoc[] = [];
        for (const delivery of pending) {
          // One not yet due holds back everything after it: event order.
          if (delivery.nextAttemptAt && delivery.nextAttemptAt.getTime() > now) break;
          due.push(delivery);
        }
        if (due.length === 0) return;
        const contexts = await contextsOf(due);
        const outcomes: Outcome[] = [];
        let stop = false;
        for (const delivery of due) {
          // Never start a request without the lease (taken over, paused, or not renewed).
          if (!running || !held()) break;
          const result = await send(sub, delivery, contexts.get(delivery.seq));
          const outcome = { delivery, result, at: clock() };
          outcomes.push(outcome);
          if (waits(outcome)) {
            stop = true;
            break;
          }
        }
        await record(outcomes);
        if (stop) return;
      }
    });
  }

  async function pass(): Promise<void> {
    const subs = await WebhookSubscriptionModel.find().lean<WebhookSubscriptionDoc[]>().exec();
    await enqueue(subs);
    for (const sub of subs) {
      const key = sub._id.toHexString();
      if (sub.paused) continue;
      if (draining.has(key)) {
        // It may be about to find its queue empty: have it look once more.
        rerun.add(key);
        continue;
      }
      startDrain(sub, key);
    }
  }

  function startDrain(sub: WebhookSubscriptionDoc, key: string): void {
    const work = drain(sub)
      .catch((error: unknown) => deps.onError?.(error))
      .finally(() => {
        draining.delete(key);
        if (rerun.delete(key) && running) startDrain(sub, key);
      });
    draining.set(key, work);
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
