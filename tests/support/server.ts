import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import type { Role } from '../../server/src/__generated__/resolvers-types.js';
import { loadConfig } from '../../server/src/app/config.js';
import { createLogger } from '../../server/src/app/logger.js';
import { startApp, type RunningApp } from '../../server/src/app/server.js';
import { mongoUri, uniqueDbName } from './mongo.js';

/** `mongodb://host[,host]/db?opts` with the database name replaced. */
export function withDatabase(uri: string, db: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(\/[^?]*)?(\?.*)?$/.exec(uri);
  if (!match?.[1]) throw new Error(`not a MongoDB URI: ${uri}`);
  return `${match[1]}/${db}${match[3] ?? ''}`;
}

export interface TestServer {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  dbName: string;
  mongoUri: string;
  app: RunningApp;
  /** A secret per role, created directly through the token service. */
  tokens: Record<Role, string>;
  adminToken: string;
  /** Stops the app and disconnects mongoose; `dropDatabase` also removes its data. */
  close(options?: { dropDatabase?: boolean }): Promise<void>;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  dbName?: string;
  clock?: () => Date;
}

/**
 * Starts the real server in this process on port 0, over the test database (embedded engine
 * or MONGODB_URI), in its own database so tests never see each other's data.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dbName = options.dbName ?? uniqueDbName('api');
  const adminToken = `boot_${randomBytes(24).toString('base64url')}`;
  const uri = withDatabase(mongoUri(), dbName);
  const config = loadConfig({
    PORT: '0',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    BOOTSTRAP_ADMIN_TOKEN: adminToken,
    MONGODB_URI: uri,
    // One client address runs every test: limits are tested where a test turns them on.
    RATE_LIMITS: 'false',
    ...options.env,
  });
  if (mongoose.connection.readyState !== mongoose.ConnectionStates.connected)
    await mongoose.connect(uri);
  else if (mongoose.connection.name !== dbName) {
    await mongoose.disconnect();
    await mongoose.connect(uri);
  }
  const app = await startApp({
    config,
    logger: createLogger('silent'),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const issue = async (role: Role) =>
    (await app.services.tokens.issue(`test ${role.toLowerCase()}`, role)).token;
  const tokens: Record<Role, string> = {
    VIEWER: await issue('VIEWER'),
    RESPONDER: await issue('RESPONDER'),
    COMMANDER: await issue('COMMANDER'),
    ADMIN: adminToken,
  };
  return {
    url: app.url,
    graphqlUrl: `${app.url}/graphql`,
    wsUrl: `${app.url.replace(/^http/, 'ws')}/graphql`,
    dbName,
    mongoUri: uri,
    app,
    tokens,
    adminToken,
    async close({ dropDatabase = false } = {}) {
      await app.close();
      if (dropDatabase) await mongoose.connection.dropDatabase();
      await mongoose.disconnect();
    },
  };
}
