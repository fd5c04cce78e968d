import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { rawSocket, subscribeEvents } from '../support/ws.js';
import { makeIncident } from '../support/factories.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { PUBLIC_READ: 'false' } });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

describe('PUBLIC_READ=false over WebSocket', () => {
  it('should close with 4403 when no token is given', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.send({ type: 'connection_init' });
    expect((await raw.closed).code).toBe(4403);
  });

  it('should stream to a VIEWER token', async () => {
    const stream = subscribeEvents(server.wsUrl, { token: server.tokens.VIEWER });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await makeIncident(server.app.services);
    const [event] = await stream.waitFor(1);
    expect(event?.type).toBe('INCIDENT_DECLARED');
    await stream.close();
  });
});
