import type { Browser } from 'playwright-core';
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
import { declare, postUpdate, RECORD, seedComponents } from './operations.js';

describe.skipIf(!hasChromium)(
  'war room in Chromium (skipped: no Chromium at /usr/bin/chromium)',
  () => {
    let server: TestServer;
    let browser: Browser;

    beforeAll(async () => {
      await ensureWebBuilt();
      server = await startTestServer();
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close({ dropDatabase: true });
    });

    it('should show an update and a recovery sample posted through the API within 1 s, without reload', async () => {
      const token = server.tokens.RESPONDER;
      const components = await seedComponents(server.graphqlUrl, server.tokens.COMMANDER);
      const id = await declare(
        server.graphqlUrl,
        server.tokens.COMMANDER,
        'Checkout is failing for most customers',
        { componentIds: ['Checkout', 'Payments'].flatMap((name) => components.get(name) ?? []) },
      );
      await ok(
        server.graphqlUrl,
        RECORD,
        { input: { incidentId: id, flow: 'order_cancellations', value: 7 } },
        token,
      );
      await ok(
        server.graphqlUrl,
        RECORD,
        { input: { incidentId: id, flow: 'checkout', value: 12 } },
        token,
      );
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Checkout is failing for most customers' }).waitFor();
      await waitUntilLive(page);
      await markDocument(page);

      const posted = Date.now();
      await postUpdate(
        server.graphqlUrl,
        token,
        id,
        'IDENTIFIED',
        'Root cause found: a bad cache flush.',
      );
      await ok(
        server.graphqlUrl,
        RECORD,
        { input: { incidentId: id, flow: 'checkout', value: 64 } },
        token,
      );
      await page.getByText('Root cause found: a bad cache flush.').waitFor({ timeout: 1000 });
      await page
        .locator('[data-flow="checkout"] [aria-valuetext="64%"]')
        .waitFor({ timeout: 1000 });
      expect(Date.now() - posted).toBeLessThan(2000);
      expect(await page.locator('.incident-card .badge.status-identified').count()).toBeGreaterThan(
        0,
      );
      expect(await wasReloaded(page)).toBe(false);
      await waitForHighlightsToFade(page);
      await screenshot(page, 'war-room', { fullPage: true });
      await page.close();
    });
  },
);
