import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { ErrorCode } from '../common/errors.js';
import { httpDuration } from '../common/metrics.js';
import type { Logger } from './logger.js';
import { operationOf } from './observability.js';
import { describeBlockedIndex, type BlockedIndex } from '../db/indexes.js';
import { trustedProxies } from './rate-limits.js';
import { securityHeaders } from './security.js';
import { ideHandler, serveWeb } from './static.js';

export interface HttpOptions {
  /** Built dashboard (Vite output); served at `/` with a fallback to index.html for client routes. */
  webDist: string;
  /** Answers whether the database is reachable, for `/readyz`. */
  isReady: () => Promise<boolean>;
  /** Unique indexes the stored data blocks: `/readyz` names them (still ready: it serves). */
  blockedIndexes?: () => readonly BlockedIndex[];
  /** Mounted at `/graphql` once Apollo Server has started. */
  graphql?: RequestHandler;
  /** Exports beside the API (`/incidents/:id.md`, `/incidents/:id.json`, `/history.csv`). */
  exports?: RequestHandler;
  /** Answers `GET /metrics` (Prometheus). */
  metrics?: RequestHandler;
  /** Statuspage-compatible API, feeds and badge (server/src/interop), before the dashboard. */
  interop?: RequestHandler;
  logger: Logger;
  /** Peers trusted to set X-Forwarded-For (`TRUST_PROXY`). */
  trustProxy?: string;
}

/** A closed set of route labels for the HTTP latency histogram. */
function routeOf(path: string): string {
  if (path === '/graphql' || path.startsWith('/graphql/')) return 'graphql';
  if (path === '/metrics') return 'metrics';
  if (path === '/healthz' || path === '/readyz') return 'health';
  return 'static';
}

/**
 * Gives each request an id (or keeps a sane incoming `x-request-id`), logs it when it ends
 * (with the GraphQL operation it carried) and times it for `/metrics`.
 */
function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const id =
      typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    const started = process.hrtime.bigint();
    res.setHeader('x-request-id', id);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = req.originalUrl.split('?')[0] ?? '';
      const operation = operationOf(res);
      httpDuration.observe(
        { method: req.method, route: routeOf(path), status: String(res.statusCode) },
        ms / 1000,
      );
      logger.info(
        {
          reqId: id,
          method: req.method,
          path,
          status: res.statusCode,
          ms,
          ...(operation
            ? { operation: operation.name ?? '(anonymous)', type: operation.type }
            : {}),
        },
        'request',
      );
    });
    next();
  };
}

/** A GraphQL-shaped error body for a request Apollo never saw (the codes are the server's own). */
function errorBody(code: ErrorCode, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Body-parser refusals (too large, bad JSON) answered as GraphQL errors rather than HTML pages. */
const graphqlBodyErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  const status =
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number'
      ? error.status
      : 0;
  if (status === 413) {
    res.status(413).json(errorBody('PAYLOAD_TOO_LARGE', 'Request body is larger than 1 MB'));
  } else if (status === 400) {
    res.status(400).json(errorBody('BAD_REQUEST', 'Request body is not valid JSON'));
  } else {
    next(error);
  }
};

/** The Express app: health probes, GraphQL over HTTP and the dashboard. */
export function createHttpApp(options: HttpOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustedProxies(options.trustProxy ?? 'loopback'));
  app.use(requestLog(options.logger));
  app.use(securityHeaders());

  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res, next) => {
    options.isReady().then((ready) => {
      const blocked = options.blockedIndexes?.() ?? [];
      res.status(ready ? 200 : 503).json({
        status: ready ? 'ready' : 'unavailable',
        ...(blocked.length > 0
          ? {
              warnings: blocked.map(describeBlockedIndex),
              // Counts only: the documents' ids and keys are in the log, never on a public probe.
              blockedIndexes: blocked.map(({ collection, index, groupCount }) => ({
                collection,
                index,
                groupCount,
              })),
            }
          : {}),
      });
    }, next);
  });

  if (options.metrics) app.get('/metrics', options.metrics);
  const ide = ideHandler(options.webDist);
  app.get('/graphiql', ide.page);
  app.get('/graphql', ide.onGraphql);
  if (options.graphql) app.use('/graphql', options.graphql, graphqlBodyErrors);
  if (options.exports) app.use(options.exports);
  if (options.interop) app.use(options.interop);

  serveWeb(app, options.webDist);
  return app;
}
