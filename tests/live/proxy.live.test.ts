/**
 * Scale-out through the proxy users deploy: three API processes on one database behind
 * deploy/nginx.conf, 200 subscribers resuming with cursors exactly as the dashboard does (its own
 * LiveFeed), mutations with idempotency keys, and one API process SIGKILLed mid-stream.
 */
import { createClient } from 'graphql-ws';
import mongoose from 'mongoose';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LiveFeed, type SubscribeFn } from '../../web/src/app/liveFeed.js';
import { graphql, ok } from '../support/graphql.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { hasNginx, startNginx, type Nginx } from '../support/nginx.js';
import { startServerProcess, type ServerProcess } from '../support/process.js';
import { withDatabase } from '../support/server.js';

const SUBSCRIBERS = 200;
const MUTATIONS = 120;
const KILL_AFTER = 40;
const WRITERS = 4;

interface Event {
  cursor: string;
  type: string;
}

/** One subscriber: what it received and when its stream ended and opened again. */
interface Subscriber {
  feed: LiveFeed<Event>;
  received: Event[];
  opens: number[];
  ends: number[];
  dispose(): Promise<void>;
}

/** The event's sequence number, from its (versioned, base64url) cursor. */
const seqOf = (cursor: string) =>
  Number(/^e1:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))?.[1] ?? NaN);

/** The dashboard's transport for its feed (apolloClient.ts), without Apollo: one socket, no retries of its own. */
function subscriber(wsUrl: string): Subscriber {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: 0,
    keepAlive: 10_000,
  });
  const received: Event[] = [];
  const opens: number[] = [];
  const ends: number[] = [];
  const subscribe: SubscribeFn<Event> = (after, sink) => {
    let ended = false;
    const end = (cursorRejected: boolean) => {
      if (ended) return;
      ended = true;
      ends.push(Date.now());
      sink.end({ cursorRejected });
    };
    const offConnected = client.on('connected', () => {
      opens.push(Date.now());
      sink.open();
    });
    const offClosed = client.on('closed', () => end(false));
    const stop = client.subscribe<{ events: Event }>(
      {
        query: 'subscription($after: String) { events(after: $after) { cursor type } }',
        variables: { after },
      },
      {
        next: (result) => {
          if (result.errors) end(after !== null);
          else if (result.data) sink.next(result.data.events);
        },
        error: () => end(false),
        complete: () => end(false),
      },
    );
    return () => {
      ended = true;
      offConnected();
      offClosed();
      stop();
    };
  };
  const feed = new LiveFeed<Event>({
    subscribe,
    onEvent: (event) => received.push(event),
    onResync: () => undefined,
    cursorOf: (event) => event.cursor,
  });
  feed.start();
  return {
    feed,
    received,
    opens,
    ends,
    async dispose() {
      feed.stop();
      await client.dispose();
    },
  };
}

/** Resolves once `condition` holds, polling every 50 ms; rejects with `what` after `ms`. */
async function until(condition: () => boolean, ms: number, what: () => string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited >= ms) throw new Error(`timed out after ${ms} ms: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const RECORD = graphql(`
  mutation ProxyRecord($input: RecordRecoveryInput!) {
    recordRecovery(input: $input) {
      value
    }
  }
`);
const DECLARE = graphql(`
  mutation ProxyDeclare {
    declareIncident(input: { title: "behind nginx", impact: MAJOR, body: "scale-out" }) {
      id
    }
  }
`);

describe.skipIf(!hasNginx)('scale-out behind nginx (skipped: no nginx at /usr/sbin/nginx)', () => {
  const admin = `boot_${randomBytes(24).toString('base64url')}`;
  const uri = withDatabase(mongoUri(), uniqueDbName('proxy'));
  let apis: ServerProcess[] = [];
  let nginx: Nginx | undefined;
  const subscribers: Subscriber[] = [];

  beforeAll(async () => {
    const env = { MONGODB_URI: uri, BOOTSTRAP_ADMIN_TOKEN: admin };
    apis = await Promise.all([1, 2, 3].map(() => startServerProcess(env)));
    nginx = await startNginx(apis.map((api) => new URL(api.url).host));
    await mongoose.connect(uri);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.dispose()));
    await nginx?.stop();
    await Promise.all(apis.map((api) => api.stop()));
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
  });

  it('should deliver every event exactly once, in order, to 200 subscribers while an instance dies, and resume its subscribers within 5 s', async () => {
    if (!nginx) throw new Error('nginx did not start');
    const http = `${nginx.url}/graphql`;
    const ws = `${nginx.url.replace(/^http/, 'ws')}/graphql`;
    const declared = await ok(http, DECLARE, {}, admin);
    const incidentId = declared.declareIncident.id;

    for (let i = 0; i < SUBSCRIBERS; i += 1) subscribers.push(subscriber(ws));
    await until(
      () => subscribers.every((s) => s.feed.getState().status === 'live'),
      30_000,
      () => `${subscribers.filter((s) => s.feed.getState().status === 'live').length} live`,
    );
    // A subscription is registered just after its socket is acknowledged: a first event that
    // every subscriber sees proves all of them are in before the measured stream starts.
    for (let i = 0; subscribers.some((s) => s.received.length === 0); i += 1) {
      if (i >= 20) throw new Error('subscribers never saw a first event');
      await ok(http, RECORD, { input: { incidentId, flow: 'warmup', value: i } }, admin);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    // Mutations from WRITERS parallel clients, each retried with its idempotency key until acknowledged.
    const acknowledged = new Set<number>();
    let killedAt = 0;
    const victim = apis[1];
    if (!victim) throw new Error('no second API process');
    let next = 0;
    const writer = async () => {
      while (next < MUTATIONS) {
        const value = next;
        next += 1;
        for (let attempt = 0; ; attempt += 1) {
          const done = await fetch(http, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
            body: JSON.stringify({
              query: RECORD,
              variables: {
                input: { incidentId, flow: 'orders', value, idempotencyKey: `proxy-${value}` },
              },
            }),
          }).then(
            async (r) => {
              const body: unknown = r.ok ? await r.json() : null;
              return (
                typeof body === 'object' && body !== null && 'data' in body && !('errors' in body)
              );
            },
            () => false,
          );
          if (done) break;
          if (attempt >= 20) throw new Error(`mutation ${value} never acknowledged`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        acknowledged.add(value);
        if (acknowledged.size === KILL_AFTER && killedAt === 0) {
          killedAt = Date.now();
          await victim.stop('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    expect(acknowledged.size).toBe(MUTATIONS);

    // The truth: the committed log, and the samples, in the database.
    const events = await mongoose.connection
      .collection('events')
      .find({ committed: true }, { projection: { seq: 1, type: 1 } })
      .sort({ seq: 1 })
      .toArray();
    const seqs = events.map((e) => Number(e['seq']));
    const samples = await mongoose.connection
      .collection('recovery_samples')
      .find({ flow: 'orders' })
      .toArray();
    expect(samples.map((s) => Number(s['value'])).sort((a, b) => a - b)).toEqual(
      Array.from({ length: MUTATIONS }, (_, i) => i),
    );
    const warmups = await mongoose.connection
      .collection('recovery_samples')
      .countDocuments({ flow: 'warmup' });
    // Retried mutations wrote nothing new: one event per acknowledged mutation.
    expect(events.filter((e) => e['type'] === 'RECOVERY_RECORDED').length).toBe(
      MUTATIONS + warmups,
    );

    const expectedFrom = (first: number) => seqs.filter((seq) => seq >= first);
    const complete = (s: Subscriber) =>
      s.received.length >= expectedFrom(seqOf(s.received[0]?.cursor ?? '')).length;
    await until(
      () => subscribers.every(complete),
      30_000,
      () => `${subscribers.filter(complete).length}/${SUBSCRIBERS} complete`,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));

    let missed = 0;
    let doubled = 0;
    const firstMutationSeq = seqs.at(-MUTATIONS) ?? 0;
    for (const s of subscribers) {
      const got = s.received.map((e) => seqOf(e.cursor));
      const first = got[0] ?? Number.POSITIVE_INFINITY;
      expect(first).toBeLessThan(firstMutationSeq);
      const want = expectedFrom(first);
      missed += want.filter((seq) => !got.includes(seq)).length;
      doubled += got.length - new Set(got).size;
      expect(got).toEqual(want);
    }

    // The dead instance's subscribers: their stream ended at the kill, and opened again.
    const cut = subscribers.filter((s) => s.ends.some((at) => at >= killedAt));
    const resumeMs = cut.map((s) => (s.opens.find((at) => at >= killedAt) ?? Infinity) - killedAt);
    console.log(
      `proxy failover: ${cut.length}/${SUBSCRIBERS} subscribers cut, resumed in max ${Math.max(...resumeMs)} ms ` +
        `(median ${[...resumeMs].sort((a, b) => a - b)[Math.floor(resumeMs.length / 2)]} ms); ` +
        `events per subscriber ${seqs.length}; missed ${missed}, doubled ${doubled}`,
    );
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.length).toBeLessThan(SUBSCRIBERS);
    expect(Math.max(...resumeMs)).toBeLessThan(5_000);
    expect({ missed, doubled }).toEqual({ missed: 0, doubled: 0 });
  }, 180_000);
});
