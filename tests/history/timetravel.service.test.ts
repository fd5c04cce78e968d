import type { Types } from 'mongoose';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../server/src/app/services.js';
import { ensureIndexes } from '../../server/src/db/connect.js';
import { drillPlan } from '../../server/src/drills/drill.plan.js';
import type { SnapshotView } from '../../server/src/history/timetravel.service.js';
import { demoIncidentInput } from '../../server/src/seed/demo.js';
import { commander } from '../support/factories.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { withDatabase } from '../support/server.js';

let now = new Date('2026-01-01T00:00:00.000Z');
let services: Services;

beforeAll(async () => {
  if (mongoose.connection.readyState === mongoose.ConnectionStates.connected)
    await mongoose.disconnect();
  await mongoose.connect(withDatabase(mongoUri(), uniqueDbName('timetravel')));
  await ensureIndexes();
  services = createServices({ clock: () => now });
});

afterAll(async () => {
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

type State = Omit<SnapshotView, 'at' | 'incident'> & {
  impact: string;
  components: SnapshotView['incident']['components'];
};

/** What people see of an incident, in plain values, for comparing two ways of building it. */
function plain(state: State) {
  const id = (doc: { _id: Types.ObjectId }) => doc._id.toHexString();
  return {
    status: state.status,
    impact: state.impact,
    components: state.components.map((c) => [c.componentId.toHexString(), c.status]),
    updates: state.updates.map((u) => [id(u), u.status, u.body, u.createdAt.toISOString()]),
    samples: state.samples.map((s) => [id(s), s.flow, s.value, s.at.toISOString()]),
    timeline: state.timeline.map((t) => [id(t), t.text, t.at.toISOString()]),
    actionItems: state.actionItems.map((a) => [id(a), a.title, a.status]),
  };
}

/** The incident as today's documents have it (the state the events so far have built). */
async function current(incidentId: Types.ObjectId): Promise<ReturnType<typeof plain>> {
  const incident = await services.incidents.getOrThrow(incidentId.toHexString());
  const [updates, samples, timeline, actionItems] = await Promise.all([
    services.incidents.updatesFor([incidentId]),
    services.recovery.samplesFor([incidentId]),
    services.timeline.eventsFor([incidentId]),
    services.actions.itemsFor([incidentId]),
  ]);
  return plain({
    status: incident.status,
    impact: incident.impact,
    components: incident.components,
    updates,
    samples,
    timeline,
    actionItems,
  });
}

async function snapshot(id: Types.ObjectId, at: Date) {
  const found = await services.timeTravel.incidentAt(id.toHexString(), at);
  return found
    ? plain({ ...found, impact: found.incident.impact, components: found.incident.components })
    : null;
}

describe('incidentAt', () => {
  it('should equal, just after every event of the seed played live, the state those events built', async () => {
    now = new Date();
    const seed = await services.imports.importIncident(commander, demoIncidentInput());
    const [updates, samples, timeline] = await Promise.all([
      services.incidents.updatesFor([seed._id]),
      services.recovery.samplesFor([seed._id]),
      services.timeline.eventsFor([seed._id]),
    ]);
    const steps = drillPlan({ incident: seed, updates, samples, timeline });
    const [first, ...rest] = steps.filter((s) => s.kind === 'UPDATE');
    if (!first) throw new Error('the seed has no update');

    // Replayed one event per millisecond-distinct instant, at the seed's own times.
    const start = seed.startedAt.getTime();
    now = new Date(start);
    const live = await services.incidents.declare(commander, {
      title: seed.title,
      impact: 'MAJOR',
      status: first.status ?? 'INVESTIGATING',
      body: first.body ?? '',
      startedAt: now,
    });
    const id = live._id.toHexString();
    const seen: { at: Date; state: Awaited<ReturnType<typeof current>> }[] = [
      { at: now, state: await current(live._id) },
    ];
    let actionItemId: string | null = null;
    const plan = [...rest, ...steps.filter((s) => s.kind !== 'UPDATE')].sort(
      (a, b) => a.offsetMs - b.offsetMs,
    );
    for (const [i, step] of plan.entries()) {
      // Its original time, or a millisecond after the previous event: every event its own instant.
      now = new Date(Math.max(start + step.offsetMs, now.getTime() + 1));
      if (step.kind === 'UPDATE')
        await services.updates.post(commander, {
          incidentId: id,
          status: step.status ?? 'IDENTIFIED',
          body: step.body ?? '',
        });
      if (step.kind === 'SAMPLE')
        await services.recovery.record(commander, {
          incidentId: id,
          flow: step.flow ?? '',
          value: step.value ?? 0,
        });
      if (step.kind === 'TIMELINE')
        await services.timeline.add(commander, { incidentId: id, at: now, text: step.text ?? '' });
      seen.push({ at: now, state: await current(live._id) });
      // Changes that are not additions: impact, an action item opened then done.
      if (i === 3) {
        now = new Date(now.getTime() + 1);
        await services.incidents.setImpact(commander, { incidentId: id, impact: 'CRITICAL' });
        const item = await services.actions.add(commander, { incidentId: id, title: 'Fix it' });
        actionItemId = item._id.toHexString();
        seen.push({ at: now, state: await current(live._id) });
      }
      if (i === 10 && actionItemId) {
        now = new Date(now.getTime() + 1);
        await services.actions.update(commander, { id: actionItemId, status: 'DONE' });
        seen.push({ at: now, state: await current(live._id) });
      }
    }
    expect(seen.length).toBeGreaterThan(30);
    for (const { at, state } of seen) expect(await snapshot(live._id, at)).toEqual(state);
    expect(await snapshot(live._id, new Date(start - 1))).toBeNull();
  });

  it('should show an imported incident as it was at 17:44, not as it is today', async () => {
    now = new Date();
    const input = { ...demoIncidentInput(), idempotencyKey: 'timetravel:seed' };
    const seed = await services.imports.importIncident(commander, input);
    const at = new Date('2023-07-13T17:44:00.000Z');
    const past = await services.timeTravel.incidentAt(seed._id.toHexString(), at);
    const expected = input.updates.filter((u) => u.createdAt.getTime() <= at.getTime());
    expect(past?.updates.map((u) => u.createdAt.toISOString()).sort()).toEqual(
      expected.map((u) => u.createdAt.toISOString()).sort(),
    );
    expect(past?.status).toBe('IDENTIFIED');
    expect(past?.samples.every((s) => s.at.getTime() <= at.getTime())).toBe(true);
    expect(past?.samples.length).toBe(
      (input.recovery ?? []).filter((s) => s.at.getTime() <= at.getTime()).length,
    );
    expect(await services.timeTravel.incidentAt('not-an-id', at)).toBeNull();
  });
});
