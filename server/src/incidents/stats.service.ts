import { Impact, type IncidentFilter } from '../__generated__/resolvers-types.js';
import { badInput } from '../common/errors.js';
import type { RecoveryService } from '../recovery/recovery.service.js';
import { cadence, combineCadence, type CadenceSummary } from './cadence.js';
import { IncidentModel, type IncidentDoc } from './incident.model.js';
import { buildIncidentFilter } from './incident.query.js';
import { UpdateModel, type UpdateDoc } from './update.model.js';

/** Impacts in ascending severity: the order `byImpact` lists them in (a rule, not the SDL's). */
const severity: Record<Impact, number> = { NONE: 0, MINOR: 1, MAJOR: 2, CRITICAL: 3 };
const impacts = Object.values(Impact).sort((a, b) => severity[a] - severity[b]);

export interface DurationSummary {
  count: number;
  meanSeconds: number | null;
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** The durations themselves, ascending (the histogram is drawn from them). */
  sorted: readonly number[];
}

export interface IncidentStatsView {
  count: number;
  byImpact: { impact: Impact; count: number }[];
  timeToIdentify: DurationSummary;
  timeToMitigate: DurationSummary;
  /** Read update by update, so only when the field is asked for (once per view). */
  cadence: () => Promise<CadenceSummary>;
  timeToResolve: DurationSummary;
  timeToRecover50: DurationSummary;
  timeToRecover90: DurationSummary;
  timeToRecover100: DurationSummary;
  byMonth: { month: Date; count: number }[];
}

/** Percentile by linear interpolation between closest ranks (the "R-7" definition). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? a;
  return a + (b - a) * (rank - low);
}

export function summarize(seconds: readonly number[]): DurationSummary {
  const sorted = [...seconds].sort((x, y) => x - y);
  return {
    count: sorted.length,
    meanSeconds: sorted.length === 0 ? null : sorted.reduce((sum, s) => sum + s, 0) / sorted.length,
    medianSeconds: percentile(sorted, 0.5),
    p90Seconds: percentile(sorted, 0.9),
    sorted,
  };
}

type StatsFields = Pick<
  IncidentDoc,
  | '_id'
  | 'status'
  | 'impact'
  | 'startedAt'
  | 'identifiedAt'
  | 'mitigatedAt'
  | 'resolvedAt'
  | 'primaryFlow'
  | 'milestoneMarks'
  | 'firstLevelSample'
  | 'milestonesVersion'
>;

function secondsSinceStart(
  incidents: readonly StatsFields[],
  end: (i: StatsFields) => Date | null,
): number[] {
  return incidents.flatMap((incident) => {
    const at = end(incident);
    return at ? [Math.max(0, (at.getTime() - incident.startedAt.getTime()) / 1000)] : [];
  });
}

/**
 * How the promised next updates of these incidents turned out, as of `now`. Only incidents that
 * made a promise are read update by update.
 */
async function cadenceOf(
  incidents: readonly Pick<IncidentDoc, '_id' | 'status'>[],
  now: Date,
): Promise<CadenceSummary> {
  const ids = incidents.map((i) => i._id);
  const promised = await UpdateModel.find(
    { incidentId: { $in: ids }, nextUpdateBy: { $ne: null } },
    { incidentId: 1 },
  )
    .lean<Pick<UpdateDoc, 'incidentId'>[]>()
    .exec();
  const promising = [
    ...new Map(promised.map((u) => [u.incidentId.toHexString(), u.incidentId])).values(),
  ];
  if (promising.length === 0) return combineCadence([]);
  const updates = await UpdateModel.find(
    { incidentId: { $in: promising } },
    { incidentId: 1, createdAt: 1, nextUpdateBy: 1 },
  )
    .lean<Pick<UpdateDoc, 'incidentId' | 'createdAt' | 'nextUpdateBy'>[]>()
    .exec();
  const byIncident = new Map<string, Pick<UpdateDoc, 'createdAt' | 'nextUpdateBy'>[]>();
  for (const u of updates) {
    const key = u.incidentId.toHexString();
    byIncident.set(key, [...(byIncident.get(key) ?? []), u]);
  }
  const resolved = new Map(incidents.map((i) => [i._id.toHexString(), i.status === 'RESOLVED']));
  return combineCadence(
    [...byIncident.entries()].map(([key, list]) =>
      cadence(
        list.map((u) => ({ createdAt: u.createdAt, nextUpdateBy: u.nextUpdateBy ?? null })),
        { now, resolved: resolved.get(key) ?? false },
      ),
    ),
  );
}

/** `make` run on the first call only; later calls share its promise. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | null = null;
  return () => (made ??= make());
}

export interface StatsServiceDeps {
  recovery: Pick<RecoveryService, 'recoveryTimes'>;
}

/** `incidentStats`: counts and durations, drills only when the filter asks for them. */
export function createStatsService({ recovery }: StatsServiceDeps) {
  return {
    /**
     * Computes the figures of `incidentStats` for incidents started in `[from, to)` that match
     * `filter` (the `incidents` filter; drills only with `drill: true`).
     */
    async incidentStats(
      from: Date | null | undefined,
      to: Date | null | undefined,
      now: Date = new Date(),
      filter?: IncidentFilter | null,
    ): Promise<IncidentStatsView> {
      if (from && to && from.getTime() > to.getTime())
        throw badInput('from', 'must not be after `to`');
      const range: { $gte?: Date; $lt?: Date } = {};
      if (from) range.$gte = from;
      if (to) range.$lt = to;
      // `active: true` shows running drills on a live board; figures never mix them in unasked.
      const matching = buildIncidentFilter({ ...filter, drill: filter?.drill === true });
      const incidents = await IncidentModel.find(
        range.$gte || range.$lt ? { $and: [matching, { startedAt: range }] } : matching,
        {
          impact: 1,
          status: 1,
          startedAt: 1,
          identifiedAt: 1,
          mitigatedAt: 1,
          resolvedAt: 1,
          primaryFlow: 1,
          milestoneMarks: 1,
          firstLevelSample: 1,
          milestonesVersion: 1,
        },
      )
        .lean<StatsFields[]>()
        .exec();
      const recovered = await recovery.recoveryTimes(incidents);
      const times = (pick: (t: RecoveryTimes) => number | null) =>
        summarize(
          incidents.flatMap((i) => {
            const t = recovered.get(i._id.toHexString());
            const value = t ? pick(t) : null;
            return value === null ? [] : [value];
          }),
        );
      const months = new Map<number, number>();
      for (const incident of incidents) {
        const month = Date.UTC(
          incident.startedAt.getUTCFullYear(),
          incident.startedAt.getUTCMonth(),
          1,
        );
        months.set(month, (months.get(month) ?? 0) + 1);
      }
      return {
        count: incidents.length,
        byImpact: impacts.map((impact) => ({
          impact,
          count: incidents.filter((i) => i.impact === impact).length,
        })),
        timeToIdentify: summarize(secondsSinceStart(incidents, (i) => i.identifiedAt)),
        timeToMitigate: summarize(secondsSinceStart(incidents, (i) => i.mitigatedAt)),
        timeToResolve: summarize(secondsSinceStart(incidents, (i) => i.resolvedAt)),
        timeToRecover50: times((t) => t.reached50),
        timeToRecover90: times((t) => t.reached90),
        timeToRecover100: times((t) => t.reached100),
        cadence: once(() => cadenceOf(incidents, now)),
        byMonth: [...months.entries()]
          .sort(([a], [b]) => a - b)
          .map(([month, count]) => ({ month: new Date(month), count })),
      };
    },
  };
}

type RecoveryTimes =
  Awaited<ReturnType<RecoveryService['recoveryTimes']>> extends Map<string, infer T> ? T : never;
