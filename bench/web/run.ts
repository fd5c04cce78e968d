/**
 * Web benchmark: builds the dashboard, reports the initial JavaScript (gzip) each route needs
 * (entry + the route's lazy chunk and their static imports), then measures in headless Chromium
 * against a local server:
 * - the time to first render of the war room, over several runs;
 * - update-to-pixel: from the moment a `postIncidentUpdate` response reaches its caller to the
 *   first frame painted with the update on an open incident page (p50/p99 over UPDATES updates);
 * - reconnect-to-pixel: the server is restarted (SIGTERM, same port and data); from the moment
 *   the new process serves, an update is posted at once, and the time until the open page
 *   paints it is measured (RESTARTS times).
 *
 *   npm run bench:web            (RUNS=9 UPDATES=100 RESTARTS=5 for more samples; PARTS=pixels)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { startServerProcess } from '../../tests/support/process.js';

const DIST = path.resolve('web/dist');
const BUDGET_KB = 300;
const RUNS = Number(process.env.RUNS ?? '7');
const UPDATES = Math.max(50, Number(process.env.UPDATES ?? '60'));
const RESTARTS = Math.max(1, Number(process.env.RESTARTS ?? '3'));
const ADMIN = 'bench-web-admin-token-0123456789';
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

/** One GraphQL call as a script would make it; fails loudly on any error. */
async function call(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || 'errors' in body) {
    throw new Error(`GraphQL call failed: ${JSON.stringify(body)}`);
  }
  return 'data' in body ? body.data : null;
}

const DECLARE = `mutation ($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`;
const POST_UPDATE = `mutation ($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`;

function idOf(data: unknown): string {
  if (
    typeof data === 'object' &&
    data !== null &&
    'declareIncident' in data &&
    typeof data.declareIncident === 'object' &&
    data.declareIncident !== null &&
    'id' in data.declareIncident &&
    typeof data.declareIncident.id === 'string'
  ) {
    return data.declareIncident.id;
  }
  throw new Error(`no incident id in ${JSON.stringify(data)}`);
}

/**
 * Arms a watcher in the page (awaited, so it is in place before the update is posted): it keeps
 * the epoch time (ms) of the first animation frame after `text` appears in the document.
 */
async function armWatcher(page: Page, text: string): Promise<void> {
  await page.evaluate(
    `globalThis.__painted = new Promise((resolve) => {
      const text = ${JSON.stringify(text)};
      const done = () => requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
      if (document.body.textContent.includes(text)) return done();
      const observer = new MutationObserver(() => {
        if (document.body.textContent.includes(text)) { observer.disconnect(); done(); }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    undefined`,
  );
}

/** Posts an update and returns when its response arrived and when the page painted it. */
async function postAndWatch(
  page: Page,
  url: string,
  incidentId: string,
  body: string,
): Promise<{ responseAt: number; paintedAt: number }> {
  await armWatcher(page, body);
  await call(url, POST_UPDATE, { input: { incidentId, status: 'IDENTIFIED', body } });
  const responseAt = Date.now();
  const paintedAt: unknown = await page.evaluate('globalThis.__painted');
  if (typeof paintedAt !== 'number') throw new Error('the page reported no paint time');
  return { responseAt, paintedAt };
}

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return (
    `${label} (${sorted.length} samples): p50 ${quantile(sorted, 0.5).toFixed(0)} ms, ` +
    `p99 ${quantile(sorted, 0.99).toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, ` +
    `max ${sorted[sorted.length - 1]?.toFixed(0)} ms`
  );
}

async function livePixels(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`Update- and reconnect-to-pixel: skipped (no Chromium at ${CHROMIUM})`);
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warroom-bench-pixel-'));
  const env = {
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    BOOTSTRAP_ADMIN_TOKEN: ADMIN,
    LOG_LEVEL: 'info',
  };
  let server = await startServerProcess(env);
  const url = server.url;
  const port = new URL(url).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const incidentId = idOf(
      await call(url, DECLARE, {
        input: { title: 'Bench: checkout is failing', impact: 'CRITICAL', body: 'Investigating.' },
      }),
    );
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('crash', () => console.error('the page crashed'));
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${url}/incidents/${incidentId}`);
    await page.locator('[data-connection="live"]').first().waitFor({ timeout: 30_000 });
    await postAndWatch(page, url, incidentId, 'Bench warm-up update.');
    const updates: number[] = [];
    for (let i = 0; i < UPDATES; i++) {
      const { responseAt, paintedAt } = await postAndWatch(
        page,
        url,
        incidentId,
        `Bench update ${i}.`,
      );
      updates.push(paintedAt - responseAt);
    }
    console.log(
      summary('Update-to-pixel, mutation response → painted on the incident page', updates),
    );

    const reconnects: number[] = [];
    for (let i = 0; i < RESTARTS; i++) {
      await server.stop('SIGTERM');
      await page.locator('[data-stale-banner]').waitFor({ timeout: 30_000 });
      server = await startServerProcess({ ...env, PORT: port });
      const readyAt = Date.now();
      const { paintedAt } = await postAndWatch(page, url, incidentId, `Bench after restart ${i}.`);
      reconnects.push(paintedAt - readyAt);
      await page.locator('[data-connection="live"]').first().waitFor({ timeout: 30_000 });
    }
    console.log(
      summary(
        'Reconnect-to-pixel, restarted server serving → its first update painted',
        reconnects,
      ),
    );
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// PARTS=pixels (comma-separated: sizes, first-render, pixels) runs only some parts.
const parts = new Set((process.env.PARTS ?? 'sizes,first-render,pixels').split(','));
if (parts.has('sizes')) await sizes();
if (parts.has('first-render')) await firstRender();
if (parts.has('pixels')) await livePixels();
