import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { RecoverySampleFieldsFragment } from '../__generated__/graphql';
import { formatPercent, formatUtcClock, toMillis } from '../ui/format';
import { UPlotChart, type ChartOptions } from '../ui/UPlot';
import { useNow } from '../ui/useNow';
import { chartLabel, flowKind, type FlowKind } from './flowKind';

const AXIS = '#9aa5b5';
const GRID = 'rgba(154,165,181,0.15)';

/** Recovery curves are green (up is good); "lower is better" rates are amber (up is bad). */
const COLOURS: Readonly<Record<FlowKind, { stroke: string; fill: string }>> = {
  recovery: { stroke: '#4cc38a', fill: 'rgba(76,195,138,0.12)' },
  rate: { stroke: '#ffd166', fill: 'rgba(255,209,102,0.12)' },
};

/** The y range: 0–105 % for recovery levels (more during catch-up); a rate's own scale, from 0. */
export function yRange(kind: FlowKind, max: number): [number, number] {
  if (kind === 'rate') return [0, Math.max(10, Math.ceil((max * 1.2) / 5) * 5)];
  return [0, Math.max(105, Math.ceil(max / 10) * 10)];
}

/** One flow's curve over the incident, from its start: a recovery level or a rate. */
export function RecoveryChart({
  flow,
  samples,
  startedAt,
  endedAt,
  height = 160,
  large = false,
}: {
  flow: string;
  samples: readonly RecoverySampleFieldsFragment[];
  startedAt: string;
  /** Where the time axis ends: the resolution, or null for an open incident (now). */
  endedAt: string | null;
  height?: number;
  large?: boolean;
}) {
  const start = toMillis(startedAt) / 1000;
  const now = useNow(30_000);
  const end = endedAt === null ? now / 1000 : toMillis(endedAt) / 1000;
  const data = useMemo<uPlot.AlignedData>(() => {
    // The axis spans the whole incident: from its start to its end (or now), samples in between.
    const xs = [start, ...samples.map((s) => toMillis(s.at) / 1000), end];
    const ys = [null, ...samples.map((s) => s.value), null];
    return [xs, ys];
  }, [samples, start, end]);
  const fewPoints = samples.length < 40;
  const kind = flowKind(flow);
  const colour = COLOURS[kind];
  // On the wallboard the axes scale with the screen: 22 px at 1080p, 43 px at 2160p.
  const px = large ? Math.round(height / 12) : 12;
  const font = large ? `600 ${px}px system-ui, sans-serif` : '12px system-ui, sans-serif';
  const options = useMemo<ChartOptions>(
    () => ({
      legend: { show: false },
      cursor: { show: !large, drag: { x: false, y: false } },
      scales: {
        x: { time: true },
        y: { range: (_u, _min, max) => yRange(kind, max) },
      },
      axes: [
        {
          stroke: AXIS,
          grid: { stroke: GRID },
          ticks: { stroke: GRID },
          font,
          values: (_u, splits) => splits.map((s) => formatUtcClock(s * 1000)),
          space: large ? px * 7 : 70,
        },
        {
          stroke: AXIS,
          grid: { stroke: GRID },
          ticks: { stroke: GRID },
          font,
          size: large ? px * 4 : 50,
          space: large ? px * 2.5 : 30,
          values: (_u, splits) => splits.map((s) => formatPercent(s)),
        },
      ],
      series: [
        {},
        {
          label: flow,
          stroke: colour.stroke,
          width: large ? Math.max(3, px / 6) : 2,
          spanGaps: true,
          fill: colour.fill,
          points: { show: fewPoints, size: large ? px / 2 : 6, fill: colour.stroke },
        },
      ],
    }),
    [flow, font, large, fewPoints, px, kind, colour],
  );
  const last = samples[samples.length - 1];
  return (
    <UPlotChart
      options={options}
      optionsKey={`${flow}-${start}-${large}-${fewPoints}-${px}`}
      data={data}
      height={height}
      label={chartLabel(flow, last?.value ?? null)}
    />
  );
}
