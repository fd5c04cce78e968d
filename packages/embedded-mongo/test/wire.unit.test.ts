import { serialize } from 'bson';
import { describe, expect, it } from 'vitest';
import { frameRecord, readRecords } from '../src/journal.js';
import { encodeReply, parseMessage, peekMessageLength, WireError } from '../src/wire.js';

function header(length: number, opCode: number): Buffer {
  const h = Buffer.alloc(16);
  h.writeInt32LE(length, 0);
  h.writeInt32LE(7, 4);
  h.writeInt32LE(opCode, 12);
  return h;
}

function opMsg(flags: number, sections: Buffer[], checksum = false): Buffer {
  const flagBytes = Buffer.alloc(4);
  flagBytes.writeUInt32LE(flags);
  const body = Buffer.concat([
    flagBytes,
    ...sections,
    checksum ? Buffer.alloc(4) : Buffer.alloc(0),
  ]);
  return Buffer.concat([header(16 + body.length, 2013), body]);
}

const bodySection = (doc: Record<string, unknown>): Buffer =>
  Buffer.concat([Buffer.from([0]), Buffer.from(serialize(doc))]);

function sequenceSection(id: string, docs: Array<Record<string, unknown>>): Buffer {
  const payload = Buffer.concat([
    Buffer.from(`${id}\0`),
    ...docs.map((d) => Buffer.from(serialize(d))),
  ]);
  const size = Buffer.alloc(4);
  size.writeInt32LE(4 + payload.length);
  return Buffer.concat([Buffer.from([1]), size, payload]);
}

describe('wire protocol parsing', () => {
  it('should merge document sequences into the command body', () => {
    const request = parseMessage(
      opMsg(0, [
        bodySection({ insert: 'c', $db: 'd' }),
        sequenceSection('documents', [{ a: 1 }, { a: 2 }]),
      ]),
    );
    expect(request.db).toBe('d');
    expect(request.command).toEqual({ insert: 'c', $db: 'd', documents: [{ a: 1 }, { a: 2 }] });
  });

  it('should ignore the trailing checksum when the checksum flag is set', () => {
    const request = parseMessage(opMsg(1, [bodySection({ ping: 1, $db: 'admin' })], true));
    expect(request.command).toEqual({ ping: 1, $db: 'admin' });
  });

  it('should mark requests with moreToCome so no reply is sent', () => {
    expect(parseMessage(opMsg(2, [bodySection({ ping: 1 })])).moreToCome).toBe(true);
  });

  it('should read exhaustAllowed and set moreToCome on exhaust replies', () => {
    const request = parseMessage(opMsg(1 << 16, [bodySection({ hello: 1, $db: 'admin' })]));
    expect(request.exhaustAllowed).toBe(true);
    const first = encodeReply(request, { ok: 1 }, { moreToCome: true });
    expect(first.readUInt32LE(16) & 2).toBe(2);
    expect(first.readInt32LE(8)).toBe(7);
    const next = encodeReply(request, { ok: 1 }, { responseTo: first.readInt32LE(4) });
    expect(next.readInt32LE(8)).toBe(first.readInt32LE(4));
    expect(next.readUInt32LE(16) & 2).toBe(0);
  });

  it('should parse a legacy OP_QUERY command on <db>.$cmd', () => {
    const fields = Buffer.concat([
      Buffer.alloc(4),
      Buffer.from('admin.$cmd\0'),
      Buffer.alloc(8),
      Buffer.from(serialize({ isMaster: 1 })),
    ]);
    const request = parseMessage(Buffer.concat([header(16 + fields.length, 2004), fields]));
    expect(request).toMatchObject({ opCode: 2004, db: 'admin', command: { isMaster: 1 } });
    expect(encodeReply(request, { ok: 1 }).readInt32LE(12)).toBe(1);
  });

  it.each([
    { name: 'two body sections', bytes: opMsg(0, [bodySection({ a: 1 }), bodySection({ b: 1 })]) },
    { name: 'no body section', bytes: opMsg(0, [sequenceSection('documents', [{ a: 1 }])]) },
    {
      name: 'an unknown section kind',
      bytes: opMsg(0, [Buffer.from([7]), Buffer.from(serialize({ a: 1 }))]),
    },
    { name: 'unknown required flag bits', bytes: opMsg(4, [bodySection({ a: 1 })]) },
    { name: 'a truncated document', bytes: opMsg(0, [bodySection({ a: 1 }).subarray(0, 6)]) },
    { name: 'an unsupported opcode', bytes: Buffer.concat([header(21, 2012), Buffer.alloc(5)]) },
  ])('should reject a message with $name', ({ bytes }) => {
    expect(() => parseMessage(bytes)).toThrow(WireError);
  });

  it.each([{ length: 3 }, { length: 48_000_001 }])(
    'should reject a frame length of $length',
    ({ length }) => {
      const buf = Buffer.alloc(4);
      buf.writeInt32LE(length);
      expect(() => peekMessageLength(buf)).toThrow(WireError);
    },
  );
});

describe('journal record framing', () => {
  it('should read back every intact record', () => {
    const buf = Buffer.concat([frameRecord({ s: 1 }), frameRecord({ s: 2 })]);
    const { records, validLength } = readRecords(buf);
    expect(records.map((r) => r.record)).toEqual([{ s: 1 }, { s: 2 }]);
    expect(validLength).toBe(buf.length);
  });

  it('should stop at a torn final record', () => {
    const good = frameRecord({ s: 1 });
    const torn = frameRecord({ s: 2, payload: 'x'.repeat(50) }).subarray(0, 20);
    const { records, validLength } = readRecords(Buffer.concat([good, torn]));
    expect(records.map((r) => r.record)).toEqual([{ s: 1 }]);
    expect(validLength).toBe(good.length);
  });

  it('should stop at a record whose checksum does not match', () => {
    const good = frameRecord({ s: 1 });
    const bad = frameRecord({ s: 2 });
    bad.writeUInt8((bad.readUInt8(bad.length - 2) ^ 0xff) & 0xff, bad.length - 2);
    expect(readRecords(Buffer.concat([good, bad])).records.map((r) => r.record)).toEqual([
      { s: 1 },
    ]);
  });
});
