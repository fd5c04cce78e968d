import type { ComponentStatus, Impact, IncidentStatus } from '../__generated__/resolvers-types.js';

/**
 * A Statuspage v2 document turned into War Room's terms, ready for a writer: nothing here
 * touches the database. Every item keeps its source ids (page id + incident id, component id,
 * update id), so a writer can find what an earlier import created and update it instead of
 * duplicating it, and merge a changed upstream incident's new updates.
 */
export interface StatuspageImport {
  /** What the document was: a list (`incidents.json`, `unresolved.json`), `summary.json` or one incident. */
  kind: 'incidents' | 'summary' | 'incident';
  page: ImportedPage | null;
  /** Every component the document mentions, once, without the groups (which become labels). */
  components: ImportedComponent[];
  incidents: ImportedIncident[];
  /** Parts of the document deliberately not imported (e.g. scheduled maintenances). */
  ignored: { path: string; reason: string }[];
}

export interface ImportedPage {
  id: string;
  name: string | null;
  url: string | null;
  timeZone: string | null;
}

export interface ImportedComponent {
  source: { pageId: string | null; componentId: string };
  name: string;
  /** The name of its Statuspage group (War Room's `group` label), when the group is known. */
  group: string | null;
  /** The group's source id, even when the document does not name the group. */
  groupSourceId: string | null;
  status: ComponentStatus;
  description: string | null;
}

export interface ImportedComponentChange {
  componentId: string;
  name: string | null;
  oldStatus: ComponentStatus | null;
  newStatus: ComponentStatus | null;
}

export interface ImportedUpdate {
  source: { updateId: string };
  status: IncidentStatus;
  /** As written upstream; HTML stays text (it is never interpreted here). */
  body: string;
  /** The time the update is shown at (`display_at`, which may backdate it). */
  displayAt: Date;
  createdAt: Date;
  componentChanges: ImportedComponentChange[];
}

export interface ImportedIncident {
  source: { pageId: string | null; incidentId: string };
  title: string;
  /** `postmortem` upstream is RESOLVED here, with `hasPostmortem`. */
  status: IncidentStatus;
  hasPostmortem: boolean;
  /** `postmortem_body` when the document has it (webhook and management payloads do). */
  postmortem: string | null;
  impact: Impact;
  createdAt: Date;
  startedAt: Date;
  updatedAt: Date | null;
  monitoringAt: Date | null;
  /** Set for RESOLVED: `resolved_at`, else the last resolving update, else `updated_at`. */
  resolvedAt: Date | null;
  shortlink: string | null;
  /** Oldest first, by the time shown. */
  updates: ImportedUpdate[];
  /** Components the incident affects, with the worst status it gave each. */
  components: { componentId: string; status: ComponentStatus }[];
}

/** One problem, at a JSON path. */
export interface ImportIssue {
  path: string;
  message: string;
}

/** The document cannot be imported; `issues` says where and why (the first few). */
export class StatuspageImportError extends Error {
  constructor(readonly issues: readonly ImportIssue[]) {
    const shown = issues.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super(`${shown.join('; ')}${more}`);
    this.name = 'StatuspageImportError';
  }
}

/** Throws one issue. */
export function fail(path: string, message: string): never {
  throw new StatuspageImportError([{ path, message }]);
}
