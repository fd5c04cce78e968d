import { formatPercent } from '../ui/format';

/** Colour band of a recovery level, named for CSS. */
export function levelClass(value: number): string {
  if (value >= 95) return 'level-ok';
  if (value >= 60) return 'level-warn';
  return 'level-bad';
}

/** A horizontal gauge of a flow's recovery, 0–100 % (catch-up above 100 % is clamped visually). */
export function Gauge({ flow, value }: { flow: string; value: number | null }) {
  const shown = value === null ? 0 : Math.min(100, Math.max(0, value));
  return (
    <div
      className={`gauge ${value === null ? 'level-none' : levelClass(value)}`}
      role="meter"
      aria-label={`${flow} recovery`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value ?? 0}
      aria-valuetext={value === null ? 'no data' : formatPercent(value)}
    >
      <div className="gauge-head">
        <span className="gauge-flow">{flow.replace(/_/g, ' ')}</span>
        <span className="gauge-value">{value === null ? '—' : formatPercent(value)}</span>
      </div>
      <div className="gauge-track">
        <div className="gauge-fill" style={{ width: `${shown}%` }} />
      </div>
    </div>
  );
}
