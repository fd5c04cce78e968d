import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, screenshot, useServerAndBrowser } from './browser.js';
import { declare } from './operations.js';

/** Blocks every request that does not go to this machine, and records what was blocked. */
async function offline(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:')
      return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  return blocked;
}

/** Console messages that report a Content-Security-Policy violation. */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  const onMessage = (message: ConsoleMessage) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
      found.push(message.text());
  };
  page.on('console', onMessage);
  page.on('pageerror', (error) => {
    if (/Content Security Policy/i.test(error.message)) found.push(error.message);
  });
  return found;
}

/** Replaces the operation editor's text (Monaco) by typing into it. */
async function setOperation(page: Page, text: string): Promise<void> {
  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  // GraphiQL re-parses the operation (its name, its type) after a short debounce.
  await page.waitForTimeout(1000);
}

/** Replaces the headers editor's text. */
async function setHeaders(page: Page, text: string): Promise<void> {
  await page
    .getByRole('button', { name: /headers/i })
    .first()
    .click();
  const editor = page.locator('.graphiql-editor-tool .monaco-editor').last();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** The response pane's text (Monaco renders spaces as no-break spaces). */
const responseText = async (page: Page) =>
  (await page.locator('.graphiql-response').first().innerText()).replace(/\u00a0/g, ' ');

async function run(page: Page): Promise<void> {
  await page.locator('button.graphiql-execute-button').click();
}

describe.skipIf(!hasChromium)(
  'GraphiQL in Chromium, offline (skipped: no Chromium at /usr/bin/chromium)',
  () => {
    const suite = useServerAndBrowser();

    it('should serve the IDE at GET /graphql to browsers and JSON to GraphQL clients', async () => {
      const server = suite.server();
      const html = await fetch(server.graphqlUrl, { headers: { accept: 'text/html' } });
      expect(html.status).toBe(200);
      expect(html.headers.get('content-type')).toMatch(/text\/html/);
      expect(await html.text()).toContain('GraphQL IDE');
      const json = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent('{__typename}')}`, {
        headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': '1' },
      });
      expect(await json.json()).toEqual({ data: { __typename: 'Query' } });
      expect((await fetch(`${server.url}/graphiql`)).status).toBe(200);
    });

    it('should run a query with an Authorization header, show the docs and stream a subscription with nothing but 127.0.0.1 reachable', async () => {
      const server = suite.server();
      const page = await suite.browser().newPage({ viewport: { width: 1440, height: 900 } });
      const blocked = await offline(page);
      const violations = cspViolations(page);
      await page.goto(server.graphqlUrl);
      await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();

      // The schema, loaded by introspection, documents the API.
      await page.getByRole('button', { name: /show documentation explorer/i }).click();
      await page.getByText('Query', { exact: true }).first().waitFor({ timeout: 15_000 });

      // A query sent with the token typed into the headers editor: the server sees the role.
      await setHeaders(
        page,
        JSON.stringify({ Authorization: `Bearer ${server.tokens.COMMANDER}` }),
      );
      await setOperation(page, 'query Me { viewer { role name } }');
      await run(page);
      await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain('COMMANDER');

      // A subscription over graphql-ws shows an event committed after it started.
      await setOperation(page, 'subscription Live { events { type incident { title } } }');
      await run(page);
      // The socket opens after the click; declare until the stream shows one (bounded).
      let seen = false;
      for (let attempt = 0; attempt < 30 && !seen; attempt += 1) {
        await declare(server.graphqlUrl, server.tokens.COMMANDER, 'Seen live in GraphiQL');
        await new Promise((resolve) => setTimeout(resolve, 500));
        seen = (await responseText(page)).includes('Seen live in GraphiQL');
      }
      expect(seen).toBe(true);
      expect(await responseText(page)).toContain('INCIDENT_DECLARED');
      await screenshot(page, 'graphiql-subscription');

      expect(blocked).toEqual([]);
      expect(violations).toEqual([]);
      await page.close();
    });
  },
);
