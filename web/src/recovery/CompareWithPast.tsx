import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type uPlot from 'uplot';
import { graphql } from '../__generated__';
import { formatDurationPrecise, formatPercent, toMillis } from '../ui/format';
import { UPlotChart, type ChartOptions } from '../ui/UPlot';
import { flowLabel } from './flowKind';
import { useRefetchOnNewSamples } from './useRefetchOnNewSamples';

/**
 * The primary recovery curve of this incident and of similar past ones. Fetched without the
 * cache, like the headline: recovery series have no id, and a second selection of them in the
 * normalized cache would overwrite the one the charts read.
 */
export const CompareWithPastQuery = graphql(`
  query CompareWithPast($id: ID!) {
    incident(id: $id) {
      id
      startedAt
      primaryFlow
      recovery {
        flow
        samples {
          at
          value
        }
      }
      similarIncidents(first: 5) {
        id
        title
        startedAt
        primaryFlow
        recovery {
          flow
          samples {
            at
            value
          }
        }
      }
    }
  }
`);

interface Sample {
  at: string;
  value: number;
}

/** A primary curve as hours since its incident's start: what lines incidents up. */
export interface AlignedCurve {
  label: string;
  points: readonly { hours: number; value: number }[];
}

export function alignCurve(
  label: string,
  startedAt: string,
  flow: string | null | undefined,
  recovery: readonly { flow: string; samples: readonly Sample[] }[],
): AlignedCurve | null {
  const series = recovery.find((s) => s.flow === flow);
  if (!series || series.samples.length === 0) return null;
  const start = toMillis(startedAt);
  return {
    label,
    points: series.samples
      .map((s) => ({ hours: (toMillis(s.at) - start) / 3_600_000, value: s.value }))
      .filter((p) => p.hours >= 0)
      .sort((a, b) => a.hours - b.hours),
  };
}

/** A curve's value `hours` after its start: its latest sample by then; null before the first. */
export function valueAfter(curve: AlignedCurve, hours: number): number | null {
  let found: number | null = null;
  for (const p of curve.points) {
    if (p.hours > hours) break;
    found = p.value;
  }
  return found;
}

/** uPlot's aligned data: every curve's hours in one sorted x, nulls where a curve has none. */
export function alignedData(curves: readonly AlignedCurve[]): uPlot.AlignedData {
  const xs = [...new Set(curves.flatMap((c) => c.points.map((p) => p.hours)))].sort(
    (a, b) => a - b,
  );
  return [
    xs,
    ...curves.map((c) => {
      const at = new Map(c.points.map((p) => [p.hours, p.value]));
      return xs.map((x) => at.get(x) ?? null);
    }),
  ];
}

const PAST_COLOURS = ['#74b9ff', '#b9a4ff', '#ff9f43', '#4cc38a', '#ff6b6b'];

/**
 * "Are we recovering faster than last time?": the current primary curve over those of similar
 * past incidents, aligned at their start, with each one's figure at the same point in time.
 */
export function CompareWithPast({ incidentId, samples }: { incidentId: string; samples: number }) {
  const { data, refetch } = useQuery(CompareWithPastQuery, {
    variables: { id: incidentId },
    fetchPolicy: 'no-cache',
  });
  useRefetchOnNewSamples(samples, refetch);
  const incident = data?.incident;
  const { current, past, curves } = useMemo(() => {
    const current = incident
      ? alignCurve('This incident', incident.startedAt, incident.primaryFlow, incident.recovery)
      : null;
    const past = (incident?.similarIncidents ?? []).flatMap((p) => {
      const curve = alignCurve(p.title, p.startedAt, p.primaryFlow, p.recovery);
      return curve ? [{ id: p.id, curve }] : [];
    });
    return { current, past, curves: current ? [current, ...past.map((p) => p.curve)] : [] };
  }, [incident]);
  if (!incident || !current) return null;
  if (past.length === 0) {
    return (
      <p className="muted" data-testid="compare-past">
        No similar past incident with recovery figures to compare with.
      </p>
    );
  }
  const now = current.points.at(-1)?.hours ?? 0;
  const options: ChartOptions = {
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: (_u, min, max) => [Math.min(0, min), Math.max(max, 1)] },
      y: { range: (_u, _min, max) => [0, Math.max(105, Math.ceil(max / 10) * 10)] },
    },
    axes: [
      {
        stroke: '#9aa5b5',
        grid: { stroke: 'rgba(154,165,181,0.15)' },
        values: (_u, splits) => splits.map((s) => `${Math.round(s * 10) / 10}h`),
      },
      {
        stroke: '#9aa5b5',
        grid: { stroke: 'rgba(154,165,181,0.15)' },
        size: 50,
        values: (_u, splits) => splits.map((s) => formatPercent(s)),
      },
    ],
    series: [
      { label: 'Since start' },
      { label: current.label, stroke: '#f5a524', width: 3, spanGaps: true },
      ...past.map((p, i) => ({
        label: p.curve.label,
        stroke: PAST_COLOURS[i % PAST_COLOURS.length] ?? '#74b9ff',
        width: 1.5,
        dash: [6, 4],
        spanGaps: true,
      })),
    ],
  };
  const nowValue = valueAfter(current, now);
  return (
    <figure className="compare-past" data-testid="compare-past">
      <figcaption>
        {flowLabel(incident.primaryFlow ?? current.label)}: this incident against similar past ones,
        from each one&apos;s start
      </figcaption>
      <UPlotChart
        options={options}
        optionsKey={curves.map((c) => c.label).join('|')}
        data={alignedData(curves)}
        height={180}
        label={`Recovery since start, this incident and ${past.length} similar past incidents`}
      />
      <table className="compare-table">
        <caption>At {formatDurationPrecise(Math.round(now * 3600))} after the start</caption>
        <thead>
          <tr>
            <th scope="col">Incident</th>
            <th scope="col">Figure</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">This incident</th>
            <td>{nowValue === null ? '—' : formatPercent(nowValue)}</td>
          </tr>
          {past.map((p) => {
            const then = valueAfter(p.curve, now);
            return (
              <tr key={p.id}>
                <th scope="row">{p.curve.label}</th>
                <td>
                  {then === null ? '—' : formatPercent(then)}
                  {then !== null && nowValue !== null && (
                    <span className="muted">
                      {' '}
                      (
                      {nowValue > then ? 'we are ahead' : nowValue < then ? 'it was ahead' : 'same'}
                      )
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
