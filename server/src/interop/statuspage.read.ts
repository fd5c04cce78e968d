import type { Types } from 'mongoose';
import type { Services } from '../app/services.js';
import type { IncidentDoc } from '../incidents/incident.model.js';
import { maxPageSize } from '../incidents/incident.service.js';
import type { UpdateDoc } from '../incidents/update.model.js';
import { toSeries } from '../recovery/recovery.service.js';
import type { IncidentSnapshot, PageSnapshot } from './statuspage.format.js';
import { readChangeTimes } from './event-times.js';
import { shownStatuses } from './shown-status.js';

/** `incidents.json` and the feeds show this many incidents, as Statuspage does. */
export const recentLimit = 50;
/** More unresolved incidents than this at once is not a status page any more; the rest is cut. */
export const unresolvedLimit = 500;

export type ReadServices = Pick<Services, 'components' | 'incidents' | 'recovery'>;

async function unresolvedIncidents(services: ReadServices): Promise<IncidentDoc[]> {
  const found: IncidentDoc[] = [];
  let after: string | null = null;
  while (found.length < unresolvedLimit) {
    const page = await services.incidents.list({ active: true, drill: false }, maxPageSize, after);
    found.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) break;
    after = page.pageInfo.endCursor;
  }
  return found.slice(0, unresolvedLimit);
}

function groupByIncident<T extends { incidentId: Types.ObjectId }>(docs: readonly T[]) {
  const groups = new Map<string, T[]>();
  for (const doc of docs) {
    const key = doc.incidentId.toHexString();
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  return groups;
}

/** Reads what the v2 documents, the feeds and the badge need: a handful of queries per request. */
export async function readSnapshot(
  services: ReadServices,
  page: PageSnapshot['page'],
  fallbackUpdatedAt: Date,
): Promise<PageSnapshot> {
  const [components, unresolvedDocs, recentPage, changes] = await Promise.all([
    shownStatuses(services),
    unresolvedIncidents(services),
    services.incidents.list(null, recentLimit, null),
    readChangeTimes(),
  ]);
  const recentDocs = recentPage.edges.map((edge) => edge.node);
  const all = new Map<string, IncidentDoc>();
  for (const doc of [...unresolvedDocs, ...recentDocs]) all.set(doc._id.toHexString(), doc);
  const ids = [...all.values()].map((doc) => doc._id);
  const [updates, samples] = await Promise.all([
    ids.length > 0 ? services.incidents.updatesFor(ids) : Promise.resolve<UpdateDoc[]>([]),
    ids.length > 0 ? services.recovery.samplesFor(ids) : Promise.resolve([]),
  ]);
  const updatesBy = groupByIncident(updates);
  const samplesBy = groupByIncident(samples);
  const entry = (incident: IncidentDoc): IncidentSnapshot => {
    const key = incident._id.toHexString();
    return {
      incident,
      updates: updatesBy.get(key) ?? [],
      recovery: toSeries(samplesBy.get(key) ?? []).flatMap((series) => {
        const latest = series.samples.at(-1);
        return latest ? [{ flow: series.flow, value: latest.value, at: latest.at }] : [];
      }),
    };
  };
  const times = [
    ...(changes.last ? [changes.last.getTime()] : []),
    ...[...all.values()].map((doc) => doc.updatedAt.getTime()),
    ...components.map((c) => c._id.getTimestamp().getTime()),
  ];
  return {
    page,
    components,
    componentChangedAt: changes.components,
    unresolved: unresolvedDocs.map(entry),
    recent: recentDocs.map(entry),
    updatedAt: times.length > 0 ? new Date(Math.max(...times)) : fallbackUpdatedAt,
  };
}
