import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useServerAndBrowser } from './browser.js';
import { declare } from './operations.js';

/** Everything the browser reports about the Content-Security-Policy while the page is used. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

/** Records `securitypolicyviolation` events from the start of every document. */
async function recordViolationEvents(page: Page): Promise<void> {
  await page.addInitScript(`
    globalThis.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      globalThis.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
    });
  `);
}

async function violationEvents(page: Page): Promise<unknown> {
  const seen: unknown = await page.evaluate('globalThis.__cspViolations');
  return seen;
}

describe.skipIf(!hasChromium)(
  'Content-Security-Policy in Chromium (skipped: no Chromium at /usr/bin/chromium)',
  () => {
    const suite = useServerAndBrowser();
    let incidentId: string | undefined;

    it.each([
      { path: '/', ready: '[data-connection="live"]' },
      { path: '/wallboard', ready: '[data-connection="live"]' },
      { path: '/history', ready: 'main' },
      { path: '/incidents/:id', ready: '[data-connection="live"]' },
      { path: '/graphiql', ready: '.graphiql-query-editor .monaco-editor' },
      { path: '/graphql', ready: '.graphiql-query-editor .monaco-editor' },
    ])('should run $path with no CSP violation', async ({ path, ready }) => {
      const server = suite.server();
      incidentId ??= await declare(server.graphqlUrl, server.tokens.COMMANDER, 'CSP check');
      const page = await suite.browser().newPage({ viewport: { width: 1440, height: 900 } });
      const violations = watchCsp(page);
      await recordViolationEvents(page);
      await page.goto(`${server.url}${path.replace(':id', incidentId)}`);
      await page.locator(ready).first().waitFor({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
      expect(await violationEvents(page)).toEqual([]);
      await page.close();
    });

    it('should send the built assets pre-compressed and cached for good', async () => {
      const asset = readdirSync('web/dist/assets').find((name) => name.endsWith('.js'));
      expect(asset).toBeDefined();
      const response = await fetch(`${suite.server().url}/assets/${asset ?? ''}`, {
        headers: { 'accept-encoding': 'br, gzip' },
      });
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(response.headers.get('cache-control')).toContain('immutable');
    });
  },
);
