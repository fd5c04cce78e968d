import { loadConfig } from './app/config.js';
import { createLogger } from './app/logger.js';
import { startApp } from './app/server.js';
import { connectDatabase } from './db/connect.js';
import { announceServer, registryDir, resolveDataDir } from './db/data-dir.js';

/** SIGTERM to exit, at most: the app gets most of it, the database the rest. */
const shutdownDeadlineMs = 2800;

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
    // A hard deadline whatever the clients do (reconnecting in a loop, never answering a close):
    // an orchestrator waits for this exit before it starts the replacement.
    const force = setTimeout(() => {
      logger.error(`shutdown took over ${shutdownDeadlineMs} ms; exiting`);
      process.exit(1);
    }, shutdownDeadlineMs);
    force.unref();
    unannounce();
    app
      .close({ exiting: true })
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
