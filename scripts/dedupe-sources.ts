/**
 * `npm run db:dedupe-sources [-- --dry-run]`: merges incidents and components imported twice
 * from the same upstream source (stored before the unique `source_unique` indexes existed, which
 * such duplicates keep from being built), then builds the indexes. `--dry-run` lists each group
 * (the document kept, those merged into it, what moves) and writes nothing. Uses MONGODB_URI, or
 * the embedded engine of DATA_DIR (the running server's, if one is up), never a new database.
 */
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { createServices } from '../server/src/app/services.js';
import { ensureIndexes } from '../server/src/db/connect.js';
import { describeBlockedIndex } from '../server/src/db/indexes.js';
import { dedupeSources, type SourceDuplicates } from '../server/src/db/source.dedupe.js';
import { openScriptDatabase } from './database.js';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const dryRun = values['dry-run'];

function describe(group: SourceDuplicates): string {
  const moved = Object.entries(group.moves)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`)
    .join(', ');
  return (
    `${group.kind} ${group.pageId ?? '(no page)'}/${group.sourceId}: keep ${group.keep}, ` +
    `merge ${group.merge.join(', ')}${moved ? ` (moves ${moved})` : ''}`
  );
}

const database = await openScriptDatabase({ create: false });
try {
  const { events } = createServices();
  // As the server does at start: finish events a crash left half-applied (a merge among them)
  // before reading what to merge.
  const repaired = await events.repairPending();
  if (repaired > 0) console.log(`finished ${repaired} event(s) a crash left pending`);
  const groups = await dedupeSources({ events, dryRun });
  for (const group of groups)
    console.log(`${dryRun ? 'would merge' : 'merged'} ${describe(group)}`);
  console.log(
    groups.length === 0
      ? 'no duplicates by upstream source'
      : `${groups.length} group(s) ${dryRun ? 'to merge (dry run: nothing written)' : 'merged'}`,
  );
  if (!dryRun) {
    const blocked = await ensureIndexes();
    for (const index of blocked) console.error(describeBlockedIndex(index));
    if (blocked.length > 0) process.exitCode = 1;
    else console.log('every declared index is built');
  }
} finally {
  await database.close();
  if (mongoose.connection.readyState !== mongoose.ConnectionStates.disconnected)
    await mongoose.disconnect();
}
