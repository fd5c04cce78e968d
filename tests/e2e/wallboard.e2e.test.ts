import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  ensureWebBuilt,
  hasChromium,
  launchBrowser,
  markDocument,
  screenshot,
  waitForHighlightsToFade,
  waitUntilLive,
  wasReloaded,
} from './browser.js';
import { declare, postUpdate, RECORD, seedComponents, setComponentStatus } from './operations.js';

/**
 * Whether anything would need scrolling on a TV: the page itself scrolls, or a chart runs past
 * the top of the component grid or the bottom of the screen (the wallboard clips rather than
 * scrolls, so a page-level check alone would not see it).
 */
async function overflows(page: Page): Promise<unknown> {
  return page.evaluate(`(() => {
    const root = document.documentElement;
    if (root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth) return true;
    const grid = document.querySelector('.wb-components');
    const limit = grid ? grid.getBoundingClientRect().top : root.clientHeight;
    return [...document.querySelectorAll('.wb-main canvas')].some((c) => c.getBoundingClientRect().bottom > limit + 1);
  })()`);
}

describe.skipIf(!hasChromium)(
  'wallboard in Chromium (skipped: no Chromium at /usr/bin/chromium)',
  () => {
    let server: TestServer;
    let browser: Browser;
    let components: Map<string, string>;

    beforeAll(async () => {
      await ensureWebBuilt();
      server = await startTestServer();
      browser = await launchBrowser();
      components = await seedComponents(server.graphqlUrl, server.tokens.COMMANDER, {
        healthy: true,
      });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close({ dropDatabase: true });
    });

    it('should say all systems are operational when no incident is open, at 1920×1080 and 3840×2160', async () => {
      for (const [width, height] of [
        [1920, 1080],
        [3840, 2160],
      ] as const) {
        const page = await browser.newPage({ viewport: { width, height } });
        await page.goto(`${server.url}/wallboard`);
        await page.getByText('All systems operational').waitFor();
        await waitUntilLive(page);
        expect(await overflows(page)).toBe(false);
        await screenshot(page, `wallboard-all-clear-${width}x${height}`);
        await page.close();
      }
    });

    it('should not say all systems are operational when no incident is open but a component is down', async () => {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(`${server.url}/wallboard`);
      await page.getByText('All systems operational').waitFor();
      await waitUntilLive(page);
      await setComponentStatus(
        server.graphqlUrl,
        server.tokens.COMMANDER,
        components.get('Checkout') ?? '',
        'MAJOR_OUTAGE',
      );
      await page.getByText('1 component is degraded or down').waitFor({ timeout: 2000 });
      expect(await page.getByText('All systems operational').count()).toBe(0);
      expect(await page.getByText('No open incidents').count()).toBe(1);
      await page.close();
    });

    it('should reconnect after the server restarts and show the update posted while it was down', async () => {
      const dbName = server.dbName;
      const port = new URL(server.url).port;
      const id = await declare(
        server.graphqlUrl,
        server.tokens.COMMANDER,
        'Payments are timing out',
        { startedAt: new Date(Date.now() - 10 * 60_000).toISOString() },
      );
      for (const [at, value] of [
        [0, 20],
        [1, 45],
      ] as const) {
        const when = new Date(Date.now() - (2 - at) * 60_000).toISOString();
        await ok(
          server.graphqlUrl,
          RECORD,
          { input: { incidentId: id, flow: 'payments', value, at: when } },
          server.tokens.RESPONDER,
        );
      }
      await setComponentStatus(
        server.graphqlUrl,
        server.tokens.COMMANDER,
        components.get('Payments') ?? '',
        'PARTIAL_OUTAGE',
      );
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(`${server.url}/wallboard`);
      await page.getByRole('heading', { name: 'Payments are timing out' }).waitFor();
      await waitUntilLive(page);
      await markDocument(page);

      await server.close();
      await page.locator('[data-connection="reconnecting"]').waitFor({ timeout: 10_000 });

      // Posted through another instance on the same database while the wallboard's server is down.
      const other = await startTestServer({ dbName });
      await postUpdate(
        other.graphqlUrl,
        other.tokens.RESPONDER,
        id,
        'MONITORING',
        'A fix is rolling out to every region.',
      );
      await other.close();

      server = await startTestServer({ dbName, env: { PORT: port } });
      await page.getByText('A fix is rolling out to every region.').waitFor({ timeout: 40_000 });
      await waitUntilLive(page);
      expect(await wasReloaded(page)).toBe(false);
      await waitForHighlightsToFade(page);
      expect(await overflows(page)).toBe(false);
      await screenshot(page, 'wallboard-1920x1080');

      await page.setViewportSize({ width: 3840, height: 2160 });
      await page.waitForTimeout(800);
      expect(await overflows(page)).toBe(false);
      await screenshot(page, 'wallboard-3840x2160');
      await page.close();
    });
  },
);
