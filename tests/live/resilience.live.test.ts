import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleWrites } from '../../server/src/recovery/recovery.model.js';
import { graphql, ok } from '../support/graphql.js';
import { commander, makeIncident } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { rawSocket, subscribeEvents } from '../support/ws.js';

/** Small limits, so the tests reach them quickly. */
const limits = {
  WS_MAX_BUFFERED_BYTES: '65536',
  WS_MAX_QUEUED_EVENTS: '40',
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '3',
  WS_MAX_CONNECTIONS_PER_TOKEN: '2',
};

const RECOVERY = graphql(`
  query ResilienceRecovery($id: ID!) {
    incident(id: $id) {
      recovery {
        samples {
          value
        }
      }
    }
  }
`);
const UPDATE_BODIES = graphql(`
  subscription ResilienceUpdateBodies($id: ID) {
    events(incidentId: $id) {
      cursor
      incident {
        updates {
          body
        }
      }
    }
  }
`);
const CURSORS = graphql(`
  subscription ResilienceCursors {
    events {
      cursor
    }
  }
`);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    env: limits,
  });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

describe('crash between the event and the domain write', () => {
  it('should finish the interrupted write on restart, so the change and its event agree', async () => {
    const incident = await makeIncident(server.app.services);
    const id = incident._id;
    const watcher = subscribeEvents(server.wsUrl, { incidentId: id.toHexString() });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.app.services.recovery.record(commander, {
      incidentId: id.toHexString(),
      flow: 'orders',
      value: 10,
    });
    const [anchor] = await watcher.waitFor(1);
    await watcher.close();

    // The writer "dies" after appending its event and before applying it.
    const sampleId = new Types.ObjectId();
    await server.app.services.events.append({
      type: 'RECOVERY_RECORDED',
      incidentId: id,
      resultId: sampleId,
      refs: { sampleId, flow: 'orders' },
      ops: [
        sampleWrites.insert({
          _id: sampleId,
          incidentId: id,
          flow: 'orders',
          value: 20,
          at: new Date(),
          note: null,
        }),
      ],
    });
    await server.app.close();

    server = await startTestServer({
      dbName: server.dbName,
      env: limits,
    });
    const data = await ok(server.graphqlUrl, RECOVERY, { id: id.toHexString() });
    expect(data.incident?.recovery[0]?.samples.map((s) => s.value)).toEqual([10, 20]);
    const resumed = subscribeEvents(server.wsUrl, {
      incidentId: id.toHexString(),
      after: anchor?.cursor ?? '',
    });
    const [event] = await resumed.waitFor(1);
    expect(event).toMatchObject({ type: 'RECOVERY_RECORDED', sample: { value: 20 } });
    await resumed.close();
  });
});

describe('slow subscribers', () => {
  it('should disconnect a stalled subscriber with a clear close code while a healthy one keeps receiving', async () => {
    const incident = await makeIncident(server.app.services, { body: 'x'.repeat(20_000) });
    const id = incident._id.toHexString();
    // ~200 kB per event for the stalled subscriber, so kernel socket buffers cannot hide the stall.
    for (let i = 0; i < 9; i += 1) {
      await server.app.services.updates.post(commander, {
        incidentId: id,
        status: 'IDENTIFIED',
        body: `${i}`.repeat(20_000),
      });
    }
    const stalled = await rawSocket(server.wsUrl);
    stalled.send({ type: 'connection_init' });
    await stalled.nextMessage();
    stalled.send({
      id: 's',
      type: 'subscribe',
      payload: {
        query: UPDATE_BODIES.toString(),
        variables: { id },
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    stalled.socket.pause();
    const healthy = subscribeEvents(server.wsUrl, { incidentId: id });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const total = 120;
    for (let i = 0; i < total; i += 1) {
      await server.app.services.recovery.record(commander, {
        incidentId: id,
        flow: 'orders',
        value: i % 100,
      });
    }
    const events = await healthy.waitFor(total, 30_000);
    expect(events).toHaveLength(total);
    stalled.socket.resume();
    const closed = await stalled.closed;
    expect(closed.code).toBe(4008);
    expect(closed.reason).toMatch(/resume/);
    await healthy.close();
  });
});

describe('connection limits', () => {
  it('should refuse a subscription past the per-connection cap with an error', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.send({ type: 'connection_init' });
    await raw.nextMessage();
    for (const sid of ['1', '2', '3', '4'])
      raw.send({
        id: sid,
        type: 'subscribe',
        payload: { query: CURSORS.toString() },
      });
    const message = await raw.nextMessage();
    expect(message).toMatchObject({ type: 'error', id: '4' });
    raw.socket.close();
  });

  it('should close a connection past the per-token cap with 4029, and count a closed one as gone', async () => {
    const open = async () => {
      const raw = await rawSocket(server.wsUrl);
      raw.send({
        type: 'connection_init',
        payload: { authorization: `Bearer ${server.tokens.VIEWER}` },
      });
      return raw;
    };
    const first = await open();
    const second = await open();
    expect((await first.nextMessage()).type).toBe('connection_ack');
    expect((await second.nextMessage()).type).toBe('connection_ack');
    const third = await open();
    expect((await third.closed).code).toBe(4029);
    first.socket.close();
    await first.closed;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const fourth = await open();
    expect((await fourth.nextMessage()).type).toBe('connection_ack');
    second.socket.close();
    fourth.socket.close();
  });
});
