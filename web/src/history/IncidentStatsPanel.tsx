import { useMemo } from 'react';
import type uPlot from 'uplot';
import { graphql } from '../__generated__';
import type { IncidentStatsPanel_StatsFragment } from '../__generated__/graphql';
import {
  formatDuration,
  formatDurationPrecise,
  formatMonth,
  humanize,
  toMillis,
} from '../ui/format';
import { UPlotChart, type ChartOptions } from '../ui/UPlot';

export const IncidentStatsPanel_stats = graphql(`
  fragment IncidentStatsPanel_stats on IncidentStats {
    count
    byImpact {
      impact
      count
    }
    timeToIdentify {
      count
      meanSeconds
      medianSeconds
      p90Seconds
    }
    timeToMitigate {
      count
      meanSeconds
      medianSeconds
      p90Seconds
    }
    timeToResolve {
      count
      meanSeconds
      medianSeconds
      p90Seconds
    }
    timeToRecover50 {
      count
      meanSeconds
      medianSeconds
      p90Seconds
      histogram(buckets: 12) {
        fromSeconds
        toSeconds
        count
      }
    }
    timeToRecover90 {
      count
      meanSeconds
      medianSeconds
      p90Seconds
      histogram(buckets: 12) {
        fromSeconds
        toSeconds
        count
      }
    }
    timeToRecover100 {
      count
      meanSeconds
      medianSeconds
      p90Seconds
      histogram(buckets: 12) {
        fromSeconds
        toSeconds
        count
      }
    }
    byMonth {
      month
      count
    }
    cadence {
      promised
      kept
      late
      pending
      adherence
      worstLatenessSeconds
    }
  }
`);

type Durations = IncidentStatsPanel_StatsFragment['timeToResolve'];
type Recovered = IncidentStatsPanel_StatsFragment['timeToRecover50'];

function fmt(seconds: number | null | undefined): string {
  return seconds === null || seconds === undefined ? '—' : formatDurationPrecise(seconds);
}

function DurationFigure({ label, d }: { label: string; d: Durations }) {
  return (
    <div className="stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value">{fmt(d.medianSeconds)}</div>
      <div className="stat-sub">
        median · mean {fmt(d.meanSeconds)} · p90 {fmt(d.p90Seconds)} · n={d.count}
      </div>
    </div>
  );
}

/** Counts, time to identify / mitigate / resolve, and incidents per month. */
export function IncidentStatsPanel({ stats }: { stats: IncidentStatsPanel_StatsFragment }) {
  return (
    <section className="stats" aria-label="Statistics for the period">
      <div className="stat-grid">
        <div className="stat">
          <div className="stat-label">Incidents</div>
          <div className="stat-value">{stats.count}</div>
          <div className="stat-sub">
            {stats.byImpact
              .filter((i) => i.count > 0)
              .map((i) => `${i.count} ${humanize(i.impact).toLowerCase()}`)
              .join(' · ') || 'none'}
          </div>
        </div>
        <DurationFigure label="Time to identify" d={stats.timeToIdentify} />
        <DurationFigure label="Time to mitigate" d={stats.timeToMitigate} />
        <DurationFigure label="Time to resolve" d={stats.timeToResolve} />
        <div className="stat">
          <div className="stat-label">Updates on time</div>
          <div className="stat-value">
            {stats.cadence.adherence === null
              ? '—'
              : `${Math.round(stats.cadence.adherence * 100)}%`}
          </div>
          <div className="stat-sub">
            {stats.cadence.kept} of {stats.cadence.promised} promised updates on time · worst{' '}
            {stats.cadence.worstLatenessSeconds
              ? `${fmt(stats.cadence.worstLatenessSeconds)} late`
              : 'never late'}
            {stats.cadence.pending > 0 ? ` · ${stats.cadence.pending} pending` : ''}
          </div>
        </div>
      </div>
      <MonthlyChart months={stats.byMonth} />
      <MilestoneChart
        milestones={[
          { label: '50 % recovered', d: stats.timeToRecover50 },
          { label: '90 % recovered', d: stats.timeToRecover90 },
          { label: '100 % recovered', d: stats.timeToRecover100 },
        ]}
      />
    </section>
  );
}

/** What differs between the page's bar charts: one bar per index, labelled on the x axis. */
interface BarChart {
  count: number;
  barSize: [number, number];
  /** The y axis's top for the tallest bar (at least 1 is kept). */
  headroom: (max: number) => number;
  labelSpace: number;
  label: (index: number) => string;
}

/** uPlot options for a bar chart of incident counts, one bar per index `0…count-1`. */
function barChart({ count, barSize, headroom, labelSpace, label }: BarChart) {
  return (U: typeof uPlot): ChartOptions => {
    const bars = U.paths.bars?.({ size: barSize });
    return {
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: (): uPlot.Range.MinMax => [-0.5, count - 0.5] },
        y: {
          range: (_u: uPlot, _min: number, max: number): uPlot.Range.MinMax => [
            0,
            Math.max(1, headroom(max)),
          ],
        },
      },
      axes: [
        {
          stroke: '#a3afbf',
          grid: { show: false },
          incrs: [1],
          space: labelSpace,
          values: (_u: uPlot, splits: number[]) =>
            splits.map((s) => (Number.isInteger(s) ? label(s) : '')),
        },
        { stroke: '#a3afbf', grid: { stroke: 'rgba(154,165,181,0.15)' }, size: 40 },
      ],
      series: [
        {},
        {
          label: 'Incidents',
          fill: 'rgba(245,165,36,0.8)',
          stroke: '#f5a524',
          points: { show: false },
          ...(bars ? { paths: bars } : {}),
        },
      ],
    };
  };
}

function MonthlyChart({ months }: { months: IncidentStatsPanel_StatsFragment['byMonth'] }) {
  const data = useMemo<uPlot.AlignedData>(
    () => [months.map((_m, i) => i), months.map((m) => m.count)],
    [months],
  );
  if (months.length === 0) return <p className="muted">No incidents in this period.</p>;
  const options = barChart({
    count: months.length,
    barSize: [0.6, 60],
    headroom: (max) => max + 1,
    labelSpace: 50,
    label: (i) => {
      const m = months[i];
      return m ? formatMonth(toMillis(m.month)) : '';
    },
  });
  return (
    <figure className="month-chart">
      <figcaption>Incidents per month (UTC)</figcaption>
      <UPlotChart
        options={options}
        optionsKey={months.map((m) => m.month).join()}
        data={data}
        height={180}
        label={`Incidents per month: ${months.map((m) => `${formatMonth(toMillis(m.month))} ${m.count}`).join(', ')}`}
      />
    </figure>
  );
}

/**
 * How long the primary flow took to reach 50, 90 and 100 % of nominal over the incidents the
 * filters select: one histogram per milestone (incidents per duration range, as the API
 * buckets them), each with its counts in a table for screen readers, and the summary figures.
 */
function MilestoneChart({
  milestones,
}: {
  milestones: readonly { label: string; d: Recovered }[];
}) {
  const measured = milestones.filter((m) => m.d.count > 0);
  if (measured.length === 0) {
    return (
      <p className="muted" data-testid="milestone-chart">
        No incident these filters select has recovery figures for its primary flow.
      </p>
    );
  }
  return (
    <figure className="milestone-chart" data-testid="milestone-chart">
      <figcaption>Time to recover the primary flow: incidents by time from their start</figcaption>
      <div className="milestone-histograms">
        {milestones.map((m) => (
          <MilestoneHistogram key={m.label} label={m.label} d={m.d} />
        ))}
      </div>
      <div className="stat-grid">
        {milestones.map((m) => (
          <DurationFigure key={m.label} label={`Time to ${m.label}`} d={m.d} />
        ))}
      </div>
    </figure>
  );
}

const range = (b: Recovered['histogram'][number]) =>
  `${formatDuration(b.fromSeconds)}–${formatDuration(b.toSeconds)}`;

/** One milestone's distribution: a bar per duration range, its height the incidents in it. */
function MilestoneHistogram({ label, d }: { label: string; d: Recovered }) {
  const buckets = d.histogram;
  const data = useMemo<uPlot.AlignedData>(
    () => [buckets.map((_b, i) => i), buckets.map((b) => b.count)],
    [buckets],
  );
  const options = barChart({
    count: buckets.length,
    barSize: [0.9, 80],
    headroom: (max) => Math.ceil(max * 1.1),
    labelSpace: 40,
    label: (i) => {
      const b = buckets[i];
      return b ? formatDuration(b.fromSeconds) : '';
    },
  });
  const slug = label.replace(/\D/g, '');
  return (
    <div className="milestone-histogram" data-testid={`milestone-histogram-${slug}`}>
      <h3>
        {label} <span className="muted">n={d.count}</span>
      </h3>
      {buckets.length === 0 ? (
        <p className="muted">Not reached by any of these incidents.</p>
      ) : (
        <UPlotChart
          options={options}
          optionsKey={buckets.map((b) => `${b.fromSeconds}:${b.toSeconds}`).join()}
          data={data}
          height={160}
          label={`Time to ${label}: ${d.count} incidents by time from their start (table follows)`}
        />
      )}
      <table className="visually-hidden">
        <caption>Time to {label}: incidents per range</caption>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.fromSeconds}>
              <th scope="row">{range(b)}</th>
              <td>{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
