import type {
  Impact,
  ImportIncidentInput,
  IncidentStatus,
} from '../__generated__/resolvers-types.js';
import type { Services } from '../app/services.js';
import type { Viewer } from '../auth/viewer.js';

const importer: Viewer = { role: 'COMMANDER', name: 'synthetic seed', tokenId: null };

/** A small deterministic PRNG (mulberry32), so a seed reproduces the same history. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const systems: [string, ...string[]] = [
  'Checkout',
  'Payments',
  'Search',
  'Login',
  'Catalog',
  'Store navigation',
  'Order API',
  'Webhooks',
  'Admin',
  'CDN',
];
const symptoms: [string, ...string[]] = [
  'elevated error rates',
  'increased latency',
  'partial outage',
  'failed deployments',
  'timeouts',
  'degraded performance',
];
const flows: [string, ...string[]] = ['sales_flow', 'checkout', 'sessions', 'orders', 'logins'];
const impacts: [Impact, ...Impact[]] = ['NONE', 'MINOR', 'MINOR', 'MAJOR', 'MAJOR', 'CRITICAL'];

const pick = <T>(rnd: () => number, list: readonly [T, ...T[]]): T =>
  list[Math.floor(rnd() * list.length)] ?? list[0];

/** One synthetic incident: 3–20 updates through the lifecycle, and recovery curves. */
export function syntheticIncident(
  rnd: () => number,
  index: number,
  now: Date,
): ImportIncidentInput {
  const twoYears = 730 * 24 * 3600 * 1000;
  const startedAt = new Date(now.getTime() - 3_600_000 * 24 - rnd() * twoYears);
  const system = pick(rnd, systems);
  const updatesCount = 3 + Math.floor(rnd() * 18);
  const durationMs = (10 + rnd() * 600) * 60_000;
  const updates: ImportIncidentInput['updates'] = [];
  for (let i = 0; i < updatesCount; i += 1) {
    const last = i === updatesCount - 1;
    const phase = i / (updatesCount - 1);
    const status: IncidentStatus = last
      ? 'RESOLVED'
      : i === 0
        ? 'INVESTIGATING'
        : phase < 0.6
          ? 'IDENTIFIED'
          : 'MONITORING';
    updates.push({
      status,
      body: `[synthetic] ${system}: ${status.toLowerCase()} — update ${i + 1} of ${updatesCount}.`,
      createdAt: new Date(startedAt.getTime() + 5 * 60_000 + durationMs * phase),
    });
  }
  const flow = pick(rnd, flows);
  const low = 10 + rnd() * 50;
  const recovery = Array.from({ length: 6 }, (_, i) => ({
    flow,
    value: Math.round((low + ((100 - low) * i) / 5) * 10) / 10,
    at: new Date(startedAt.getTime() + 5 * 60_000 + (durationMs * i) / 5),
    note: 'synthetic',
  }));
  return {
    title: `[synthetic] ${system} ${pick(rnd, symptoms)} #${index + 1}`,
    impact: pick(rnd, impacts),
    startedAt,
    updates,
    recovery,
    timeline: [{ at: startedAt, text: `[synthetic] Alarms fired for ${system}.` }],
    actionItems: [
      { title: `[synthetic] Add an alert on ${system} ${pick(rnd, symptoms)}`, status: 'OPEN' },
    ],
  };
}

/** Imports `count` synthetic incidents, a few at a time. */
export async function seedSynthetic(
  services: Services,
  options: {
    count: number;
    seed?: number;
    concurrency?: number;
    onProgress?: (done: number) => void;
  },
): Promise<void> {
  const rnd = random(options.seed ?? 1);
  const now = services.clock();
  const inputs = Array.from({ length: options.count }, (_, i) => syntheticIncident(rnd, i, now));
  const concurrency = options.concurrency ?? 8;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const input = inputs[next];
      next += 1;
      if (!input) continue;
      await services.imports.importIncident(importer, input);
      done += 1;
      if (done % 100 === 0 || done === inputs.length) options.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
