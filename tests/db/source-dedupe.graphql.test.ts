import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { MongoClient, ObjectId } from 'mongodb';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ensureIndexes } from '../../server/src/db/connect.js';
import { EventModel } from '../../server/src/events/event.model.js';
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
    .array(
      z.object({
        collection: z.string(),
        index: z.string(),
        duplicates: z.array(z.object({ ids: z.array(z.string()) })),
      }),
    )
    .optional(),
});

async function readyz() {
  const response = await fetch(`${server.url}/readyz`);
  return { status: response.status, body: readyzBody.parse(await response.json()) };
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
    const { status, body } = await readyz();
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.blockedIndexes?.map((b) => [b.collection, b.index]).sort()).toEqual([
      ['components', 'source_unique'],
      ['incidents', 'source_unique'],
    ]);
    const incidents = body.blockedIndexes?.find((b) => b.collection === 'incidents');
    expect(incidents?.duplicates.map((d) => d.ids)).toEqual([
      [incident.keep.toHexString(), incident.merge.toHexString()],
    ]);
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
