import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { seriousViolations } from './axe.js';
import {
  ensureWebBuilt,
  hasChromium,
  launchBrowser,
  signInBefore,
  waitUntilLive,
} from './browser.js';
import { CREATE_COMPONENT, declare, RECORD, readIncident, SEED } from './operations.js';

/** Opens a page at 1440×1000, optionally signed in, and waits for the live connection. */
async function open(browser: Browser, url: string, token?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  if (token !== undefined) await signInBefore(page, token);
  await page.goto(url);
  await waitUntilLive(page);
  return page;
}

describe.skipIf(!hasChromium)(
  'accessibility of the dashboard in Chromium (skipped: no Chromium at /usr/bin/chromium)',
  () => {
    let server: TestServer;
    let browser: Browser;
    let seedId: string;
    let activeId: string;

    beforeAll(async () => {
      await ensureWebBuilt();
      server = await startTestServer({ env: { SEED_DEMO: 'true' } });
      browser = await launchBrowser();
      const data = await ok(server.graphqlUrl, SEED, {});
      seedId = data.incidents.edges[0]?.node.id ?? '';
      const component = await ok(
        server.graphqlUrl,
        CREATE_COMPONENT,
        { input: { name: 'Fraud screening', group: 'Payments' } },
        server.tokens.COMMANDER,
      );
      activeId = await declare(server.graphqlUrl, server.tokens.COMMANDER, 'Checkout is failing', {
        componentIds: [component.createComponent.id],
      });
      const samples: [flow: string, value: number][] = [
        ['checkout', 40],
        ['checkout', 64],
        ['order_cancellations', 6],
      ];
      for (const [flow, value] of samples) {
        await ok(
          server.graphqlUrl,
          RECORD,
          { input: { incidentId: activeId, flow, value } },
          server.tokens.RESPONDER,
        );
      }
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close({ dropDatabase: true });
    });

    it('should report a critical violation when a page has an image without a text alternative', async () => {
      const page = await browser.newPage();
      await page.setContent(
        '<!doctype html><html lang="en"><title>t</title><main><img src="x.png"></main></html>',
      );
      const found = await seriousViolations(page);
      expect(found.map((v) => v.id)).toContain('image-alt');
      await page.close();
    });

    it.each([
      { name: 'war room', path: () => '/', ready: '.incident-card' },
      { name: 'incident', path: () => `/incidents/${seedId}`, ready: '.update-item' },
      { name: 'history', path: () => '/history', ready: '.history-list li' },
      { name: 'wallboard', path: () => '/wallboard', ready: '.wb-incident' },
    ])(
      'should have no serious or critical WCAG 2 A/AA violations when a viewer opens the $name page',
      async ({ path, ready }) => {
        const page = await open(browser, `${server.url}${path()}`);
        await page.locator(ready).first().waitFor();
        await page.locator('.chart canvas').first().waitFor({ state: 'attached' });
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      },
    );

    it.each([
      { name: 'war room', path: () => '/' },
      { name: 'incident', path: () => `/incidents/${activeId}` },
    ])(
      'should have no serious or critical violations when a COMMANDER sees the $name page’s controls',
      async ({ path }) => {
        const page = await open(browser, `${server.url}${path()}`, server.tokens.COMMANDER);
        await page.getByText('commander', { exact: false }).first().waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      },
    );

    it('should post an update when a COMMANDER uses only Tab, arrow keys, typing and Enter', async () => {
      const page = await open(
        browser,
        `${server.url}/incidents/${activeId}`,
        server.tokens.COMMANDER,
      );
      const form = page.getByRole('form', { name: 'Post an update' });
      await form.waitFor();
      const focusedIn = (selector: string): Promise<unknown> =>
        page.evaluate(`Boolean(document.activeElement?.matches(${JSON.stringify(selector)}))`);
      const statusRadio = 'form[aria-label="Post an update"] input[name="status"]';
      for (let presses = 0; (await focusedIn(statusRadio)) !== true; presses++) {
        if (presses > 80) throw new Error('Tab never reached the status of "Post an update"');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('ArrowRight');
      expect(await form.getByLabel('Identified').isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await focusedIn('form[aria-label="Post an update"] textarea')).toBe(true);
      await page.keyboard.type('Found it: a bad deploy of the payment adapter.');
      await page.keyboard.press('Tab');
      expect(await focusedIn('form[aria-label="Post an update"] button[type="submit"]')).toBe(true);
      await page.keyboard.press('Enter');
      await page
        .locator('.update-item', { hasText: 'a bad deploy of the payment adapter' })
        .waitFor();
      await expect
        .poll(async () => (await readIncident(server.graphqlUrl, activeId)).updates[0])
        .toMatchObject({
          status: 'IDENTIFIED',
          body: 'Found it: a bad deploy of the payment adapter.',
        });
      await page.close();
    });
  },
);
