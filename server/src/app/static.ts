/**
 * The built web: the dashboard at `/` (with client-side routes falling back to its index.html)
 * and the GraphiQL IDE at `/graphiql` and at `GET /graphql` for browsers. Files are served
 * pre-compressed (brotli or gzip, built next to each asset by Vite) when the client accepts it.
 */
import type { Express, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import path from 'node:path';

const notBuilt = 'is not built. Run `npm start` (it builds the web) or `npm run build:web`.';

/** Whether a GET should get the IDE: a browser navigating, not a GraphQL client asking for JSON. */
export function wantsIde(req: Request): boolean {
  return (
    req.method === 'GET' &&
    req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) ===
      'text/html'
  );
}

function sendHtml(file: string, what: string) {
  return (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-cache');
    if (existsSync(file)) res.sendFile(file);
    else res.status(503).type('text/plain').send(`The ${what} ${notBuilt}`);
  };
}

/** Serves the GraphiQL page; mount before the GraphQL handler so browsers get the IDE. */
export function ideHandler(webDist: string) {
  const page = sendHtml(path.join(path.resolve(webDist), 'graphiql', 'index.html'), 'GraphQL IDE');
  return {
    /** For `GET /graphql`: the IDE for browsers, GraphQL for everyone else. */
    onGraphql: (req: Request, res: Response, next: () => void) => {
      if (wantsIde(req)) page(req, res);
      else next();
    },
    page,
  };
}

/** Static files of the web build, then the dashboard's index.html for its client-side routes. */
/** The paths the dashboard answers: everything but the API, the probes and the assets. */
const dashboardPages = /^\/(?!graphql|healthz|readyz|assets\/).*/;

export function serveWeb(app: Express, webDist: string): void {
  const root = path.resolve(webDist);
  const indexHtml = path.join(root, 'index.html');
  if (!existsSync(indexHtml)) {
    // Every page of the dashboard says so, not only `/` (a deep link gets the same answer).
    app.get(dashboardPages, (_req, res) => {
      res.status(503).type('text/plain').send(`The dashboard ${notBuilt}`);
    });
    return;
  }
  app.use(
    expressStaticGzip(root, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res, filePath) => {
          // Hashed assets never change; HTML must always be fresh so new builds load.
          res.setHeader(
            'Cache-Control',
            filePath.includes(`${path.sep}assets${path.sep}`)
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
          );
        },
      },
    }),
  );
  app.get(dashboardPages, sendHtml(indexHtml, 'dashboard'));
  // A missing hashed asset is a 404, not the dashboard's HTML under a .js name.
  app.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
}
