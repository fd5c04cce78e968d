import { useLayoutEffect, useRef, useState } from 'react';
import type { RecoveryPanel_SeriesFragment } from '../__generated__/graphql';
import { RecoveryPanel } from '../recovery/RecoveryPanel';
import { flowGrid, type FlowGrid } from './flowGrid';

type Series = RecoveryPanel_SeriesFragment;

/**
 * Pixels of a card that are not its chart: the tallest gauge (a long flow name wraps), the
 * card's padding and border, the chart's margin.
 */
function cardHead(area: HTMLElement): number {
  const card = area.querySelector<HTMLElement>('.flow');
  const gauges = [...area.querySelectorAll<HTMLElement>('.flow .gauge')];
  if (!card || gauges.length === 0) return area.clientHeight / 3;
  const style = getComputedStyle(card);
  const chart = card.querySelector<HTMLElement>('.chart');
  const chartMargin = chart ? parseFloat(getComputedStyle(chart).marginTop) : 8;
  return (
    Math.max(...gauges.map((g) => g.offsetHeight)) +
    parseFloat(style.paddingTop) +
    parseFloat(style.paddingBottom) +
    parseFloat(style.borderTopWidth) +
    parseFloat(style.borderBottomWidth) +
    chartMargin +
    2
  );
}

/**
 * The wallboard's flows, laid out to fill exactly the space left under the incident's text at
 * any screen size: the columns, rows and chart height come from the measured area, so one to six
 * flows never run under the component grid or off the screen.
 */
export function WallboardRecovery({
  startedAt,
  endedAt,
  recovery,
}: {
  startedAt: string;
  endedAt: string | null;
  recovery: readonly Series[];
}) {
  const area = useRef<HTMLDivElement>(null);
  const [grid, setGrid] = useState<FlowGrid | null>(null);
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    const measure = () => {
      const panel = el.querySelector('.recovery-panel');
      const gap = panel ? parseFloat(getComputedStyle(panel).rowGap) || 0 : 0;
      const next = flowGrid(
        recovery.length,
        el.clientWidth,
        el.clientHeight,
        gap,
        cardHead(el),
        window.innerHeight * 0.06,
      );
      setGrid((prev) =>
        prev &&
        prev.columns === next.columns &&
        prev.rows === next.rows &&
        Math.abs(prev.chartHeight - next.chartHeight) < 2
          ? prev
          : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [recovery.length]);
  return (
    <div className="wb-recovery" ref={area}>
      <RecoveryPanel
        startedAt={startedAt}
        endedAt={endedAt}
        recovery={recovery}
        chartHeight={grid?.chartHeight ?? 0}
        grid={grid ?? { columns: recovery.length, rows: 1 }}
        large
      />
    </div>
  );
}
