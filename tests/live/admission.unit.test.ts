import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import { nextFrame } from '../../server/src/app/ws.server.js';
import { createAdmission } from '../../server/src/live/admission.js';

describe('the replay admission queue', () => {
  it('should run steps in arrival order, yielding to the event loop once a turn is over budget', async () => {
    let clock = 0;
    const admission = createAdmission({ budgetMs: 5, now: () => clock });
    const log: string[] = [];
    const steps = [1, 2, 3, 4].map((n) =>
      admission.run(() => {
        log.push(`step ${n}`);
        clock += 3; // each step costs 3 ms: two fit in a 5 ms turn
      }),
    );
    // Queued after the first turn was scheduled, like a request arriving meanwhile.
    setImmediate(() => log.push('other work'));
    expect(admission.waiting()).toBe(4);
    await Promise.all(steps);
    expect(log).toEqual(['step 1', 'step 2', 'other work', 'step 3', 'step 4']);
    expect(admission.waiting()).toBe(0);
  });

  it('should reject the step that threw and go on with the next', async () => {
    const admission = createAdmission();
    const failing = admission.run(() => {
      throw new Error('boom');
    });
    let ran = false;
    const next = admission.run(() => {
      ran = true;
    });
    await expect(failing).rejects.toThrow('boom');
    await next;
    expect(ran).toBe(true);
  });
});

describe('a pre-framed next message', () => {
  it('should reach a ws client as text messages with the exact bytes, whatever the length', async () => {
    const prefix = Buffer.from('{"id":"a-1","type":"next","payload":');
    // Message lengths exactly at RFC 6455's 7-bit, 16-bit and 64-bit length encodings.
    const payloads = [10, 125, 126, 200, 65_535, 70_000].map((size) =>
      Buffer.from(
        JSON.stringify({ data: { x: 'y'.repeat(Math.max(0, size - prefix.length - 18)) } }),
      ),
    );
    const wss = new WebSocketServer({ noServer: true });
    const http = createServer();
    http.on('upgrade', (request, socket, head) =>
      wss.handleUpgrade(request, socket, head, () => {
        for (const payload of payloads) socket.write(nextFrame(prefix, payload));
      }),
    );
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const address = http.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    try {
      const received = await new Promise<{ text: string; binary: boolean }[]>((resolve, reject) => {
        const messages: { text: string; binary: boolean }[] = [];
        client.on('message', (data: Buffer, binary: boolean) => {
          messages.push({ text: data.toString('utf8'), binary });
          if (messages.length === payloads.length) resolve(messages);
        });
        client.on('error', reject);
      });
      expect(received).toEqual(
        payloads.map((payload) => ({
          text: `${prefix.toString()}${payload.toString()}}`,
          binary: false,
        })),
      );
      expect(JSON.parse(received[0]?.text ?? '')).toMatchObject({ id: 'a-1', type: 'next' });
    } finally {
      client.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    }
  });
});
