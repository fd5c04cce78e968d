import type { z } from 'zod';
import { fail, StatuspageImportError, type StatuspageImport } from './statuspage.imported.js';
import { collectComponents, toIncident } from './statuspage.mapping.js';
import {
  envelopeSchema,
  importErrorMap,
  importLimits,
  incidentSchema,
  jsonPath,
  listSchema,
  type SpComponentDoc,
  type SpIncidentDoc,
} from './statuspage.schema.js';

/**
 * The Statuspage v2 import parser: JSON text in, the import model (statuspage.imported.ts)
 * out, or a StatuspageImportError naming the JSON path of each problem. Pure: writing the
 * result to the database is a writer's job.
 */
export type * from './statuspage.imported.js';
export { StatuspageImportError } from './statuspage.imported.js';

export interface ParseOptions {
  /** Largest accepted JSON text in bytes; default 50 MB. */
  maxBytes?: number;
}

function check<T>(schema: z.ZodType<T>, value: unknown, prefix: readonly PropertyKey[]): T {
  const parsed = schema.safeParse(value, { error: importErrorMap });
  if (parsed.success) return parsed.data;
  throw new StatuspageImportError(
    parsed.error.issues.map((issue) => ({
      path: jsonPath([...prefix, ...issue.path]),
      message: issue.message,
    })),
  );
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Parses Statuspage v2 JSON text; throws StatuspageImportError naming the JSON path on bad input. */
export function parseStatuspage(
  json: string | Buffer,
  options: ParseOptions = {},
): StatuspageImport {
  const maxBytes = options.maxBytes ?? importLimits.bytes;
  const bytes = typeof json === 'string' ? Buffer.byteLength(json, 'utf8') : json.byteLength;
  if (bytes > maxBytes) {
    fail(
      '(document)',
      `is ${bytes} bytes; at most ${maxBytes} bytes (${Math.floor(maxBytes / 1048576)} MB) can be imported`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(typeof json === 'string' ? json : json.toString('utf8'));
  } catch (error) {
    fail('(document)', `is not JSON (${error instanceof Error ? error.message : 'unreadable'})`);
  }
  return fromDocument(document);
}

/** The same, for a document already parsed from JSON. */
export function fromDocument(document: unknown): StatuspageImport {
  if (!isObject(document) || Array.isArray(document)) {
    fail('(document)', 'expected a JSON object: incidents.json, summary.json or one incident');
  }
  if ('incidents' in document) {
    const list = check(listSchema, document, []);
    const isSummary = 'status' in document && 'components' in document;
    const ignored =
      list.scheduled_maintenances && list.scheduled_maintenances.length > 0
        ? [{ path: 'scheduled_maintenances', reason: 'scheduled maintenance is not imported' }]
        : [];
    const pageId = list.page?.id ?? null;
    return assemble(
      isSummary ? 'summary' : 'incidents',
      list.page ?? null,
      pageId,
      list.components ?? [],
      list.incidents,
      ignored,
    );
  }
  if ('incident' in document) {
    const envelope = check(envelopeSchema, document, []);
    const pageId = envelope.page?.id ?? null;
    return assemble('incident', null, pageId, [], [envelope.incident], []);
  }
  if ('incident_updates' in document) {
    const incident = check(incidentSchema, document, []);
    return assemble('incident', null, null, [], [incident], []);
  }
  return fail(
    '(document)',
    'expected a Statuspage v2 document: an object with "incidents" (incidents.json, summary.json) or one incident (with "incident_updates")',
  );
}

function assemble(
  kind: StatuspageImport['kind'],
  page: {
    id: string;
    name?: string | null | undefined;
    url?: string | null | undefined;
    time_zone?: string | null | undefined;
  } | null,
  pageId: string | null,
  topComponents: readonly SpComponentDoc[],
  incidents: readonly SpIncidentDoc[],
  ignored: StatuspageImport['ignored'],
): StatuspageImport {
  const mapped = incidents.map((incident) => toIncident(incident, pageId));
  return {
    kind,
    page: page
      ? {
          id: page.id,
          name: page.name ?? null,
          url: page.url ?? null,
          timeZone: page.time_zone ?? null,
        }
      : null,
    components: collectComponents(topComponents, incidents, mapped, pageId),
    incidents: mapped,
    ignored,
  };
}
