import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

/** Where CI's Debian image (and this machine) has Chromium; no test downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

// CI installs Chromium and sets REQUIRE_CHROMIUM: there, a missing browser is a failure, not a skip.
if (!hasChromium && process.env['REQUIRE_CHROMIUM'] === '1') {
  throw new Error(
    `REQUIRE_CHROMIUM=1 but there is no Chromium at ${CHROMIUM} (apt-get install -y chromium)`,
  );
}

export const SCREENSHOTS = path.resolve('test-results/screenshots');

/** Headless Chromium with the flags the foundation issue asks for. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
}

let built: Promise<void> | null = null;

/**
 * Builds the web once per run when web/dist is missing or stale, as `npm run build:web` does
 * (dashboard, then the GraphQL IDE into web/dist/graphiql): the server serves what is built.
 */
export function ensureWebBuilt(): Promise<void> {
  built ??= isBuildFresh()
    ? Promise.resolve()
    : build({ configFile: path.resolve('web/vite.config.ts'), logLevel: 'warn' })
        .then(() =>
          build({ configFile: path.resolve('web/graphiql/vite.config.ts'), logLevel: 'warn' }),
        )
        .then(() => undefined);
  return built;
}

/** Newest modification time of the files under `dir`. */
function newestChange(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (newest, entry) =>
        Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
      0,
    );
}

/** Whether web/dist exists and is newer than every source it is built from. */
function isBuildFresh(): boolean {
  const index = 'web/dist/index.html';
  const ide = 'web/dist/graphiql/index.html';
  if (!existsSync(index) || !existsSync(ide)) return false;
  const sources = Math.max(
    newestChange('web/src'),
    newestChange('web/graphiql'),
    statSync('web/index.html').mtimeMs,
    statSync('web/vite.config.ts').mtimeMs,
  );
  return Math.min(statSync(index).mtimeMs, statSync(ide).mtimeMs) >= sources;
}

/** Saves a screenshot as a test artifact; `fullPage` for the long pages (incident, history). */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = false }: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Waits until the brief "new" highlight has faded, so a screenshot shows the page at rest. */
export async function waitForHighlightsToFade(page: Page): Promise<void> {
  // Polled from here, not with waitForFunction: the page's CSP forbids evaluating strings in it.
  for (let waited = 0; (await page.locator('.flash').count()) > 0; waited += 100) {
    if (waited >= 5_000) throw new Error('highlights still shown after 5 s');
    await page.waitForTimeout(100);
  }
}

/** Waits until the page's live connection says it is live (events flow). */
export async function waitUntilLive(page: Page, timeout = 10_000): Promise<void> {
  await page.locator('[data-connection="live"]').first().waitFor({ timeout });
}

/** Stores a token the way the sign-in form does, before the app loads. */
export async function signInBefore(page: Page, token: string): Promise<void> {
  await page.addInitScript(`localStorage.setItem('warroom.token', ${JSON.stringify(token)});`);
}

/** Marks the loaded document; `wasReloaded` tells whether it has been replaced since. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Reflect.set(globalThis, '__warRoomMarker', true));
}

export async function wasReloaded(page: Page): Promise<boolean> {
  return !(await page.evaluate(() => Reflect.get(globalThis, '__warRoomMarker') === true));
}

/**
 * Starts the server (with the web built) and Chromium before the suite, stops both after it.
 * Call inside the `describe`; read the getters inside tests.
 */
export function useServerAndBrowser(): { server: () => TestServer; browser: () => Browser } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close({ dropDatabase: true });
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} did not start`);
    return value;
  };
  return {
    server: () => started(server, 'the server'),
    browser: () => started(browser, 'Chromium'),
  };
}
