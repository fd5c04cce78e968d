/**
 * `npm run bench:import`: time to import a Statuspage v2 `incidents.json` of 5,000 incidents
 * (4 updates each, 20 components in 4 groups) through `importStatuspage`, then to import it
 * again (every incident unchanged), then once more with one new update on every 10th incident.
 *
 * Starts the embedded engine in a temporary directory (removed afterwards, even on error) and
 * imports in-process, the way `npm run import` does. Options: --incidents 5000 --updates 4
 * --batch 250.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { spawnEmbeddedMongo, type SpawnedEngine } from '@war-room/embedded-mongo';
import { createServices } from '../../server/src/app/services.js';
import { ensureIndexes } from '../../server/src/db/connect.js';

const { values: args } = parseArgs({
  options: {
    incidents: { type: 'string', default: '5000' },
    updates: { type: 'string', default: '4' },
    batch: { type: 'string', default: '250' },
  },
});
const count = Number(args.incidents);
const perIncident = Number(args.updates);
const batchSize = Number(args.batch);
for (const [name, value] of [
  ['incidents', count],
  ['updates', perIncident],
  ['batch', batchSize],
] as const) {
  if (!Number.isInteger(value) || value < 1 || value > 100_000) {
    console.error(`--${name} must be an integer from 1 to 100000`);
    process.exit(2);
  }
}

const statuses = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
const impacts = ['none', 'minor', 'major', 'critical'] as const;
const componentIds = Array.from({ length: 20 }, (_, i) => `bc${String(i).padStart(10, '0')}`);

interface SpUpdate {
  id: string;
  status: string;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: { code: string; name: string; old_status: string; new_status: string }[];
}

function makeUpdate(incidentId: string, n: number, at: number): SpUpdate {
  const status = statuses[Math.min(n, statuses.length - 1)] ?? 'resolved';
  const time = new Date(at + n * 600_000).toISOString();
  const component = componentIds[(at / 3_600_000) % componentIds.length] ?? 'bc0';
  return {
    id: `${incidentId}u${n}`,
    status,
    body: `Synthetic update ${n} of ${incidentId}: the checkout flow is ${status}.`,
    incident_id: incidentId,
    created_at: time,
    updated_at: time,
    display_at: time,
    affected_components:
      n === 0
        ? [
            {
              code: component,
              name: `Component ${component}`,
              old_status: 'operational',
              new_status: 'partial_outage',
            },
          ]
        : [],
  };
}

/** A synthetic `incidents.json`, oldest incident first, one hour apart, all resolved. */
function document(extraEvery: number): string {
  const start = Date.UTC(2024, 0, 1);
  const incidents = Array.from({ length: count }, (_, i) => {
    const id = `bi${String(i).padStart(10, '0')}`;
    const at = start + i * 3_600_000;
    const updates = Array.from({ length: perIncident }, (_, n) => makeUpdate(id, n, at));
    const last = updates.at(-1);
    if (last) last.status = 'resolved';
    if (extraEvery > 0 && i % extraEvery === 0) {
      const extra = makeUpdate(id, perIncident, at);
      extra.status = 'resolved';
      extra.body = `A late note on ${id}.`;
      updates.push(extra);
    }
    return {
      id,
      name: `[synthetic] Incident ${i}`,
      status: 'resolved',
      impact: impacts[i % impacts.length],
      created_at: new Date(at).toISOString(),
      updated_at: updates.at(-1)?.created_at,
      monitoring_at: null,
      resolved_at: updates.at(-1)?.created_at,
      started_at: new Date(at).toISOString(),
      shortlink: `https://stspg.io/${id}`,
      page_id: 'benchpage',
      incident_updates: updates.reverse(),
      components: [],
    };
  });
  return JSON.stringify({
    page: {
      id: 'benchpage',
      name: 'Bench',
      url: 'https://bench.example.com',
      time_zone: 'Etc/UTC',
    },
    incidents: incidents.reverse(),
  });
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'warroom-bench-import-'));
  let engine: SpawnedEngine | null = null;
  try {
    engine = await spawnEmbeddedMongo({ dbpath: path.join(dir, 'db') });
    await mongoose.connect(`${engine.uri}/benchimport`);
    await ensureIndexes();
    const services = createServices();
    const viewer = { role: 'COMMANDER' as const, name: 'bench', tokenId: null };
    const runs = [
      { name: 'first import', json: document(0) },
      { name: 'same page again', json: document(0) },
      { name: 'every 10th incident has a new update', json: document(10) },
    ];
    console.log(
      `${count} incidents × ${perIncident} updates, ${componentIds.length} components, ` +
        `batches of ${batchSize}, document ${(Buffer.byteLength(runs[0]?.json ?? '') / 1048576).toFixed(1)} MB`,
    );
    for (const run of runs) {
      const started = performance.now();
      const result = await services.statuspage.importStatuspage(
        viewer,
        { json: run.json },
        {
          batchSize,
          onProgress: (done, total) => {
            if (done % 500 === 0 || done === total) process.stdout.write(`\r  ${done}/${total}`);
          },
        },
      );
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `\r${run.name.padEnd(40)} ${seconds.toFixed(1).padStart(6)} s  ` +
          `created ${result.incidentsCreated}, updated ${result.incidentsUpdated}, ` +
          `unchanged ${result.incidentsUnchanged}, updates ${result.updatesCreated}, ` +
          `errors ${result.errors.length}`,
      );
    }
  } finally {
    await mongoose.disconnect().catch(() => undefined);
    await engine?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench:import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
