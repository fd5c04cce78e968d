import {
  createSourceEventStream,
  GraphQLError,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  parse,
  validate,
  specifiedRules,
  getOperationAST,
  type GraphQLSchema,
  OperationTypeNode,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ReadAccess } from '../auth/access.js';
import type { TokenService } from '../auth/token.service.js';
import { anonymous, isRole, type Viewer } from '../auth/viewer.js';
import { coded, withoutSuggestions } from '../common/errors.js';
import { addWsSource, wsSlowCloses } from '../common/metrics.js';
import { createFanout, type Outlet } from '../live/fanout.js';
import { LiveStream } from '../live/live.service.js';
import { createSharedExecutor } from '../live/shared-execution.js';
import type { Context } from './context.js';
import { maxTokens } from './graphql.js';
import type { Logger } from './logger.js';

export interface WsOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  tokens: TokenService;
  context: (viewer: Viewer) => Context;
  /** The one read policy (PUBLIC_READ): a socket that may not read is refused at connection_init. */
  access: ReadAccess;
  rules: ValidationRule[];
  logger: Logger;
  maxSubscriptionsPerConnection?: number;
  maxConnectionsPerToken?: number;
  /** Bytes queued on a socket past which its subscriber is dropped (it resumes with its cursor). */
  maxBufferedBytes?: number;
  /** Events waiting for one subscriber past which it is dropped the same way. */
  maxQueuedEvents?: number;
  keepAliveMs?: number;
  initTimeoutMs?: number;
  /** Rate limits: errors to answer instead of running the operation, or null to run it. */
  admit?: (
    viewer: Viewer,
    operation: OperationTypeNode,
    request: IncomingMessage,
  ) => Promise<readonly GraphQLError[] | null>;
}

/** Application close codes, beside the protocol's own. */
export const closeCodes = {
  slowConsumer: 4008,
  tooManyConnections: 4029,
} as const;

/** The viewer inside a context built by `onSubscribe`; anonymous if it is somehow missing. */
function viewerOf(contextValue: unknown): Viewer {
  if (typeof contextValue === 'object' && contextValue !== null && 'viewer' in contextValue) {
    const viewer = contextValue.viewer;
    if (
      typeof viewer === 'object' &&
      viewer !== null &&
      'role' in viewer &&
      'name' in viewer &&
      'tokenId' in viewer
    ) {
      const { role, name, tokenId } = viewer;
      if (
        (role === null || isRole(role)) &&
        (name === null || typeof name === 'string') &&
        (tokenId === null || typeof tokenId === 'string')
      ) {
        return { role, name, tokenId };
      }
    }
  }
  return anonymous;
}

/** How long sockets get to finish the close handshake on shutdown before they are cut. */
const closeGraceMs = 500;

const slowReason = 'Subscriber too slow: reconnect and resume with your last cursor';

interface ConnectionState {
  viewer: Viewer;
}

/** The socket and subscription id behind one subscription's context (set in `onSubscribe`). */
interface Route {
  socket: WebSocket;
  /** The TCP socket under it, corked around a run of frames so they leave in one write. */
  raw: Duplex;
  id: string;
}

type Step = IteratorResult<ExecutionResult, undefined>;

/** Closing brace of a `next` frame, after the shared payload. */
const closeBrace = 0x7d;

/**
 * GraphQL over WebSocket (graphql-ws protocol) on the HTTP server's `/graphql`. Authentication
 * happens once at `connection_init`; roles are then enforced by the same services as over HTTP.
 */
export function startWsServer(options: WsOptions) {
  const maxSubscriptions = options.maxSubscriptionsPerConnection ?? 25;
  const maxPerToken = options.maxConnectionsPerToken ?? 200;
  const maxBuffered = options.maxBufferedBytes ?? 4 * 1024 * 1024;
  const wss = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: 1024 * 1024,
  });
  const states = new WeakMap<object, ConnectionState>();
  const perToken = new Map<string, number>();
  const shared = createSharedExecutor();
  const fanout = createFanout({ maxQueue: options.maxQueuedEvents ?? 1000 });
  const routes = new WeakMap<object, Route>();

  /**
   * Serves a live stream by pushing: the stream hands events to the shared fan-out, which writes
   * each subscriber's `next` frame (its id around the shared bytes) straight to the socket.
   * graphql-ws still owns the protocol: it holds an iterator whose one `next()` settles when the
   * subscription ends (completes or errors), and calls `return()` on `complete` or close.
   */
  function push(
    stream: LiveStream,
    args: ExecutionArgs,
    key: string,
    freshContext: () => unknown,
    route: Route,
  ): AsyncIterableIterator<ExecutionResult, undefined> {
    const { socket, raw } = route;
    const prefix = Buffer.from(`{"id":${JSON.stringify(route.id)},"type":"next","payload":`);
    let settle: (step: Step) => void = () => undefined;
    let fail: (error: Error) => void = () => undefined;
    const ended = new Promise<Step>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    const finish = () => {
      detach();
      void stream.return();
    };
    const outlet: Outlet = {
      write(payload) {
        if (socket.readyState !== socket.OPEN) return;
        const frame = Buffer.allocUnsafe(prefix.length + payload.length + 1);
        prefix.copy(frame, 0);
        payload.copy(frame, prefix.length);
        frame[frame.length - 1] = closeBrace;
        socket.send(frame, { binary: false });
        if (socket.bufferedAmount > maxBuffered) {
          wsSlowCloses.inc({ reason: 'buffer' });
          socket.close(closeCodes.slowConsumer, slowReason);
        }
      },
      batch(run) {
        raw.cork();
        try {
          run();
        } finally {
          raw.uncork();
        }
      },
      overflow() {
        wsSlowCloses.inc({ reason: 'queue' });
        socket.close(closeCodes.slowConsumer, slowReason);
      },
      end(error) {
        finish();
        if (error) fail(error);
        else settle({ done: true, value: undefined });
      },
    };
    const { sink, detach } = fanout.attach(args, key, freshContext, outlet);
    stream.attach(sink);
    const parked: AsyncIterableIterator<ExecutionResult, undefined> = {
      next: () => ended,
      return: () => {
        finish();
        settle({ done: true, value: undefined });
        return Promise.resolve({ done: true, value: undefined });
      },
      throw: (error: unknown) => {
        finish();
        settle({ done: true, value: undefined });
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      },
      [Symbol.asyncIterator]: () => parked,
    };
    return parked;
  }

  const prepared = new Map<string, DocumentNode | readonly GraphQLError[]>();
  /** Acknowledged connections, for the connection and subscription gauges of `/metrics`. */
  const open = new Set<{ subscriptions: Record<string, unknown> }>();
  const removeWsSource = addWsSource(() => ({
    connections: open.size,
    subscriptions: [...open].reduce((sum, ctx) => sum + Object.keys(ctx.subscriptions).length, 0),
  }));

  /**
   * Parses and validates an operation once per distinct text: thousands of wallboards sending
   * the same subscription should not each pay for validation (as Apollo's document store does
   * over HTTP). Insertion-ordered map, oldest dropped past 500 entries.
   */
  function prepare(query: string): DocumentNode | readonly GraphQLError[] {
    const cached = prepared.get(query);
    if (cached) return cached;
    let result: DocumentNode | readonly GraphQLError[];
    try {
      const document = parse(query, { maxTokens });
      const errors = validate(options.schema, document, [...specifiedRules, ...options.rules]);
      result =
        errors.length > 0
          ? errors.map(
              (e) =>
                new GraphQLError(withoutSuggestions(e.message), {
                  nodes: e.nodes ?? null,
                  extensions: e.extensions,
                }),
            )
          : document;
    } catch (error) {
      result = [
        error instanceof GraphQLError
          ? error
          : coded('GRAPHQL_PARSE_FAILED', 'Could not parse the operation'),
      ];
    }
    prepared.set(query, result);
    if (prepared.size > 500) {
      const oldest = prepared.keys().next().value;
      if (oldest !== undefined) prepared.delete(oldest);
    }
    return result;
  }

  const disposable = useServer<Record<string, unknown> | undefined>(
    {
      schema: options.schema,
      connectionInitWaitTimeout: options.initTimeoutMs ?? 5000,
      onConnect: async (ctx) => {
        const raw = ctx.connectionParams?.['authorization'];
        let viewer: Viewer;
        try {
          viewer = await options.tokens.authenticate(typeof raw === 'string' ? raw : undefined);
        } catch {
          return false;
        }
        if (!options.access.canRead(viewer)) return false;
        if (viewer.tokenId) {
          const count = (perToken.get(viewer.tokenId) ?? 0) + 1;
          if (count > maxPerToken) {
            ctx.extra.socket.close(
              closeCodes.tooManyConnections,
              'Too many connections for this token',
            );
            return false;
          }
          perToken.set(viewer.tokenId, count);
        }
        states.set(ctx, { viewer });
        open.add(ctx);
        return true;
      },
      onDisconnect: (ctx) => {
        open.delete(ctx);
        const tokenId = states.get(ctx)?.viewer.tokenId;
        if (tokenId) {
          const left = (perToken.get(tokenId) ?? 1) - 1;
          if (left <= 0) perToken.delete(tokenId);
          else perToken.set(tokenId, left);
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        // graphql-ws has already reserved this id in `subscriptions` when onSubscribe runs.
        if (Object.keys(ctx.subscriptions).length > maxSubscriptions) {
          return [
            coded(
              'TOO_MANY_SUBSCRIPTIONS',
              `At most ${maxSubscriptions} subscriptions per connection`,
            ),
          ];
        }
        const document = prepare(payload.query);
        if (!('kind' in document)) return document;
        const viewer = states.get(ctx)?.viewer ?? anonymous;
        if (options.admit) {
          const operation = getOperationAST(document, payload.operationName ?? null);
          const refused = await options.admit(
            viewer,
            operation?.operation ?? OperationTypeNode.QUERY,
            ctx.extra.request,
          );
          if (refused) return refused;
        }
        const contextValue = {
          ...options.context(viewer),
          onSlowSubscriber: () => {
            wsSlowCloses.inc({ reason: 'queue' });
            ctx.extra.socket.close(closeCodes.slowConsumer, slowReason);
          },
        };
        routes.set(contextValue, {
          socket: ctx.extra.socket,
          raw: ctx.extra.request.socket,
          id,
        });
        return {
          schema: options.schema,
          document,
          variableValues: payload.variables ?? {},
          operationName: payload.operationName ?? null,
          contextValue,
        };
      },
      subscribe: async (args) => {
        const viewer = viewerOf(args.contextValue);
        const operation = getOperationAST(args.document, args.operationName);
        const key = JSON.stringify([
          args.document.loc?.source.body ?? '',
          operation?.name?.value ?? '',
          args.variableValues ?? {},
          viewer.role,
        ]);
        const freshContext = () => options.context(viewer);
        const source = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in source)) return source;
        const route =
          typeof args.contextValue === 'object' && args.contextValue !== null
            ? routes.get(args.contextValue)
            : undefined;
        if (source instanceof LiveStream && route) {
          return push(source, args, key, freshContext, route);
        }
        return shared.map(source, args, key, freshContext);
      },
      onNext: (ctx) => {
        const socket = ctx.extra.socket;
        if (socket.bufferedAmount > maxBuffered && socket.readyState === socket.OPEN) {
          wsSlowCloses.inc({ reason: 'buffer' });
          socket.close(closeCodes.slowConsumer, slowReason);
        }
      },
      onError: (_ctx, _id, _payload, errors) => {
        options.logger.debug({ errors: errors.map((e) => e.message) }, 'subscription error');
      },
    },
    wss,
    options.keepAliveMs ?? 12_000,
  );

  return {
    wss,
    /** Closes every socket with 1001 (going away); clients reconnect elsewhere and resume. */
    async close(): Promise<void> {
      removeWsSource();
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      // A client that never answers the close frame (busy, gone, or reconnecting in a loop)
      // must not hold the shutdown: ws would wait 30 s for each; give them a moment, then cut.
      const cut = setTimeout(() => {
        for (const client of wss.clients) client.terminate();
      }, closeGraceMs);
      await disposable.dispose();
      clearTimeout(cut);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
