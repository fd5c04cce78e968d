import { describe, expect, it } from 'vitest';
import { componentBadge, escapeXml, renderBadge } from '../../server/src/interop/badge.js';
import { etagOf, matchesEtag } from '../../server/src/interop/http-cache.js';
import {
  pageStatus,
  toSpIncidentStatus,
  worstComponentStatus,
} from '../../server/src/interop/statuspage.vocabulary.js';

describe('pageStatus', () => {
  it.each([
    { impacts: [], statuses: [], expected: ['none', 'All Systems Operational'] },
    { impacts: [], statuses: ['OPERATIONAL'], expected: ['none', 'All Systems Operational'] },
    { impacts: ['NONE'], statuses: [], expected: ['none', 'All Systems Operational'] },
    {
      impacts: [],
      statuses: ['UNDER_MAINTENANCE'],
      expected: ['maintenance', 'Service Under Maintenance'],
    },
    {
      impacts: ['MINOR'],
      statuses: ['UNDER_MAINTENANCE'],
      expected: ['minor', 'Minor Service Outage'],
    },
    {
      impacts: [],
      statuses: ['DEGRADED_PERFORMANCE'],
      expected: ['minor', 'Minor Service Outage'],
    },
    {
      impacts: ['MINOR'],
      statuses: ['PARTIAL_OUTAGE'],
      expected: ['major', 'Partial System Outage'],
    },
    { impacts: ['MAJOR'], statuses: [], expected: ['major', 'Partial System Outage'] },
    {
      impacts: ['MINOR'],
      statuses: ['MAJOR_OUTAGE'],
      expected: ['critical', 'Major Service Outage'],
    },
    {
      impacts: ['CRITICAL', 'MINOR'],
      statuses: ['OPERATIONAL'],
      expected: ['critical', 'Major Service Outage'],
    },
  ] as const)(
    'should say $expected for impacts $impacts and statuses $statuses',
    ({ impacts, statuses, expected }) => {
      const status = pageStatus(impacts, statuses);
      expect([status.indicator, status.description]).toEqual(expected);
    },
  );
});

describe('Statuspage vocabulary', () => {
  it('should call a resolved incident with a post-mortem postmortem', () => {
    expect(toSpIncidentStatus('RESOLVED', true)).toBe('postmortem');
    expect(toSpIncidentStatus('RESOLVED', false)).toBe('resolved');
    expect(toSpIncidentStatus('MONITORING', true)).toBe('monitoring');
  });

  it('should rank a group by its worst member', () => {
    expect(worstComponentStatus([])).toBe('OPERATIONAL');
    expect(worstComponentStatus(['UNDER_MAINTENANCE', 'DEGRADED_PERFORMANCE'])).toBe(
      'DEGRADED_PERFORMANCE',
    );
    expect(worstComponentStatus(['MAJOR_OUTAGE', 'PARTIAL_OUTAGE'])).toBe('MAJOR_OUTAGE');
  });
});

describe('matchesEtag', () => {
  const tag = etagOf('body');
  it.each([
    { header: undefined, expected: false },
    { header: '*', expected: true },
    { header: tag, expected: true },
    { header: `W/${tag}`, expected: true },
    { header: `"other", ${tag}`, expected: true },
    { header: '"other"', expected: false },
  ])('should answer $expected for If-None-Match $header', ({ header, expected }) => {
    expect(matchesEtag(header, tag)).toBe(expected);
  });
});

describe('badge', () => {
  it('should escape every XML special character', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });

  it('should shorten a long label and keep dark text on yellow', () => {
    const svg = renderBadge(componentBadge('x'.repeat(80), 'DEGRADED_PERFORMANCE'));
    expect(svg).toContain(`${'x'.repeat(39)}…`);
    expect(svg).toContain('fill="#f1c40f"');
    expect(svg).toContain('fill="#222"');
  });
});
