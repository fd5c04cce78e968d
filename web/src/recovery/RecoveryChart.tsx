import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { RecoverySampleFieldsFragment } from '../__generated__/graphql';
import { formatPercent, formatUtcClock, toMillis } from '../ui/format';
import { UPlotChart, type ChartOptions } from '../ui/UPlot';
import { useNow } from '../ui/useNow';

const AXIS = '#9aa5b5';
const GRID = 'rgba(154,165,181,0.15)';

/** One flow's recovery curve over the incident, from its start. */
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
  // On the wallboard the axes scale with the screen: 22 px at 1080p, 43 px at 2160p.
  const px = large ? Math.round(height / 12) : 12;
  const font = large ? `600 ${px}px system-ui, sans-serif` : '12px system-ui, sans-serif';
  const options = useMemo<ChartOptions>(
    () => ({
      legend: { show: false },
      cursor: { show: !large, drag: { x: false, y: false } },
      scales: {
        x: { time: true },
        y: { range: (_u, _min, max) => [0, Math.max(105, Math.ceil(max / 10) * 10)] },
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
          stroke: '#4cc38a',
          width: large ? Math.max(3, px / 6) : 2,
          spanGaps: true,
          fill: 'rgba(76,195,138,0.12)',
          points: { show: fewPoints, size: large ? px / 2 : 6, fill: '#4cc38a' },
        },
      ],
    }),
    [flow, font, large, fewPoints, px],
  );
  const last = samples[samples.length - 1];
  return (
    <UPlotChart
      options={options}
      optionsKey={`${flow}-${start}-${large}-${fewPoints}-${px}`}
      data={data}
      height={height}
      label={`Recovery of ${flow} over time${last ? `, now ${formatPercent(last.value)}` : ''}`}
    />
  );
}
