import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { MongoClient, ObjectId } from 'mongodb';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ensureIndexes } from '../../server/src/db/connect.js';
import { EventModel } from '../../server/src/events/event.model.js';
import type { Viewer } from '../../server/src/auth/viewer.js';
import { IncidentModel, type IncidentDoc } from '../../server/src/incidents/incident.model.js';
import { UpdateModel, type UpdateDoc } from '../../server/src/incidents/update.model.js';
import { SampleModel, type SampleDoc } from '../../server/src/recovery/recovery.model.js';
import { recoveryTimes } from '../../server/src/recovery/series.js';
import { dedupeSources } from '../../server/src/db/source.dedupe.js';
import { graphql, ok } from '../support/graphql.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { startTestServer, withDatabase, type TestServer } from '../support/server.js';

const root = path.resolve(import.meta.dirname, '../..');

const incidentUpdates = graphql(`
  query DedupedIncident($id: ID!) {
    incident(id: $id) {
      id
      updates {
        body
      }
      components {
        component {
          id
        }
        status
      }
    }
  }
`);

// Ids in creation order: the first of each pair is the oldest, the one kept.
const component = { keep: new ObjectId(), merge: new ObjectId() };
const incident = { keep: new ObjectId(), merge: new ObjectId() };
const subscriptionId = new ObjectId();
const dbName = uniqueDbName('dedupe');
let server: TestServer;

function incidentDoc(_id: ObjectId, componentId: ObjectId, status: string, title: string) {
  const at = new Date('2023-07-13T15:02:00Z');
  return {
    _id,
    title,
    status: 'INVESTIGATING',
    impact: 'MAJOR',
    startedAt: at,
    resolvedAt: null,
    identifiedAt: null,
    mitigatedAt: null,
    components: [{ componentId, status }],
    postmortem: null,
    primaryFlow: null,
    flowThresholds: [],
    drill: false,
    drillOf: null,
    terms: title.toLowerCase().split(' '),
    createdAt: at,
    updatedAt: at,
    source: { pageId: 'page1', incidentId: 'inc1' },
  };
}

const update = (incidentId: ObjectId, body: string, minute: number) => ({
  _id: new ObjectId(),
  incidentId,
  status: 'INVESTIGATING',
  body,
  createdAt: new Date(`2023-07-13T15:${String(minute).padStart(2, '0')}:00Z`),
  author: null,
  nextUpdateBy: null,
});

/** Writes duplicates the way data stored before the unique source indexes looks. */
async function storeDuplicatesWithoutIndexes(): Promise<void> {
  const client = await MongoClient.connect(withDatabase(mongoUri(), dbName));
  try {
    const db = client.db(dbName);
    await db.collection('components').insertMany([
      {
        _id: component.keep,
        name: 'Payments',
        status: 'OPERATIONAL',
        group: null,
        source: { pageId: 'page1', componentId: 'cmp1' },
      },
      {
        _id: component.merge,
        name: 'Payments (imported again)',
        status: 'OPERATIONAL',
        group: 'Checkout',
        source: { pageId: 'page1', componentId: 'cmp1' },
      },
    ]);
    await db
      .collection('incidents')
      .insertMany([
        incidentDoc(incident.keep, component.merge, 'MAJOR_OUTAGE', 'Checkout down'),
        incidentDoc(incident.merge, component.keep, 'PARTIAL_OUTAGE', 'Checkout down again'),
      ]);
    await db
      .collection('incident_updates')
      .insertMany([
        update(incident.keep, 'first import, update 1', 5),
        update(incident.keep, 'first import, update 2', 10),
        update(incident.merge, 'second import, update 3', 15),
      ]);
    await db.collection('recovery_samples').insertOne({
      _id: new ObjectId(),
      incidentId: incident.merge,
      flow: 'sales_flow',
      value: 40,
      at: new Date('2023-07-13T15:20:00Z'),
      note: null,
    });
    await db.collection('webhook_subscriptions').insertOne({
      _id: subscriptionId,
      url: 'https://hooks.example.com/x',
      secretEncrypted: 'a.b.c',
      eventTypes: [],
      incidentId: incident.merge,
      componentId: component.merge,
      format: 'WAR_ROOM',
      paused: true,
      cursor: 0,
      createdAt: new Date(),
    });
  } finally {
    await client.close();
  }
}

const count = (collection: string, filter: object = {}) => {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected');
  return db.collection(collection).countDocuments(filter);
};

const indexNames = async (collection: string): Promise<string[]> => {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected');
  const indexes = await db.collection(collection).indexes();
  return indexes.map((index) => index.name ?? '');
};

const readyzBody = z.object({
  status: z.string(),
  warnings: z.array(z.string()).optional(),
  blockedIndexes: z
    .array(z.object({ collection: z.string(), index: z.string(), groupCount: z.number() }))
    .optional(),
});

async function readyz() {
  const response = await fetch(`${server.url}/readyz`);
  const text = await response.text();
  return { status: response.status, text, body: readyzBody.strict().parse(JSON.parse(text)) };
}

const metrics = async () => (await fetch(`${server.url}/metrics`)).text();

beforeAll(async () => {
  await storeDuplicatesWithoutIndexes();
  server = await startTestServer({ dbName });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

describe('unique source indexes over data that already holds duplicates', () => {
  it('should start, build the other indexes and name the duplicates on /readyz and /metrics', async () => {
    const { status, body, text } = await readyz();
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.blockedIndexes?.map((b) => [b.collection, b.index, b.groupCount]).sort()).toEqual([
      ['components', 'source_unique', 1],
      ['incidents', 'source_unique', 1],
    ]);
    // A public probe: counts only, never the documents' ids or keys.
    for (const secret of [incident.keep, incident.merge, component.keep].map(String))
      expect(text).not.toContain(secret);
    expect(text).not.toContain('inc1');
    expect(body.warnings?.join('\n')).toContain('npm run db:dedupe-sources -- --dry-run');
    expect(await metrics()).toMatch(
      /warroom_db_index_blocked_duplicates\{collection="incidents",index="source_unique"\} 1/,
    );
    // Only the blocked ones are missing.
    expect(await indexNames('incidents')).toEqual(
      expect.arrayContaining(['startedAt_-1__id_-1', 'source.incidentId_1']),
    );
    expect(await indexNames('incidents')).not.toContain('source_unique');
  });

  it('should list what it would merge and write nothing on a dry run', async () => {
    const events = await EventModel.countDocuments();
    const report = await dedupeSources({ events: server.app.services.events, dryRun: true });
    expect(
      report.map(({ kind, pageId, sourceId, keep, merge }) => ({
        kind,
        pageId,
        sourceId,
        keep,
        merge,
      })),
    ).toEqual([
      {
        kind: 'component',
        pageId: 'page1',
        sourceId: 'cmp1',
        keep: component.keep.toHexString(),
        merge: [component.merge.toHexString()],
      },
      {
        kind: 'incident',
        pageId: 'page1',
        sourceId: 'inc1',
        keep: incident.keep.toHexString(),
        merge: [incident.merge.toHexString()],
      },
    ]);
    expect(report[0]?.moves).toMatchObject({ incidents: 1, webhookSubscriptions: 1 });
    expect(report[1]?.moves).toMatchObject({ updates: 1, samples: 1, webhookSubscriptions: 1 });
    expect(await EventModel.countDocuments()).toBe(events);
    expect(await count('incidents')).toBe(2);
    expect(await count('components')).toBe(2);
  });

  it('should print the plan from `npm run db:dedupe-sources -- --dry-run`', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'scripts/dedupe-sources.ts', '--dry-run'],
      { cwd: root, env: { ...process.env, MONGODB_URI: server.mongoUri }, timeout: 60_000 },
    );
    expect(stdout).toContain(
      `would merge incident page1/inc1: keep ${incident.keep.toHexString()}, ` +
        `merge ${incident.merge.toHexString()} (moves 1 updates, 1 samples, 1 webhookSubscriptions)`,
    );
    expect(stdout).toContain('2 group(s) to merge (dry run: nothing written)');
    expect(await count('incidents')).toBe(2);
  });

  it('should merge every update, sample and reference into the oldest, then build the index', async () => {
    const report = await dedupeSources({ events: server.app.services.events, dryRun: false });
    expect(report).toHaveLength(2);
    expect(await count('incidents')).toBe(1);
    expect(await count('components')).toBe(1);
    expect(await count('incident_updates', { incidentId: incident.keep })).toBe(3);
    expect(await count('recovery_samples', { incidentId: incident.keep })).toBe(1);

    const { incident: kept } = await ok(server.graphqlUrl, incidentUpdates, {
      id: incident.keep.toHexString(),
    });
    expect(kept?.updates.map((u) => u.body).sort()).toEqual([
      'first import, update 1',
      'first import, update 2',
      'second import, update 3',
    ]);
    // Both named the component under one of its two ids: one entry, the worst status.
    expect(kept?.components).toEqual([
      { component: { id: component.keep.toHexString() }, status: 'MAJOR_OUTAGE' },
    ]);
    const gone = await ok(server.graphqlUrl, incidentUpdates, { id: incident.merge.toHexString() });
    expect(gone.incident).toBeNull();
    const db = mongoose.connection.db;
    const subscription = await db
      ?.collection('webhook_subscriptions')
      .findOne({ _id: subscriptionId });
    expect(subscription?.['incidentId']).toEqual(incident.keep);
    expect(subscription?.['componentId']).toEqual(component.keep);

    // The deleted duplicate stays in the event log, whole.
    const merge = await EventModel.findOne({ type: 'INCIDENT_CHANGED', incidentId: incident.keep })
      .lean()
      .exec();
    const removed = merge?.ops.find((op) => op.remove !== undefined);
    expect(removed?.id).toEqual(incident.merge);
    expect(removed?.remove?.['title']).toBe('Checkout down again');

    expect(await ensureIndexes()).toEqual([]);
    expect(await indexNames('incidents')).toContain('source_unique');
    expect(await indexNames('components')).toContain('source_unique');
    expect((await readyz()).body.blockedIndexes).toBeUndefined();
    expect(await metrics()).not.toMatch(/warroom_db_index_blocked_duplicates\{/);
    expect(await dedupeSources({ events: server.app.services.events, dryRun: false })).toEqual([]);
  });
});

describe('db:dedupe-sources after a crash', () => {
  it('should finish pending events before reading what to merge', async () => {
    // Its own database, which no server tails: only the script can finish the pending event.
    const otherDb = uniqueDbName('dedupe-pending');
    const uri = withDatabase(mongoUri(), otherDb);
    const client = await MongoClient.connect(uri);
    try {
      const db = client.db(otherDb);
      const first = incidentDoc(new ObjectId(), component.keep, 'MAJOR_OUTAGE', 'Pending dup');
      const second = {
        ...incidentDoc(new ObjectId(), component.keep, 'MAJOR_OUTAGE', 'Pending dup'),
      };
      await db.collection('incidents').insertOne(first);
      // The second import's event was appended, but its writer died before applying it.
      const { _id: secondId, ...fields } = second;
      await db.collection('events').insertOne({
        seq: 1,
        type: 'INCIDENT_CREATED',
        at: new Date(),
        incidentId: secondId,
        committed: false,
        resultId: secondId,
        ops: [{ model: 'Incident', id: secondId, insert: fields }],
        refs: {},
      });
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'scripts/dedupe-sources.ts', '--dry-run'],
        { cwd: root, env: { ...process.env, MONGODB_URI: uri }, timeout: 60_000 },
      );
      expect(stdout).toContain('finished 1 event(s) a crash left pending');
      expect(stdout).toContain(
        `would merge incident page1/inc1: keep ${first._id.toHexString()}, merge ${secondId.toHexString()}`,
      );
    } finally {
      await client.db(otherDb).dropDatabase();
      await client.close();
    }
  });

  it('should repoint subscriptions a stopped run left on a merged incident', async () => {
    const db = mongoose.connection.db;
    if (!db) throw new Error('not connected');
    // What a run that stopped between its commit and moving the subscriptions left behind.
    await db
      .collection('webhook_subscriptions')
      .updateOne(
        { _id: subscriptionId },
        { $set: { incidentId: incident.merge, componentId: component.merge } },
      );
    expect(await dedupeSources({ events: server.app.services.events, dryRun: false })).toEqual([]);
    const subscription = await db
      .collection('webhook_subscriptions')
      .findOne({ _id: subscriptionId });
    expect(subscription?.['incidentId']).toEqual(incident.keep);
    expect(subscription?.['componentId']).toEqual(component.keep);
  });
});

const admin: Viewer = { role: 'ADMIN', name: 'dedupe test', tokenId: null };

const statuspageIncident = z
  .object({
    id: z.string(),
    status: z.string(),
    updated_at: z.string(),
    resolved_at: z.string().nullable(),
    monitoring_at: z.string().nullable().optional(),
    incident_updates: z.array(z.object({ id: z.string(), created_at: z.string() }).passthrough()),
  })
  .passthrough();
type StatuspageIncidentJson = z.infer<typeof statuspageIncident>;

/** A resolved incident of the fixture: as an early import saw it (investigating, its first updates), and whole. */
function twoStates() {
  const page = z
    .object({ incidents: z.array(statuspageIncident) })
    .passthrough()
    .parse(
      JSON.parse(
        readFileSync(
          new URL('../interop/fixtures/telerik.incidents.json', import.meta.url),
          'utf8',
        ),
      ),
    );
  const whole = page.incidents.find(
    (i) => i.status === 'resolved' && i.incident_updates.length >= 3,
  );
  if (!whole) throw new Error('the fixture has no resolved incident with three updates');
  const early = whole.incident_updates.slice(-2);
  const first: StatuspageIncidentJson = {
    ...whole,
    status: 'investigating',
    resolved_at: null,
    monitoring_at: null,
    updated_at: early[0]?.created_at ?? whole.updated_at,
    incident_updates: early,
  };
  return {
    whole,
    first: JSON.stringify({ ...page, incidents: [first] }),
    latest: JSON.stringify({ ...page, incidents: [whole] }),
  };
}

describe('merging two real imports of one page', () => {
  const states = twoStates();
  let keepId: ObjectId;
  let mergeId: ObjectId;

  it('should collapse copies of each upstream update and keep the latest lifecycle', async () => {
    const db = mongoose.connection.db;
    if (!db) throw new Error('not connected');
    const { statuspage, recovery, timeline } = server.app.services;
    // Stored the way a race before the unique index did: two incidents for one upstream id.
    await db.collection('incidents').dropIndex('source_unique');
    await statuspage.importStatuspage(admin, { json: states.first });
    const kept = await db.collection('incidents').findOne({ 'source.incidentId': states.whole.id });
    if (!kept) throw new Error('first import wrote nothing');
    keepId = kept._id;
    await db
      .collection('incidents')
      .updateOne({ _id: keepId }, { $set: { 'source.incidentId': 'hidden' } });
    await statuspage.importStatuspage(admin, { json: states.latest });
    await db
      .collection('incidents')
      .updateOne({ _id: keepId }, { $set: { 'source.incidentId': states.whole.id } });
    const copies = await db
      .collection('incidents')
      .find({ 'source.incidentId': states.whole.id })
      .toArray();
    expect(copies).toHaveLength(2);
    mergeId = copies.map((c) => c._id).find((id) => !id.equals(keepId)) ?? keepId;
    expect(await count('incident_updates')).toBeGreaterThan(0);
    expect(await count('incident_updates', { incidentId: mergeId })).toBe(
      states.whole.incident_updates.length,
    );

    const start = new Date(states.whole.incident_updates.at(-1)?.created_at ?? '');
    const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
    await recovery.record(admin, {
      incidentId: keepId.toHexString(),
      flow: 'sales_flow',
      value: 40,
      at: minutes(2),
    });
    await recovery.record(admin, {
      incidentId: mergeId.toHexString(),
      flow: 'sales_flow',
      value: 95,
      at: minutes(6),
    });
    for (const id of [keepId, mergeId])
      await timeline.add(admin, {
        incidentId: id.toHexString(),
        at: minutes(1),
        text: 'paged on-call',
      });
    await timeline.add(admin, {
      incidentId: mergeId.toHexString(),
      at: minutes(3),
      text: 'rolled back',
    });

    const subscription = new ObjectId();
    await db.collection('webhook_subscriptions').insertOne({
      _id: subscription,
      url: 'https://hooks.example.com/y',
      secretEncrypted: 'a.b.c',
      eventTypes: [],
      incidentId: mergeId,
      componentId: null,
      format: 'WAR_ROOM',
      paused: true,
      cursor: 0,
      createdAt: new Date(),
    });
    // A crash at the commit: the subscription has already moved, the duplicate is still there.
    const crashing = {
      ...server.app.services.events,
      commit: () => Promise.reject(new Error('crash at the commit')),
    };
    await expect(dedupeSources({ events: crashing, dryRun: false })).rejects.toThrow('crash');
    expect(
      (await db.collection('webhook_subscriptions').findOne({ _id: subscription }))?.['incidentId'],
    ).toEqual(keepId);
    expect(await count('incidents', { _id: mergeId })).toBe(1);

    const [group] = await dedupeSources({ events: server.app.services.events, dryRun: false });
    expect(group?.moves).toMatchObject({
      updates: states.whole.incident_updates.length - 2,
      copiesRemoved: 3,
    });
    const updates = await UpdateModel.find({ incidentId: keepId }).lean<UpdateDoc[]>().exec();
    const upstream = updates.map((u) => u.source?.updateId).sort();
    expect(upstream).toEqual(states.whole.incident_updates.map((u) => u.id).sort());
    expect(await count('incident_updates', { incidentId: mergeId })).toBe(0);
    expect(await count('timeline_events', { incidentId: keepId })).toBe(2);
    expect(await count('recovery_samples', { incidentId: keepId })).toBe(2);
    const merged = await db.collection('incidents').findOne({ _id: keepId });
    expect(merged?.['status']).toBe('RESOLVED');
    expect(merged?.['resolvedAt']).toEqual(new Date(states.whole.resolved_at ?? ''));
    expect(await count('incidents', { _id: mergeId })).toBe(0);
  });

  it('should show at any moment, by time travel, what the merge moved to the kept incident', async () => {
    const live = await server.app.services.timeTravel.incidentAt(keepId.toHexString(), new Date());
    expect(live?.updates.map((u) => u.source?.updateId).sort()).toEqual(
      states.whole.incident_updates.map((u) => u.id).sort(),
    );
    expect(live?.samples.map((s) => s.value)).toEqual([40, 95]);
    expect(live?.timeline.map((t) => t.text)).toEqual(['paged on-call', 'rolled back']);
    expect(live?.status).toBe('RESOLVED');
    // Each moved document at its own time: the rollback and the 95% sample had not happened yet.
    const start = new Date(states.whole.incident_updates.at(-1)?.created_at ?? '');
    const early = await server.app.services.timeTravel.incidentAt(
      keepId.toHexString(),
      new Date(start.getTime() + 150_000),
    );
    expect(early?.samples.map((s) => s.value)).toEqual([40]);
    expect(early?.timeline.map((t) => t.text)).toEqual(['paged on-call']);
  });

  it('should give incidentStats the recovery times a fresh computation from the samples gives', async () => {
    const incidentDocs = await IncidentModel.find({ _id: keepId }).lean<IncidentDoc[]>().exec();
    const samples = await SampleModel.find({ incidentId: keepId }).lean<SampleDoc[]>().exec();
    const [doc] = incidentDocs;
    if (!doc) throw new Error('kept incident missing');
    const fresh = recoveryTimes(doc, samples);
    expect(fresh.reached50).not.toBeNull();
    const day = 24 * 3600_000;
    const stats = await server.app.services.stats.incidentStats(
      new Date(doc.startedAt.getTime() - day),
      new Date(doc.startedAt.getTime() + day),
    );
    expect(stats.count).toBe(1);
    expect(stats.timeToRecover50.sorted).toEqual([fresh.reached50]);
    expect(stats.timeToRecover90.sorted).toEqual([fresh.reached90]);
    expect(stats.timeToRecover100.sorted).toEqual(
      fresh.reached100 === null ? [] : [fresh.reached100],
    );
  });
});
