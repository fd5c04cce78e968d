/**
 * `npm run token -- --role COMMANDER --name "war room laptop"`: creates an API token and prints
 * its secret once. Uses MONGODB_URI, or the embedded engine of DATA_DIR (the running server's,
 * if one is up); refuses to create a new database unless given `--create`.
 */
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { createTokenService } from '../server/src/auth/token.service.js';
import { isRole } from '../server/src/auth/viewer.js';
import { ensureIndexes } from '../server/src/db/connect.js';
import { openScriptDatabase } from './database.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    create: { type: 'boolean', default: false },
  },
});
if (!isRole(values.role) || !values.name) {
  console.error(
    'usage: npm run token -- --role VIEWER|RESPONDER|COMMANDER|ADMIN --name "<who holds it>" [--create]',
  );
  process.exit(2);
}
const database = await openScriptDatabase({ create: values.create });
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
