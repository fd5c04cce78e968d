import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { rawSocket } from '../support/ws.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { WS_KEEPALIVE_MS: '300', WS_INIT_TIMEOUT_MS: '300' } });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

describe('socket hygiene', () => {
  it('should close with 4408 when connection_init never comes', async () => {
    const raw = await rawSocket(server.wsUrl);
    expect((await raw.closed).code).toBe(4408);
  });

  it('should drop a half-open socket that stops answering pings', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.send({ type: 'connection_init' });
    expect((await raw.nextMessage()).type).toBe('connection_ack');
    // A paused socket reads nothing, so it never answers the server's pings: as a dead peer.
    raw.socket.pause();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    raw.socket.resume();
    const closed = await raw.closed;
    expect(closed.code).not.toBe(1000);
    expect(server.app.httpServer.listening).toBe(true);
  });

  it('should keep a responsive socket open across several ping intervals', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.send({ type: 'connection_init' });
    await raw.nextMessage();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
  });
});
