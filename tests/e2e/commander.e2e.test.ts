import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fails } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  ensureWebBuilt,
  hasChromium,
  launchBrowser,
  signInBefore,
  waitUntilLive,
} from './browser.js';
import { declare, POST_UPDATE, readIncident } from './operations.js';

/** The incident id in the page's URL. */
function incidentIdOf(page: Page): string {
  const match = /\/incidents\/([^/?#]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not an incident page: ${page.url()}`);
  return match[1];
}

describe.skipIf(!hasChromium)(
  'commander controls in Chromium (skipped: no Chromium at /usr/bin/chromium)',
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

    it('should declare, update and resolve an incident with a COMMANDER token, posting a double click once', async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await page.goto(server.url);
      await waitUntilLive(page);
      await page.getByRole('button', { name: 'Commander sign-in' }).click();
      await page.getByLabel('API token').fill(server.tokens.COMMANDER);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('commander', { exact: false }).first().waitFor();

      await page.getByRole('button', { name: 'Declare incident' }).click();
      await page.getByLabel('Title').fill('Search returns no results');
      await page.getByLabel('First update').fill('We are investigating empty search results.');
      await page.getByRole('button', { name: 'Declare', exact: true }).click();
      await page.getByRole('heading', { name: 'Search returns no results' }).waitFor();
      const id = incidentIdOf(page);

      await page.getByLabel('Identified').check();
      await page.getByLabel('Message').fill('A bad index build; rolling back.');
      await page.getByRole('button', { name: 'Post update' }).dblclick();
      // In the update list: the page's latest-update summary (shown on phones) holds it too.
      await page
        .getByRole('list', { name: 'Updates, newest first' })
        .getByText('A bad index build; rolling back.')
        .waitFor();
      await page.waitForTimeout(500);
      expect((await readIncident(server.graphqlUrl, id)).updates).toHaveLength(2);

      await page.getByLabel('Resolve').check();
      await page.getByLabel('Message').fill('Search is back to normal.');
      await page.getByRole('button', { name: 'Post and resolve' }).click();
      await page.locator('.duration', { hasText: 'Lasted for' }).waitFor();
      const incident = await readIncident(server.graphqlUrl, id);
      expect(incident.status).toBe('RESOLVED');
      expect(incident.updates.map((u) => u.status)).toEqual([
        'RESOLVED',
        'IDENTIFIED',
        'INVESTIGATING',
      ]);
      await page.close();
    });

    it('should show a server validation error next to the field it names', async () => {
      const id = await declare(server.graphqlUrl, server.tokens.COMMANDER, 'Orders are delayed');
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await signInBefore(page, server.tokens.RESPONDER);
      await page.goto(`${server.url}/incidents/${id}`);
      await page.getByRole('form', { name: 'Record recovery' }).waitFor();
      await page.getByLabel('Flow').fill('Sales Flow!');
      await page.getByLabel('Percent of nominal').fill('50');
      await page.getByRole('button', { name: 'Record' }).click();
      const flowField = page.locator('.field', { has: page.getByLabel('Flow') });
      await flowField.locator('.field-error').waitFor();
      expect(await page.getByLabel('Flow').getAttribute('aria-invalid')).toBe('true');
      await page.close();
    });

    it('should hide commander controls from a VIEWER token and show FORBIDDEN when the role is not enough', async () => {
      const id = await declare(server.graphqlUrl, server.tokens.COMMANDER, 'Emails are not sent');
      const viewerPage = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await signInBefore(viewerPage, server.tokens.VIEWER);
      await viewerPage.goto(`${server.url}/incidents/${id}`);
      await viewerPage.getByText('viewer', { exact: false }).first().waitFor();
      expect(await viewerPage.getByRole('form', { name: 'Post an update' }).count()).toBe(0);
      expect(await viewerPage.getByRole('button', { name: 'Declare incident' }).count()).toBe(0);
      await viewerPage.close();

      const error = await fails(
        server.graphqlUrl,
        POST_UPDATE,
        { input: { incidentId: id, status: 'IDENTIFIED', body: 'nope' } },
        server.tokens.VIEWER,
        'FORBIDDEN',
      );
      expect(error.extensions?.code).toBe('FORBIDDEN');

      // A responder's token swapped for a viewer's mid-session: the form stays, the server says no.
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await signInBefore(page, server.tokens.RESPONDER);
      await page.goto(`${server.url}/incidents/${id}`);
      await page.getByRole('form', { name: 'Post an update' }).waitFor();
      await page.evaluate(
        `localStorage.setItem('warroom.token', ${JSON.stringify(server.tokens.VIEWER)})`,
      );
      await page.getByLabel('Message').fill('Should not be posted.');
      await page.getByRole('button', { name: 'Post update' }).click();
      await page.getByRole('form', { name: 'Post an update' }).locator('.form-error').waitFor();
      expect(await page.locator('.form-error').textContent()).toContain('not allowed');
      expect((await readIncident(server.graphqlUrl, id)).updates).toHaveLength(1);
      await page.close();
    });
  },
);
