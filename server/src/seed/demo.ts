import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportIncidentInput } from '../__generated__/resolvers-types.js';
import type { Services } from '../app/services.js';
import type { Viewer } from '../auth/viewer.js';
import { parseStatusPage } from './statuspage.parser.js';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
export const demoSeedFile = path.join(dataDir, 'status-page-global-outage-2023-07-13.txt');

/** The seed is loaded as an operator would load it: through the importer, as a COMMANDER. */
const seeder: Viewer = { role: 'COMMANDER', name: 'demo seed', tokenId: null };

/** The parts of the platform the post-mortem names; none is marked affected, as on the page. */
export const demoComponents = [
  { name: 'License Manager', group: 'Platform' },
  { name: 'Store navigation', group: 'Storefront' },
  { name: 'Checkout', group: 'Storefront' },
  { name: 'Payments', group: 'Storefront' },
  { name: 'Sessions and orders', group: 'Storefront' },
  { name: 'Administrative environment', group: 'Admin' },
];

const at = (hhmm: string) => new Date(`2023-07-13T${hhmm}:00.000Z`);

/**
 * Recovery read from the text, each sample with the sentence it comes from. Values are the
 * percent of nominal the text states or bounds from below (never more than it says): "almost
 * half impacted" is 50, "90% or more" is 90, "nominal levels" is 100. Cancellations are the
 * rate of cancelled orders, "approx. 2-5%" until 23:20.
 */
export const demoRecovery: { flow: string; value: number; at: Date; note: string }[] = [
  {
    flow: 'sessions',
    value: 50,
    at: at('15:36'),
    note: 'At 15:36 UTC … impacting almost half of our global sessions and orders.',
  },
  {
    flow: 'orders',
    value: 50,
    at: at('15:36'),
    note: 'At 15:36 UTC … impacting almost half of our global sessions and orders.',
  },
  {
    flow: 'sales_flow',
    value: 50,
    at: at('16:47'),
    note: 'Over the next two hours, the sales flow gradually recovered from almost half to almost 100%.',
  },
  {
    flow: 'sales_flow',
    value: 90,
    at: at('19:16'),
    note: 'We recovered 90% or more of our global sales flow, bringing sessions and orders close to nominal levels. (19:16 update)',
  },
  {
    flow: 'sessions',
    value: 90,
    at: at('19:16'),
    note: 'Bringing sessions and orders close to nominal levels. (19:16 update)',
  },
  {
    flow: 'orders',
    value: 90,
    at: at('19:16'),
    note: 'Bringing sessions and orders close to nominal levels. (19:16 update)',
  },
  {
    flow: 'sales_flow',
    value: 90,
    at: at('19:26'),
    note: 'At 19:26 UTC, we had recovered more than 90% of the global sales flow.',
  },
  {
    flow: 'sales_flow',
    value: 100,
    at: at('20:55'),
    note: 'Shortly afterwards recovery reached 100%, completing our disaster recovery phase; confirmed by the 20:55 update: "recovered the remaining degraded infrastructure".',
  },
  {
    flow: 'sessions',
    value: 100,
    at: at('21:48'),
    note: 'We are observing global sessions and orders at nominal levels. (21:48 update)',
  },
  {
    flow: 'orders',
    value: 100,
    at: at('21:48'),
    note: 'We are observing global sessions and orders at nominal levels. (21:48 update)',
  },
  {
    flow: 'order_cancellations',
    value: 5,
    at: at('19:26'),
    note: 'A higher than normal rate of order cancellations of approx. 2-5% resolving at 23:20 UTC.',
  },
  {
    flow: 'order_cancellations',
    value: 5,
    at: at('21:48'),
    note: 'Our team is investigating reported scenarios of canceled orders in the Payments flow. (21:48 update)',
  },
  {
    flow: 'order_cancellations',
    value: 2,
    at: at('23:20'),
    note: 'Order cancellations of approx. 2-5% resolving at 23:20 UTC.',
  },
];

/** The import input for the seed page: parsed text plus the curated recovery series. */
export function demoIncidentInput(): ImportIncidentInput {
  const parsed = parseStatusPage(readFileSync(demoSeedFile, 'utf8'));
  const times = [...parsed.timeline.map((t) => t.at), ...parsed.updates.map((u) => u.createdAt)];
  const startedAt = new Date(Math.min(...times.map((t) => t.getTime())));
  return {
    title: parsed.title,
    impact: 'CRITICAL',
    startedAt,
    updates: parsed.updates,
    timeline: parsed.timeline,
    actionItems: parsed.actionItems.map((item) => ({ title: item.title, status: 'OPEN' })),
    recovery: demoRecovery,
    components: [],
    postmortem: parsed.postmortem,
    // The post-mortem's headline figure: "we recovered 90% or more of our global sales flow".
    primaryFlow: 'sales_flow',
    idempotencyKey: 'demo:status-page-global-outage-2023-07-13',
  };
}

/** Loads the demo into an empty database; returns whether it did. */
export async function seedDemo(services: Services): Promise<boolean> {
  if (await services.incidents.any()) return false;
  const existing = new Set((await services.components.list()).map((c) => c.name));
  for (const component of demoComponents) {
    if (!existing.has(component.name)) await services.components.create(seeder, component);
  }
  await services.imports.importIncident(seeder, demoIncidentInput());
  return true;
}
