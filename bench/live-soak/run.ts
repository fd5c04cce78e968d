/**
 * `npm run bench:live-soak`: does the server's memory stay flat while subscribers come and go?
 * Runs War Room in this process (over a spawned embedded engine in a temp dir) and repeats
 * rounds of: open N subscribers, post M mutations, wait until every subscriber has every event,
 * close them all. After each round it forces a GC and prints the heap; the last rounds' heap
 * should not grow with the number of rounds. Needs `--expose-gc` (the npm script passes it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import WebSocket from 'ws';
import { loadConfig } from '../../server/src/app/config.js';
import { createLogger } from '../../server/src/app/logger.js';
import { startApp } from '../../server/src/app/server.js';
import type { Viewer } from '../../server/src/auth/viewer.js';
import { spawnEmbeddedMongo } from '@war-room/embedded-mongo';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '12' },
    subscribers: { type: 'string', default: '300' },
    mutations: { type: 'string', default: '20' },
  },
});
const rounds = Number(values.rounds);
const subscribers = Number(values.subscribers);
const mutations = Number(values.mutations);
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:live-soak does)');

const commander: Viewer = { role: 'COMMANDER', name: 'soak', tokenId: null };
const dir = mkdtempSync(path.join(tmpdir(), 'warroom-soak-'));
const engine = await spawnEmbeddedMongo({ dbpath: path.join(dir, 'db') });
try {
  await mongoose.connect(`${engine.uri}/soak`);
  const config = loadConfig({
    PORT: '0',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    MONGODB_URI: `${engine.uri}/soak`,
    RATE_LIMITS: 'false',
  });
  const app = await startApp({ config, logger: createLogger('silent') });
  const ws = `${app.url.replace(/^http/, 'ws')}/graphql`;
  const incident = await app.services.incidents.declare(commander, {
    title: 'soak',
    impact: 'MINOR',
    body: 'soak test',
  });
  const heaps: number[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    let received = 0;
    const sockets = await Promise.all(
      Array.from(
        { length: subscribers },
        () =>
          new Promise<WebSocket>((resolve, reject) => {
            const socket = new WebSocket(ws, 'graphql-transport-ws');
            socket.on('error', reject);
            socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
            socket.on('message', (data: Buffer) => {
              const type: unknown = (JSON.parse(data.toString('utf8')) as { type?: unknown }).type;
              if (type === 'connection_ack') {
                socket.send(
                  JSON.stringify({
                    id: 'e',
                    type: 'subscribe',
                    payload: { query: 'subscription { events { cursor sample { value } } }' },
                  }),
                );
                setTimeout(() => resolve(socket), 20);
              } else if (type === 'next') {
                received += 1;
              }
            });
          }),
      ),
    );
    for (let i = 0; i < mutations; i += 1) {
      await app.services.recovery.record(commander, {
        incidentId: incident._id.toHexString(),
        flow: 'orders',
        value: i,
      });
    }
    const deadline = Date.now() + 60_000;
    while (received < subscribers * mutations && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    await Promise.all(
      sockets.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.once('close', () => resolve());
            s.close();
          }),
      ),
    );
    await new Promise((r) => setTimeout(r, 200));
    gc();
    gc();
    const heap = process.memoryUsage().heapUsed / 1024 / 1024;
    heaps.push(heap);
    console.log(
      `round ${String(round).padStart(2)}: ${received}/${subscribers * mutations} events delivered, heap after GC ${heap.toFixed(1)} MiB`,
    );
  }
  const half = Math.floor(heaps.length / 2);
  const early = heaps.slice(1, half);
  const late = heaps.slice(half);
  const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
  console.log(
    `heap mean rounds 2–${half}: ${mean(early).toFixed(1)} MiB; rounds ${half + 1}–${rounds}: ${mean(late).toFixed(1)} MiB; growth ${(mean(late) - mean(early)).toFixed(1)} MiB over ${rounds - half} rounds`,
  );
  await app.close();
} finally {
  await mongoose.disconnect();
  await engine.stop();
  rmSync(dir, { recursive: true, force: true });
}
