import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Double, Int32, Long, MongoClient } from 'mongodb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  spawnEmbeddedMongo,
  startEmbeddedServer,
  type EmbeddedServer,
} from '@war-room/embedded-mongo';

const writerPath = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url));

describe('embedded engine durability', () => {
  const dirs: string[] = [];
  const servers: EmbeddedServer[] = [];
  const clients: MongoClient[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'engine-durability-'));
    dirs.push(dir);
    return dir;
  };
  const open = async (dbpath: string, compactThresholdBytes?: number): Promise<MongoClient> => {
    const server = await startEmbeddedServer(
      compactThresholdBytes === undefined
        ? { port: 0, dbpath }
        : { port: 0, dbpath, compactThresholdBytes },
    );
    servers.push(server);
    const client = new MongoClient(server.uri, { serverSelectionTimeoutMS: 5000 });
    clients.push(client);
    await client.connect();
    return client;
  };
  const closeAll = async (): Promise<void> => {
    for (const client of clients.splice(0)) await client.close();
    for (const server of servers.splice(0)) await server.close();
  };
  afterEach(async () => {
    await closeAll();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('should keep every acknowledged write when the engine process is killed with SIGKILL', async () => {
    const dbpath = tempDir();
    const engine = await spawnEmbeddedMongo({ dbpath, stderr: 'forward' });
    const writer = new MongoClient(engine.uri, {
      serverSelectionTimeoutMS: 1000,
      retryWrites: false,
    });
    await writer.connect();
    const coll = writer.db('crash').collection<{ _id: number; payload: string }>('docs');
    const acknowledged: number[] = [];
    let next = 0;
    let stop = false;
    const worker = async (): Promise<void> => {
      while (!stop) {
        const id = next++;
        try {
          await coll.insertOne({ _id: id, payload: 'x'.repeat(100) });
          acknowledged.push(id);
        } catch {
          return; // the engine died mid-request: this write was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 8 }, () => worker());
    while (acknowledged.length < 400) await new Promise((resolve) => setTimeout(resolve, 5));
    await engine.kill();
    stop = true;
    await Promise.all(workers);
    await writer.close();

    const client = await open(dbpath);
    const ids = new Set(
      (await client.db('crash').collection('docs').find().toArray()).map((d) => Number(d._id)),
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(400);
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('should keep every write acknowledged to a child process that is killed with SIGKILL', async () => {
    const dbpath = tempDir();
    const writer = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', writerPath, dbpath],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<void>((resolve) => writer.once('exit', () => resolve()));
    const acknowledged: number[] = [];
    let out = '';
    writer.stdout.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      writer.stdout.on('data', (chunk: string) => {
        out += chunk;
        const lines = out.split('\n');
        out = lines.pop() ?? '';
        for (const line of lines)
          if (line.startsWith('ack ')) acknowledged.push(Number(line.slice(4)));
        if (acknowledged.length >= 500) resolve();
      });
      writer.once('exit', (code) => reject(new Error(`writer exited early with ${String(code)}`)));
    });
    writer.kill('SIGKILL');
    await exited;
    const client = await open(dbpath);
    const ids = new Set(
      (await client.db('crash').collection('docs').find().toArray()).map((d) => Number(d._id)),
    );
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('should ignore a torn final journal record and keep appending after it', async () => {
    const dbpath = tempDir();
    let client = await open(dbpath);
    await client
      .db('torn')
      .collection('docs')
      .insertMany([{ n: 1 }, { n: 2 }]);
    await closeAll();
    // A record header promising more bytes than follow, as a crash mid-write leaves it.
    appendFileSync(
      join(dbpath, 'journal.wal'),
      Buffer.from([0xff, 0x00, 0x00, 0x00, 0x12, 0x34, 0x56, 0x78, 0x01, 0x02]),
    );
    client = await open(dbpath);
    expect(await client.db('torn').collection('docs').countDocuments()).toBe(2);
    await client.db('torn').collection('docs').insertOne({ n: 3 });
    await closeAll();
    client = await open(dbpath);
    expect(await client.db('torn').collection('docs').countDocuments()).toBe(3);
  });

  it('should keep Double and Long types across a restart from journal and from snapshot', async () => {
    const dbpath = tempDir();
    const typed = { _id: 1, d: new Double(2), l: Long.fromNumber(3), i: 4 };
    let client = await open(dbpath);
    await client.db('types').collection<{ _id: number }>('docs').insertOne(typed);
    await closeAll();
    const read = async (): Promise<unknown> => {
      const raw = new MongoClient(servers[0]?.uri ?? '', { promoteValues: false });
      clients.push(raw);
      return raw.db('types').collection<{ _id: number }>('docs').findOne({ _id: 1 });
    };
    await open(dbpath);
    expect(await read()).toEqual({ ...typed, _id: new Int32(1), i: new Int32(4) });
    await closeAll();
    client = await open(dbpath, 1);
    await client.db('types').collection('other').insertOne({ trigger: 'compaction' });
    await closeAll();
    expect(statSync(join(dbpath, 'snapshot.bson')).size).toBeGreaterThan(0);
    await open(dbpath);
    expect(await read()).toEqual({ ...typed, _id: new Int32(1), i: new Int32(4) });
  });

  it('should journal and replay a single write batch larger than 17 MB', async () => {
    const dbpath = tempDir();
    let client = await open(dbpath);
    const blob = 'b'.repeat(1024 * 1024);
    await client
      .db('large')
      .collection<{ _id: number; blob: string }>('docs')
      .insertMany(Array.from({ length: 20 }, (_, i) => ({ _id: i, blob })));
    await closeAll();
    client = await open(dbpath);
    expect(await client.db('large').collection('docs').countDocuments()).toBe(20);
  });

  it('should compact the journal into a snapshot and restore the same data', async () => {
    const dbpath = tempDir();
    let client = await open(dbpath, 64 * 1024);
    const coll = client.db('compact').collection<{ _id: number; v: number }>('docs');
    await coll.createIndex({ v: 1 }, { unique: true });
    await coll.insertMany(Array.from({ length: 50 }, (_, i) => ({ _id: i, v: i })));
    for (let round = 0; round < 40; round++) await coll.updateMany({}, { $inc: { v: 1000 } });
    await closeAll();
    expect(statSync(join(dbpath, 'journal.wal')).size).toBeLessThan(64 * 1024 * 2);
    expect(statSync(join(dbpath, 'snapshot.bson')).size).toBeGreaterThan(0);
    client = await open(dbpath);
    const docs = await client.db('compact').collection('docs').find().sort({ _id: 1 }).toArray();
    expect(docs).toHaveLength(50);
    expect(docs[7]).toEqual({ _id: 7, v: 40_007 });
    const indexes: unknown[] = await client
      .db('compact')
      .collection('docs')
      .listIndexes()
      .toArray();
    expect(indexes).toHaveLength(2);
  });
});
