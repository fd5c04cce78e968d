import { describe, expect, it } from 'vitest';
import {
  parseFilters,
  serializeFilters,
  toIncidentFilter,
  toStatsRange,
} from '../../web/src/history/useHistoryFilters';

describe('history filters in the URL', () => {
  it('should read every filter from the search parameters and ignore unknown values', () => {
    const f = parseFilters(
      new URLSearchParams(
        'status=RESOLVED,BOGUS&impact=CRITICAL&component=c1&from=2023-07-01&to=2023-07-31&q=outage&page=2&after=x',
      ),
    );
    expect(f).toEqual({
      status: ['RESOLVED'],
      impact: ['CRITICAL'],
      component: 'c1',
      from: '2023-07-01',
      to: '2023-07-31',
      q: 'outage',
      after: 'x',
      page: 2,
    });
  });

  it('should write back only what is set, so the URL stays short', () => {
    const f = parseFilters(new URLSearchParams('impact=MAJOR,MINOR&from=not-a-date'));
    expect(serializeFilters(f).toString()).toBe('impact=MAJOR%2CMINOR');
  });

  it('should turn an inclusive date range into the API half-open range in UTC', () => {
    const f = parseFilters(new URLSearchParams('from=2023-07-01&to=2023-07-31&q=%20sales%20'));
    expect(toIncidentFilter(f)).toEqual({
      startedAfter: '2023-07-01T00:00:00.000Z',
      startedBefore: '2023-08-01T00:00:00.000Z',
      text: 'sales',
    });
    expect(toStatsRange(f)).toEqual({
      from: '2023-07-01T00:00:00.000Z',
      to: '2023-08-01T00:00:00.000Z',
    });
  });
});
