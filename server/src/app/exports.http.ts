import express, { type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { ReadAccess } from '../auth/access.js';
import type { PostmortemData } from '../history/postmortem.js';
import { draftPostmortem } from '../history/postmortem.js';
import { milestones, peak, trendPerHour } from '../recovery/analytics.js';
import type { Services } from './services.js';

export interface ExportDeps {
  services: Services;
  access: ReadAccess;
}

/** The incident as Markdown: the post-mortem (as written, or the draft), then every update. */
export function incidentMarkdown(data: PostmortemData): string {
  const updates = [...data.updates]
    .reverse()
    .map((u) => `### ${u.status} — ${u.createdAt.toISOString()}\n\n${u.body}\n`);
  const written = data.incident.postmortem;
  return [
    written ? `# ${data.incident.title}\n\n${written}\n` : draftPostmortem(data),
    '## Status updates (newest first)',
    '',
    ...updates,
  ].join('\n');
}

/** The incident as JSON: the same fields as the API, with recovery milestones computed. */
export function incidentJson(data: PostmortemData) {
  const { incident } = data;
  return {
    id: incident._id.toHexString(),
    title: incident.title,
    status: incident.status,
    impact: incident.impact,
    drill: incident.drill === true,
    startedAt: incident.startedAt,
    resolvedAt: incident.resolvedAt,
    primaryFlow: data.primaryFlow,
    components: incident.components.map((c) => ({
      componentId: c.componentId.toHexString(),
      status: c.status,
    })),
    updates: data.updates.map((u) => ({ status: u.status, body: u.body, createdAt: u.createdAt })),
    recovery: data.recovery.map((s) => ({
      flow: s.flow,
      kind: s.kind,
      trendPerHour: trendPerHour(s.samples),
      milestones: s.kind === 'LEVEL' ? milestones(s.samples) : null,
      peak: s.kind === 'RATE' ? peak(s.samples) : null,
      samples: s.samples.map((x) => ({ at: x.at, value: x.value, note: x.note })),
    })),
    timeline: data.timeline.map((t) => ({ at: t.at, text: t.text })),
    actionItems: data.actionItems.map((a) => ({
      title: a.title,
      owner: a.owner,
      status: a.status,
      dueAt: a.dueAt,
    })),
    postmortem: incident.postmortem,
  };
}

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvColumns = [
  'id',
  'title',
  'impact',
  'status',
  'drill',
  'startedAt',
  'resolvedAt',
  'durationSeconds',
  'timeToIdentifySeconds',
  'timeToMitigateSeconds',
  'primaryFlow',
  'timeToRecover50Seconds',
  'timeToRecover90Seconds',
  'timeToRecover100Seconds',
] as const;

function statusOf(error: unknown): number {
  if (!(error instanceof GraphQLError)) return 500;
  const code = error.extensions['code'];
  if (code === 'NOT_FOUND') return 404;
  if (code === 'UNAUTHENTICATED') return 401;
  if (code === 'FORBIDDEN') return 403;
  return code === 'BAD_USER_INPUT' ? 400 : 500;
}

/**
 * `GET /incidents/:id.md`, `GET /incidents/:id.json` and `GET /history.csv` (real incidents,
 * newest first; `?drill=true` adds drills). Reads follow the same policy as GraphQL queries.
 */
export function exportRoutes({ services, access }: ExportDeps): RequestHandler {
  const router = express.Router();
  const guarded =
    (handler: (req: Request, res: Response) => Promise<void>): RequestHandler =>
    (req, res, next) => {
      services.tokens
        .authenticate(req.headers.authorization)
        .then((viewer) => {
          access.requireRead(viewer, 'This server requires a bearer token for every read');
          return handler(req, res);
        })
        .catch((error: unknown) => {
          const status = statusOf(error);
          if (status === 500) next(error);
          else
            res
              .status(status)
              .type('text/plain')
              .send(error instanceof Error ? error.message : '');
        });
    };

  const exportFile = /^([0-9a-f]{24})\.(md|json)$/i;
  router.get(
    '/incidents/:file',
    // `/incidents/<id>` itself is the dashboard's page: only the exports are answered here.
    (req, _res, next) => next(exportFile.test(String(req.params['file'])) ? undefined : 'route'),
    guarded(async (req, res) => {
      const match = exportFile.exec(String(req.params['file']));
      if (!match?.[1]) throw new Error('unreachable: the route matched an export file');
      const data = await services.postmortems.gather(match[1]);
      if (match[2] === 'md') res.type('text/markdown; charset=utf-8').send(incidentMarkdown(data));
      else res.json(incidentJson(data));
    }),
  );

  router.get(
    '/history.csv',
    guarded(async (req, res) => {
      const withDrills = req.query['drill'] === 'true';
      const rows: string[] = [csvColumns.join(',')];
      for (const drill of withDrills ? [false, true] : [false]) {
        let after: string | null = null;
        for (;;) {
          const page = await services.incidents.list({ drill }, 100, after);
          const nodes = page.edges.map((e) => e.node);
          const times = await services.recovery.recoveryTimes(nodes);
          for (const i of nodes) {
            const t = times.get(i._id.toHexString());
            const since = (at: Date | null) =>
              at ? Math.round((at.getTime() - i.startedAt.getTime()) / 1000) : null;
            const recoveredIn = (s: number | null | undefined) =>
              s === null || s === undefined ? null : Math.round(s);
            rows.push(
              [
                i._id.toHexString(),
                i.title,
                i.impact,
                i.status,
                String(i.drill === true),
                i.startedAt.toISOString(),
                i.resolvedAt?.toISOString() ?? null,
                since(i.resolvedAt),
                since(i.identifiedAt),
                since(i.mitigatedAt),
                i.primaryFlow ?? null,
                recoveredIn(t?.reached50),
                recoveredIn(t?.reached90),
                recoveredIn(t?.reached100),
              ]
                .map(csvField)
                .join(','),
            );
          }
          if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
          after = page.pageInfo.endCursor;
        }
      }
      res
        .type('text/csv; charset=utf-8')
        .attachment('history.csv')
        .send(`${rows.join('\r\n')}\r\n`);
    }),
  );
  return router;
}
