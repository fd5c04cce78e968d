import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComponentDoc } from '../../server/src/components/component.model.js';
import type { IncidentDoc } from '../../server/src/incidents/incident.model.js';
import { DrillModel } from '../../server/src/drills/drill.model.js';
import { EventModel } from '../../server/src/events/event.model.js';
import { commander, makeIncident } from '../support/factories.js';
import { graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { get, getJson } from '../interop/http.js';
import { eventually, startReceiver, type Receiver } from '../webhooks/receiver.js';

/**
 * A drill rehearses inside War Room: it shows on its own (marked) page, and nothing that leaves
 * the system or speaks for a component's health sees it: component health, the Statuspage
 * API, the feeds, the badge and outbound webhooks.
 */

const env = {
  WEBHOOK_SECRET_KEY: 'test-webhook-key-0123456789abcdef',
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_MS: '20',
};

const createHook = graphql(`
  mutation DrillExclusionWebhook($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      subscription {
        id
      }
    }
  }
`);

const componentHealth = graphql(`
  query DrillExclusionComponents {
    components {
      id
      status
    }
  }
`);

let server: TestServer;
let hook: Receiver;
let checkout: ComponentDoc;
let source: IncidentDoc;
let drill: IncidentDoc;

beforeAll(async () => {
  server = await startTestServer({ env });
  const { services } = server.app;
  checkout = await services.components.create(commander, { name: 'Checkout' });
  source = await makeIncident(services, {
    title: 'Checkout outage of last week',
    impact: 'CRITICAL',
    componentIds: [checkout._id.toHexString()],
    startedAt: new Date(Date.now() - 3_600_000),
    resolve: true,
  });
  hook = await startReceiver();
  await ok(server.graphqlUrl, createHook, { input: { url: hook.url } }, server.adminToken);
  drill = await services.drills.start(commander, {
    incidentId: source._id.toHexString(),
    speed: 3600,
  });
  // The first step declares the source's components (all at MAJOR_OUTAGE) on the drill.
  await eventually(async () => {
    await services.drills.tick();
    const state = await DrillModel.findOne({ incidentId: drill._id }).lean().exec();
    return (state?.next ?? 0) >= 1;
  });
  const played = await services.incidents.getOrThrow(drill._id.toHexString());
  expect(played.drill).toBe(true);
  expect(played.status).not.toBe('RESOLVED');
  expect(played.components.map((c) => c.componentId.toHexString())).toContain(
    checkout._id.toHexString(),
  );
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
  await hook.close();
});

describe('drills stay inside War Room', () => {
  it('should leave component health to real incidents', async () => {
    const data = await ok(server.graphqlUrl, componentHealth, {}, server.adminToken);
    expect(data.components.find((c) => c.id === checkout._id.toHexString())?.status).toBe(
      'OPERATIONAL',
    );
  });

  it('should leave the drill out of the Statuspage API, the feeds and the badge', async () => {
    const drillId = drill._id.toHexString();
    const summary = await getJson(`${server.url}/api/v2/summary.json`);
    expect(summary.status).toBe(200);
    expect(JSON.stringify(summary.body)).not.toContain(drillId);
    expect(summary.body).toMatchObject({
      status: { indicator: 'none' },
      components: [{ name: 'Checkout', status: 'operational' }],
      incidents: [],
    });
    for (const path of ['/api/v2/incidents.json', '/api/v2/incidents/unresolved.json']) {
      const listed = await get(`${server.url}${path}`);
      expect(listed.status).toBe(200);
      expect(listed.text).not.toContain(drillId);
      expect(listed.text).not.toContain('Drill');
    }
    // The source incident itself is real and listed: the check above can see incidents.
    expect((await get(`${server.url}/api/v2/incidents.json`)).text).toContain(
      source._id.toHexString(),
    );
    for (const path of ['/history.rss', '/history.atom']) {
      const feed = await get(`${server.url}${path}`);
      expect(feed.status).toBe(200);
      expect(feed.text).toContain('Checkout outage of last week');
      expect(feed.text).not.toContain(drillId);
      expect(feed.text).not.toContain('Drill');
    }
    const badge = await get(`${server.url}/badge.svg`);
    expect(badge.status).toBe(200);
    expect(badge.text).toMatch(/operational/i);
  });

  it('should send no webhook for the drill, while a real incident after it is delivered', async () => {
    const real = await makeIncident(server.app.services, {
      title: 'Real incident after the drill',
    });
    const [declared] = await EventModel.find({ incidentId: real._id })
      .sort({ seq: 1 })
      .lean()
      .exec();
    if (!declared) throw new Error('the real incident has no event');
    // Deliveries go out in event order: once the later real event arrived, every drill event
    // before it was examined.
    await eventually(() => hook.accepted().includes(declared._id.toHexString()));
    const bodies = hook.requests.map((r) => r.body);
    expect(bodies.some((b) => b.includes(real._id.toHexString()))).toBe(true);
    expect(bodies.some((b) => b.includes(drill._id.toHexString()))).toBe(false);
  });
});
