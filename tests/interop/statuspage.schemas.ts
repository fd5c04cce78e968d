import { expect } from 'vitest';
import { z } from 'zod';

/**
 * The documented Statuspage v2 shapes, strict: a key we add or drop fails the test. Field
 * order is checked separately (`expectKeyOrder`), as Statuspage's clients see it.
 */
const time = z.iso.datetime();
const componentStatus = z.enum([
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
]);
const incidentStatus = z.enum([
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'postmortem',
]);

export const pageKeys = ['id', 'name', 'url', 'time_zone', 'updated_at'];
export const page = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    url: z.url(),
    time_zone: z.literal('Etc/UTC'),
    updated_at: time,
  })
  .strict();

export const componentKeys = [
  'id',
  'name',
  'status',
  'created_at',
  'updated_at',
  'position',
  'description',
  'showcase',
  'start_date',
  'group_id',
  'page_id',
  'group',
  'only_show_if_degraded',
];
const componentFields = {
  id: z.string().min(1),
  name: z.string().min(1),
  status: componentStatus,
  created_at: time,
  updated_at: time,
  position: z.number().int().positive(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.string().nullable(),
  group_id: z.string().nullable(),
  page_id: z.string(),
  only_show_if_degraded: z.boolean(),
};
export const component = z.union([
  z.object({ ...componentFields, group: z.literal(false) }).strict(),
  z
    .object({ ...componentFields, group: z.literal(true), components: z.array(z.string()).min(1) })
    .strict(),
]);

export const updateKeys = [
  'id',
  'status',
  'body',
  'incident_id',
  'created_at',
  'updated_at',
  'display_at',
  'affected_components',
  'deliver_notifications',
  'custom_tweet',
  'tweet_id',
];
export const incidentUpdate = z
  .object({
    id: z.string().min(1),
    status: incidentStatus,
    body: z.string(),
    incident_id: z.string().min(1),
    created_at: time,
    updated_at: time,
    display_at: time,
    affected_components: z
      .array(
        z
          .object({
            code: z.string(),
            name: z.string(),
            old_status: componentStatus,
            new_status: componentStatus,
          })
          .strict(),
      )
      .nullable(),
    deliver_notifications: z.boolean(),
    custom_tweet: z.string().nullable(),
    tweet_id: z.string().nullable(),
  })
  .strict();

export const incidentKeys = [
  'id',
  'name',
  'status',
  'created_at',
  'updated_at',
  'monitoring_at',
  'resolved_at',
  'impact',
  'shortlink',
  'started_at',
  'page_id',
  'incident_updates',
  'components',
  'war_room',
];
export const incident = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    status: incidentStatus,
    created_at: time,
    updated_at: time.nullable(),
    monitoring_at: time.nullable(),
    resolved_at: time.nullable(),
    impact: z.enum(['none', 'minor', 'major', 'critical']),
    shortlink: z.url(),
    started_at: time,
    page_id: z.string(),
    incident_updates: z.array(incidentUpdate),
    components: z.array(component),
    // Our one extra key; Statuspage clients ignore it.
    war_room: z
      .object({
        recovery: z.array(z.object({ flow: z.string(), percent: z.number(), at: time }).strict()),
      })
      .strict(),
  })
  .strict();

export const status = z
  .object({
    indicator: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
    description: z.string().min(1),
  })
  .strict();

export const endpoints = {
  'summary.json': z
    .object({
      page,
      components: z.array(component),
      incidents: z.array(incident),
      scheduled_maintenances: z.array(z.never()),
      status,
    })
    .strict(),
  'status.json': z.object({ page, status }).strict(),
  'components.json': z.object({ page, components: z.array(component) }).strict(),
  'incidents.json': z.object({ page, incidents: z.array(incident).max(50) }).strict(),
  'incidents/unresolved.json': z.object({ page, incidents: z.array(incident) }).strict(),
  'scheduled-maintenances.json': z
    .object({ page, scheduled_maintenances: z.array(z.never()) })
    .strict(),
  'scheduled-maintenances/upcoming.json': z
    .object({ page, scheduled_maintenances: z.array(z.never()) })
    .strict(),
  'scheduled-maintenances/active.json': z
    .object({ page, scheduled_maintenances: z.array(z.never()) })
    .strict(),
} as const;

export type Endpoint = keyof typeof endpoints;

export const endpointPaths: readonly Endpoint[] = [
  'summary.json',
  'status.json',
  'components.json',
  'incidents.json',
  'incidents/unresolved.json',
  'scheduled-maintenances.json',
  'scheduled-maintenances/upcoming.json',
  'scheduled-maintenances/active.json',
];

/** Keys in Statuspage's order; a group component adds `components` at the end. */
export function expectKeyOrder(value: object, keys: readonly string[]): void {
  const actual = Object.keys(value);
  expect(actual.slice(0, keys.length)).toEqual(keys);
}
