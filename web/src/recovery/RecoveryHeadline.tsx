import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { formatPercent, formatUtc, toMillis } from '../ui/format';
import { flowLabel } from './flowKind';
import { useRefetchOnNewSamples } from './useRefetchOnNewSamples';

/**
 * The headline figures the server computes (trend, ETA). Fetched apart from the incident's own
 * query, without the cache: recovery series have no id, and a second selection of them in the
 * normalized cache would overwrite the one the charts read.
 */
export const RecoveryHeadlineQuery = graphql(`
  query RecoveryHeadline($id: ID!) {
    incident(id: $id) {
      id
      primaryFlow
      recovery {
        flow
        kind
        trendPerHour
        etaToFull
        latest {
          at
          value
        }
      }
    }
  }
`);

/** "+12.5 points per hour", "flat", "−3 points per hour". */
export function formatTrend(trend: number): string {
  const rounded = Math.round(trend * 10) / 10;
  if (rounded === 0) return 'flat';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)} points per hour`;
}

/**
 * The incident's primary flow, first and big: its latest figure, its trend, and while it climbs,
 * the estimated time it reaches 100 %, labelled as an estimate. `samples` (how many the page
 * holds) refreshes it when the live feed adds one.
 */
export function RecoveryHeadline({
  incidentId,
  samples,
  large = false,
}: {
  incidentId: string;
  samples: number;
  large?: boolean;
}) {
  const { data, refetch } = useQuery(RecoveryHeadlineQuery, {
    variables: { id: incidentId },
    fetchPolicy: 'no-cache',
  });
  useRefetchOnNewSamples(samples, refetch);
  const incident = data?.incident;
  const primary = incident?.recovery.find((s) => s.flow === incident.primaryFlow);
  if (!primary?.latest) return null;
  return (
    <div className={`recovery-headline${large ? ' large' : ''}`} data-testid="recovery-headline">
      <div className="headline-label">{flowLabel(primary.flow)}</div>
      <div className="headline-value">{formatPercent(primary.latest.value)}</div>
      <div className="headline-trend">
        {primary.trendPerHour === null || primary.trendPerHour === undefined
          ? 'trend: not enough samples'
          : `trend: ${formatTrend(primary.trendPerHour)}`}
      </div>
      {primary.etaToFull && (
        <div className="headline-eta">
          Estimated 100 % at {formatUtc(toMillis(primary.etaToFull))} (an estimate from recent
          samples)
        </div>
      )}
    </div>
  );
}
