import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';

/** Options without size: the chart takes its container's width and the given height. */
export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

let loader: Promise<typeof uPlot> | null = null;

/** Narrowest chart drawn, px: a wallboard with six flows on a 1280 px screen has cards this narrow. */
const MIN_WIDTH = 120;

/** uPlot and its stylesheet are loaded on first use, keeping them out of the initial bundle. */
function loadUPlot(): Promise<typeof uPlot> {
  loader ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(
    ([m]) => m.default,
  );
  return loader;
}

/**
 * A uPlot chart that fills its container's width. Options are applied when the chart is
 * created (and when `optionsKey` changes); data updates go through `setData`, so a live sample
 * redraws without rebuilding the chart.
 */
export function UPlotChart({
  options,
  optionsKey,
  data,
  height,
  label,
}: {
  options: ChartOptions | ((U: typeof uPlot) => ChartOptions);
  optionsKey: string;
  data: uPlot.AlignedData;
  height: number;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const latestData = useRef(data);
  latestData.current = data;
  const latestOptions = useRef(options);
  latestOptions.current = options;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void loadUPlot().then((UPlot) => {
      if (disposed) return;
      const width = Math.max(MIN_WIDTH, el.clientWidth);
      const given = latestOptions.current;
      const options = typeof given === 'function' ? given(UPlot) : given;
      const instance = new UPlot({ ...options, width, height }, latestData.current, el);
      chart.current = instance;
      observer = new ResizeObserver(() => {
        instance.setSize({ width: Math.max(MIN_WIDTH, el.clientWidth), height });
      });
      observer.observe(el);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, [optionsKey, height]);

  useEffect(() => {
    chart.current?.setData(data);
  }, [data]);

  return (
    <div
      className="chart"
      ref={container}
      role="img"
      aria-label={label}
      style={{ minHeight: height }}
    />
  );
}
