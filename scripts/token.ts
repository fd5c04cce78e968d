/**
 * `npm run token -- --role COMMANDER --name "war room laptop"`: creates an API token and prints
 * its secret once. Uses MONGODB_URI, or the embedded engine of DATA_DIR (the running server's,
 * if one is up).
 */
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { loadConfig } from '../server/src/app/config.js';
import { createLogger } from '../server/src/app/logger.js';
import { createTokenService } from '../server/src/auth/token.service.js';
import { isRole } from '../server/src/auth/viewer.js';
import { connectDatabase, ensureIndexes } from '../server/src/db/connect.js';

const { values } = parseArgs({ options: { role: { type: 'string' }, name: { type: 'string' } } });
if (!isRole(values.role) || !values.name) {
  console.error(
    'usage: npm run token -- --role VIEWER|RESPONDER|COMMANDER|ADMIN --name "<who holds it>"',
  );
  process.exit(2);
}
const config = loadConfig();
const database = await connectDatabase({
  uri: config.MONGODB_URI,
  dataDir: config.DATA_DIR,
  logger: createLogger('warn'),
});
try {
  await ensureIndexes();
  const token = await createTokenService().issue(values.name, values.role);
  console.log(`created ${token.role} token "${token.name}" (id ${token._id.toHexString()})`);
  console.log(`secret (shown once, store it now): ${token.token}`);
} finally {
  await database.close();
  if (mongoose.connection.readyState !== mongoose.ConnectionStates.disconnected)
    await mongoose.disconnect();
}
