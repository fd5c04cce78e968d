import WebSocket, { type RawData } from 'ws';
import { LiveFeed, type FeedSink, type SubscribeFn } from '../../web/src/app/liveFeed.js';

/**
 * A fleet of wallboards for reconnect storms: each one is the dashboard's own `LiveFeed` (resume
 * from the last cursor, randomised exponential backoff) over a raw graphql-transport-ws socket,
 * so thousands fit in one process. Each counts what it received and what came twice.
 */
const QUERY =
  'subscription Storm($incidentId: ID, $after: String) { events(incidentId: $incidentId, after: $after) { cursor } }';

interface StormEvent {
  cursor: string;
}

/** The sequence number inside an event cursor (`e1:<seq>`, base64url). */
export function seqOf(cursor: string): number {
  const match = /^e1:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1] ? Number(match[1]) : Number.NaN;
}

function text(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The event of a `next` message, or null; `rejected` when the server refused the cursor. */
function readNext(payload: unknown): { event: StormEvent | null; rejected: boolean } {
  if (!isRecord(payload)) return { event: null, rejected: false };
  const errors = payload['errors'];
  if (Array.isArray(errors) && errors.length > 0) {
    const rejected = errors.some(
      (e) => isRecord(e) && isRecord(e['extensions']) && e['extensions']['code'] === 'NOT_FOUND',
    );
    return { event: null, rejected };
  }
  const data = payload['data'];
  const events = isRecord(data) ? data['events'] : null;
  if (isRecord(events) && typeof events['cursor'] === 'string')
    return { event: { cursor: events['cursor'] }, rejected: false };
  return { event: null, rejected: false };
}

/** One subscription attempt over a fresh socket, speaking graphql-transport-ws by hand. */
function rawTransport(url: string, incidentId: string): SubscribeFn<StormEvent> {
  return (after: string | null, sink: FeedSink<StormEvent>) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    let ended = false;
    const end = (cursorRejected: boolean) => {
      if (ended) return;
      ended = true;
      sink.end({ cursorRejected });
    };
    socket.on('open', () => socket.send('{"type":"connection_init","payload":{}}'));
    socket.on('message', (data: RawData) => {
      const message: unknown = JSON.parse(text(data));
      if (!isRecord(message)) return;
      switch (message['type']) {
        case 'connection_ack':
          socket.send(
            JSON.stringify({
              id: '1',
              type: 'subscribe',
              payload: { query: QUERY, variables: { incidentId, after } },
            }),
          );
          sink.open();
          return;
        case 'next': {
          const { event, rejected } = readNext(message['payload']);
          if (event) sink.next(event);
          else end(rejected);
          return;
        }
        case 'ping':
          socket.send('{"type":"pong"}');
          return;
        case 'error':
        case 'complete':
          end(false);
          socket.close(1000);
          return;
        default:
          return;
      }
    });
    socket.on('error', () => end(false));
    socket.on('close', () => end(false));
    return () => {
      ended = true;
      socket.removeAllListeners();
      socket.on('error', () => undefined);
      socket.terminate();
    };
  };
}

/** One wallboard's tally. */
export interface Board {
  feed: LiveFeed<StormEvent>;
  /** Sequence numbers received since the last `reset`, in order of receipt. */
  count: number;
  lastSeq: number;
  doubled: number;
  /** When it received its latest event (performance.now()). */
  lastAt: number;
}

export interface Fleet {
  boards: Board[];
  /** Boards whose feed is live (acknowledged and subscribed). */
  live(): number;
  /** Forgets counts (keeps cursors): events after this are the ones every board must get. */
  reset(): void;
  /** Resolves when every board has received `count` events since `reset`, or rejects after `ms`. */
  waitForAll(count: number, ms: number): Promise<number>;
  stop(): void;
}

/** Starts `n` wallboards on `url` following `incidentId`, `inFlight` connections at a time. */
export async function startFleet(
  url: string,
  incidentId: string,
  n: number,
  inFlight = 200,
): Promise<Fleet> {
  const boards: Board[] = [];
  for (let i = 0; i < n; i += 1) {
    const board: Board = {
      count: 0,
      lastSeq: 0,
      doubled: 0,
      lastAt: 0,
      feed: new LiveFeed<StormEvent>({
        subscribe: rawTransport(url, incidentId),
        cursorOf: (event) => event.cursor,
        onResync: () => undefined,
        onEvent: (event) => {
          const seq = seqOf(event.cursor);
          if (!(seq > board.lastSeq)) {
            board.doubled += 1;
            return;
          }
          board.lastSeq = seq;
          board.count += 1;
          board.lastAt = performance.now();
        },
      }),
    };
    boards.push(board);
  }
  const live = () => boards.filter((b) => b.feed.getState().status === 'live').length;
  for (let start = 0; start < n; start += inFlight) {
    for (const board of boards.slice(start, start + inFlight)) board.feed.start();
    const target = Math.min(n, start + inFlight);
    for (let waited = 0; live() < target; waited += 20) {
      if (waited > 60_000) throw new Error(`only ${live()}/${target} wallboards went live`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return {
    boards,
    live,
    reset() {
      for (const board of boards) {
        board.count = 0;
        board.doubled = 0;
      }
    },
    async waitForAll(count: number, ms: number): Promise<number> {
      const deadline = performance.now() + ms;
      for (;;) {
        if (boards.every((b) => b.count >= count)) return Math.max(...boards.map((b) => b.lastAt));
        if (performance.now() > deadline) {
          const behind = boards.filter((b) => b.count < count).length;
          throw new Error(`${behind}/${boards.length} wallboards lack events after ${ms} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    stop() {
      for (const board of boards) board.feed.stop();
    },
  };
}
