import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { IncidentRow } from '../incidents/IncidentRow';
import { LoadError, Loading } from '../ui/Loading';
import { HistoryFiltersForm } from './HistoryFiltersForm';
import { IncidentStatsPanel } from './IncidentStatsPanel';
import { toIncidentFilter, toStatsRange, useHistoryFilters } from './useHistoryFilters';
import { PageTitle } from '../ui/PageTitle';

const PAGE_SIZE = 20;

const HistoryQuery = graphql(`
  query History(
    $filter: IncidentFilter
    $first: Int
    $after: String
    $from: DateTime
    $to: DateTime
  ) {
    incidents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...IncidentRow_incident
        }
      }
    }
    incidentStats(from: $from, to: $to, filter: $filter) {
      ...IncidentStatsPanel_stats
    }
    components {
      id
      name
    }
  }
`);

/** Every incident, filtered and paginated, with the period's figures. */
export default function HistoryPage() {
  const [filters, update] = useHistoryFilters();
  const { data, previousData, error, loading } = useQuery(HistoryQuery, {
    variables: {
      filter: toIncidentFilter(filters),
      first: PAGE_SIZE,
      ...(filters.after ? { after: filters.after } : {}),
      ...toStatsRange(filters),
    },
  });
  const shown = data ?? previousData;
  const firstIndex = (filters.page - 1) * PAGE_SIZE;
  return (
    <div className="page history-page">
      <PageTitle name="History" />
      <div className="page-title">
        <h1>Incident history</h1>
      </div>
      <HistoryFiltersForm
        key={filters.q}
        filters={filters}
        components={shown?.components ?? []}
        onChange={update}
      />
      {!shown ? (
        error ? (
          <LoadError error={error} />
        ) : (
          <Loading label="Loading incidents" />
        )
      ) : (
        <>
          <IncidentStatsPanel stats={shown.incidentStats} />
          <section aria-labelledby="results-heading" className="section" aria-busy={loading}>
            <h2 id="results-heading">
              {shown.incidents.totalCount === 0
                ? 'No incidents match'
                : `Incidents ${firstIndex + 1}–${firstIndex + shown.incidents.edges.length} of ${shown.incidents.totalCount}`}
            </h2>
            <ul className="history-list">
              {shown.incidents.edges.map(({ node }) => (
                <IncidentRow key={node.id} incident={node} detailed />
              ))}
            </ul>
            <nav className="pager" aria-label="Pages">
              {filters.page > 1 && (
                <button
                  type="button"
                  className="btn ghost"
                  onClick={() => update({ after: '', page: 1 })}
                >
                  ← First page
                </button>
              )}
              {shown.incidents.pageInfo.hasNextPage && shown.incidents.pageInfo.endCursor && (
                <button
                  type="button"
                  className="btn ghost"
                  onClick={() =>
                    update({
                      after: shown.incidents.pageInfo.endCursor ?? '',
                      page: filters.page + 1,
                    })
                  }
                >
                  Next page →
                </button>
              )}
            </nav>
          </section>
        </>
      )}
    </div>
  );
}
