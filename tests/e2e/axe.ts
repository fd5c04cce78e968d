import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/** One axe violation, reduced to what a failing test should print. */
export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

function isViolation(value: unknown): value is Violation {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'impact' in value &&
    typeof value.impact === 'string' &&
    'help' in value &&
    typeof value.help === 'string' &&
    'targets' in value &&
    Array.isArray(value.targets) &&
    value.targets.every((t) => typeof t === 'string')
  );
}

/** The page-side call: WCAG 2 A and AA rules, violations flattened to plain data. */
const RUN_AXE = `(async () => {
  const results = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
})()`;

/** Injects axe-core into the page (once) and returns the WCAG 2 A/AA violations it finds. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const loaded: unknown = await page.evaluate('typeof axe !== "undefined"');
  // Evaluated through the DevTools protocol: an injected <script> would be refused by the CSP.
  if (loaded !== true) await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
  const result: unknown = await page.evaluate(RUN_AXE);
  if (!Array.isArray(result) || !result.every(isViolation)) {
    throw new Error(`axe returned something unexpected: ${JSON.stringify(result)}`);
  }
  return result;
}

/** The violations that block people: `serious` and `critical`. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  return (await axeViolations(page)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}
