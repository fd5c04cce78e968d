import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureWebBuilt, hasChromium, launchBrowser, screenshot } from './browser.js';
import { DECLARE, RECORD, SEED } from './operations.js';

const SEED_SALES = graphql(`
  query E2eSeedSales($id: ID!) {
    incident(id: $id) {
      startedAt
      recovery {
        flow
        samples {
          at
          value
        }
      }
    }
  }
`);

describe.skipIf(!hasChromium)(
  'seed incident page in Chromium (skipped: no Chromium at /usr/bin/chromium)',
  () => {
    let server: TestServer;
    let browser: Browser;
    let id: string;

    beforeAll(async () => {
      await ensureWebBuilt();
      server = await startTestServer({ env: { SEED_DEMO: 'true' } });
      browser = await launchBrowser();
      const data = await ok(server.graphqlUrl, SEED, {});
      const first = data.incidents.edges[0];
      if (!first) throw new Error('the demo seed was not loaded');
      id = first.node.id;
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close({ dropDatabase: true });
    });

    it('should show all 13 updates, newest first, with the gaps between them like the status page', async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await page.goto(`${server.url}/incidents/${id}`);
      await page.getByRole('heading', { name: 'Global Outage in the Platform' }).waitFor();
      await expectText(page.locator('.duration'), 'Lasted for 8h 24m');
      const updates = page.locator('.update-item');
      expect(await updates.count()).toBe(13);
      const statuses = await page
        .locator('.update-item > .update-content > .badge')
        .allTextContents();
      expect(statuses[0]).toBe('Resolved');
      expect(statuses[12]).toBe('Investigating');
      const gaps = await page.locator('.update-gap').allTextContents();
      expect(gaps).toHaveLength(12);
      expect(gaps.slice(0, 5)).toEqual([
        '1h 38m earlier…',
        '53m earlier…',
        '1h 39m earlier…',
        '1h 9m earlier…',
        '23m earlier…',
      ]);
      expect(await page.locator('.update-item .utc').first().textContent()).toBe(
        'Thu, Jul 13, 2023, 23:26 UTC',
      );
      await screenshot(page, 'incident', { fullPage: true });
      await page.close();
    });

    it('should list the incident in the history with its figures and chart', async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await page.goto(`${server.url}/history?impact=CRITICAL`);
      await page.getByRole('link', { name: 'Global Outage in the Platform' }).waitFor();
      await page.locator('.month-chart canvas').waitFor();
      expect(await page.locator('#history-q').inputValue()).toBe('');
      expect(await page.getByRole('checkbox', { name: 'Critical' }).isChecked()).toBe(true);
      // The milestone distributions: the seed's sales flow reached 90 % 4h 14m after its start.
      const milestones = page.getByTestId('milestone-chart');
      await milestones.locator('canvas').first().waitFor();
      expect(await milestones.textContent()).toContain('Time to 90 % recovered4h 14m');
      await screenshot(page, 'history', { fullPage: true });
      await page.close();
    });

    it('should overlay this recovery on the seed’s, aligned at their starts, with the figures then', async () => {
      const startedAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
      const declared = await ok(
        server.graphqlUrl,
        DECLARE,
        {
          input: {
            title: 'Checkout down again',
            impact: 'CRITICAL',
            body: 'Investigating.',
            startedAt,
          },
        },
        server.tokens.COMMANDER,
      );
      const current = declared.declareIncident.id;
      await ok(
        server.graphqlUrl,
        RECORD,
        { input: { incidentId: current, flow: 'sales_flow', value: 30 } },
        server.tokens.RESPONDER,
      );
      // The seed's sales flow two hours (and a little) after its start, from the API.
      const seed = await ok(server.graphqlUrl, SEED_SALES, { id });
      const seedStart = Date.parse(seed.incident?.startedAt ?? '');
      const elapsed = Date.now() - Date.parse(startedAt);
      const then = (seed.incident?.recovery.find((r) => r.flow === 'sales_flow')?.samples ?? [])
        .filter((s) => Date.parse(s.at) - seedStart <= elapsed)
        .at(-1);
      if (!then) throw new Error('the seed has no sales flow sample two hours in');
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await page.goto(`${server.url}/incidents/${current}`);
      const compare = page.getByTestId('compare-past');
      await compare.locator('canvas').waitFor();
      const table = compare.locator('.compare-table');
      const row = table.getByRole('row', { name: /Global Outage in the Platform/ });
      expect(await row.locator('td').textContent()).toContain(
        `${then.value}%${then.value > 30 ? ' (it was ahead)' : ' (we are ahead)'}`,
      );
      expect(
        await table
          .getByRole('row', { name: /This incident/ })
          .locator('td')
          .textContent(),
      ).toBe('30%');
      await screenshot(page, 'compare-with-past', { fullPage: true });
      await page.close();
    });
  },
);

async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.first().waitFor();
  expect(await locator.first().textContent()).toContain(text);
}
