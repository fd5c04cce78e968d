import { formatPercent } from '../ui/format';
import { flowKind, flowLabel, flowLevel, flowUnit, formatFlowValue } from './flowKind';

/**
 * A horizontal gauge of a flow's latest figure, 0–100 % (catch-up above 100 % is clamped
 * visually). A recovery level reads "92%"; a "lower is better" rate reads "2% cancellations"
 * and is coloured calm when low, as a warning when high.
 */
export function Gauge({ flow, value }: { flow: string; value: number | null }) {
  const shown = value === null ? 0 : Math.min(100, Math.max(0, value));
  const rate = flowKind(flow) === 'rate';
  const text = value === null ? 'no data' : formatFlowValue(flow, value);
  return (
    <div
      className={`gauge ${rate ? 'gauge-rate' : 'gauge-recovery'} ${value === null ? 'level-none' : flowLevel(flow, value)}`}
      role="meter"
      aria-label={rate ? `${flowLabel(flow)} rate, lower is better` : `${flowLabel(flow)} recovery`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value ?? 0}
      aria-valuetext={text}
    >
      <div className="gauge-head">
        <span className="gauge-flow">
          {flowLabel(flow)}
          <span className="gauge-kind">{rate ? 'rate · lower is better' : 'of nominal'}</span>
        </span>
        <span className="gauge-value">
          {value === null ? (
            '—'
          ) : (
            <>
              {formatPercent(value)}
              {rate && <span className="gauge-unit">{flowUnit(flow)}</span>}
            </>
          )}
        </span>
      </div>
      <div className="gauge-track">
        <div className="gauge-fill" style={{ width: `${shown}%` }} />
      </div>
    </div>
  );
}
