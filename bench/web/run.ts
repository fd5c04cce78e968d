/**
 * Web benchmark: builds the dashboard, reports the initial JavaScript (gzip) each route needs
 * (entry + the route's lazy chunk and their static imports), then measures the time to first
 * render of the war room in headless Chromium against a local server, over several runs.
 *
 *   npm run bench:web            (RUNS=9 for more samples)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startServerProcess } from '../../tests/support/process.js';

const DIST = path.resolve('web/dist');
const BUDGET_KB = 300;
const RUNS = Number(process.env.RUNS ?? '7');
const CHROMIUM = '/usr/bin/chromium';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

function isManifest(value: unknown): value is Manifest {
  return typeof value === 'object' && value !== null;
}

function readManifest(): Manifest {
  const parsed: unknown = JSON.parse(readFileSync(path.join(DIST, '.vite/manifest.json'), 'utf8'));
  if (!isManifest(parsed)) throw new Error('unexpected manifest');
  return parsed;
}

/** The files a chunk needs before it runs: itself and its static imports, transitively. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

function gzipKb(files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files)
    bytes += gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;
  return bytes / 1024;
}

const ROUTES: Record<string, string> = {
  '/ (war room)': 'src/incidents/WarRoomPage.tsx',
  '/incidents/:id': 'src/incidents/IncidentPage.tsx',
  '/wallboard': 'src/wallboard/WallboardPage.tsx',
  '/history': 'src/history/HistoryPage.tsx',
};

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

async function sizes(): Promise<void> {
  await build({ configFile: path.resolve('web/vite.config.ts'), logLevel: 'warn' });
  const manifest = readManifest();
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) throw new Error('no entry chunk in the manifest');
  const entryFiles = closure(manifest, entry);
  console.log(`Initial JS per route (gzip, level 9; budget ${BUDGET_KB} KB):`);
  console.log(`  entry alone                 ${gzipKb(entryFiles).toFixed(1)} KB`);
  for (const [route, key] of Object.entries(ROUTES)) {
    const files = closure(manifest, key, new Set(entryFiles));
    const kb = gzipKb(files);
    console.log(
      `  ${route.padEnd(27)} ${kb.toFixed(1)} KB ${kb <= BUDGET_KB ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  const uplot = Object.values(manifest).find(
    (c) => c.file.includes('uPlot') && c.file.endsWith('.js'),
  );
  if (uplot) console.log(`  (uPlot, loaded on first chart: ${gzipKb([uplot.file]).toFixed(1)} KB)`);
}

async function firstRender(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`Time to first render: skipped (no Chromium at ${CHROMIUM})`);
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warroom-bench-web-'));
  const server = await startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'true' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.locator('.war-room .page-title h1').waitFor({ timeout: 30_000 });
      const ms: unknown = await page.evaluate('performance.now()');
      if (i > 0 && typeof ms === 'number') times.push(ms); // run 0 warms the server
      await context.close();
    }
    times.sort((a, b) => a - b);
    const median = quantile(times, 0.5);
    console.log(
      `Time to first render of the war room (cold browser cache, ${times.length} runs): ` +
        `median ${median.toFixed(0)} ms, p25 ${quantile(times, 0.25).toFixed(0)} ms, ` +
        `p75 ${quantile(times, 0.75).toFixed(0)} ms, min ${times[0]?.toFixed(0)} ms, max ${times[times.length - 1]?.toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await sizes();
await firstRender();
