import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureWebBuilt, hasChromium, launchBrowser, screenshot } from './browser.js';
import { SEED, START_DRILL } from './operations.js';

/** What the API says the incident was at a moment: the page must show exactly this. */
const PAST = graphql(`
  query E2eIncidentAt($id: ID!, $at: DateTime!) {
    incidentAt(id: $id, at: $at) {
      status
      updates {
        id
      }
      recovery {
        flow
        samples {
          value
        }
      }
    }
  }
`);

const DRILL_UPDATES = graphql(`
  query E2eDrillUpdates($id: ID!) {
    incident(id: $id) {
      drill
      updates {
        createdAt
      }
    }
  }
`);

const SEED_TIMES = graphql(`
  query E2eSeedTimes($id: ID!) {
    incident(id: $id) {
      startedAt
      resolvedAt
      updates {
        createdAt
      }
    }
  }
`);

/** Like the dashboard's badges and gauges: `IDENTIFIED` → `Identified`, 47.25 → `47.3%`. */
const humanize = (v: string) => v.charAt(0) + v.slice(1).toLowerCase().replace(/_/g, ' ');
const percent = (v: number) => {
  const r = Math.round(v * 10) / 10;
  return `${Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1)}%`;
};

describe.skipIf(!hasChromium)(
  'time travel on the incident page in Chromium (skipped: no Chromium at /usr/bin/chromium)',
  () => {
    let server: TestServer;
    let browser: Browser;
    let id: string;
    let times: { startedAt: string; resolvedAt: string | null; updates: string[] };

    beforeAll(async () => {
      await ensureWebBuilt();
      server = await startTestServer({ env: { SEED_DEMO: 'true' } });
      browser = await launchBrowser();
      const seed = await ok(server.graphqlUrl, SEED, {});
      const first = seed.incidents.edges[0];
      if (!first) throw new Error('the demo seed was not loaded');
      id = first.node.id;
      const data = await ok(server.graphqlUrl, SEED_TIMES, { id });
      if (!data.incident) throw new Error('no seed incident');
      times = {
        startedAt: data.incident.startedAt,
        resolvedAt: data.incident.resolvedAt ?? null,
        updates: data.incident.updates.map((u) => u.createdAt),
      };
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close({ dropDatabase: true });
    });

    /** Checks the page's past board against `incidentAt` at `at`, from the API. */
    async function expectBoardAt(page: Page, at: string, incidentId = id): Promise<void> {
      const data = await ok(server.graphqlUrl, PAST, { id: incidentId, at });
      const snapshot = data.incidentAt;
      if (!snapshot) throw new Error(`no snapshot at ${at}`);
      const latest = snapshot.recovery[0]?.samples.at(-1);
      const clock = new Date(at).toISOString().slice(11, 16);
      const expected = {
        banner: `Viewing ${clock} UTC — past state`,
        updates: snapshot.updates.length,
        status: humanize(snapshot.status),
        headline: latest ? percent(latest.value) : null,
      };
      const shown = async () => {
        const board = page.getByTestId('past-board');
        const headline = page.getByTestId('past-headline').locator('.headline-value');
        const banner = (await page.getByTestId('past-banner').textContent()) ?? '';
        return {
          banner: banner.includes(expected.banner) ? expected.banner : banner,
          updates: await board.locator('.update-item').count(),
          status: await board.locator('.badges .badge').first().textContent({ timeout: 1000 }),
          headline: (await headline.count()) > 0 ? await headline.textContent() : null,
        };
      };
      await page.getByTestId('past-board').waitFor();
      // The board may still be loading the new moment: polled until it shows it, then compared.
      let last = await shown();
      for (let waited = 0; waited < 10_000; waited += 200) {
        if (JSON.stringify(last) === JSON.stringify(expected)) break;
        await page.waitForTimeout(200);
        last = await shown();
      }
      expect(last).toEqual(expected);
    }

    it('should open a shared ?at= link on the board as it was then, marked as the past', async () => {
      // Just after the 5th update (updates are newest first): mid-recovery, before resolution.
      const fifth = times.updates.at(-5);
      if (!fifth) throw new Error('the seed has fewer than 5 updates');
      const at = new Date(Date.parse(fifth) + 60_000).toISOString();
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await page.goto(`${server.url}/incidents/${id}?at=${encodeURIComponent(at)}`);
      await expectBoardAt(page, at);
      const shown = await page.getByTestId('past-board').locator('.update-item').count();
      expect(shown).toBe(5);
      expect(await page.locator('.page.is-past').count()).toBe(1);
      await screenshot(page, 'time-travel', { fullPage: true });

      await page.getByRole('button', { name: 'Back to live' }).click();
      await page.getByTestId('past-banner').waitFor({ state: 'detached' });
      expect(new URL(page.url()).searchParams.get('at')).toBeNull();
      await expectEventually(async () => (await page.locator('.update-item').count()) === 13);
      await page.close();
    });

    it('should scrub to a moment, put it in the URL and show that moment', async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await page.goto(`${server.url}/incidents/${id}`);
      const range = page.getByLabel('Time travel');
      await range.waitFor();
      expect(await page.locator('.scrub-time').textContent()).toBe('Live');
      // Two hours in: the range snaps to whole minutes from the start.
      const target = Date.parse(times.startedAt) + 2 * 3_600_000 + 17_000;
      await range.fill(String(target));
      await expectEventually(() => new URL(page.url()).searchParams.get('at') !== null);
      const at = new URL(page.url()).searchParams.get('at');
      if (at === null) throw new Error('no ?at= in the URL');
      expect(Math.abs(Date.parse(at) - target)).toBeLessThanOrEqual(60_000);
      await expectBoardAt(page, at);
      // Later than the first link: the board moves with the thumb.
      const later = Date.parse(times.startedAt) + 6 * 3_600_000;
      await range.fill(String(later));
      await expectEventually(() => {
        const moved = new URL(page.url()).searchParams.get('at');
        return moved !== null && moved !== at;
      });
      const movedAt = new URL(page.url()).searchParams.get('at');
      if (movedAt === null) throw new Error('no ?at= after the second move');
      await expectBoardAt(page, movedAt);
      await page.close();
    });

    it('should rehearse the seed on the wallboard at 600x, then scrub back to a moment of the drill', async () => {
      const started = await ok(
        server.graphqlUrl,
        START_DRILL,
        { input: { incidentId: id, speed: 600 } },
        server.tokens.COMMANDER,
      );
      const drillId = started.startDrill.id;
      const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await board.goto(`${server.url}/wallboard`);
      await board.getByTestId('drill-banner').waitFor({ timeout: 15_000 });
      // Mid-drill: wait until the wallboard shows a few of the replayed updates' effects.
      let drillUpdates: string[] = [];
      await expectEventually(async () => {
        const data = await ok(server.graphqlUrl, DRILL_UPDATES, { id: drillId });
        drillUpdates = data.incident?.updates.map((u) => u.createdAt) ?? [];
        return data.incident?.drill === true && drillUpdates.length >= 4;
      }, 40_000);
      expect(await board.getByTestId('drill-banner').textContent()).toContain('DRILL');
      await screenshot(board, 'wallboard-drill');
      await board.close();
      // Scrub back to just after the drill's 2nd update (updates are newest first).
      const second = drillUpdates.at(-2);
      if (!second) throw new Error('the drill has fewer than 2 updates');
      const at = new Date(Date.parse(second) + 200).toISOString();
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await page.goto(`${server.url}/incidents/${drillId}?at=${encodeURIComponent(at)}`);
      await page.getByTestId('drill-banner').waitFor();
      await expectBoardAt(page, at, drillId);
      expect(await page.getByTestId('past-board').locator('.update-item').count()).toBe(2);
      await screenshot(page, 'drill-time-travel', { fullPage: true });
      await page.close();
    }, 90_000);
  },
);

/** Polls `check` from the test (the CSP forbids waitForFunction's strings), up to `limitMs`. */
async function expectEventually(
  check: () => boolean | Promise<boolean>,
  limitMs = 10_000,
): Promise<void> {
  for (let waited = 0; waited <= limitMs; waited += 100) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not reached within ${limitMs} ms`);
}
