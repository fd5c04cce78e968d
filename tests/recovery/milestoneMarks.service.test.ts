import mongoose, { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../server/src/app/services.js';
import type { Viewer } from '../../server/src/auth/viewer.js';
import { EventModel } from '../../server/src/events/event.model.js';
import { IncidentModel, type IncidentDoc } from '../../server/src/incidents/incident.model.js';
import { summarize } from '../../server/src/incidents/stats.service.js';
import { SampleModel } from '../../server/src/recovery/recovery.model.js';
import { recoveryTimes, type RecoveryTimes } from '../../server/src/recovery/series.js';
import { random } from '../../server/src/seed/synthetic.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { withDatabase } from '../support/server.js';

const commander: Viewer = { role: 'COMMANDER', name: 'property', tokenId: null };
const hour = 3_600_000;
/** Level flows, and one rate: a rate never heads an incident but may reach 50 %. */
const flows = ['sales_flow', 'checkout', 'sessions', 'order_cancellations'] as const;
const levelFlows = ['sales_flow', 'checkout', 'sessions'] as const;

let now = new Date('2026-01-01T00:00:00Z');
let services: Services;

beforeAll(async () => {
  if (mongoose.connection.readyState === mongoose.ConnectionStates.connected)
    await mongoose.disconnect();
  await mongoose.connect(withDatabase(mongoUri(), uniqueDbName('marks')));
  await EventModel.init();
  services = createServices({ clock: () => now });
});

afterAll(async () => {
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

/** The definition: the primary flow's milestones computed from every stored sample. */
async function fromSamples(incident: IncidentDoc): Promise<RecoveryTimes> {
  return recoveryTimes(incident, await services.recovery.samplesFor([incident._id]));
}

/** What `incidentStats` reads: the stored marks (fails if an incident lacks complete marks). */
async function fromMarks(ids: readonly Types.ObjectId[]): Promise<Map<string, RecoveryTimes>> {
  const incidents = await IncidentModel.find({ _id: { $in: ids } })
    .lean<IncidentDoc[]>()
    .exec();
  for (const incident of incidents) expect(incident.milestonesVersion).toBe(1);
  return services.recovery.recoveryTimes(incidents);
}

async function expectMarksMatchSamples(ids: readonly Types.ObjectId[]): Promise<void> {
  const stored = await fromMarks(ids);
  for (const id of ids) {
    const incident = await IncidentModel.findById(id).lean<IncidentDoc>().exec();
    if (!incident) throw new Error(`incident ${id.toHexString()} is gone`);
    expect({ id: id.toHexString(), ...stored.get(id.toHexString()) }).toEqual({
      id: id.toHexString(),
      ...(await fromSamples(incident)),
    });
  }
}

/** A random walk over every write that can move a primary flow's milestones. */
async function randomHistory(seed: number, steps: number): Promise<Types.ObjectId[]> {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => {
    const value = list[Math.floor(rnd() * list.length)];
    if (value === undefined) throw new Error('empty list');
    return value;
  };
  const incidents: { id: Types.ObjectId; startedAt: Date }[] = [];
  /** Times on a 10-minute grid, so samples of different flows often share an instant. */
  const sampleTime = (startedAt: Date): Date => {
    const slots = Math.floor((now.getTime() - startedAt.getTime()) / 600_000);
    return new Date(startedAt.getTime() + Math.floor(rnd() * (slots + 1)) * 600_000);
  };
  const sample = (startedAt: Date) => ({
    flow: pick(flows),
    value: Math.round(rnd() * 130),
    ...(rnd() < 0.8 ? { at: sampleTime(startedAt) } : {}),
  });
  for (let step = 0; step < steps; step++) {
    now = new Date(now.getTime() + Math.floor(rnd() * 20) * 60_000);
    const target = incidents.length > 0 ? pick(incidents) : null;
    const roll = rnd();
    if (!target || roll < 0.1) {
      const startedAt = new Date(now.getTime() - Math.ceil(rnd() * 6) * hour);
      const declared = await services.incidents.declare(commander, {
        title: `Property incident ${seed}/${step}`,
        impact: 'MAJOR',
        body: 'Something is down.',
        startedAt,
      });
      incidents.push({ id: declared._id, startedAt });
    } else if (roll < 0.2) {
      const startedAt = new Date(now.getTime() - Math.ceil(rnd() * 6) * hour);
      const imported = await services.imports.importIncident(commander, {
        title: `Imported incident ${seed}/${step}`,
        impact: 'MINOR',
        startedAt,
        updates: [{ status: 'INVESTIGATING', body: 'Imported.', createdAt: startedAt }],
        recovery: Array.from({ length: Math.floor(rnd() * 8) }, () => ({
          ...sample(startedAt),
          at: sampleTime(startedAt),
        })),
        ...(rnd() < 0.3 ? { primaryFlow: pick(levelFlows) } : {}),
      });
      incidents.push({ id: imported._id, startedAt });
    } else if (roll < 0.3) {
      await services.recovery.setPrimaryFlow(commander, {
        incidentId: target.id.toHexString(),
        flow: pick(levelFlows),
      });
    } else if (roll < 0.35) {
      await services.recovery.setFlowThreshold(commander, {
        incidentId: target.id.toHexString(),
        flow: 'order_cancellations',
        threshold: Math.round(rnd() * 60),
      });
    } else if (roll < 0.45) {
      // Concurrent writers on one incident: the marks must not depend on who wins.
      await Promise.all(
        [0, 1, 2].map(() =>
          services.recovery.record(commander, {
            incidentId: target.id.toHexString(),
            ...sample(target.startedAt),
          }),
        ),
      );
    } else {
      await services.recovery.record(commander, {
        incidentId: target.id.toHexString(),
        ...sample(target.startedAt),
      });
    }
  }
  return incidents.map((i) => i.id);
}

describe('the recovery milestone marks kept on each incident', () => {
  it.each([1, 2, 3, 4])(
    'should equal the milestones computed from all samples after random writes (seed %i)',
    async (seed) => {
      const ids = await randomHistory(seed, 70);
      await expectMarksMatchSamples(ids);
    },
  );

  it('should give incidentStats the same figures as the samples do', async () => {
    const ids = await randomHistory(5, 40);
    const incidents = await IncidentModel.find({ drill: { $ne: true } })
      .lean<IncidentDoc[]>()
      .exec();
    expect(incidents.length).toBeGreaterThanOrEqual(ids.length);
    const expected = await Promise.all(incidents.map(fromSamples));
    const stats = await services.stats.incidentStats(null, null, now);
    const pick = (key: keyof RecoveryTimes) =>
      summarize(expected.flatMap((t) => (t[key] === null ? [] : [t[key]])));
    expect(stats.timeToRecover50).toEqual(pick('reached50'));
    expect(stats.timeToRecover90).toEqual(pick('reached90'));
    expect(stats.timeToRecover100).toEqual(pick('reached100'));
    expect(stats.timeToRecover50.count).toBeGreaterThan(0);
  });

  it('should keep a drill replay’s marks equal to its replayed samples', async () => {
    const [source] = await randomHistory(6, 1);
    if (!source) throw new Error('no incident');
    const startedAt = new Date(now.getTime() - 2 * hour);
    for (const [i, value] of [30, 55, 92, 40, 100].entries()) {
      await services.recovery.record(commander, {
        incidentId: source.toHexString(),
        flow: i % 2 === 0 ? 'sales_flow' : 'checkout',
        value,
        at: new Date(startedAt.getTime() + (5 - i) * 600_000),
      });
    }
    const drill = await services.drills.start(commander, {
      incidentId: source.toHexString(),
      speed: 3600,
    });
    now = new Date(now.getTime() + 24 * hour);
    await services.drills.tick();
    expect(await SampleModel.countDocuments({ incidentId: drill._id })).toBeGreaterThanOrEqual(5);
    await expectMarksMatchSamples([drill._id]);
  });

  it('should read the samples of incidents stored before marks existed, then backfill them', async () => {
    // An incident as the previous version stored it: no marks, no version, samples out of order.
    const id = new Types.ObjectId();
    const startedAt = new Date(now.getTime() - 5 * hour);
    await IncidentModel.collection.insertOne({
      _id: id,
      title: 'Stored by the previous version',
      status: 'RESOLVED',
      impact: 'CRITICAL',
      startedAt,
      resolvedAt: now,
      identifiedAt: null,
      mitigatedAt: null,
      components: [],
      postmortem: null,
      primaryFlow: null,
      flowThresholds: [],
      drill: false,
      drillOf: null,
      terms: ['stored'],
      createdAt: startedAt,
      updatedAt: now,
    });
    const at = (minutes: number) => new Date(startedAt.getTime() + minutes * 60_000);
    await SampleModel.insertMany([
      { incidentId: id, flow: 'sessions', value: 95, at: at(90), note: null },
      { incidentId: id, flow: 'checkout', value: 60, at: at(30), note: null },
      { incidentId: id, flow: 'checkout', value: 100, at: at(120), note: null },
      { incidentId: id, flow: 'sessions', value: 20, at: at(10), note: null },
    ]);
    const legacy = await IncidentModel.findById(id).lean<IncidentDoc>().exec();
    if (!legacy) throw new Error('not stored');
    const expected = await fromSamples(legacy);
    expect(expected).toEqual({ reached50: 90 * 60, reached90: 90 * 60, reached100: null });
    expect((await services.recovery.recoveryTimes([legacy])).get(id.toHexString())).toEqual(
      expected,
    );

    expect(await services.recovery.backfillMarks()).toBeGreaterThanOrEqual(1);
    await expectMarksMatchSamples([id]);
    expect(await services.recovery.backfillMarks()).toBe(0);

    // Written after the backfill, an earlier sample of another flow becomes the default primary.
    await services.recovery.record(commander, {
      incidentId: id.toHexString(),
      flow: 'checkout',
      value: 10,
      at: at(5),
    });
    await expectMarksMatchSamples([id]);
    expect((await fromMarks([id])).get(id.toHexString())).toEqual({
      reached50: 30 * 60,
      reached90: 120 * 60,
      reached100: 120 * 60,
    });
  });
});
