import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../app/config.js';
import type { Logger } from '../app/logger.js';
import type { Services } from '../app/services.js';
import type { Viewer } from '../auth/viewer.js';
import { isObjectIdHex } from '../common/validate.js';
import { componentBadge, overallBadge, renderBadge } from './badge.js';
import { historyFeed } from './feeds.js';
import { sendCached } from './http-cache.js';
import {
  componentObjects,
  documents,
  statusObject,
  type DocumentPath,
  type PageSnapshot,
} from './statuspage.format.js';
import { readSnapshot, type ReadServices } from './statuspage.read.js';
import { fromSpComponentStatus } from './statuspage.vocabulary.js';

/** The server's read policy (PUBLIC_READ), the same one GraphQL asks. */
export interface InteropReadAccess {
  /** Throws UNAUTHENTICATED (a GraphQLError) unless `viewer` may read. */
  requireRead(viewer: Viewer, reason: string): void;
}

export interface InteropOptions {
  services: ReadServices & Pick<Services, 'tokens'>;
  config: Pick<Config, 'PAGE_NAME' | 'PAGE_ID' | 'PUBLIC_URL' | 'PUBLIC_READ'>;
  access: InteropReadAccess;
  logger: Logger;
}

/** Thrown by handlers for a clear 4xx; anything else is a logged 500. */
class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function sendProblem(res: Response, status: number, code: string, message: string): void {
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json({ error: { code, message } });
}

/** Anyone may read these from a browser on another origin; there are no cookies to leak. */
const cors: RequestHandler = (req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
    res.setHeader(
      'Access-Control-Allow-Headers',
      'Authorization, If-None-Match, If-Modified-Since',
    );
    res.setHeader('Access-Control-Max-Age', '86400');
    res.status(204).end();
    return;
  }
  next();
};

// A Host header is the client's to set: only a plain host[:port] may end up in our links.
const plainHost =
  /^(?:[A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](?::\d{1,5})?$/;

/**
 * The Statuspage-compatible read side: `/api/v2/*.json`, `/history.rss`, `/history.atom` and
 * `/badge.svg`. Same read access as GraphQL (`PUBLIC_READ=false`: a token is needed).
 */
export function createInteropRouter({ services, config, access, logger }: InteropOptions): Router {
  const router = express.Router();
  const startedAt = new Date();
  const visibility = config.PUBLIC_READ ? 'public' : 'private';

  function baseUrl(req: Request): string {
    if (config.PUBLIC_URL) return config.PUBLIC_URL;
    const host = req.get('host');
    return `${req.protocol}://${host !== undefined && plainHost.test(host) ? host : 'localhost'}`;
  }

  /** The server's read check, as GraphQL applies it: a bad token is refused even when reads are public. */
  async function checkRead(req: Request): Promise<void> {
    const viewer = await services.tokens.authenticate(req.get('authorization'));
    access.requireRead(viewer, 'This server requires a bearer token for every read');
  }

  function handle(
    produce: (req: Request, snapshot: PageSnapshot) => { body: string; contentType: string },
  ): RequestHandler {
    return (req, res) => {
      const run = async () => {
        await checkRead(req);
        const page = { id: config.PAGE_ID, name: config.PAGE_NAME, url: baseUrl(req) };
        const snapshot = await readSnapshot(services, page, startedAt);
        const { body, contentType } = produce(req, snapshot);
        if (!config.PUBLIC_READ) res.setHeader('Vary', 'Authorization');
        sendCached(req, res, { body, contentType, lastModified: snapshot.updatedAt, visibility });
      };
      run().catch((error: unknown) => {
        if (error instanceof HttpProblem) {
          sendProblem(res, error.status, error.code, error.message);
        } else if (
          error instanceof GraphQLError &&
          error.extensions['code'] === 'UNAUTHENTICATED'
        ) {
          sendProblem(res, 401, 'UNAUTHENTICATED', error.message);
        } else {
          logger.error({ err: error, path: req.path }, 'interop read failed');
          sendProblem(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
        }
      });
    };
  }

  // Only our paths: the dashboard and /graphql keep their own cross-origin rules.
  router.use(['/api', '/history.rss', '/history.atom', '/badge.svg'], cors);

  for (const path of Object.keys(documents) as DocumentPath[]) {
    router.get(
      `/api/v2/${path}`,
      handle((_req, snapshot) => ({
        body: JSON.stringify(documents[path](snapshot)),
        contentType: 'application/json; charset=utf-8',
      })),
    );
  }

  router.get(
    '/history.rss',
    handle((_req, snapshot) => ({
      body: historyFeed(snapshot).rss2(),
      contentType: 'application/rss+xml; charset=utf-8',
    })),
  );
  router.get(
    '/history.atom',
    handle((_req, snapshot) => ({
      body: historyFeed(snapshot).atom1(),
      contentType: 'application/atom+xml; charset=utf-8',
    })),
  );

  router.get('/badge.svg', (req, res, next) => {
    // An SVG can carry script: this one never does, and the browser is told so.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  router.get(
    '/badge.svg',
    handle((req, snapshot) => {
      const wanted = req.query['component'];
      const contentType = 'image/svg+xml; charset=utf-8';
      if (wanted === undefined) {
        const body = renderBadge(overallBadge(config.PAGE_NAME, statusObject(snapshot).indicator));
        return { body, contentType };
      }
      if (typeof wanted !== 'string' || wanted.length > 64) {
        throw new HttpProblem(400, 'BAD_REQUEST', 'component must be given once, as an id');
      }
      if (!isObjectIdHex(wanted) && !/^grp[0-9a-f]{21}$/.test(wanted)) {
        throw new HttpProblem(
          400,
          'BAD_REQUEST',
          `component ${JSON.stringify(wanted)} is not a component id`,
        );
      }
      const found = componentObjects(snapshot).find((c) => c.id === wanted);
      if (!found) throw new HttpProblem(404, 'NOT_FOUND', `component ${wanted} does not exist`);
      const member = snapshot.components.find((c) => c._id.toHexString() === wanted);
      const status = member?.status ?? fromSpComponentStatus(found.status);
      return { body: renderBadge(componentBadge(found.name, status)), contentType };
    }),
  );

  const notAllowed: RequestHandler = (_req, res) => {
    res.setHeader('Allow', 'GET, HEAD, OPTIONS');
    sendProblem(res, 405, 'METHOD_NOT_ALLOWED', 'Read-only endpoint: use GET');
  };
  router.all(
    [
      ...Object.keys(documents).map((path) => `/api/v2/${path}`),
      '/history.rss',
      '/history.atom',
      '/badge.svg',
    ],
    notAllowed,
  );

  // Anything else under /api is not ours to guess: a JSON 404 rather than the dashboard's HTML.
  router.use('/api', (_req, res) => {
    sendProblem(res, 404, 'NOT_FOUND', 'No such endpoint; see /api/v2/summary.json');
  });
  return router;
}
