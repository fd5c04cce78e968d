import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  ensureWebBuilt,
  hasChromium,
  launchBrowser,
  screenshot,
  waitUntilLive,
} from './browser.js';
import { SEED, START_DRILL } from './operations.js';

/**
 * A commander rehearses the seed outage at 100× on the wallboard and the incident page: the
 * banner's scenario clock and the next-update countdown must say what the API says, on both
 * pages, while it runs and once it is stopped. Bounds are generous (seconds of real time), as
 * the pages tick once a second and the drill moves 100 scenario seconds in each.
 */

const SPEED = 100;

const STOP = graphql(`
  mutation E2eDrillStop($id: ID!) {
    stopDrill(id: $id) {
      status
    }
  }
`);

const DRILL = graphql(`
  query E2eDrillClock($id: ID!) {
    incident(id: $id) {
      nextUpdateBy
      updates {
        createdAt
        nextUpdateBy
      }
      drillRun {
        state
        scenarioAt
        scenarioElapsedSeconds
        scenarioDurationSeconds
      }
    }
  }
`);

interface Shown {
  state: string | null;
  elapsed: number;
  text: string;
  promise: string | null;
  secondsLeft: number | null;
}

/** What a page shows of the drill: its banner's scenario clock and its countdown. */
async function shown(page: Page): Promise<Shown> {
  const clock = page.locator('[data-testid=drill-banner] .drill-clock').first();
  const next = page.getByTestId('next-update');
  const hasNext = (await next.count()) > 0;
  return {
    state: await clock.getAttribute('data-drill-state'),
    elapsed: Number(await clock.getAttribute('data-scenario-elapsed')),
    text: (await clock.textContent()) ?? '',
    promise: hasNext ? await next.locator('time').getAttribute('datetime') : null,
    secondsLeft: hasNext ? Number(await next.getAttribute('data-seconds-left')) : null,
  };
}

describe.skipIf(!hasChromium)(
  'a drill on the wallboard and the incident page in Chromium (skipped: no Chromium at /usr/bin/chromium)',
  () => {
    let server: TestServer;
    let browser: Browser;
    let sourceId: string;

    beforeAll(async () => {
      await ensureWebBuilt();
      server = await startTestServer({ env: { SEED_DEMO: 'true' } });
      browser = await launchBrowser();
      const seed = await ok(server.graphqlUrl, SEED, {});
      const first = seed.incidents.edges[0];
      if (!first) throw new Error('the demo seed was not loaded');
      sourceId = first.node.id;
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close({ dropDatabase: true });
    });

    async function api(id: string) {
      const data = await ok(server.graphqlUrl, DRILL, { id });
      if (!data.incident?.drillRun) throw new Error(`drill ${id} has no run`);
      return { ...data.incident, drillRun: data.incident.drillRun };
    }

    it('should show the scenario clock and a countdown at drill speed that agree with the API', async () => {
      const started = await ok(
        server.graphqlUrl,
        START_DRILL,
        { input: { incidentId: sourceId, speed: SPEED } },
        server.tokens.COMMANDER,
      );
      const id = started.startDrill.id;
      const wallboard = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      const incidentPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await wallboard.goto(`${server.url}/wallboard?incident=${id}`);
      await incidentPage.goto(`${server.url}/incidents/${id}`);
      for (const page of [wallboard, incidentPage]) {
        await waitUntilLive(page);
        await page.locator('[data-testid=drill-banner] .drill-clock').first().waitFor();
      }
      const { scenarioDurationSeconds } = (await api(id)).drillRun;
      expect(scenarioDurationSeconds).toBe(8 * 3600 + 24 * 60);

      // A few looks, a second or more apart, while the drill runs.
      for (let look = 0; look < 3; look += 1) {
        for (const page of [wallboard, incidentPage]) {
          const before = await api(id);
          const page_ = await shown(page);
          const after = await api(id);
          const realNow = Date.now();
          expect(page_.state).toBe('RUNNING');
          // The elapsed clock beside the badges is the scenario's too, not the real seconds.
          expect(await page.locator('.wb-elapsed, .duration').first().textContent()).toMatch(
            /^T\+/,
          );
          expect(page_.text).toMatch(
            /^DRILL ×100 — scenario \d\d:\d\d UTC, T\+(\d+s|(\d+h )?\d+m) of 8h 24m$/,
          );
          // Within 5 real seconds of the API's scenario clock, read around the page's.
          expect(page_.elapsed).toBeGreaterThanOrEqual(
            before.drillRun.scenarioElapsedSeconds - 5 * SPEED,
          );
          expect(page_.elapsed).toBeLessThanOrEqual(
            after.drillRun.scenarioElapsedSeconds + 5 * SPEED,
          );
          // The promise on screen is the API's (one of the two reads, if an update came
          // between), and its countdown is real seconds to it: at 100×, the seed's 30-minute
          // cadence is 18 s, never the 29 minutes a real-time promise would show.
          const promises = [before.nextUpdateBy, after.nextUpdateBy];
          expect(promises).toContain(page_.promise);
          if (page_.promise !== null && page_.secondsLeft !== null) {
            const left = (Date.parse(page_.promise) - realNow) / 1000;
            expect(Math.abs(page_.secondsLeft - left)).toBeLessThanOrEqual(5);
            expect(page_.secondsLeft).toBeLessThanOrEqual(20);
          }
          const latest = after.updates[0];
          if (latest?.nextUpdateBy) {
            const gap = Date.parse(latest.nextUpdateBy) - Date.parse(latest.createdAt);
            expect(gap).toBe((30 * 60_000) / SPEED);
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 1200));
      }
      await screenshot(wallboard, 'wallboard-drill-running');

      await ok(server.graphqlUrl, STOP, { id }, server.tokens.COMMANDER);
      const stopped = await api(id);
      expect(stopped.drillRun.state).toBe('STOPPED');
      expect(stopped.nextUpdateBy).toBeNull();
      // The incident page follows the live events to the frozen clock, with no countdown left.
      const deadline = Date.now() + 10_000;
      let last = await shown(incidentPage);
      while (last.state !== 'STOPPED' || last.promise !== null) {
        if (Date.now() > deadline) throw new Error(`the page still shows ${JSON.stringify(last)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
        last = await shown(incidentPage);
      }
      expect(last.elapsed).toBe(stopped.drillRun.scenarioElapsedSeconds);
      expect(last.text).toContain('stopped at scenario');
      expect(last.text).toContain(
        `${new Date(stopped.drillRun.scenarioAt).toISOString().slice(11, 16)} UTC`,
      );
      await screenshot(incidentPage, 'incident-drill-stopped');
      await Promise.all([wallboard.close(), incidentPage.close()]);
    });
  },
);
