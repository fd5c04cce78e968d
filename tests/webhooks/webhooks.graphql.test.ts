import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventModel } from '../../server/src/events/event.model.js';
import { secretKey } from '../../server/src/webhooks/webhook.crypto.js';
import { createWebhookDispatcher } from '../../server/src/webhooks/webhook.dispatcher.js';
import { commander } from '../support/factories.js';
import { fails, graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { eventually, startReceiver, verify, type Receiver } from './receiver.js';

const keyText = 'test-webhook-key-0123456789abcdef';
const env = {
  WEBHOOK_SECRET_KEY: keyText,
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_RETRY_BASE_MS: '10',
  WEBHOOK_POLL_MS: '20',
};

const create = graphql(`
  mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        id
        url
        format
        paused
      }
    }
  }
`);

const deliveryLog = graphql(`
  query WebhookDeliveries {
    webhookSubscriptions {
      id
      deliveries(first: 50) {
        id
        eventId
        status
        attempts
        lastError
        responseCode
      }
    }
  }
`);

const pause = graphql(`
  mutation PauseWebhook($id: ID!, $paused: Boolean!) {
    setWebhookSubscriptionPaused(id: $id, paused: $paused) {
      id
      paused
    }
  }
`);

let server: TestServer;
const receivers: Receiver[] = [];

beforeAll(async () => {
  server = await startTestServer({ env });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
  await Promise.all(receivers.map((r) => r.close()));
});

async function receiver(options: Parameters<typeof startReceiver>[0] = {}): Promise<Receiver> {
  const started = await startReceiver(options);
  receivers.push(started);
  return started;
}

async function subscribe(url: string, format: 'WAR_ROOM' | 'STATUSPAGE' | 'SLACK' = 'WAR_ROOM') {
  const data = await ok(server.graphqlUrl, create, { input: { url, format } }, server.adminToken);
  return data.createWebhookSubscription;
}

/** Declares an incident and posts `updates` more: 1 + updates events, returned by event id. */
async function burst(updates: number): Promise<string[]> {
  const { services } = server.app;
  const incident = await services.incidents.declare(commander, {
    title: 'Checkout errors',
    impact: 'MAJOR',
    body: 'Investigating <b>checkout</b> errors.',
  });
  for (let i = 0; i < updates; i++) {
    await services.updates.post(commander, {
      incidentId: incident._id.toHexString(),
      status: 'IDENTIFIED',
      body: `Update ${i}`,
    });
  }
  const events = await EventModel.find({ incidentId: incident._id }).sort({ seq: 1 }).lean().exec();
  return events.map((e) => e._id.toHexString());
}

async function stopSubscription(id: string): Promise<void> {
  await ok(server.graphqlUrl, pause, { id, paused: true }, server.adminToken);
}

describe('webhooks', () => {
  it('should sign each delivery so the README snippet verifies it', async () => {
    const hook = await receiver();
    const { secret, subscription } = await subscribe(hook.url);
    const sent = await burst(0);
    await eventually(() => hook.accepted().length === 1);
    const [request] = hook.requests;
    if (!request) throw new Error('no request');
    expect(verify(secret, request)).toBe(true);
    expect(verify('whsec_wrong', request)).toBe(false);
    expect(request.headers['x-warroom-event-id']).toBe(sent[0]);
    expect(JSON.parse(request.body)).toMatchObject({
      type: 'INCIDENT_DECLARED',
      incident: { title: 'Checkout errors', status: 'INVESTIGATING' },
    });
    await stopSubscription(subscription.id);
  });

  it('should deliver each event once, in order, when the receiver fails 3 times first', async () => {
    const hook = await receiver({ answer: (n) => (n < 3 ? 500 : 204) });
    const { subscription } = await subscribe(hook.url);
    const sent = await burst(4);
    await eventually(() => hook.accepted().length === sent.length);
    expect(hook.accepted()).toEqual(sent);
    expect(hook.requests).toHaveLength(sent.length + 3);
    const log = await ok(server.graphqlUrl, deliveryLog, {}, server.adminToken);
    const mine = log.webhookSubscriptions.find((s) => s.id === subscription.id);
    const first = mine?.deliveries.find((d) => d.eventId === sent[0]);
    expect(first).toMatchObject({ status: 'DELIVERED', attempts: 4, responseCode: 204 });
    const failures = await EventModel.countDocuments({ type: 'WEBHOOK_DELIVERY_FAILED' });
    expect(failures).toBeGreaterThanOrEqual(1);
    await stopSubscription(subscription.id);
  });

  it('should never send a delivery twice with two instances draining one queue', async () => {
    const hook = await receiver();
    const { services } = server.app;
    const second = createWebhookDispatcher({
      events: services.events,
      incidents: services.incidents,
      components: services.components,
      key: secretKey(keyText),
      allowPrivate: true,
      pageId: 'warroom',
      retry: { baseMs: 10 },
      pollMs: 5,
    });
    second.start();
    try {
      const { subscription } = await subscribe(hook.url, 'SLACK');
      const sent = await burst(15);
      await eventually(() => hook.accepted().length >= sent.length);
      expect(hook.accepted()).toEqual(sent);
      expect(JSON.parse(hook.requests[0]?.body ?? '{}')).toHaveProperty('blocks');
      await stopSubscription(subscription.id);
    } finally {
      await second.stop();
    }
  });

  it('should not let a slow receiver delay the others', async () => {
    const slow = await receiver({ delayMs: 1500 });
    const fast = await receiver();
    const a = await subscribe(slow.url);
    const b = await subscribe(fast.url, 'STATUSPAGE');
    const sent = await burst(5);
    await eventually(() => fast.accepted().length === sent.length);
    expect(slow.requests.length).toBeLessThan(sent.length);
    expect(JSON.parse(fast.requests[0]?.body ?? '{}')).toMatchObject({
      incident: { name: 'Checkout errors', impact: 'major' },
    });
    await stopSubscription(a.subscription.id);
    await stopSubscription(b.subscription.id);
  });

  it('should lose nothing when the server restarts mid-backlog', async () => {
    let healthy = false;
    const hook = await receiver({ answer: () => (healthy ? 200 : 503) });
    const { subscription } = await subscribe(hook.url);
    const sent = await burst(5);
    await eventually(() => hook.requests.length >= 2);
    const dbName = server.dbName;
    await server.close();
    healthy = true;
    server = await startTestServer({ env, dbName });
    await eventually(() => hook.accepted().length === sent.length);
    expect(hook.accepted()).toEqual(sent);
    await stopSubscription(subscription.id);
  });

  it('should refuse subscriptions to anyone but an ADMIN', async () => {
    await fails(
      server.graphqlUrl,
      create,
      { input: { url: 'https://example.com/hook' } },
      server.tokens.COMMANDER,
      'FORBIDDEN',
    );
  });
});
