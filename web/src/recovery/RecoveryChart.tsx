import { useMemo } from 'react';
import type uPlot from 'uplot';
import { graphql } from '../__generated__';
import type { RecoveryChart_SampleFragment } from '../__generated__/graphql';
import { formatPercent, formatUtcClock, toMillis } from '../ui/format';
import { UPlotChart, type ChartOptions } from '../ui/UPlot';
import { useTheme, type Theme } from '../ui/theme';
import { useNow } from '../ui/useNow';
import { chartLabel, flowKind, flowLevel, type FlowKind, type Level } from './flowKind';

/** What the curve plots of a sample. */
export const RecoveryChart_sample = graphql(`
  fragment RecoveryChart_sample on RecoverySample {
    at
    value
  }
`);

interface Palette {
  readonly axis: string;
  readonly grid: string;
  /** The curve takes its gauge's colour, so a red "45%" never sits on a green line. */
  readonly levels: Readonly<Record<Level, { stroke: string; fill: string }>>;
}

/** A canvas cannot read CSS variables as it paints: each theme's colours, as in theme.css. */
const PALETTES: Readonly<Record<Theme, Palette>> = {
  dark: {
    axis: '#9aa5b5',
    grid: 'rgba(154,165,181,0.15)',
    levels: {
      'level-ok': { stroke: '#4cc38a', fill: 'rgba(76,195,138,0.12)' },
      'level-calm': { stroke: '#74b9ff', fill: 'rgba(116,185,255,0.12)' },
      'level-warn': { stroke: '#ffd166', fill: 'rgba(255,209,102,0.12)' },
      'level-bad': { stroke: '#ff6b6b', fill: 'rgba(255,107,107,0.12)' },
    },
  },
  light: {
    axis: '#4a5462',
    grid: 'rgba(74,84,98,0.18)',
    levels: {
      'level-ok': { stroke: '#17703f', fill: 'rgba(23,112,63,0.1)' },
      'level-calm': { stroke: '#0b57a4', fill: 'rgba(11,87,164,0.1)' },
      'level-warn': { stroke: '#7a5600', fill: 'rgba(122,86,0,0.1)' },
      'level-bad': { stroke: '#b4232a', fill: 'rgba(180,35,42,0.1)' },
    },
  },
  'high-contrast': {
    axis: '#ffffff',
    grid: 'rgba(255,255,255,0.3)',
    levels: {
      'level-ok': { stroke: '#7cf0b4', fill: 'rgba(124,240,180,0.15)' },
      'level-calm': { stroke: '#a8d4ff', fill: 'rgba(168,212,255,0.15)' },
      'level-warn': { stroke: '#ffe270', fill: 'rgba(255,226,112,0.15)' },
      'level-bad': { stroke: '#ff8a8a', fill: 'rgba(255,138,138,0.15)' },
    },
  },
};

/** The shortest time axis, in seconds. */
const MIN_SPAN_SECONDS = 60;

/** The time axis ends at the resolution (or now), never before the latest sample. */
export function axisEnd(endSeconds: number, sampleSeconds: readonly number[]): number {
  return Math.max(endSeconds, ...sampleSeconds);
}

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
  samples: readonly RecoveryChart_SampleFragment[];
  startedAt: string;
  /** Where the time axis ends: the resolution, or null for an open incident (now). */
  endedAt: string | null;
  height?: number;
  large?: boolean;
}) {
  const start = toMillis(startedAt) / 1000;
  // The axis end moves every 30 s: a redraw per second would cost more than it shows.
  const now = Math.floor(useNow() / 30_000) * 30_000;
  const data = useMemo<uPlot.AlignedData>(() => {
    // The axis spans the whole incident: from its start to its end (or now), samples in between.
    // A sample newer than the last tick of `now` moves the end, keeping x sorted as uPlot needs.
    const times = samples.map((s) => toMillis(s.at) / 1000);
    const end = axisEnd(endedAt === null ? now / 1000 : toMillis(endedAt) / 1000, times);
    return [
      [start, ...times, end],
      [null, ...samples.map((s) => s.value), null],
    ];
  }, [samples, start, endedAt, now]);
  const fewPoints = samples.length < 40;
  const kind = flowKind(flow);
  const last = samples[samples.length - 1];
  const level = last === undefined ? 'level-ok' : flowLevel(flow, last.value);
  const theme = useTheme();
  const palette = PALETTES[theme];
  const colour = palette.levels[level];
  // On the wallboard the axes scale with the screen (18 px at 1080p, 36 px at 2160p), not with
  // the chart, whose height depends on how many flows share the screen.
  const px = large ? Math.max(11, Math.round(window.innerHeight / 60)) : 12;
  const font = large ? `600 ${px}px system-ui, sans-serif` : '12px system-ui, sans-serif';
  const options = useMemo<ChartOptions>(
    () => ({
      legend: { show: false },
      cursor: { show: !large, drag: { x: false, y: false } },
      scales: {
        // A young incident gets a one-minute axis to grow into, not ticks a few ms apart.
        x: { time: true, range: (_u, min, max) => [min, Math.max(max, min + MIN_SPAN_SECONDS)] },
        y: { range: (_u, _min, max) => yRange(kind, max) },
      },
      axes: [
        {
          stroke: palette.axis,
          grid: { stroke: palette.grid },
          ticks: { stroke: palette.grid },
          font,
          // Ticks less than a minute apart (a young incident) need seconds to differ.
          values: (_u, splits, _axis, _space, increment) =>
            splits.map((s) => formatUtcClock(s * 1000, increment < 60)),
          space: large ? px * 7 : 70,
        },
        {
          stroke: palette.axis,
          grid: { stroke: palette.grid },
          ticks: { stroke: palette.grid },
          font,
          // Room for "100%" in the axis font, plus the tick and its gap.
          size: large ? Math.round(px * 3.2) + 18 : 50,
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
    [flow, font, large, fewPoints, px, kind, colour, palette],
  );
  return (
    <UPlotChart
      options={options}
      optionsKey={`${flow}-${start}-${large}-${fewPoints}-${px}-${level}-${theme}`}
      data={data}
      height={height}
      label={chartLabel(flow, last?.value ?? null)}
    />
  );
}
