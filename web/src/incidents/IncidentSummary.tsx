import { flowLabel, flowLevel, formatFlowValue } from '../recovery/flowKind';
import { headlineFlow } from '../recovery/headline';
import { RelativeTime } from '../ui/DateTimes';
import { humanize } from '../ui/format';

interface Props {
  recovery: readonly {
    flow: string;
    samples: readonly { at: string; value: number }[];
  }[];
  latest: { status: string; body: string; createdAt: string } | undefined;
  /** The incident's headline flow (`Incident.primaryFlow`); only its figure heads the page. */
  primaryFlow?: string | null;
}

/**
 * The first thing under an incident's title: its headline recovery figure (for now the first
 * recovery level recorded) and, on a phone, its latest update — both in the first screen.
 */
export function IncidentSummary({ recovery, latest, primaryFlow }: Props) {
  const headline = headlineFlow(recovery, primaryFlow);
  const value = headline?.samples[headline.samples.length - 1]?.value;
  if (headline === null && latest === undefined) return null;
  return (
    <div className="incident-summary">
      {headline !== null && value !== undefined && (
        <div className={`headline-figure ${flowLevel(headline.flow, value)}`} data-headline="">
          <span className="hf-label">{flowLabel(headline.flow)} · of nominal</span>
          <span className="hf-value gauge-value">{formatFlowValue(headline.flow, value)}</span>
        </div>
      )}
      {latest !== undefined && (
        <div className="latest-summary" data-latest-summary="">
          <div className="ls-meta">
            Latest · {humanize(latest.status)} · <RelativeTime at={latest.createdAt} />
          </div>
          <p>{latest.body}</p>
        </div>
      )}
    </div>
  );
}
