import type { IncidentRecoveryListFragment } from '../__generated__/graphql';
import { useFlash } from '../ui/useFlash';
import { Gauge } from './Gauge';
import { headlineFirst } from './headline';
import { RecoveryChart } from './RecoveryChart';

type Series = IncidentRecoveryListFragment['recovery'][number];

/**
 * Every flow of an incident, the headline flow first: its gauge and its live curve. A
 * `chartHeight` of 0 shows gauges only; `grid` fixes the columns and rows (the wallboard).
 */
export function RecoveryPanel({
  startedAt,
  endedAt,
  recovery,
  chartHeight = 140,
  large = false,
  grid,
}: {
  startedAt: string;
  endedAt: string | null;
  recovery: readonly Series[];
  chartHeight?: number;
  large?: boolean;
  grid?: { columns: number; rows: number };
}) {
  if (recovery.length === 0) {
    return <p className="muted">No recovery figures recorded yet.</p>;
  }
  const style =
    grid === undefined
      ? undefined
      : {
          gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${grid.rows}, minmax(0, 1fr))`,
        };
  return (
    <div className="recovery-panel" style={style}>
      {headlineFirst(recovery).map((series) => (
        <FlowRecovery
          key={series.flow}
          series={series}
          startedAt={startedAt}
          endedAt={endedAt}
          chartHeight={chartHeight}
          large={large}
        />
      ))}
    </div>
  );
}

function FlowRecovery({
  series,
  startedAt,
  endedAt,
  chartHeight,
  large,
}: {
  series: Series;
  startedAt: string;
  endedAt: string | null;
  chartHeight: number;
  large: boolean;
}) {
  const flash = useFlash(series.samples.length);
  const latest = series.samples[series.samples.length - 1];
  return (
    <div className={`flow${flash ? ' flash' : ''}`} data-flow={series.flow}>
      <Gauge flow={series.flow} value={latest?.value ?? null} />
      {chartHeight > 0 && (
        <RecoveryChart
          flow={series.flow}
          samples={series.samples}
          startedAt={startedAt}
          endedAt={endedAt}
          height={chartHeight}
          large={large}
        />
      )}
      {latest?.note && !large && <p className="note">“{latest.note}”</p>}
    </div>
  );
}
