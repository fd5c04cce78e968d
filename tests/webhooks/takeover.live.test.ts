import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql, ok } from '../support/graphql.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { startServerProcess, type ServerProcess } from '../support/process.js';
import { withDatabase } from '../support/server.js';
import { eventually, startReceiver, type Receiver } from './receiver.js';

const admin = `boot_${randomBytes(24).toString('base64url')}`;
const uri = withDatabase(mongoUri(), uniqueDbName('takeover'));
const env = {
  MONGODB_URI: uri,
  BOOTSTRAP_ADMIN_TOKEN: admin,
  WEBHOOK_SECRET_KEY: 'test-webhook-key-0123456789abcdef',
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_RETRY_BASE_MS: '10',
  WEBHOOK_POLL_MS: '100',
};

const CREATE = graphql(`
  mutation TakeoverSubscribe($url: String!) {
    createWebhookSubscription(input: { url: $url, format: WAR_ROOM }) {
      subscription {
        id
      }
    }
  }
`);
const DECLARE = graphql(`
  mutation TakeoverDeclare {
    declareIncident(input: { title: "Checkout down", impact: MAJOR, body: "Investigating" }) {
      id
    }
  }
`);
const POST = graphql(`
  mutation TakeoverPost($id: ID!, $body: String!) {
    postIncidentUpdate(input: { incidentId: $id, status: IDENTIFIED, body: $body }) {
      id
    }
  }
`);

const processes: ServerProcess[] = [];
let hook: Receiver | null = null;

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop('SIGKILL')));
  await hook?.close();
  if (mongoose.connection.readyState === mongoose.ConnectionStates.connected) {
    await mongoose.connection.dropDatabase();
    await mongoose.disconnect();
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('webhook delivery when the instance sending it is killed', () => {
  it('should keep the lease through a request longer than it, and hand over within seconds of a SIGKILL', async () => {
    // The first request hangs (and is answered 503 if it ever is); the others are accepted.
    hook = await startReceiver({
      answer: (n) => (n === 0 ? 503 : 200),
      delayMs: (n) => (n === 0 ? 120_000 : 0),
    });
    // Both instances poll the queue before there is anything to send: either may claim it.
    const instances = [await startServerProcess(env), await startServerProcess(env)];
    processes.push(...instances);
    const [first] = instances;
    if (!first) throw new Error('no instance');
    await ok(`${first.url}/graphql`, CREATE, { url: hook.url }, admin);
    const { declareIncident } = await ok(`${first.url}/graphql`, DECLARE, {}, admin);
    for (const body of ['Rolled back', 'Recovering'])
      await ok(`${first.url}/graphql`, POST, { id: declareIncident.id, body }, admin);
    const receiver = hook;
    await eventually(() => receiver.requests.length === 1);
    await mongoose.connect(uri);
    const subscription = await mongoose.connection.collection('webhook_subscriptions').findOne({});
    const holder = instances.find((p) => p.instance === subscription?.['leaseOwner']);
    if (!holder)
      throw new Error(`no instance holds the lease: ${String(subscription?.['leaseOwner'])}`);

    // The holder is stuck in its request for longer than the lease lasts unrenewed (but less
    // than the 10 s request timeout) while the other polls every 0.1 s: the heartbeat keeps
    // the lease, so nothing is sent twice.
    await sleep(7000);
    expect(receiver.requests).toHaveLength(1);

    await holder.stop('SIGKILL');
    const killedAt = Date.now();
    await eventually(() => receiver.requests.length >= 2, 1200);
    const takeoverMs = Date.now() - killedAt;
    console.log(`takeover after SIGKILL: ${takeoverMs} ms`);
    // Generous for a loaded machine: the lease is 4 s and the poll 0.1 s (it was 30 s).
    expect(takeoverMs).toBeLessThan(15_000);

    const events = await mongoose.connection
      .collection('events')
      .find({ incidentId: new mongoose.Types.ObjectId(declareIncident.id) })
      .sort({ seq: 1 })
      .toArray();
    const sent = events.map((e) => String(e['_id']));
    expect(sent).toHaveLength(3);
    await eventually(() => receiver.accepted().length >= sent.length);
    // At least once: the request in flight when the first died is the only one sent twice.
    expect(receiver.accepted()).toEqual(sent);
    expect(receiver.requests.map((r) => String(r.headers['x-warroom-event-id']))).toEqual([
      sent[0],
      ...sent,
    ]);
  }, 90_000);
});
