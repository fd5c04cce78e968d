import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  spawnEmbeddedMongo,
  startEmbeddedServer,
  type EmbeddedServer,
} from '@war-room/embedded-mongo';

describe('embedded engine lifecycle', () => {
  const dirs: string[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'engine-lifecycle-'));
    dirs.push(dir);
    return dir;
  };
  const start = async (dbpath: string, ttlIntervalMs?: number): Promise<EmbeddedServer> => {
    const server = await startEmbeddedServer(
      ttlIntervalMs === undefined ? { port: 0, dbpath } : { port: 0, dbpath, ttlIntervalMs },
    );
    cleanups.push(() => server.close());
    return server;
  };
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('should refuse a second engine on a dbpath that is in use', async () => {
    const dbpath = tempDir();
    await start(dbpath);
    await expect(startEmbeddedServer({ port: 0, dbpath })).rejects.toThrow(/in use/);
  });

  it('should start in a child process, report its URI and stop cleanly on stop()', async () => {
    const dbpath = tempDir();
    const engine = await spawnEmbeddedMongo({ dbpath });
    expect(engine.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+$/);
    const client = new MongoClient(engine.uri, { serverSelectionTimeoutMS: 5000 });
    await client.connect();
    await client.db('life').collection('docs').insertOne({ kept: true });
    await client.close();
    await engine.stop();
    const server = await start(dbpath);
    const again = new MongoClient(server.uri, { serverSelectionTimeoutMS: 5000 });
    cleanups.push(() => again.close());
    expect(await again.db('life').collection('docs').countDocuments({ kept: true })).toBe(1);
  });

  it('should delete expired documents when a TTL index exists', async () => {
    const server = await start(tempDir(), 50);
    const client = new MongoClient(server.uri, { serverSelectionTimeoutMS: 5000 });
    cleanups.push(() => client.close());
    const coll = client.db('life').collection('sessions');
    await coll.createIndex({ at: 1 }, { expireAfterSeconds: 60 });
    await coll.insertMany([
      { name: 'old', at: new Date(Date.now() - 3_600_000) },
      { name: 'fresh', at: new Date() },
      { name: 'no date', at: 'yesterday' },
    ]);
    while ((await coll.countDocuments()) > 2)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await coll.find().toArray()).map((d) => String(d.name)).sort()).toEqual([
      'fresh',
      'no date',
    ]);
  });
});
