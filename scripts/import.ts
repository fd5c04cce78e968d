/**
 * `npm run import -- statuspage <file> [--page-name NAME]`: imports a Statuspage v2 document
 * (incidents.json, unresolved.json, summary.json or one incident) into the database the server
 * uses (MONGODB_URI, or the embedded engine under DATA_DIR), through the same importer as the
 * `importStatuspage` mutation. Importing the same page again updates instead of duplicating.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../server/src/app/config.js';
import { createLogger } from '../server/src/app/logger.js';
import { createServices } from '../server/src/app/services.js';
import { connectDatabase, ensureIndexes } from '../server/src/db/connect.js';
import { describeBlockedIndex } from '../server/src/db/indexes.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'page-name': { type: 'string' } },
});
const [format, file] = positionals;
if (format !== 'statuspage' || file === undefined) {
  console.error('usage: npm run import -- statuspage <file.json> [--page-name NAME]');
  process.exit(2);
}
const json = readFileSync(file, 'utf8');
const config = loadConfig();
const database = await connectDatabase({
  uri: config.MONGODB_URI,
  dataDir: config.DATA_DIR,
  logger: createLogger('warn'),
});
try {
  // Imports still work without the unique source indexes, but two at once may duplicate.
  for (const blocked of await ensureIndexes())
    console.error(`warning: ${describeBlockedIndex(blocked)}`);
  const started = Date.now();
  const result = await createServices().statuspage.importStatuspage(
    { role: 'COMMANDER', name: 'import (command line)', tokenId: null },
    { json, ...(values['page-name'] !== undefined ? { pageName: values['page-name'] } : {}) },
    { onProgress: (done, total) => process.stdout.write(`\rincidents ${done}/${total}`) },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\nimported in ${seconds} s: ${result.incidentsCreated} incidents created, ` +
      `${result.incidentsUpdated} updated, ${result.incidentsUnchanged} unchanged; ` +
      `${result.updatesCreated} updates; ${result.componentsCreated} components created, ` +
      `${result.componentsUpdated} updated`,
  );
  for (const error of result.errors) console.error(`not imported: ${error}`);
  if (result.errors.length > 0) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof GraphQLError)) throw error;
  console.error(`refused: ${error.message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
