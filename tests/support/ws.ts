import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { EventsSubscription } from '../__generated__/graphql.js';
import { graphql } from './graphql.js';

/** The events subscription every live test listens to. */
export const EVENTS = graphql(`
  subscription Events($incidentId: ID, $after: String) {
    events(incidentId: $incidentId, after: $after) {
      cursor
      type
      incidentId
      flow
      update {
        id
        body
      }
      sample {
        value
      }
      timelineEvent {
        text
      }
      component {
        name
        status
      }
      actionItem {
        title
        status
      }
      incident {
        id
        status
        impact
      }
    }
  }
`);

export type LiveEventResult = EventsSubscription['events'];

export interface EventStream {
  received: LiveEventResult[];
  errors: unknown[];
  /** Resolves once `count` events have arrived in total (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<LiveEventResult[]>;
  close(): Promise<void>;
  client: Client;
}

/** Subscribes to `events` through the real graphql-ws client over a real socket. */
export function subscribeEvents(
  wsUrl: string,
  options: { token?: string; after?: string; incidentId?: string } = {},
): EventStream {
  const received: LiveEventResult[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
  });
  const unsubscribe = client.subscribe<EventsSubscription>(
    {
      query: EVENTS.toString(),
      variables: { after: options.after ?? null, incidentId: options.incidentId ?? null },
    },
    {
      next: (value) => {
        if (value.data) received.push(value.data.events);
        if (value.errors) errors.push(...value.errors);
        for (const wake of waiters) wake();
      },
      error: (error) => {
        errors.push(error);
        for (const wake of waiters) wake();
      },
      complete: () => undefined,
    },
  );
  return {
    received,
    errors,
    client,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(received.slice(0, count));
          } else if (errors.length > 0) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`subscription failed: ${JSON.stringify(errors)}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out with ${received.length}/${count} events`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
}

/** A raw graphql-transport-ws socket, for protocol-level tests. */
export async function rawSocket(wsUrl: string): Promise<{
  socket: WebSocket;
  send(message: unknown): void;
  closed: Promise<{ code: number; reason: string }>;
  nextMessage(): Promise<{ type: string; [key: string]: unknown }>;
}> {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  const messages: { type: string }[] = [];
  const waiting: ((m: { type: string }) => void)[] = [];
  socket.on('message', (data: WebSocket.RawData) => {
    const chunks = Array.isArray(data) ? data : [Buffer.isBuffer(data) ? data : Buffer.from(data)];
    const text = Buffer.concat(chunks).toString('utf8');
    const parsed: unknown = JSON.parse(text);
    const message =
      typeof parsed === 'object' &&
      parsed !== null &&
      'type' in parsed &&
      typeof parsed.type === 'string'
        ? { ...parsed, type: parsed.type }
        : { type: 'invalid' };
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else messages.push(message);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code: number, reason: Buffer) =>
      resolve({ code, reason: reason.toString() }),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    socket,
    closed,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    nextMessage: () => {
      const queued = messages.shift();
      return queued ? Promise.resolve(queued) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}
