/**
 * MongoDB wire protocol framing: parses OP_MSG (body + document sequences, checksum tolerated)
 * and legacy OP_QUERY requests, and builds OP_MSG / OP_REPLY responses. Pure functions over
 * Buffers so the socket layer stays thin and the parser is unit-testable.
 */
import { calculateObjectSize, deserialize, serialize, setInternalBufferSize } from 'bson';
import { promoteTree, type HintList } from './numeric.js';
import type { Doc } from './values.js';

export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_COMPRESSED = 2012;
export const OP_MSG = 2013;
/** Largest message accepted, as advertised in `hello.maxMessageSizeBytes`. */
export const MAX_MESSAGE_SIZE = 48_000_000;
/** Largest document accepted, as advertised in `hello.maxBsonObjectSize`. */
export const MAX_BSON_SIZE = 16 * 1024 * 1024;

const FLAG_CHECKSUM = 1;
const FLAG_MORE_TO_COME = 2;
const FLAG_EXHAUST_ALLOWED = 1 << 16;

/** Thrown for bytes that are not a well-formed message: the connection is closed. */
export class WireError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireError';
  }
}

/** A decoded request, whatever opcode carried it. */
export interface Request {
  requestId: number;
  opCode: typeof OP_MSG | typeof OP_QUERY;
  /** The command document (for OP_MSG, with document sequences merged in as arrays). */
  command: Doc;
  /** Database named by `$db` (OP_MSG) or by the `<db>.$cmd` collection name (OP_QUERY). */
  db: string;
  /** OP_MSG moreToCome: the client expects no reply. */
  moreToCome: boolean;
  /** OP_MSG exhaustAllowed: the client accepts a stream of replies (awaitable hello). */
  exhaustAllowed?: boolean;
  /** Where promotion to JS numbers dropped a Double or Long (paths within `command`). */
  hints: HintList;
}

/**
 * How values are decoded: numeric wrappers are kept so {@link promoteTree} can record which
 * numbers were Doubles or Longs before turning them into the JS numbers mingo computes on;
 * regexes become RegExp so `$regex` and literal regexes match.
 */
export const DESERIALIZE_OPTIONS = {
  promoteLongs: false,
  promoteValues: false,
  promoteBuffers: false,
  bsonRegExp: false,
} as const;

/** Decodes one BSON document, rejecting length fields that disagree with the bytes present. */
export function decodeDocument(
  buf: Buffer,
  offset: number,
  limit: number,
): { doc: Doc; size: number } {
  if (offset + 5 > limit) throw new WireError('truncated document');
  const size = buf.readInt32LE(offset);
  if (size < 5 || offset + size > limit) throw new WireError('invalid document length');
  if (size > MAX_BSON_SIZE + 16 * 1024) throw new WireError('document too large');
  try {
    const doc = deserialize(buf.subarray(offset, offset + size), DESERIALIZE_OPTIONS);
    return { doc, size };
  } catch (error) {
    throw new WireError(`invalid BSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readCString(buf: Buffer, offset: number, limit: number): { value: string; end: number } {
  const end = buf.indexOf(0, offset);
  if (end < 0 || end >= limit) throw new WireError('unterminated cstring');
  return { value: buf.toString('utf8', offset, end), end: end + 1 };
}

function parseOpMsg(buf: Buffer, requestId: number): Request {
  const flags = buf.readUInt32LE(16);
  // Only the low 16 bits may carry unknown flags; bits we do not understand there are an error.
  if ((flags & 0xfffc) !== 0) throw new WireError(`unsupported OP_MSG flags ${flags}`);
  const limit = flags & FLAG_CHECKSUM ? buf.length - 4 : buf.length;
  let offset = 20;
  let body: Doc | undefined;
  const sequences: Array<[string, Doc[]]> = [];
  while (offset < limit) {
    const kind = buf[offset];
    offset += 1;
    if (kind === 0) {
      if (body) throw new WireError('more than one body section');
      const { doc, size } = decodeDocument(buf, offset, limit);
      body = doc;
      offset += size;
    } else if (kind === 1) {
      if (offset + 4 > limit) throw new WireError('truncated document sequence');
      const size = buf.readInt32LE(offset);
      const end = offset + size;
      if (size < 5 || end > limit) throw new WireError('invalid document sequence length');
      const id = readCString(buf, offset + 4, end);
      const docs: Doc[] = [];
      let pos = id.end;
      while (pos < end) {
        const decoded = decodeDocument(buf, pos, end);
        docs.push(decoded.doc);
        pos += decoded.size;
      }
      sequences.push([id.value, docs]);
      offset = end;
    } else {
      throw new WireError(`unknown section kind ${String(kind)}`);
    }
  }
  if (!body) throw new WireError('OP_MSG without a body section');
  for (const [id, docs] of sequences) body[id] = docs;
  const db = typeof body.$db === 'string' ? body.$db : 'admin';
  return {
    requestId,
    opCode: OP_MSG,
    command: body,
    db,
    moreToCome: (flags & FLAG_MORE_TO_COME) !== 0,
    exhaustAllowed: (flags & FLAG_EXHAUST_ALLOWED) !== 0,
    hints: [],
  };
}

function parseOpQuery(buf: Buffer, requestId: number): Request {
  const name = readCString(buf, 20, buf.length);
  const dot = name.value.indexOf('.');
  const db = dot < 0 ? name.value : name.value.slice(0, dot);
  const collection = dot < 0 ? '' : name.value.slice(dot + 1);
  if (collection !== '$cmd') throw new WireError('legacy OP_QUERY is only supported for commands');
  const { doc } = decodeDocument(buf, name.end + 8, buf.length);
  // Legacy drivers may wrap the command as { $query: {...}, $readPreference: ... }.
  const inner = doc.$query;
  const command =
    typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Doc) : doc;
  return { requestId, opCode: OP_QUERY, command, db, moreToCome: false, hints: [] };
}

/** Parses one complete message (header included). Throws WireError on malformed input. */
export function parseMessage(buf: Buffer): Request {
  if (buf.length < 21) throw new WireError('message too short');
  const requestId = buf.readInt32LE(4);
  const opCode = buf.readInt32LE(12);
  let request: Request;
  if (opCode === OP_MSG) request = parseOpMsg(buf, requestId);
  else if (opCode === OP_QUERY) request = parseOpQuery(buf, requestId);
  else throw new WireError(`unsupported opCode ${opCode}`);
  promoteTree(request.command, '', request.hints);
  return request;
}

/**
 * Length of the next message in `buf`, or undefined if fewer than 4 bytes are buffered.
 * Throws WireError for impossible lengths so a garbage stream is dropped at once.
 */
export function peekMessageLength(buf: Buffer): number | undefined {
  if (buf.length < 4) return undefined;
  const length = buf.readInt32LE(0);
  if (length < 16 || length > MAX_MESSAGE_SIZE)
    throw new WireError(`invalid message length ${length}`);
  return length;
}

let nextResponseId = 1;

function header(length: number, responseTo: number, opCode: number): Buffer {
  const h = Buffer.alloc(16);
  h.writeInt32LE(length, 0);
  h.writeInt32LE(nextResponseId++ & 0x7fffffff, 4);
  h.writeInt32LE(responseTo, 8);
  h.writeInt32LE(opCode, 12);
  return h;
}

/** Serializes a reply document; `ignoreUndefined` because mingo leaves undefined for "missing". */
export function encodeDocument(doc: Doc): Buffer {
  try {
    return Buffer.from(serialize(doc, { ignoreUndefined: true }));
  } catch {
    // bson serializes through a shared 17 MB buffer; a larger record (a big journal batch)
    // needs it grown first. It never shrinks, so this happens once per new maximum.
    setInternalBufferSize(calculateObjectSize(doc, { ignoreUndefined: true }) + 1024);
    return Buffer.from(serialize(doc, { ignoreUndefined: true }));
  }
}

/** Options of {@link encodeReply} for exhaust streams (OP_MSG only). */
export interface ReplyFlags {
  /** Sets moreToCome: the server will send further replies without new requests. */
  moreToCome?: boolean | undefined;
  /** Overrides `responseTo` (an exhaust reply answers the previous reply, not the request). */
  responseTo?: number | undefined;
}

/**
 * Builds the reply for a request in the same protocol it arrived in. The reply's own request
 * id is at byte offset 4 (an exhaust stream's next reply points at it).
 */
export function encodeReply(request: Request, reply: Doc, flags: ReplyFlags = {}): Buffer {
  const body = encodeDocument(reply);
  if (request.opCode === OP_QUERY) {
    const fields = Buffer.alloc(20);
    fields.writeInt32LE(8, 0); // AwaitCapable, as mongod sets it
    fields.writeBigInt64LE(0n, 4);
    fields.writeInt32LE(0, 12);
    fields.writeInt32LE(1, 16);
    return Buffer.concat([
      header(16 + 20 + body.length, request.requestId, OP_REPLY),
      fields,
      body,
    ]);
  }
  const msgFlags = Buffer.from([flags.moreToCome ? FLAG_MORE_TO_COME : 0, 0, 0, 0, 0]);
  const responseTo = flags.responseTo ?? request.requestId;
  return Buffer.concat([header(16 + 5 + body.length, responseTo, OP_MSG), msgFlags, body]);
}
