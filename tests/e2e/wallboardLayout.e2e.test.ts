import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  ensureWebBuilt,
  hasChromium,
  launchBrowser,
  screenshot,
  waitForHighlightsToFade,
  waitUntilLive,
} from './browser.js';
import { chartsDrawn, wallboardLayoutProblems, wrappedFlowText } from './layout.js';
import { declare, postUpdate, RECORD, seedComponents } from './operations.js';
import { keepShot } from './shots.js';

const SIZES = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [2560, 1440],
  [3840, 2160],
] as const;

const LONG_TITLE =
  'Checkout, payments and order confirmation are failing for a large share of customers in every region after a faulty configuration change to the shared payment gateway';

const FLOWS = [
  'sales_flow',
  'order_cancellations',
  'checkout',
  'sessions',
  'payment_authorisations',
  'search_error_rate',
];

describe.skipIf(!hasChromium)(
  'wallboard layout at TV sizes in Chromium (skipped: no Chromium at /usr/bin/chromium)',
  () => {
    let server: TestServer;
    let browser: Browser;
    const incidents = new Map<number, string>();

    beforeAll(async () => {
      await ensureWebBuilt();
      server = await startTestServer();
      browser = await launchBrowser();
      const components = await seedComponents(server.graphqlUrl, server.tokens.COMMANDER);
      for (const flows of [1, 6]) {
        const id = await declare(server.graphqlUrl, server.tokens.COMMANDER, LONG_TITLE, {
          startedAt: new Date(Date.now() - (3 * 60 + 24) * 60_000).toISOString(),
          componentIds: [...components.values()].slice(0, 3),
        });
        incidents.set(flows, id);
        for (const flow of FLOWS.slice(0, flows)) {
          for (const [minutesAgo, value] of [
            [150, 12],
            [90, 48],
            [20, 91.5],
          ] as const) {
            await ok(
              server.graphqlUrl,
              RECORD,
              {
                input: {
                  incidentId: id,
                  flow,
                  value:
                    flow.endsWith('rate') || flow.endsWith('cancellations') ? value / 10 : value,
                  at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
                },
              },
              server.tokens.RESPONDER,
            );
          }
        }
        await postUpdate(
          server.graphqlUrl,
          server.tokens.RESPONDER,
          id,
          'IDENTIFIED',
          'We identified a faulty configuration change to the payment gateway and are rolling it back in every region. Customers may still see failed payments and duplicate confirmation emails while the rollback completes; we will post again within 30 minutes.',
        );
      }
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close({ dropDatabase: true });
    });

    it('should link the title to the incident page, unseen until hovered or focused, and reachable by keyboard', async () => {
      const id = incidents.get(6) ?? '';
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${server.url}/wallboard?incident=${id}`);
      const link = page.locator('.wb-title a');
      await link.waitFor();
      await waitUntilLive(page);
      expect(await link.getAttribute('href')).toBe(`/incidents/${id}`);
      const titleLook = z.object({
        underline: z.boolean(),
        sameColour: z.boolean(),
        titleOutline: z.string(),
        focused: z.boolean(),
      });
      const read = async () =>
        titleLook.parse(
          await page.evaluate(`(() => {
            const a = document.querySelector('.wb-title a');
            const own = getComputedStyle(a);
            const title = getComputedStyle(a.parentElement);
            return {
              underline: own.textDecorationLine.includes('underline'),
              sameColour: own.color === title.color,
              titleOutline: title.outlineStyle,
              focused: a === document.activeElement,
            };
          })()`),
        );
      const look = async () => {
        const { focused: _, ...shown } = await read();
        return shown;
      };
      // The kiosk look: the title's own colour, no underline.
      expect(await look()).toEqual({ underline: false, sameColour: true, titleOutline: 'none' });
      await link.hover();
      expect((await look()).underline).toBe(true);
      await page.mouse.move(0, 0);
      expect((await look()).underline).toBe(false);

      // Tab reaches it (bounded: the page has a handful of focusable controls before it).
      let focused = false;
      for (let presses = 0; presses < 30 && !focused; presses++) {
        await page.keyboard.press('Tab');
        focused = (await read()).focused;
      }
      expect(focused).toBe(true);
      expect(await look()).toEqual({ underline: true, sameColour: true, titleOutline: 'solid' });
      await screenshot(page, 'wallboard-title-focused-1280x720');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.url}/incidents/${id}`);
      await page.getByRole('heading', { name: LONG_TITLE }).first().waitFor();
      await page.close();
    });

    it.each(SIZES.flatMap(([width, height]) => [1, 6].map((flows) => ({ width, height, flows }))))(
      'should fit $flows flow(s) and a long title on $width×$height with nothing overlapping, clipped or scrolling',
      async ({ width, height, flows }) => {
        const page = await browser.newPage({ viewport: { width, height } });
        await page.goto(`${server.url}/wallboard?incident=${incidents.get(flows) ?? ''}`);
        await page
          .locator('.wb-recovery .flow')
          .nth(flows - 1)
          .waitFor();
        await waitUntilLive(page);
        await chartsDrawn(page);
        await waitForHighlightsToFade(page);
        // Taken before the checks, so a failing layout leaves a picture to look at.
        if ((width === 1280 || width === 3840) && flows === 6) {
          const name = `wallboard-${flows}-flows-${width}x${height}`;
          await screenshot(page, name);
          keepShot(name);
        }
        expect(await page.locator('.wb-recovery .flow').count()).toBe(flows);
        // The headline flow leads with its chart at every size.
        expect(await page.locator('.wb-recovery .flow').first().getAttribute('data-flow')).toBe(
          'sales_flow',
        );
        expect(await page.locator('.wb-recovery .flow').first().locator('canvas').count()).toBe(1);
        expect(await wallboardLayoutProblems(page)).toEqual([]);
        // No flow's name, figure or unit ("cancellations") breaks onto a second line.
        expect(await wrappedFlowText(page)).toEqual([]);
        await page.close();
      },
    );
  },
);
