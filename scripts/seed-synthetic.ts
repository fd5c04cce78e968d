/**
 * `npm run seed:synthetic -- --incidents N`: adds N clearly synthetic incidents ("[synthetic]" in
 * the title) spread over the last two years, through the same importer users use.
 */
import { parseArgs } from 'node:util';
import { createServices } from '../server/src/app/services.js';
import { ensureIndexes } from '../server/src/db/connect.js';
import { seedSynthetic } from '../server/src/seed/synthetic.js';
import { openScriptDatabase } from './database.js';

const { values } = parseArgs({
  options: {
    incidents: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    create: { type: 'boolean', default: false },
  },
});
const count = Number(values.incidents);
if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
  console.error('usage: npm run seed:synthetic -- --incidents N [--create]   (1 ≤ N ≤ 1,000,000)');
  process.exit(2);
}
const database = await openScriptDatabase({ create: values.create });
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
