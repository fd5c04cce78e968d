import { loadConfig } from './app/config.js';
import { createLogger } from './app/logger.js';
import { startApp } from './app/server.js';
import { connectDatabase } from './db/connect.js';
import { announceServer, registryDir, resolveDataDir } from './db/data-dir.js';

/** Composition root: config → database → app → listen → graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await connectDatabase({
    uri: config.MONGODB_URI,
    dataDir: config.DATA_DIR,
    logger,
  });
  const app = await startApp({ config, logger });
  // Lets `npm run token` and the other scripts find this server's database.
  const unannounce = announceServer(
    { url: app.url, dataDir: config.MONGODB_URI ? null : resolveDataDir(config.DATA_DIR) },
    registryDir(config.RUN_DIR),
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown took over 15 s; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    unannounce();
    app
      .close()
      .then(() => database.close())
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
