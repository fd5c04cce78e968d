import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentString } from '../__generated__/graphql.js';
import { graphql, ok } from '../support/graphql.js';
import { commander, makeIncident } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { rawSocket, subscribeEvents, EVENTS } from '../support/ws.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

const post = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token = server.tokens.COMMANDER,
) => ok(server.graphqlUrl, document, variables, token);

const POST_UPDATE = graphql(`
  mutation LivePostUpdate($id: ID!, $status: IncidentStatus!, $body: String!) {
    postIncidentUpdate(input: { incidentId: $id, status: $status, body: $body }) {
      id
    }
  }
`);
const RECORD_RECOVERY = graphql(`
  mutation LiveRecordRecovery($id: ID!) {
    recordRecovery(input: { incidentId: $id, flow: "sales_flow", value: 75 }) {
      value
    }
  }
`);
const ADD_TIMELINE_EVENT = graphql(`
  mutation LiveAddTimelineEvent($id: ID!, $at: DateTime!) {
    addTimelineEvent(input: { incidentId: $id, at: $at, text: "rolled back" }) {
      id
    }
  }
`);
const SET_IMPACT = graphql(`
  mutation LiveSetImpact($id: ID!) {
    setIncidentImpact(input: { incidentId: $id, impact: CRITICAL }) {
      id
    }
  }
`);
const SET_COMPONENT_STATUS = graphql(`
  mutation LiveSetComponentStatus($c: ID!) {
    setComponentStatus(input: { componentId: $c, status: MAJOR_OUTAGE }) {
      id
    }
  }
`);
const ADD_ACTION_ITEM = graphql(`
  mutation LiveAddActionItem($id: ID!) {
    addActionItem(input: { incidentId: $id, title: "add alert" }) {
      id
    }
  }
`);
const SET_POSTMORTEM = graphql(`
  mutation LiveSetPostmortem($id: ID!) {
    setPostmortem(input: { incidentId: $id, markdown: "# What happened" }) {
      id
    }
  }
`);

describe('events subscription', () => {
  it('should deliver every event type live, in commit order, with its payload', async () => {
    const stream = subscribeEvents(server.wsUrl);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const incident = await makeIncident(server.app.services, { title: 'live one' });
    const id = incident._id.toHexString();
    await post(POST_UPDATE, { id, status: 'IDENTIFIED', body: 'found it' });
    await post(RECORD_RECOVERY, { id });
    await post(ADD_TIMELINE_EVENT, { id, at: new Date().toISOString() });
    await post(SET_IMPACT, { id });
    const component = await server.app.services.components.create(commander, {
      name: `live-${Date.now()}`,
    });
    await post(SET_COMPONENT_STATUS, { c: component._id.toHexString() });
    await post(ADD_ACTION_ITEM, { id });
    await post(SET_POSTMORTEM, { id });

    const events = await stream.waitFor(9);
    expect(events.map((e) => e.type)).toEqual([
      'INCIDENT_DECLARED',
      'UPDATE_POSTED',
      'RECOVERY_RECORDED',
      'TIMELINE_EVENT_ADDED',
      'INCIDENT_CHANGED',
      'COMPONENT_STATUS_CHANGED',
      'COMPONENT_STATUS_CHANGED',
      'ACTION_ITEM_CHANGED',
      'POSTMORTEM_CHANGED',
    ]);
    expect(events[1]?.update?.body).toBe('found it');
    expect(events[2]).toMatchObject({ flow: 'sales_flow', sample: { value: 75 } });
    expect(events[3]?.timelineEvent?.text).toBe('rolled back');
    expect(events[4]?.incident).toMatchObject({ id, impact: 'CRITICAL' });
    expect(events[6]?.component?.status).toBe('MAJOR_OUTAGE');
    expect(events[7]?.actionItem).toMatchObject({ title: 'add alert', status: 'OPEN' });
    expect(new Set(events.map((e) => e.cursor)).size).toBe(9);
    await stream.close();
  });

  it('should replay what was missed after a disconnect, then go live, with nothing missed or doubled', async () => {
    const incident = await makeIncident(server.app.services, { title: 'resume' });
    const id = incident._id.toHexString();
    const first = subscribeEvents(server.wsUrl, { incidentId: id });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await post(POST_UPDATE, { id, status: 'IDENTIFIED', body: 'u1' });
    const [seen] = await first.waitFor(1);
    await first.close();
    for (const body of ['u2', 'u3', 'u4']) {
      await post(POST_UPDATE, { id, status: 'IDENTIFIED', body });
    }
    const resumed = subscribeEvents(server.wsUrl, { incidentId: id, after: seen?.cursor ?? '' });
    const replayed = await resumed.waitFor(3);
    await post(POST_UPDATE, { id, status: 'MONITORING', body: 'u5' });
    const all = await resumed.waitFor(4);
    expect(replayed.map((e) => e.update?.body)).toEqual(['u2', 'u3', 'u4']);
    expect(all.map((e) => e.update?.body)).toEqual(['u2', 'u3', 'u4', 'u5']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resumed.received).toHaveLength(4);
    await resumed.close();
  });

  it('should resume with no gap and no duplicate while writes race the resubscription', async () => {
    const incident = await makeIncident(server.app.services, { title: 'race' });
    const id = incident._id.toHexString();
    const start = subscribeEvents(server.wsUrl, { incidentId: id });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.app.services.recovery.record(commander, {
      incidentId: id,
      flow: 'orders',
      value: 0,
    });
    const [anchor] = await start.waitFor(1);
    await start.close();
    const writes = (async () => {
      for (let i = 1; i <= 40; i += 1)
        await server.app.services.recovery.record(commander, {
          incidentId: id,
          flow: 'orders',
          value: i,
        });
    })();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const resumed = subscribeEvents(server.wsUrl, { incidentId: id, after: anchor?.cursor ?? '' });
    await writes;
    const events = await resumed.waitFor(40);
    expect(events.map((e) => e.sample?.value)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resumed.received).toHaveLength(40);
    await resumed.close();
  });

  it('should answer an error, not a silent restart, for an unknown cursor', async () => {
    const forged = Buffer.from('e1:999999999').toString('base64url');
    const stream = subscribeEvents(server.wsUrl, { after: forged });
    await expect(stream.waitFor(1, 5000)).rejects.toThrow(/NOT_FOUND|does not exist/);
    await stream.close();
    const garbage = subscribeEvents(server.wsUrl, { after: 'garbage' });
    await expect(garbage.waitFor(1, 5000)).rejects.toThrow(/BAD_USER_INPUT|cursor/);
    await garbage.close();
  });

  it('should only deliver events of the incident asked for', async () => {
    const a = await makeIncident(server.app.services);
    const b = await makeIncident(server.app.services);
    const stream = subscribeEvents(server.wsUrl, { incidentId: b._id.toHexString() });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.app.services.recovery.record(commander, {
      incidentId: a._id.toHexString(),
      flow: 'orders',
      value: 1,
    });
    await server.app.services.recovery.record(commander, {
      incidentId: b._id.toHexString(),
      flow: 'orders',
      value: 2,
    });
    const [event] = await stream.waitFor(1);
    expect(event?.sample?.value).toBe(2);
    await stream.close();
  });
});

describe('graphql-ws protocol', () => {
  it('should close with 4401 when subscribing before the connection is acknowledged', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.send({ id: '1', type: 'subscribe', payload: { query: EVENTS.toString() } });
    expect((await raw.closed).code).toBe(4401);
  });

  it('should close with 4429 when connection_init is sent twice', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.send({ type: 'connection_init' });
    expect((await raw.nextMessage()).type).toBe('connection_ack');
    raw.send({ type: 'connection_init' });
    expect((await raw.closed).code).toBe(4429);
  });

  it('should close with 4409 when a subscription id is already taken', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.send({ type: 'connection_init' });
    await raw.nextMessage();
    raw.send({ id: 'same', type: 'subscribe', payload: { query: EVENTS.toString() } });
    raw.send({ id: 'same', type: 'subscribe', payload: { query: EVENTS.toString() } });
    expect((await raw.closed).code).toBe(4409);
  });

  it('should close with 4400 when a message is not valid', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.send('{"type":"nonsense"}');
    expect((await raw.closed).code).toBe(4400);
  });

  it('should close with 4403 when the token is not valid', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.send({ type: 'connection_init', payload: { authorization: 'Bearer wr_nope' } });
    expect((await raw.closed).code).toBe(4403);
  });

  it('should answer pings with pongs', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.send({ type: 'connection_init' });
    await raw.nextMessage();
    raw.send({ type: 'ping' });
    expect((await raw.nextMessage()).type).toBe('pong');
    raw.socket.close();
  });

  it('should enforce roles over WebSocket exactly as over HTTP', async () => {
    const incident = await makeIncident(server.app.services);
    const raw = await rawSocket(server.wsUrl);
    raw.send({
      type: 'connection_init',
      payload: { authorization: `Bearer ${server.tokens.VIEWER}` },
    });
    await raw.nextMessage();
    raw.send({
      id: 'm',
      type: 'subscribe',
      payload: {
        query: POST_UPDATE.toString(),
        variables: { id: incident._id.toHexString(), status: 'IDENTIFIED', body: 'x' },
      },
    });
    const message = await raw.nextMessage();
    expect(message.type).toBe('next');
    expect(JSON.stringify(message)).toContain('FORBIDDEN');
    raw.socket.close();
  });
});
