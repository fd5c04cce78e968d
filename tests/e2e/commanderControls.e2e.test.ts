import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommanderControlsDetailsQuery } from '../__generated__/graphql.js';
import { graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureWebBuilt, hasChromium, launchBrowser, screenshot, signInBefore } from './browser.js';
import { CREATE_COMPONENT, declare } from './operations.js';

const ADD_ACTION = graphql(`
  mutation CommanderControlsAddAction($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      id
    }
  }
`);
const DETAILS = graphql(`
  query CommanderControlsDetails($id: ID!) {
    incident(id: $id) {
      impact
      components {
        status
        component {
          name
        }
      }
      actionItems {
        title
        owner
        dueAt
      }
    }
  }
`);

async function details(
  server: TestServer,
  id: string,
): Promise<NonNullable<CommanderControlsDetailsQuery['incident']>> {
  const data = await ok(server.graphqlUrl, DETAILS, { id });
  if (!data.incident) throw new Error(`no incident ${id}`);
  return data.incident;
}

async function createComponent(server: TestServer, name: string, group: string): Promise<string> {
  const data = await ok(
    server.graphqlUrl,
    CREATE_COMPONENT,
    { input: { name, group } },
    server.tokens.COMMANDER,
  );
  return data.createComponent.id;
}

async function commanderPage(browser: Browser, server: TestServer, path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await signInBefore(page, server.tokens.COMMANDER);
  await page.goto(`${server.url}${path}`);
  return page;
}

describe.skipIf(!hasChromium)(
  'commander controls for impact, components and action items (skipped: no Chromium at /usr/bin/chromium)',
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

    it('should change the impact and the affected components when a COMMANDER edits them', async () => {
      await createComponent(server, 'Search API', 'Platform');
      await createComponent(server, 'Storefront web', 'Storefront');
      const id = await declare(server.graphqlUrl, server.tokens.COMMANDER, 'Search is slow', {
        impact: 'MAJOR',
      });
      const page = await commanderPage(browser, server, `/incidents/${id}`);
      const impactForm = page.getByRole('form', { name: 'Change impact' });
      await impactForm.getByLabel('Impact').selectOption('MINOR');
      await impactForm.getByRole('button', { name: 'Set impact' }).click();
      await page.locator('.incident-header .badge', { hasText: 'Minor impact' }).waitFor();
      expect((await details(server, id)).impact).toBe('MINOR');

      await page.getByRole('button', { name: 'Edit affected components' }).click();
      const editor = page.getByRole('form', { name: 'Edit affected components' });
      await editor.waitFor();
      await screenshot(page, 'incident-commander', { fullPage: true });
      await editor.getByRole('checkbox', { name: 'Search API' }).check();
      await editor
        .getByLabel('Status of Search API during the incident')
        .selectOption('DEGRADED_PERFORMANCE');
      await editor.getByRole('button', { name: 'Save components' }).click();
      await page.locator('.affected-list li', { hasText: 'Search API' }).waitFor();
      expect((await details(server, id)).components).toEqual([
        { status: 'DEGRADED_PERFORMANCE', component: { name: 'Search API' } },
      ]);
      await page.close();
    });

    it('should show a taken name at the name field when a COMMANDER creates a duplicate component', async () => {
      await createComponent(server, 'Payments', 'Platform');
      const page = await commanderPage(browser, server, '/');
      await page.getByRole('button', { name: 'Add component' }).click();
      const form = page.getByRole('form', { name: 'Add a component' });
      await form.getByLabel('Name').fill('Payments');
      await form.getByRole('button', { name: 'Add component' }).click();
      await form
        .locator('.field', { has: page.getByLabel('Name') })
        .locator('.field-error')
        .waitFor();
      expect(await form.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');

      await form.getByLabel('Name').fill('Payouts');
      await form.getByLabel('Group (optional)').fill('Finance');
      await form.getByRole('button', { name: 'Add component' }).click();
      await page
        .locator('.component-group', { hasText: 'Finance' })
        .getByText('Payouts', { exact: true })
        .waitFor();
      await page.close();
    });

    it('should save a new owner, due day and title when a COMMANDER edits an action item', async () => {
      const id = await declare(server.graphqlUrl, server.tokens.COMMANDER, 'Mail is delayed');
      await ok(
        server.graphqlUrl,
        ADD_ACTION,
        { input: { incidentId: id, title: 'Add queue alerting', owner: 'sam' } },
        server.tokens.COMMANDER,
      );
      const page = await commanderPage(browser, server, `/incidents/${id}`);
      await page.getByRole('button', { name: 'Edit Add queue alerting' }).click();
      const form = page.getByRole('form', { name: 'Edit action item Add queue alerting' });
      await form.getByLabel('Action').fill('Add queue depth alerting');
      await form.getByLabel('Owner').fill('alex');
      await form.getByLabel('Due').fill('2030-01-15');
      await form.getByRole('button', { name: 'Save' }).click();
      await page
        .locator('.action-item', { hasText: 'Add queue depth alerting' })
        .getByText('due Jan 15, 2030')
        .waitFor();
      expect((await details(server, id)).actionItems).toEqual([
        { title: 'Add queue depth alerting', owner: 'alex', dueAt: '2030-01-15T00:00:00.000Z' },
      ]);

      await page.getByRole('button', { name: 'Edit Add queue depth alerting' }).click();
      const again = page.getByRole('form', { name: 'Edit action item Add queue depth alerting' });
      await again.getByLabel('Owner').fill('');
      await again.getByLabel('Due').fill('');
      await again.getByRole('button', { name: 'Save' }).click();
      await again.waitFor({ state: 'detached' });
      expect((await details(server, id)).actionItems).toEqual([
        { title: 'Add queue depth alerting', owner: null, dueAt: null },
      ]);
      await page.close();
    });
  },
);
