import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IncidentFilter } from '../__generated__/graphql.js';
import { graphql, ok } from '../support/graphql.js';
import { hasChromium, screenshot, useServerAndBrowser } from './browser.js';

const IMPORT = graphql(`
  mutation E2eHistoryImport($input: ImportIncidentInput!) {
    importIncident(input: $input) {
      id
    }
  }
`);
const STATS = graphql(`
  query E2eHistoryMilestones($filter: IncidentFilter) {
    incidentStats(filter: $filter) {
      timeToRecover50 {
        count
        histogram(buckets: 12) {
          count
        }
      }
      timeToRecover90 {
        count
        histogram(buckets: 12) {
          count
        }
      }
      timeToRecover100 {
        count
        histogram(buckets: 12) {
          count
        }
      }
    }
  }
`);

type Level = '50' | '90' | '100';
/** What one milestone's histogram says: n and the count of each range, in order. */
type Shown = Record<Level, { n: number; counts: number[] }>;

/** Incidents of two impacts whose sales flow recovers at different paces (minutes to 50/90/100 %). */
const paces: { impact: 'CRITICAL' | 'MINOR'; minutes: [number, number, number | null] }[] = [
  { impact: 'CRITICAL', minutes: [20, 95, 300] },
  { impact: 'CRITICAL', minutes: [45, 130, null] },
  { impact: 'CRITICAL', minutes: [70, 400, 410] },
  { impact: 'MINOR', minutes: [5, 12, 30] },
  { impact: 'MINOR', minutes: [8, 25, 26] },
  { impact: 'MINOR', minutes: [600, 900, 1500] },
];

async function fromApi(url: string, filter: IncidentFilter): Promise<Shown> {
  const { incidentStats } = await ok(url, STATS, { filter });
  const of = (d: { count: number; histogram: { count: number }[] }) => ({
    n: d.count,
    counts: d.histogram.map((b) => b.count),
  });
  return {
    '50': of(incidentStats.timeToRecover50),
    '90': of(incidentStats.timeToRecover90),
    '100': of(incidentStats.timeToRecover100),
  };
}

/** Reads each histogram's n and its table of counts off the page. */
async function fromPage(page: Page): Promise<Shown> {
  const read = async (level: Level) => {
    const chart = page.getByTestId(`milestone-histogram-${level}`);
    const heading = (await chart.locator('h3').textContent()) ?? '';
    const counts = await chart.locator('tbody td').allTextContents();
    return { n: Number(/n=(\d+)/.exec(heading)?.[1] ?? NaN), counts: counts.map(Number) };
  };
  return { '50': await read('50'), '90': await read('90'), '100': await read('100') };
}

describe.skipIf(!hasChromium)(
  'History milestone histograms in Chromium (skipped: no Chromium at /usr/bin/chromium)',
  () => {
    const { server, browser } = useServerAndBrowser();

    it('should show the distributions incidentStats gives for the filters, and follow a filter change', async () => {
      const token = server().tokens.COMMANDER;
      const base = Date.parse('2025-02-03T08:00:00.000Z');
      for (const [i, { impact, minutes }] of paces.entries()) {
        const startedAt = base + i * 86_400_000;
        const at = (m: number) => new Date(startedAt + m * 60_000).toISOString();
        const values = [55, 92, 100];
        await ok(
          server().graphqlUrl,
          IMPORT,
          {
            input: {
              title: `Paced recovery ${i + 1}`,
              impact,
              startedAt: new Date(startedAt).toISOString(),
              updates: [{ status: 'RESOLVED', body: 'Recovered.', createdAt: at(1600) }],
              recovery: minutes.flatMap((m, k) =>
                m === null ? [] : [{ flow: 'sales_flow', value: values[k] ?? 100, at: at(m) }],
              ),
            },
          },
          token,
        );
      }
      const all = await fromApi(server().graphqlUrl, {});
      const critical = await fromApi(server().graphqlUrl, { impact: ['CRITICAL'] });
      // The filter matters: otherwise this test could not tell a chart that ignores it.
      expect(critical['50'].n).toBe(3);
      expect(all['50'].n).toBe(6);
      expect(critical['100'].counts).not.toEqual(all['100'].counts);

      const page = await browser().newPage({ viewport: { width: 1440, height: 1000 } });
      await page.goto(`${server().url}/history`);
      await page.getByTestId('milestone-histogram-50').locator('canvas').waitFor();
      await expect.poll(() => fromPage(page), { timeout: 10_000 }).toEqual(all);

      // The box is controlled by the URL: it turns checked once the route has re-rendered, so
      // click and wait rather than `check()`, which asserts the state at once.
      const criticalBox = page.getByRole('checkbox', { name: 'Critical' });
      await criticalBox.click();
      await expect.poll(() => criticalBox.isChecked(), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => fromPage(page), { timeout: 10_000 }).toEqual(critical);
      expect(new URL(page.url()).searchParams.get('impact')).toBe('CRITICAL');
      await screenshot(page, 'history-milestones', { fullPage: true });
      await page.close();
    });
  },
);
