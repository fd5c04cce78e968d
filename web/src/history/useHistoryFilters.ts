import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { IncidentStatusValues } from '../__generated__/enums';
import type { Impact, IncidentFilter, IncidentStatus } from '../__generated__/graphql';
import { IMPACTS_WORST_FIRST } from '../incidents/incidentOrder';

/** The statuses the filters offer: every one, in the SDL's order. */
export const STATUSES: readonly IncidentStatus[] = IncidentStatusValues;
/** The impacts the filters offer: every one, worst first. */
export const IMPACTS: readonly Impact[] = IMPACTS_WORST_FIRST;

/** The history filters, as kept in the URL (shareable, survives reloads). */
export interface HistoryFilters {
  status: IncidentStatus[];
  impact: Impact[];
  component: string;
  from: string;
  to: string;
  q: string;
  after: string;
  page: number;
}

function pick<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  return raw.split(',').flatMap((v) => allowed.filter((a) => a === v));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses the URL's search parameters; unknown values are ignored. */
export function parseFilters(params: URLSearchParams): HistoryFilters {
  const date = (key: string) => {
    const v = params.get(key) ?? '';
    return DATE.test(v) ? v : '';
  };
  const page = Number(params.get('page') ?? '1');
  return {
    status: pick(params.get('status'), STATUSES),
    impact: pick(params.get('impact'), IMPACTS),
    component: params.get('component') ?? '',
    from: date('from'),
    to: date('to'),
    q: params.get('q') ?? '',
    after: params.get('after') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Writes filters back as search parameters, leaving out empty ones. */
export function serializeFilters(f: HistoryFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.status.length) p.set('status', f.status.join(','));
  if (f.impact.length) p.set('impact', f.impact.join(','));
  if (f.component) p.set('component', f.component);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.after) p.set('after', f.after);
  if (f.page > 1) p.set('page', String(f.page));
  return p;
}

/** `to` is inclusive in the form (a whole day) and exclusive in the API: the next midnight UTC. */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** The API filter for these URL filters. */
export function toIncidentFilter(f: HistoryFilters): IncidentFilter {
  const filter: IncidentFilter = {};
  if (f.status.length) filter.status = f.status;
  if (f.impact.length) filter.impact = f.impact;
  if (f.component) filter.componentId = f.component;
  if (f.from) filter.startedAfter = `${f.from}T00:00:00.000Z`;
  if (f.to) filter.startedBefore = dayAfter(f.to);
  if (f.q.trim()) filter.text = f.q.trim();
  return filter;
}

/** The statistics period for these filters. */
export function toStatsRange(f: HistoryFilters): { from?: string; to?: string } {
  return {
    ...(f.from ? { from: `${f.from}T00:00:00.000Z` } : {}),
    ...(f.to ? { to: dayAfter(f.to) } : {}),
  };
}

/** The filters from the URL and a setter that resets pagination whenever a filter changes. */
export function useHistoryFilters(): [HistoryFilters, (patch: Partial<HistoryFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<HistoryFilters>) => {
      const paging = 'after' in patch || 'page' in patch;
      const next = { ...filters, ...(paging ? {} : { after: '', page: 1 }), ...patch };
      setParams(serializeFilters(next));
    },
    [filters, setParams],
  );
  return [filters, update];
}
