/**
 * `npm run bench:webhooks`: webhook delivery lag (event commit → receiver) for 10 subscriptions
 * under a burst of 500 events. Starts the embedded engine in a temporary directory and War Room
 * in this process (127.0.0.1, port 0), 10 loopback receivers answering 204 at once, one
 * `WAR_ROOM` subscription each, then posts 500 status updates back to back. Each receiver notes
 * when each body arrives; the lag is that minus the event's commit time (`at` in the body), on
 * the same clock. Prints p50 / p99 / max and the time until the last delivery.
 * Options: --subscriptions 10 --events 500 --poll-ms 1000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { spawnEmbeddedMongo, type SpawnedEngine } from '@war-room/embedded-mongo';
import { loadConfig } from '../../server/src/app/config.js';
import { createLogger } from '../../server/src/app/logger.js';
import { startApp, type RunningApp } from '../../server/src/app/server.js';

const { values: args } = parseArgs({
  options: {
    subscriptions: { type: 'string', default: '10' },
    events: { type: 'string', default: '500' },
    'poll-ms': { type: 'string', default: '1000' },
  },
});
const subscriptions = Number(args.subscriptions);
const events = Number(args.events);

interface Receiver {
  server: Server;
  url: string;
  lags: number[];
}

async function receiver(): Promise<Receiver> {
  const lags: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const now = Date.now();
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { at: string };
      lags.push(now - new Date(body.at).getTime());
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/hook`, lags };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'warroom-bench-webhooks-'));
  let engine: SpawnedEngine | null = null;
  let app: RunningApp | null = null;
  const receivers: Receiver[] = [];
  try {
    engine = await spawnEmbeddedMongo({ dbpath: path.join(dir, 'db') });
    const uri = `${engine.uri}/benchwebhooks`;
    await mongoose.connect(uri);
    const config = loadConfig({
      PORT: '0',
      MONGODB_URI: uri,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      RATE_LIMITS: 'false',
      WEBHOOK_SECRET_KEY: 'bench-webhook-key-0123456789',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_POLL_MS: args['poll-ms'],
    });
    app = await startApp({ config, logger: createLogger('silent') });
    const admin = { role: 'ADMIN' as const, name: 'bench', tokenId: null };
    const incident = await app.services.incidents.declare(admin, {
      title: 'Bench incident',
      impact: 'MINOR',
      body: 'Starting.',
    });
    for (let i = 0; i < subscriptions; i++) {
      const r = await receiver();
      receivers.push(r);
      await app.services.webhooks.create(admin, { url: r.url, eventTypes: ['UPDATE_POSTED'] });
    }
    const started = Date.now();
    for (let i = 0; i < events; i++) {
      await app.services.updates.post(admin, {
        incidentId: incident._id.toHexString(),
        status: 'IDENTIFIED',
        body: `Burst update ${i}`,
      });
    }
    const committed = Date.now();
    const expected = subscriptions * events;
    for (let i = 0; i < 12_000; i++) {
      if (receivers.reduce((n, r) => n + r.lags.length, 0) >= expected) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const done = Date.now();
    const lags = receivers.flatMap((r) => r.lags).sort((a, b) => a - b);
    console.log(
      `${subscriptions} subscriptions × ${events} events: ${lags.length}/${expected} delivered; ` +
        `burst committed in ${((committed - started) / 1000).toFixed(1)} s, ` +
        `last delivery ${((done - committed) / 1000).toFixed(1)} s after the last commit`,
    );
    console.log(
      `lag commit → receiver: p50 ${quantile(lags, 0.5)} ms, p99 ${quantile(lags, 0.99)} ms, ` +
        `max ${lags.at(-1) ?? NaN} ms`,
    );
  } finally {
    await app?.close().catch(() => undefined);
    await Promise.all(
      receivers.map((r) => new Promise<void>((resolve) => r.server.close(() => resolve()))),
    );
    await mongoose.disconnect().catch(() => undefined);
    await engine?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench:webhooks failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
