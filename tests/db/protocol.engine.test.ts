import { connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Binary, deserialize, Long, ObjectId, serialize } from 'bson';
import { MongoClient, MongoClientBulkWriteError, MongoServerError } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedServer, type EmbeddedServer } from '@war-room/embedded-mongo';

/** OP_MSG with a body section and optional document sequence. */
function opMsg(
  body: Record<string, unknown>,
  sequence?: { id: string; docs: Array<Record<string, unknown>> },
): Buffer {
  const parts: Buffer[] = [
    Buffer.from([0, 0, 0, 0]),
    Buffer.from([0]),
    Buffer.from(serialize(body)),
  ];
  if (sequence) {
    const docs = Buffer.concat(sequence.docs.map((d) => Buffer.from(serialize(d))));
    const id = Buffer.from(`${sequence.id}\0`);
    const size = Buffer.alloc(4);
    size.writeInt32LE(4 + id.length + docs.length);
    parts.push(Buffer.from([1]), size, id, docs);
  }
  const payload = Buffer.concat(parts);
  const header = Buffer.alloc(16);
  header.writeInt32LE(16 + payload.length, 0);
  header.writeInt32LE(1, 4);
  header.writeInt32LE(2013, 12);
  return Buffer.concat([header, payload]);
}

/** Sends raw bytes; resolves with the first reply body, or 'closed' if the server hangs up. */
function exchange(port: number, bytes: Buffer): Promise<Record<string, unknown> | 'closed'> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let data = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      if (data.length >= 4 && data.length >= data.readInt32LE(0)) {
        socket.destroy();
        resolve(deserialize(data.subarray(21)));
      }
    });
    socket.on('close', () => resolve('closed'));
    socket.on('error', reject);
  });
}

describe('embedded engine protocol handling', () => {
  let server: EmbeddedServer;
  let client: MongoClient;
  let dbpath: string;

  beforeAll(async () => {
    dbpath = mkdtempSync(join(tmpdir(), 'engine-protocol-'));
    server = await startEmbeddedServer({ port: 0, dbpath });
    client = new MongoClient(server.uri, { serverSelectionTimeoutMS: 5000 });
    await client.connect();
  });
  afterAll(async () => {
    await client.close();
    await server.close();
    rmSync(dbpath, { recursive: true, force: true });
  });

  it.each([
    { name: 'an impossible length', bytes: Buffer.from([5, 0, 0, 0, 1, 2, 3, 4, 5]) },
    { name: 'an oversized length', bytes: Buffer.from([0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0]) },
    {
      name: 'an unknown opcode',
      bytes: Buffer.concat([
        Buffer.from([21, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0x39, 0x05, 0, 0]),
        Buffer.alloc(5),
      ]),
    },
    {
      name: 'a body with a corrupt BSON length',
      bytes: (() => {
        const msg = opMsg({ ping: 1, $db: 'admin' });
        msg.writeInt32LE(9999, 21);
        return msg;
      })(),
    },
  ])('should close only the offending connection when a message has $name', async ({ bytes }) => {
    expect(await exchange(server.port, bytes)).toBe('closed');
    expect(await client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
  });

  it('should accept document sequences in OP_MSG inserts', async () => {
    const reply = await exchange(
      server.port,
      opMsg(
        { insert: 'seq', $db: 'protocol' },
        { id: 'documents', docs: [{ _id: 1 }, { _id: 2 }] },
      ),
    );
    expect(reply).toMatchObject({ n: 2, ok: 1 });
    expect(await client.db('protocol').collection('seq').countDocuments()).toBe(2);
  });

  it('should refuse a document over 16 MiB with BSONObjectTooLarge (10334)', async () => {
    const big = { _id: 'big', blob: 'x'.repeat(16 * 1024 * 1024) };
    const reply = await exchange(
      server.port,
      opMsg({ insert: 'big', $db: 'protocol' }, { id: 'documents', docs: [big] }),
    );
    expect(reply).not.toBe('closed');
    expect(reply).toMatchObject({ n: 0, writeErrors: [{ index: 0, code: 10334 }] });
  });

  it('should apply a retried write with the same lsid and txnNumber only once', async () => {
    const lsid = { id: new Binary(randomBytes(16), Binary.SUBTYPE_UUID) };
    const command = {
      insert: 'retry',
      documents: [{ note: 'no _id: a re-run would add another' }],
      lsid,
      txnNumber: Long.fromNumber(1),
      $db: 'protocol',
    };
    expect(await exchange(server.port, opMsg(command))).toMatchObject({ n: 1, ok: 1 });
    expect(await exchange(server.port, opMsg(command))).toMatchObject({ n: 1, ok: 1 });
    expect(
      await exchange(server.port, opMsg({ ...command, txnNumber: Long.fromNumber(2) })),
    ).toMatchObject({ n: 1 });
    expect(await client.db('protocol').collection('retry').countDocuments()).toBe(2);
  });

  it("should keep the driver's streaming monitor healthy (no pool clears, no stalled reads)", async () => {
    // An awaitable hello answered at once (without moreToCome) made the driver mark the server
    // Unknown and clear its pool every 500 ms, holding every read for ~0.5 s.
    const monitored = new MongoClient(server.uri, { heartbeatFrequencyMS: 500 });
    const failures: unknown[] = [];
    let cleared = 0;
    let awaited = 0;
    monitored.on('serverHeartbeatFailed', (e) => failures.push(e.failure));
    monitored.on('connectionPoolCleared', () => (cleared += 1));
    monitored.on('serverHeartbeatSucceeded', (e) => {
      if (e.awaited) awaited += 1;
    });
    try {
      await monitored.connect();
      const coll = monitored.db('protocol').collection<{ _id: number }>('monitor');
      await coll.insertOne({ _id: 1 });
      let slowest = 0;
      const end = Date.now() + 1800;
      while (Date.now() < end) {
        const start = Date.now();
        await coll.findOne({ _id: 1 });
        slowest = Math.max(slowest, Date.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(failures).toEqual([]);
      expect(cleared).toBe(0);
      expect(awaited).toBeGreaterThanOrEqual(2);
      expect(slowest).toBeLessThan(300);
    } finally {
      await monitored.close();
    }
  });

  it('should answer an awaitable hello from another process at once', async () => {
    const started = Date.now();
    const reply = await exchange(
      server.port,
      opMsg({
        hello: 1,
        topologyVersion: { processId: new ObjectId(), counter: Long.fromNumber(0) },
        maxAwaitTimeMS: 10_000,
        $db: 'admin',
      }),
    );
    expect(reply).toMatchObject({ ok: 1, isWritablePrimary: true });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('should advertise MongoDB 7.0 (wire version 21), whose commands it serves', async () => {
    const hello = await client.db('admin').command({ hello: 1 });
    expect(hello).toMatchObject({ maxWireVersion: 21 });
    const info = await client.db('admin').command({ buildInfo: 1 });
    expect(info).toMatchObject({ versionArray: [7, 0, 0, 0] });
    // 8.0's client-level bulkWrite is unknown, as on mongod 7.0, and writes nothing.
    const coll = client.db('protocol').collection('wire');
    const failure: unknown = await client
      .bulkWrite<{ 'protocol.wire': { a: number } }>([
        { name: 'insertOne', namespace: 'protocol.wire', document: { a: 1 } },
      ])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MongoClientBulkWriteError);
    const cause = failure instanceof MongoClientBulkWriteError ? failure.cause : undefined;
    expect(cause).toBeInstanceOf(MongoServerError);
    expect(cause instanceof MongoServerError ? cause.code : undefined).toBe(59);
    expect(await coll.countDocuments()).toBe(0);
  });

  it('should answer an unknown command with CommandNotFound (59)', async () => {
    expect(await exchange(server.port, opMsg({ frobnicate: 1, $db: 'admin' }))).toMatchObject({
      ok: 0,
      code: 59,
      codeName: 'CommandNotFound',
    });
  });

  it.each([
    {
      what: 'a text index',
      run: () => client.db('protocol').collection('ni').createIndex({ body: 'text' }),
    },
    {
      what: 'a $merge stage',
      run: () =>
        client
          .db('protocol')
          .collection('ni')
          .aggregate([{ $merge: { into: 'x' } }])
          .toArray(),
    },
    {
      what: 'a non-simple collation',
      run: () =>
        client
          .db('protocol')
          .collection('ni')
          .find({}, { collation: { locale: 'fr' } })
          .toArray(),
    },
    {
      what: 'a transaction',
      run: async () => {
        const session = client.startSession();
        try {
          session.startTransaction();
          await client.db('protocol').collection('ni').insertOne({ a: 1 }, { session });
        } finally {
          await session.endSession();
        }
      },
    },
  ])('should answer NotImplemented (238) naming the feature for $what', async ({ run }) => {
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof MongoServerError))
      throw new Error(`expected a server error, got ${String(error)}`);
    expect(error.code).toBe(238);
    expect(error.message).toMatch(/not implemented|unsupported/i);
  });
});
