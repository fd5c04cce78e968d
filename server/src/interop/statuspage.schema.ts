import { z } from 'zod';
import { maxPostmortem, maxTitle } from '../incidents/incident.model.js';
import { maxBody } from '../incidents/update.model.js';
import { spComponentStatuses, spImpacts, spIncidentStatuses } from './statuspage.vocabulary.js';

/**
 * Statuspage v2 JSON as the import accepts it: the documented fields that mean something in
 * War Room, checked; every other key (tweets, reminders, metadata…) ignored. Limits are War
 * Room's own, so a document that parses also fits the database.
 */
export const importLimits = {
  /** Bytes of JSON text. */
  bytes: 50 * 1024 * 1024,
  incidents: 10_000,
  updatesPerIncident: 500,
  components: 2_000,
  componentName: 100,
} as const;

const sourceId = z.string().min(1).max(64);
const time = z.iso.datetime({ offset: true }).transform((text) => new Date(text));
const optionalTime = time.nullable().optional();
const componentStatus = z.enum(spComponentStatuses);
const incidentStatus = z.enum(spIncidentStatuses);

export const pageSchema = z.object({
  id: sourceId,
  name: z.string().max(200).nullable().optional(),
  url: z.string().max(2000).nullable().optional(),
  time_zone: z.string().max(100).nullable().optional(),
});

export const componentSchema = z.object({
  id: sourceId,
  name: z.string().min(1).max(importLimits.componentName),
  status: componentStatus,
  description: z.string().nullable().optional(),
  position: z.number().int().nullable().optional(),
  group_id: sourceId.nullable().optional(),
  group: z.boolean().optional(),
  page_id: sourceId.nullable().optional(),
  /** A group's members. */
  components: z.array(sourceId).optional(),
});

/** Old pages list `{ "name": "No components were affected by this update." }`: no code. */
export const affectedComponentSchema = z.object({
  code: sourceId.optional(),
  name: z.string().max(importLimits.componentName).optional(),
  old_status: componentStatus.nullable().optional(),
  new_status: componentStatus.nullable().optional(),
});

export const updateSchema = z.object({
  id: sourceId,
  status: incidentStatus,
  body: z.string().max(maxBody),
  created_at: time,
  display_at: optionalTime,
  updated_at: optionalTime,
  affected_components: z.array(affectedComponentSchema).max(1000).nullable().optional(),
});

export const incidentSchema = z.object({
  id: sourceId,
  name: z.string().min(1).max(maxTitle),
  status: incidentStatus,
  impact: z.enum(spImpacts),
  created_at: time,
  updated_at: optionalTime,
  started_at: optionalTime,
  monitoring_at: optionalTime,
  resolved_at: optionalTime,
  shortlink: z.string().max(2000).nullable().optional(),
  page_id: sourceId.nullable().optional(),
  postmortem_body: z.string().max(maxPostmortem).nullable().optional(),
  postmortem_published_at: optionalTime,
  incident_updates: z.array(updateSchema).max(importLimits.updatesPerIncident),
  components: z.array(componentSchema).max(importLimits.components).optional(),
});

/** `incidents.json`, `incidents/unresolved.json` and `summary.json`. */
export const listSchema = z.object({
  page: pageSchema.optional(),
  components: z.array(componentSchema).max(importLimits.components).optional(),
  incidents: z.array(incidentSchema).max(importLimits.incidents),
  scheduled_maintenances: z.array(z.unknown()).optional(),
  status: z.object({ indicator: z.string(), description: z.string() }).optional(),
});

/** A webhook payload carries one incident under `incident`, with a small `page`. */
export const envelopeSchema = z.object({
  page: z.object({ id: sourceId }).optional(),
  incident: incidentSchema,
});

export type SpListDoc = z.output<typeof listSchema>;
export type SpIncidentDoc = z.output<typeof incidentSchema>;
export type SpComponentDoc = z.output<typeof componentSchema>;
export type SpUpdateDoc = z.output<typeof updateSchema>;

/** `incidents[3].incident_updates[0].status`, as a reader of the file would write it. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(document)' : out;
}

function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'string') {
    return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  }
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'number' || typeof input === 'boolean') return `${typeof input} ${input}`;
  return typeof input;
}

/** Messages that say what was expected and what was found, without zod's jargon. */
export const importErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}; got ${describeValue(issue.input)}`;
    case 'invalid_type':
      return `expected ${issue.expected}; got ${describeValue(issue.input)}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? `expected an ISO-8601 time; got ${describeValue(issue.input)}`
        : `expected ${issue.format}; got ${describeValue(issue.input)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `at most ${String(issue.maximum)} entries`
        : `at most ${String(issue.maximum)} characters`;
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${String(issue.minimum)} entries`
        : `at least ${String(issue.minimum)} characters`;
    default:
      return undefined;
  }
};
