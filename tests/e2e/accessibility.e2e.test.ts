import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { seriousViolations } from './axe.js';
import {
  waitForHighlightsToFade,
  ensureWebBuilt,
  hasChromium,
  launchBrowser,
  screenshot,
  signInBefore,
  waitUntilLive,
} from './browser.js';
import { CREATE_COMPONENT, declare, RECORD, readIncident, SEED } from './operations.js';
import { keepShot } from './shots.js';

const PAGES = [
  { name: 'war room', slug: 'war-room', path: (_seed: string) => '/', ready: '.incident-card' },
  {
    name: 'incident',
    slug: 'incident',
    path: (seed: string) => `/incidents/${seed}`,
    ready: '.update-item',
  },
  {
    name: 'history',
    slug: 'history',
    path: (_seed: string) => '/history',
    ready: '.history-list li',
  },
  {
    name: 'wallboard',
    slug: 'wallboard',
    path: (_seed: string) => '/wallboard',
    ready: '.wb-incident',
  },
] as const;
const THEMES = ['dark', 'light', 'high-contrast'] as const;

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

    it.each(THEMES.flatMap((theme) => PAGES.map((p) => ({ theme, ...p }))))(
      'should have no serious or critical WCAG 2 A/AA violations on the $name page in the $theme theme',
      async ({ theme, slug, path, ready }) => {
        const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
        await page.addInitScript(`localStorage.setItem('warroom.theme', '${theme}');`);
        await page.goto(`${server.url}${path(seedId)}`);
        await waitUntilLive(page);
        await page.locator(ready).first().waitFor();
        await page.locator('.chart canvas').first().waitFor({ state: 'attached' });
        expect(await page.evaluate('document.documentElement.dataset.theme')).toBe(theme);
        expect(await seriousViolations(page)).toEqual([]);
        await waitForHighlightsToFade(page);
        await screenshot(page, `theme-${theme}-${slug}`);
        keepShot(`theme-${theme}-${slug}`);
        await page.close();
      },
    );

    it('should follow the system’s colour scheme when no theme is chosen', async () => {
      for (const [scheme, theme] of [
        ['dark', 'dark'],
        ['light', 'light'],
      ] as const) {
        const page = await browser.newPage({ colorScheme: scheme });
        await page.goto(server.url);
        expect(await page.evaluate('document.documentElement.dataset.theme')).toBe(theme);
        await page.close();
      }
    });

    it('should show the status, the headline recovery figure and the latest update in the first screen of a 390 px phone', async () => {
      const page = await browser.newPage({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      });
      await page.goto(`${server.url}/incidents/${seedId}`);
      await waitUntilLive(page);
      await page.locator('.update-item').first().waitFor();
      const firstScreen = async (selector: string): Promise<boolean> => {
        const box = await page.locator(selector).first().boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 844 && box.x + box.width <= 390;
      };
      expect(await firstScreen('.incident-header .badge')).toBe(true);
      expect(await firstScreen('[data-headline]')).toBe(true);
      // The seed's primary flow (Incident.primaryFlow: the post-mortem is about the sales
      // flow), at 100 % once resolved.
      expect(await page.locator('[data-headline]').textContent()).toBe(
        'Sales flow · of nominal100%',
      );
      expect(await firstScreen('[data-latest-summary]')).toBe(true);
      expect(await page.locator('[data-latest-summary] p').textContent()).toBe(
        await page.locator('.update-item .update-body').first().textContent(),
      );
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(390);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'phone-incident-390');
      keepShot('phone-incident-390');
      await page.close();
    });

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
      // The promise of the next update comes between the message and the button.
      expect(await focusedIn('form[aria-label="Post an update"] select')).toBe(true);
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
