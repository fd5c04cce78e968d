import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setBlockedIndexes, setEngineStats } from '../common/metrics.js';
import {
  blockedIndexes,
  databaseAvailable,
  ensureIndexes,
  pingDatabase,
  readEngineStats,
} from '../db/connect.js';
import { describeBlockedIndex } from '../db/indexes.js';
import { createReadAccess } from '../auth/access.js';
import { startDrillRunner } from '../drills/drill.runner.js';
import { rateLimited, unavailable, withHttpStatus } from '../common/errors.js';
import { createLiveService } from '../live/live.service.js';
import { createTailer } from '../live/tailer.js';
import { createInteropRouter } from '../interop/interop.router.js';
import { seedDemo } from '../seed/demo.js';
import type { Config } from './config.js';
import { createContext, type Context } from './context.js';
import { createApollo, limitRules } from './graphql.js';
import { exportRoutes } from './exports.http.js';
import { graphqlHttpPlugin, rememberHttpRequest } from './graphql-http.plugin.js';
import { createHttpApp } from './http.js';
import type { Logger } from './logger.js';
import { createGraphqlObservability, metricsHandler } from './observability.js';
import { clientAddressOf, createRateLimits, rateLimitSettings } from './rate-limits.js';
import { buildSchema } from './schema.js';
import { createServices, type Services } from './services.js';
import { startWsServer } from './ws.server.js';
import { secretKey } from '../webhooks/webhook.crypto.js';
import { createWebhookDispatcher } from '../webhooks/webhook.dispatcher.js';

export interface RunningApp {
  url: string;
  port: number;
  httpServer: Server;
  services: Services;
  /**
   * Stops accepting, finishes in-flight requests (1.5 s at most), sends every WebSocket 1001;
   * the database stays open. `exiting`: the process exits next, so WebSockets are not waited
   * for (nor cut one by one, which at 10,000 blocks the event loop for seconds): the close
   * frames are written and the exit closes the sockets.
   */
  close(options?: { exiting?: boolean }): Promise<void>;
}

/** How long in-flight HTTP requests may take on shutdown before their connections are cut. */
const drainGraceMs = 1500;

/**
 * Counts HTTP requests in flight (upgrades are not requests), so shutdown can wait for them
 * and only them: Node's `closeIdleConnections`/`closeAllConnections` leave WebSockets alone.
 */
function trackRequests(server: Server) {
  let active = 0;
  let idle: (() => void) | null = null;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    active += 1;
    res.once('close', () => {
      active -= 1;
      if (active === 0) idle?.();
    });
  });
  return {
    /** Resolves when no request is in flight, or after `ms` whatever is left. */
    drained(ms: number): Promise<void> {
      if (active === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          idle = null;
          resolve();
        }
        idle = done;
      });
    },
  };
}

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock?: () => Date;
}

/** How often a unique index the data blocked is tried again (the dedupe command may have run). */
const indexRetryMs = 60_000;

/**
 * Builds the declared indexes. One that duplicates in the data block is logged (with the
 * command that merges them) and tried again every minute, so the server serves meanwhile and
 * notices when the duplicates are gone; `/readyz` and `/metrics` say so until then.
 */
async function buildIndexes(logger: Logger): Promise<NodeJS.Timeout | undefined> {
  const blocked = await ensureIndexes();
  if (blocked.length === 0) return undefined;
  for (const index of blocked) logger.error({ blockedIndex: index }, describeBlockedIndex(index));
  const retry = setInterval(() => {
    ensureIndexes().then(
      (still) => {
        if (still.length > 0) return;
        logger.info('every declared index is built now');
        clearInterval(retry);
      },
      (error: unknown) => logger.warn({ err: error }, 'could not retry the blocked indexes'),
    );
  }, indexRetryMs);
  retry.unref();
  return retry;
}

/** Assumes mongoose is connected. Repairs the event log, seeds, then serves. */
export async function startApp({ config, logger, clock }: AppOptions): Promise<RunningApp> {
  const webhookKey = config.WEBHOOK_SECRET_KEY ? secretKey(config.WEBHOOK_SECRET_KEY) : null;
  const services = createServices({
    ...(clock ? { clock } : {}),
    ...(config.UPDATE_CADENCE_MINUTES ? { cadence: config.UPDATE_CADENCE_MINUTES } : {}),
    webhooks: { key: webhookKey, allowPrivate: config.WEBHOOK_ALLOW_PRIVATE },
  });
  const indexRetry = await buildIndexes(logger);
  const repaired = await services.events.repairPending();
  if (repaired > 0) logger.warn({ repaired }, 'finished events interrupted by a crash');
  if (config.BOOTSTRAP_ADMIN_TOKEN)
    await services.tokens.bootstrapAdmin(config.BOOTSTRAP_ADMIN_TOKEN);
  if (config.SEED_DEMO) {
    const seeded = await seedDemo(services);
    if (seeded) logger.info('loaded the demo incident into an empty database');
  }

  // Incidents stored before milestone marks existed get them in the background; stats read
  // their samples until then, so nothing waits for it.
  const stopBackfill = new AbortController();
  const backfill = services.recovery
    .backfillMarks(stopBackfill.signal)
    .then((count) => {
      if (count > 0) logger.info({ count }, 'completed the recovery milestone marks of incidents');
    })
    .catch((error: unknown) => {
      if (!stopBackfill.signal.aborted)
        logger.error({ err: error }, 'recovery milestone backfill failed');
    });

  const drillRunner = startDrillRunner({
    drills: services.drills,
    onError: (error, drillId) =>
      drillId === undefined
        ? logger.error({ err: error }, 'drill runner pass failed')
        : logger.error({ err: error, drillId }, 'drill runner: a drill failed; retried next pass'),
  });
  const tailer = createTailer({ events: services.events, logger });
  await tailer.start();
  const stopPoking = services.events.onCommitted(tailer.poke);
  const webhooks = createWebhookDispatcher({
    events: services.events,
    incidents: services.incidents,
    components: services.components,
    key: webhookKey,
    allowPrivate: config.WEBHOOK_ALLOW_PRIVATE,
    pageId: config.PAGE_ID,
    ...(clock ? { clock } : {}),
    retry: { baseMs: config.WEBHOOK_RETRY_BASE_MS, maxAgeMs: config.WEBHOOK_MAX_AGE_MS },
    pollMs: config.WEBHOOK_POLL_MS,
    leaseMs: config.WEBHOOK_LEASE_MS,
    onError: (error) => logger.error({ err: error }, 'webhook dispatcher'),
  });
  webhooks.start();
  // Woken by this instance's commits at once, and by every other instance's as the tailer hears
  // them; the dispatcher's poll only covers a tailer that has fallen silent.
  const stopWebhookPoking = services.events.onCommitted(webhooks.poke);
  const stopWebhookListening = tailer.listen(() => webhooks.poke());
  const access = createReadAccess({ publicRead: config.PUBLIC_READ });
  const live = createLiveService({
    tailer,
    access,
    maxQueue: config.WS_MAX_QUEUED_EVENTS,
  });
  const deps = { services, live };

  const observability = createGraphqlObservability();
  setEngineStats(readEngineStats);
  setBlockedIndexes(blockedIndexes);
  const schema = buildSchema();
  const limits = createRateLimits(rateLimitSettings(config));
  const clientAddress = clientAddressOf(config.TRUST_PROXY);
  const httpServer = createServer();
  const ws = startWsServer({
    httpServer,
    schema,
    tokens: services.tokens,
    context: (viewer) => createContext(deps, viewer),
    access,
    rules: limitRules,
    logger,
    maxBufferedBytes: config.WS_MAX_BUFFERED_BYTES,
    maxQueuedEvents: config.WS_MAX_QUEUED_EVENTS,
    maxSubscriptionsPerConnection: config.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    maxConnectionsPerToken: config.WS_MAX_CONNECTIONS_PER_TOKEN,
    keepAliveMs: config.WS_KEEPALIVE_MS,
    initTimeoutMs: config.WS_INIT_TIMEOUT_MS,
    admit: async (viewer, operation, request) => {
      const wait = await limits.admit({ viewer, operation, address: clientAddress(request) });
      return wait === null ? null : [rateLimited(wait)];
    },
  });
  const apollo = createApollo({
    schema,
    logger,
    production: config.NODE_ENV === 'production',
    plugins: [graphqlHttpPlugin(limits), observability.plugin],
  });
  await apollo.start();

  const graphql = express.Router();
  graphql.use(express.json({ limit: '1mb' }));
  graphql.use(
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        // Refused at once rather than queued behind a reconnecting driver: clients retry.
        if (!databaseAvailable()) throw unavailable();
        let viewer;
        try {
          viewer = await services.tokens.authenticate(req.headers.authorization);
          access.requireRead(viewer, 'This server requires a bearer token for every operation');
        } catch (error) {
          throw withHttpStatus(error, 401);
        }
        const context = createContext(deps, viewer);
        rememberHttpRequest(context, req);
        return observability.bind(context, res);
      },
    }),
  );
  const interop = createInteropRouter({
    services,
    config,
    access,
    logger,
  });
  const app = createHttpApp({
    webDist: config.WEB_DIST,
    isReady: pingDatabase,
    blockedIndexes,
    graphql,
    exports: exportRoutes({ services, access }),
    metrics: metricsHandler(config.METRICS_TOKEN),
    interop,
    logger,
    trustProxy: config.TRUST_PROXY,
  });
  httpServer.on('request', app);
  const inFlight = trackRequests(httpServer);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const address = httpServer.address();
  if (!address || typeof address === 'string') throw new Error('HTTP server has no TCP address');
  const { port } = address;
  const url = `http://${config.HOST}:${port}`;
  // `instance`: this process's name in webhook leases (`leaseOwner`), to tell instances apart.
  logger.info({ url, instance: webhooks.owner }, 'War Room is serving');

  return {
    url,
    port,
    httpServer,
    services,
    async close(options = {}) {
      clearInterval(indexRetry);
      stopPoking();
      stopBackfill.abort();
      await backfill;
      await drillRunner.stop();
      stopWebhookPoking();
      // Stop accepting first: no new TCP connection, no new WebSocket upgrade. Then HTTP drains
      // (bounded), sockets get 1001, and nothing waits on replays.
      ws.stopAccepting();
      if (httpServer.listening) httpServer.close();
      httpServer.closeIdleConnections();
      stopWebhookListening();
      await Promise.all([
        webhooks.stop(),
        ws.close({ wait: options.exiting !== true }),
        inFlight.drained(drainGraceMs).then(() => httpServer.closeAllConnections()),
      ]);
      await apollo.stop();
      logger.debug('HTTP and WebSocket drained');
      await tailer.stop();
      logger.debug('event tailer stopped');
    },
  };
}
