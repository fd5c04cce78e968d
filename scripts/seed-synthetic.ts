/**
 * `npm run seed:synthetic -- --incidents N`: adds N clearly synthetic incidents ("[synthetic]" in
 * the title) spread over the last two years, through the same importer users use.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/app/config.js';
import { createLogger } from '../server/src/app/logger.js';
import { createServices } from '../server/src/app/services.js';
import { connectDatabase, ensureIndexes } from '../server/src/db/connect.js';
import { seedSynthetic } from '../server/src/seed/synthetic.js';

const { values } = parseArgs({
  options: {
    incidents: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
  },
});
const count = Number(values.incidents);
if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
  console.error('usage: npm run seed:synthetic -- --incidents N   (1 ≤ N ≤ 1,000,000)');
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
  const started = Date.now();
  await seedSynthetic(createServices(), {
    count,
    seed: Number(values.seed),
    onProgress: (n) => process.stdout.write(`\r${n}/${count}`),
  });
  console.log(
    `\nadded ${count} synthetic incidents in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  await database.close();
}
