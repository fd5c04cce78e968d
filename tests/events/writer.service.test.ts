import mongoose, { Types } from 'mongoose';
import { isDuplicateKey } from '../../server/src/common/errors.js';
import { ensureIndexes } from '../../server/src/db/connect.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventLog, type EventLog } from '../../server/src/events/event.log.js';
import { CounterModel, EventModel } from '../../server/src/events/event.model.js';
import { createWriterRegistry } from '../../server/src/events/writer.js';
import {
  IncidentModel,
  incidentWrites,
  type IncidentDoc,
} from '../../server/src/incidents/incident.model.js';
import {
  SampleModel,
  sampleWrites,
  type SampleDoc,
} from '../../server/src/recovery/recovery.model.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { withDatabase } from '../support/server.js';

let log: EventLog;

beforeAll(async () => {
  if (mongoose.connection.readyState === mongoose.ConnectionStates.connected)
    await mongoose.disconnect();
  await mongoose.connect(withDatabase(mongoUri(), uniqueDbName('writer')));
  // The unique source index refuses the batch write below; the server builds indexes this way.
  await ensureIndexes();
  await Promise.all([
    EventModel.init(),
    CounterModel.init(),
    IncidentModel.init(),
    SampleModel.init(),
  ]);
  log = createEventLog({ writers: createWriterRegistry([incidentWrites, sampleWrites]) });
});

afterAll(async () => {
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

function incident(overrides: Partial<IncidentDoc> = {}): IncidentDoc {
  const now = new Date();
  return {
    _id: new Types.ObjectId(),
    title: 'Checkout errors',
    status: 'INVESTIGATING',
    impact: 'MAJOR',
    startedAt: now,
    resolvedAt: null,
    identifiedAt: null,
    mitigatedAt: null,
    components: [],
    postmortem: null,
    terms: ['checkout'],
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/** What the log holds: a rejected write must leave both the events and the sequence alone. */
async function logState(): Promise<{ events: number; seq: number }> {
  const counter = await CounterModel.findById('events').lean().exec();
  return { events: await EventModel.countDocuments(), seq: counter?.seq ?? 0 };
}

describe('typed writers on the event log', () => {
  it('should reject an insert whose title breaks the schema maxlength and append no event', async () => {
    const before = await logState();
    const doc = incident({ title: 'x'.repeat(201) });
    const commit = log.commit({
      type: 'INCIDENT_DECLARED',
      incidentId: doc._id,
      resultId: doc._id,
      ops: [incidentWrites.insert(doc)],
    });
    await expect(commit).rejects.toBeInstanceOf(mongoose.Error.ValidationError);
    await expect(commit).rejects.toMatchObject({ errors: { title: { kind: 'maxlength' } } });
    expect(await logState()).toEqual(before);
    expect(await IncidentModel.exists({ _id: doc._id })).toBeNull();
  });

  it('should reject an insert that misses a required field of the document', async () => {
    const before = await logState();
    const doc = incident({ title: '' });
    await expect(
      log.append({
        type: 'INCIDENT_DECLARED',
        incidentId: doc._id,
        resultId: doc._id,
        ops: [incidentWrites.insert(doc)],
      }),
    ).rejects.toMatchObject({ errors: { title: { kind: 'required' } } });
    expect(await logState()).toEqual(before);
  });

  it('should run min, max and match validators of every op before appending any of them', async () => {
    const before = await logState();
    const doc = incident();
    const sample = {
      _id: new Types.ObjectId(),
      incidentId: doc._id,
      flow: 'Sales Flow',
      value: 1001,
      at: new Date(),
      note: null,
    };
    await expect(
      log.commit({
        type: 'RECOVERY_RECORDED',
        incidentId: doc._id,
        resultId: sample._id,
        ops: [incidentWrites.insert(doc), sampleWrites.insert(sample)],
      }),
    ).rejects.toMatchObject({
      errors: { flow: { kind: 'regexp' }, value: { kind: 'max' } },
    });
    expect(await logState()).toEqual(before);
    expect(await IncidentModel.exists({ _id: doc._id })).toBeNull();
    expect(await SampleModel.exists({ _id: sample._id })).toBeNull();
  });

  it('should validate only the paths a set writes, and refuse one that breaks them', async () => {
    const doc = incident();
    await log.commit({
      type: 'INCIDENT_DECLARED',
      incidentId: doc._id,
      resultId: doc._id,
      ops: [incidentWrites.insert(doc)],
    });
    const changed = await log.commit({
      type: 'INCIDENT_CHANGED',
      incidentId: doc._id,
      resultId: doc._id,
      ops: [incidentWrites.set(doc._id, { impact: 'MINOR' })],
    });
    expect(changed.replayed).toBe(false);
    const before = await logState();
    await expect(
      log.commit({
        type: 'INCIDENT_CHANGED',
        incidentId: doc._id,
        resultId: doc._id,
        ops: [incidentWrites.set(doc._id, { title: 'y'.repeat(201) })],
      }),
    ).rejects.toMatchObject({ errors: { title: { kind: 'maxlength' } } });
    expect(await logState()).toEqual(before);
    expect(await incidentWrites.reread(doc._id)).toMatchObject({
      title: 'Checkout errors',
      impact: 'MINOR',
    });
  });

  it('should store each op as model, id and the one kind of write it is, for crash repair', async () => {
    const doc = incident();
    const { event } = await log.commit({
      type: 'INCIDENT_CHANGED',
      incidentId: doc._id,
      resultId: doc._id,
      ops: [incidentWrites.insert(doc), incidentWrites.addToSet(doc._id, { terms: ['cart'] })],
    });
    const stored = await EventModel.findById(event._id).lean().exec();
    expect(stored?.ops.map((op) => Object.keys(op).sort())).toEqual([
      ['id', 'insert', 'model'],
      ['addToSet', 'id', 'model'],
    ]);
    expect(stored?.ops.map((op) => op.model)).toEqual(['Incident', 'Incident']);
    expect((await incidentWrites.reread(doc._id)).terms).toEqual(['checkout', 'cart']);
  });

  it('should withdraw only the batch events the database refuses before any of their writes', async () => {
    const source = (incidentId: string) => ({ pageId: 'batchpage', incidentId });
    const taken = incident({ source: source('taken') });
    await log.commit({
      type: 'INCIDENT_DECLARED',
      incidentId: taken._id,
      resultId: taken._id,
      ops: [incidentWrites.insert(taken)],
    });
    const spec = (doc: IncidentDoc) => {
      const sample: SampleDoc = {
        _id: new Types.ObjectId(),
        incidentId: doc._id,
        flow: 'checkout',
        value: 50,
        at: new Date(),
        note: null,
      };
      return {
        sample,
        spec: {
          type: 'INCIDENT_DECLARED' as const,
          incidentId: doc._id,
          resultId: doc._id,
          ops: [incidentWrites.insert(doc), sampleWrites.insert(sample)],
        },
      };
    };
    // The middle one repeats an upstream incident another write imported (the unique source).
    const docs = [
      incident({ source: source('first') }),
      incident({ source: source('taken') }),
      incident({ source: source('last') }),
    ];
    const planned = docs.map(spec);
    const outcomes = await log.commitBatch(planned.map((p) => p.spec));
    expect(outcomes.map((o) => ('committed' in o ? 'committed' : 'refused'))).toEqual([
      'committed',
      'refused',
      'committed',
    ]);
    const refusal = outcomes[1];
    expect(refusal && 'refused' in refusal && isDuplicateKey(refusal.refused)).toBe(true);
    const stored = async ({ sample, spec: { resultId } }: (typeof planned)[number]) => ({
      incident: (await IncidentModel.exists({ _id: resultId })) !== null,
      sample: (await SampleModel.exists({ _id: sample._id })) !== null,
      event: (await EventModel.exists({ resultId, committed: true })) !== null,
    });
    const [first, middle, last] = await Promise.all(planned.map(stored));
    const all = { incident: true, sample: true, event: true };
    expect(first).toEqual(all);
    expect(last).toEqual(all);
    // Nothing of the refused event was written, and its event is gone rather than pending.
    expect(middle).toEqual({ incident: false, sample: false, event: false });
    expect(await EventModel.countDocuments({ committed: false })).toBe(0);
  });
});
