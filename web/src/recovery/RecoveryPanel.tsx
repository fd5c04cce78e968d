import { graphql } from '../__generated__';
import type { RecoveryPanel_SeriesFragment } from '../__generated__/graphql';
import { useFlash } from '../ui/useFlash';
import { Gauge } from './Gauge';
import { headlineFirst } from './headline';
import { RecoveryChart } from './RecoveryChart';

/** A sample as a flow shows it (its curve, its gauge, the latest note), and as the live cache adds it. */
export const RecoveryPanel_sample = graphql(`
  fragment RecoveryPanel_sample on RecoverySample {
    ...RecoveryChart_sample
    note
  }
`);

/**
 * Every selection of `Incident.recovery` in the app is this one, so the live cache can add a
 * sample to any of them (the latest sample is the last one: `latest` is not selected, to keep
 * operations under the server's cost limit).
 */
export const RecoveryPanel_series = graphql(`
  fragment RecoveryPanel_series on RecoverySeries {
    flow
    samples {
      ...RecoveryPanel_sample
    }
  }
`);

/** An incident's flows: the series the live cache adds new samples to. */
export const RecoveryPanel_incident = graphql(`
  fragment RecoveryPanel_incident on Incident {
    id
    recovery {
      ...RecoveryPanel_series
    }
  }
`);

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
  recovery: readonly RecoveryPanel_SeriesFragment[];
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
  series: RecoveryPanel_SeriesFragment;
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
