/**
 * What `bench/fanout/run.ts` and its `clients.ts` child exchange: the child's configuration (one
 * JSON argument) and its report (one IPC message).
 */

/**
 * Which server the clients measure: War Room, the stock graphql-ws + PubSub server (`stock`), or
 * the bare floor broadcasting before it responds (`floor`) or right after (`floor-respond-first`).
 */
export type Target = 'warroom' | 'stock' | 'floor' | 'floor-respond-first';

/** Everything the clients process needs, passed as its only argument. */
export interface ClientsConfig {
  target: Target;
  /** `ws://127.0.0.1:<port>/graphql` (War Room, stock) or the floor's WebSocket URL. */
  wsUrl: string;
  /** War Room's (or stock's) `/graphql` HTTP endpoint, or the floor's `/broadcast`. */
  triggerUrl: string;
  subscribers: number;
  mutations: number;
  warmup: number;
  /** War Room: a RESPONDER+ bearer token and the incident to record recovery on. */
  token: string;
  incidentId: string;
  /** Floor: the byte size of each broadcast message (War Room's `next` message size). */
  bytes: number;
  /** How long one event may take to reach every subscriber. */
  eventTimeoutMs: number;
  /** The server's process id, to read its CPU time (Linux `/proc`) over the measured events. */
  serverPid: number;
}

/** Timings of one measured mutation, in ms on the clients process's clock. */
export interface MutationTiming {
  /** Request sent → response body read. */
  mutation: number;
  /** Response read → the last subscriber received the event (negative: before the response). */
  fromResponse: number;
  /** Request sent → the last subscriber received the event. */
  fromRequest: number;
  /** First subscriber → last subscriber. */
  spread: number;
}

/** The clients process's report. */
export type ClientsReport =
  | {
      ok: true;
      connectMs: number;
      timings: MutationTiming[];
      /** Byte sizes of the `next` messages received (min and max). */
      bytes: { min: number; max: number };
      /** Sockets closed by the server during the run, by close code and reason. */
      closes: Record<string, number>;
      duplicates: number;
      /** Server CPU time (user + system) per measured event, null where `/proc` is missing. */
      serverCpuMsPerEvent: number | null;
    }
  | {
      ok: false;
      error: string;
      closes: Record<string, number>;
      errors: Record<string, number>;
    };

/** Narrows an IPC message to a report (the child is ours, so a shallow check suffices). */
export function isReport(message: unknown): message is ClientsReport {
  return (
    typeof message === 'object' &&
    message !== null &&
    'ok' in message &&
    typeof message.ok === 'boolean'
  );
}

/** Reads the clients process's JSON argument, failing loudly on anything missing. */
export function parseConfig(json: string): ClientsConfig {
  const raw: unknown = JSON.parse(json);
  if (typeof raw !== 'object' || raw === null) throw new Error('clients: config is not an object');
  const record: Record<string, unknown> = { ...raw };
  const text = (key: string): string => {
    const value = record[key];
    if (typeof value !== 'string') throw new Error(`clients: config.${key} must be a string`);
    return value;
  };
  const count = (key: string): number => {
    const value = record[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      throw new Error(`clients: config.${key} must be a non-negative integer`);
    return value;
  };
  const target = text('target');
  if (
    target !== 'warroom' &&
    target !== 'stock' &&
    target !== 'floor' &&
    target !== 'floor-respond-first'
  )
    throw new Error('clients: config.target must be warroom, stock, floor or floor-respond-first');
  return {
    target,
    wsUrl: text('wsUrl'),
    triggerUrl: text('triggerUrl'),
    subscribers: count('subscribers'),
    mutations: count('mutations'),
    warmup: count('warmup'),
    token: text('token'),
    incidentId: text('incidentId'),
    bytes: count('bytes'),
    eventTimeoutMs: count('eventTimeoutMs'),
    serverPid: count('serverPid'),
  };
}
