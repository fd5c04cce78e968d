/**
 * The subscriber side of `bench/fanout`, in its own process: opens N raw WebSockets speaking
 * graphql-transport-ws, subscribes each to the same `events` query, then triggers events one at
 * a time (a `recordRecovery` mutation on War Room, a `POST /broadcast` on the floor) and times,
 * on this process's clock, how long each event takes to reach the last subscriber. The next
 * event is sent only once every subscriber has the previous one.
 *
 * Started by `run.ts` with its config as one JSON argument; reports through IPC and exits.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import WebSocket, { type RawData } from 'ws';
import { parseConfig, type ClientsReport, type MutationTiming } from './protocol.js';

const QUERY = 'subscription { events { cursor type incidentId sample { value } } }';
const MUTATION = `mutation Recover($input: RecordRecoveryInput!) {
  recordRecovery(input: $input) { at value }
}`;
const handshakesInFlight = 200;

const config = parseConfig(process.argv[2] ?? '');
let closing = false;

const closes = new Map<string, number>();
const errors = new Map<string, number>();
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** Per event cursor: how many subscribers have it, and when the first and the last got it. */
interface Receipt {
  count: number;
  first: number;
  last: number;
}
const receipts = new Map<string, Receipt>();
let completed: ((cursor: string, receipt: Receipt) => void) | null = null;
let duplicates = 0;
let minBytes = Number.POSITIVE_INFINITY;
let maxBytes = 0;
let measuring = false;

/** The `cursor` of a `next` message, read without a full parse (the same work for both targets). */
function cursorOf(text: string): string | null {
  const at = text.indexOf('"cursor":"');
  if (at < 0) return null;
  const end = text.indexOf('"', at + 10);
  return end < 0 ? null : text.slice(at + 10, end);
}

function onEvent(cursor: string, bytes: number, socketState: { last: string }): void {
  const now = performance.now();
  if (socketState.last === cursor) {
    duplicates += 1;
    return;
  }
  socketState.last = cursor;
  if (measuring) {
    if (bytes < minBytes) minBytes = bytes;
    if (bytes > maxBytes) maxBytes = bytes;
  }
  let receipt = receipts.get(cursor);
  if (!receipt) {
    receipt = { count: 0, first: now, last: now };
    receipts.set(cursor, receipt);
  }
  receipt.count += 1;
  receipt.last = now;
  if (receipt.count === config.subscribers) completed?.(cursor, receipt);
}

/** Opens one subscriber; resolves once it has sent `subscribe` after `connection_ack`. */
function openSubscriber(sockets: WebSocket[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(config.wsUrl, 'graphql-transport-ws', {
      perMessageDeflate: false,
    });
    sockets.push(socket);
    const state = { last: '' };
    let acked = false;
    const timer = setTimeout(() => reject(new Error('no connection_ack within 30 s')), 30_000);
    socket.on('open', () => socket.send('{"type":"connection_init","payload":{}}'));
    socket.on('message', (data: RawData) => {
      const buffer = Buffer.isBuffer(data)
        ? data
        : Array.isArray(data)
          ? Buffer.concat(data)
          : Buffer.from(data);
      const text = buffer.toString('utf8');
      const cursor = cursorOf(text);
      if (cursor !== null) {
        onEvent(cursor, buffer.length, state);
      } else if (!acked && text.includes('"connection_ack"')) {
        acked = true;
        clearTimeout(timer);
        socket.send(
          JSON.stringify({ id: randomUUID(), type: 'subscribe', payload: { query: QUERY } }),
        );
        resolve();
      } else if (text.includes('"type":"ping"')) {
        socket.send('{"type":"pong"}');
      } else {
        bump(errors, `unexpected message: ${text.slice(0, 200)}`);
      }
    });
    socket.on('error', (error: Error) => {
      bump(errors, error.message);
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', (code: number, reason: Buffer) => {
      clearTimeout(timer);
      if (!closing) bump(closes, `${code} ${reason.toString()}`.trim());
      reject(new Error(`closed with ${code} ${reason.toString()} before connection_ack`));
    });
  });
}

async function openAll(): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  let next = 0;
  let opened = 0;
  const worker = async () => {
    while (next < config.subscribers) {
      next += 1;
      try {
        await openSubscriber(sockets);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(
          `could not open subscriber ${opened + 1}/${config.subscribers} at ${config.wsUrl}: ${reason}`,
          { cause: error },
        );
      }
      opened += 1;
    }
  };
  await Promise.all(Array.from({ length: handshakesInFlight }, worker));
  return sockets;
}

/** Triggers one event; resolves with the response time once the response body is read. */
async function trigger(index: number): Promise<number> {
  const started = performance.now();
  let response: Response;
  if (config.target === 'warroom' || config.target === 'stock') {
    response = await fetch(config.triggerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${config.token}` },
      body: JSON.stringify({
        query: MUTATION,
        variables: { input: { incidentId: config.incidentId, flow: 'orders', value: index % 100 } },
      }),
      signal: AbortSignal.timeout(config.eventTimeoutMs),
    });
  } else {
    const order = config.target === 'floor-respond-first' ? '&order=respond-first' : '';
    const url = `${config.triggerUrl}?bytes=${config.bytes}&cursor=floor-${index}${order}`;
    response = await fetch(url, {
      method: 'POST',
      signal: AbortSignal.timeout(config.eventTimeoutMs),
    });
  }
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) {
    throw new Error(`trigger ${index} failed: HTTP ${response.status} ${text.slice(0, 500)}`);
  }
  return started;
}

/** Sends one event and waits until every subscriber has it. */
async function oneEvent(index: number): Promise<MutationTiming> {
  let timer: NodeJS.Timeout | undefined;
  const done = new Promise<{ cursor: string; receipt: Receipt }>((resolve, reject) => {
    timer = setTimeout(() => {
      const newest = [...receipts.values()].at(-1);
      reject(
        new Error(
          `event ${index} reached ${newest?.count ?? 0}/${config.subscribers} subscribers ` +
            `within ${config.eventTimeoutMs} ms`,
        ),
      );
    }, config.eventTimeoutMs);
    completed = (cursor, receipt) => {
      clearTimeout(timer);
      completed = null;
      resolve({ cursor, receipt });
    };
  });
  let started: number;
  try {
    started = await trigger(index);
  } catch (error) {
    clearTimeout(timer);
    completed = null;
    throw error;
  }
  const responded = performance.now();
  const { cursor, receipt } = await done;
  receipts.delete(cursor);
  return {
    mutation: responded - started,
    fromResponse: receipt.last - responded,
    fromRequest: receipt.last - started,
    spread: receipt.last - receipt.first,
  };
}

/** CPU time (user + system, ms) a process has used, from Linux `/proc`; null elsewhere. */
function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

async function main(): Promise<ClientsReport> {
  const connectStarted = performance.now();
  const sockets = await openAll();
  const connectMs = performance.now() - connectStarted;
  try {
    for (let i = 0; i < config.warmup; i++) await oneEvent(i);
    measuring = true;
    const cpuBefore = cpuMs(config.serverPid);
    const timings: MutationTiming[] = [];
    for (let i = 0; i < config.mutations; i++) {
      timings.push(await oneEvent(config.warmup + i));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const cpuAfter = cpuMs(config.serverPid);
    return {
      ok: true,
      serverCpuMsPerEvent:
        cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / config.mutations : null,
      connectMs,
      timings,
      bytes: { min: minBytes, max: maxBytes },
      closes: Object.fromEntries(closes),
      duplicates,
    };
  } finally {
    closing = true;
    await Promise.all(
      sockets.map(
        (socket) =>
          new Promise<void>((resolve) => {
            if (socket.readyState === WebSocket.CLOSED) return resolve();
            socket.once('close', () => resolve());
            socket.close(1000);
            setTimeout(() => {
              socket.terminate();
              resolve();
            }, 5000).unref();
          }),
      ),
    );
  }
}

const send = (report: ClientsReport) =>
  new Promise<void>((resolve) => {
    if (process.send) process.send(report, () => resolve());
    else {
      console.log(JSON.stringify(report));
      resolve();
    }
  });

main()
  .catch((error: unknown): ClientsReport => ({
    ok: false,
    error: error instanceof Error ? error.message : String(error),
    closes: Object.fromEntries(closes),
    errors: Object.fromEntries(errors),
  }))
  .then(send)
  .finally(() => process.exit(0))
  .catch(() => process.exit(1));
