import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseStatuspage,
  StatuspageImportError,
  type StatuspageImport,
} from '../../server/src/interop/statuspage.import.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The error a bad document raises, so a test can look at its message and issues. */
function failure(json: string, options?: { maxBytes: number }): StatuspageImportError {
  try {
    parseStatuspage(json, options);
  } catch (error) {
    if (error instanceof StatuspageImportError) return error;
    throw error;
  }
  throw new Error('expected the document to be refused');
}

function only<T>(list: readonly T[]): T {
  expect(list).toHaveLength(1);
  const [item] = list;
  if (item === undefined) throw new Error('empty list');
  return item;
}

const minimalIncident = (overrides: Record<string, unknown> = {}) => ({
  id: 'inc1',
  name: 'API errors',
  status: 'investigating',
  impact: 'minor',
  created_at: '2024-05-01T10:00:00Z',
  incident_updates: [
    {
      id: 'upd1',
      status: 'investigating',
      body: 'Looking into it.',
      created_at: '2024-05-01T10:00:00Z',
    },
  ],
  ...overrides,
});

describe('parseStatuspage on real Statuspage v2 documents', () => {
  it('should map incidents.json (discordstatus.com) with its source ids and component diffs', () => {
    const parsed = parseStatuspage(fixture('discord.incidents.json'));
    expect(parsed.kind).toBe('incidents');
    expect(parsed.page).toEqual({
      id: 'srhpyqt94yxb',
      name: 'Discord',
      url: 'https://discordstatus.com',
      timeZone: 'America/Tijuana',
    });
    const incident = only(parsed.incidents);
    expect(incident).toMatchObject({
      source: { pageId: 'srhpyqt94yxb', incidentId: 'n4njzfn1mqy0' },
      title: 'Messaging issues',
      status: 'RESOLVED',
      hasPostmortem: false,
      postmortem: null,
      impact: 'MINOR',
      createdAt: new Date('2022-02-15T21:14:17.744Z'),
      startedAt: new Date('2022-02-15T21:14:17.737Z'),
      monitoringAt: new Date('2022-02-15T21:21:55.183Z'),
      resolvedAt: new Date('2022-02-15T21:37:37.388Z'),
      shortlink: 'https://stspg.io/y1w39cblgvhz',
      components: [{ componentId: 'rhznvxg4v7yh', status: 'DEGRADED_PERFORMANCE' }],
    });
    expect(only(incident.updates)).toEqual({
      source: { updateId: '7gv6pn1zyz2n' },
      status: 'INVESTIGATING',
      body: "We're investigating high latency related to channels and messages.",
      displayAt: new Date('2022-02-15T21:14:17.849Z'),
      createdAt: new Date('2022-02-15T21:14:17.849Z'),
      componentChanges: [
        {
          componentId: 'rhznvxg4v7yh',
          name: 'API',
          oldStatus: 'OPERATIONAL',
          newStatus: 'DEGRADED_PERFORMANCE',
        },
      ],
    });
    const api = only(parsed.components);
    expect(api).toMatchObject({
      source: { pageId: 'srhpyqt94yxb', componentId: 'rhznvxg4v7yh' },
      name: 'API',
      group: null,
      groupSourceId: null,
      status: 'OPERATIONAL',
    });
    expect(api.description).toContain('sending and receiving messages');
  });

  it('should accept an empty incidents/unresolved.json', () => {
    const parsed = parseStatuspage(fixture('discord.unresolved.json'));
    expect(parsed).toMatchObject({ kind: 'incidents', incidents: [], components: [] });
  });

  it('should read summary.json, keeping the group id of a component whose group is not listed', () => {
    const parsed = parseStatuspage(fixture('discord.summary.json'));
    expect(parsed.kind).toBe('summary');
    expect(only(parsed.components)).toMatchObject({
      name: 'South Korea',
      group: null,
      groupSourceId: 'jk03xttfcz9b',
    });
  });

  it('should order updates oldest first by their shown time (summary.json of a test page)', () => {
    const parsed: StatuspageImport = parseStatuspage(fixture('nyu-test-page.summary.json'));
    const incident = only(parsed.incidents);
    expect(incident.status).toBe('MONITORING');
    expect(incident.resolvedAt).toBeNull();
    expect(incident.updates.map((u) => u.status)).toEqual([
      'INVESTIGATING',
      'IDENTIFIED',
      'MONITORING',
    ]);
    expect(incident.updates[0]?.body).toBe(
      'Test incident.\n\nImpact: Major\n\nComponents affected:\n- Library.nyu.edu (NYU Libraries Website): Operational',
    );
    expect(incident.components).toEqual([{ componentId: 'm2zjc5hgkmx1', status: 'OPERATIONAL' }]);
    expect(parsed.components.map((c) => c.source.componentId)).toEqual([
      'qr73jqs9s464',
      'm2zjc5hgkmx1',
      '8wzqr487l5d8',
    ]);
  });

  it('should read the older shape (Telerik, 2016): no components key, diffs without a code', () => {
    const parsed = parseStatuspage(fixture('telerik.incidents.json'));
    expect(parsed.page).toBeNull();
    expect(parsed.incidents.map((i) => i.source)).toEqual([
      { pageId: '2lh8n3fl4jfr', incidentId: 'gzrdn0ymmjp1' },
      { pageId: '2lh8n3fl4jfr', incidentId: '2c24gjf77hyd' },
    ]);
    const [outage, degraded] = parsed.incidents;
    expect(outage?.components).toEqual([]);
    expect(outage?.updates.flatMap((u) => u.componentChanges)).toEqual([]);
    expect(outage?.postmortem).toBeNull();
    expect(degraded?.updates[0]?.body).toContain('storage servers. \r\nSome of our users');
    expect(parsed.components).toEqual([]);
  });

  it('should read a single incident object', () => {
    const document: unknown = JSON.parse(fixture('discord.incidents.json'));
    const incident =
      typeof document === 'object' && document !== null && 'incidents' in document
        ? document.incidents
        : null;
    const parsed = parseStatuspage(JSON.stringify(Array.isArray(incident) ? incident[0] : null));
    expect(parsed.kind).toBe('incident');
    expect(only(parsed.incidents).source).toEqual({
      pageId: 'srhpyqt94yxb',
      incidentId: 'n4njzfn1mqy0',
    });
    expect(only(parsed.components).name).toBe('API');
  });
});

describe('parseStatuspage on written edge cases', () => {
  it('should map postmortem to RESOLVED with a post-mortem, from a webhook envelope', () => {
    const parsed = parseStatuspage(
      JSON.stringify({
        page: { id: 'pg1', status_indicator: 'none' },
        incident: minimalIncident({
          status: 'postmortem',
          postmortem_body: '## Root cause\n\nA <b>bad</b> deploy.',
          incident_updates: [
            {
              id: 'u2',
              status: 'resolved',
              body: 'Fixed.',
              created_at: '2024-05-01T11:00:00Z',
              display_at: '2024-05-01T10:55:00Z',
            },
            { id: 'u1', status: 'investigating', body: 'Hm.', created_at: '2024-05-01T10:00:00Z' },
          ],
        }),
      }),
    );
    const incident = only(parsed.incidents);
    expect(incident).toMatchObject({
      source: { pageId: 'pg1', incidentId: 'inc1' },
      status: 'RESOLVED',
      hasPostmortem: true,
      postmortem: '## Root cause\n\nA <b>bad</b> deploy.',
      // No resolved_at: the shown time of the resolving update.
      resolvedAt: new Date('2024-05-01T10:55:00Z'),
    });
    expect(incident.updates.map((u) => u.source.updateId)).toEqual(['u1', 'u2']);
  });

  it('should mark a postmortem incident without a body as having a post-mortem', () => {
    const parsed = parseStatuspage(
      JSON.stringify({ incidents: [minimalIncident({ status: 'postmortem' })] }),
    );
    expect(only(parsed.incidents)).toMatchObject({ hasPostmortem: true, postmortem: null });
  });

  it('should keep HTML in bodies as text, byte for byte', () => {
    const body =
      '<p>Fixed, see <a href="https://example.com/?a=1&b=2">this</a>.</p><script>x()</script>';
    const parsed = parseStatuspage(
      JSON.stringify(
        minimalIncident({
          incident_updates: [
            { id: 'u', status: 'resolved', body, created_at: '2024-05-01T10:00:00Z' },
          ],
        }),
      ),
    );
    expect(only(only(parsed.incidents).updates).body).toBe(body);
  });

  it('should name a component group and leave groups out of the components', () => {
    const component = (id: string, name: string, extra: Record<string, unknown>) => ({
      id,
      name,
      status: 'operational',
      ...extra,
    });
    const parsed = parseStatuspage(
      JSON.stringify({
        page: { id: 'pg1', name: 'Acme' },
        components: [
          component('g1', 'Storefront', { group: true, components: ['c1'] }),
          component('c1', 'Checkout', { group_id: 'g1', status: 'partial_outage' }),
        ],
        incidents: [],
        scheduled_maintenances: [{ id: 'm1' }],
        status: { indicator: 'major', description: 'Partial System Outage' },
      }),
    );
    expect(parsed.kind).toBe('summary');
    expect(parsed.components).toEqual([
      {
        source: { pageId: 'pg1', componentId: 'c1' },
        name: 'Checkout',
        group: 'Storefront',
        groupSourceId: 'g1',
        status: 'PARTIAL_OUTAGE',
        description: null,
      },
    ]);
    expect(parsed.ignored).toEqual([
      { path: 'scheduled_maintenances', reason: 'scheduled maintenance is not imported' },
    ]);
  });

  it('should add components that only update diffs name, at their latest status', () => {
    const parsed = parseStatuspage(
      JSON.stringify({
        incidents: [
          minimalIncident({
            incident_updates: [
              {
                id: 'u2',
                status: 'resolved',
                body: 'ok',
                created_at: '2024-05-01T11:00:00Z',
                affected_components: [
                  {
                    code: 'c9',
                    name: 'Search',
                    old_status: 'major_outage',
                    new_status: 'operational',
                  },
                ],
              },
              {
                id: 'u1',
                status: 'investigating',
                body: 'down',
                created_at: '2024-05-01T10:00:00Z',
                affected_components: [
                  {
                    code: 'c9',
                    name: 'Search',
                    old_status: 'operational',
                    new_status: 'major_outage',
                  },
                ],
              },
            ],
          }),
        ],
      }),
    );
    expect(only(parsed.components)).toMatchObject({ name: 'Search', status: 'OPERATIONAL' });
    expect(only(parsed.incidents).components).toEqual([
      { componentId: 'c9', status: 'MAJOR_OUTAGE' },
    ]);
  });
});

describe('parseStatuspage refusals', () => {
  const withUpdateStatus = JSON.stringify({
    incidents: [
      minimalIncident(),
      minimalIncident({
        id: 'inc2',
        incident_updates: [
          { id: 'u', status: 'fixed', body: 'x', created_at: '2024-05-01T10:00:00Z' },
        ],
      }),
    ],
  });

  it.each([
    { name: 'text that is not JSON', json: '{"incidents": [', message: '(document): is not JSON' },
    { name: 'a JSON array', json: '[]', message: '(document): expected a JSON object' },
    {
      name: 'an object of another shape',
      json: '{"foo": 1}',
      message: '(document): expected a Statuspage v2 document',
    },
    {
      name: 'an unknown update status',
      json: withUpdateStatus,
      message:
        'incidents[1].incident_updates[0].status: expected one of investigating, identified, monitoring, resolved, postmortem; got "fixed"',
    },
    {
      name: 'an unknown impact',
      json: JSON.stringify({ incidents: [minimalIncident({ impact: 'maintenance' })] }),
      message:
        'incidents[0].impact: expected one of none, minor, major, critical; got "maintenance"',
    },
    {
      name: 'a time that is not ISO-8601',
      json: JSON.stringify(minimalIncident({ created_at: 'yesterday' })),
      message: 'created_at: expected an ISO-8601 time; got "yesterday"',
    },
    {
      name: 'a missing name',
      json: JSON.stringify({ incidents: [minimalIncident({ name: undefined })] }),
      message: 'incidents[0].name: expected string; got nothing',
    },
    {
      name: 'an unknown component status',
      json: JSON.stringify({
        incidents: [],
        components: [{ id: 'c', name: 'API', status: 'on_fire' }],
      }),
      message: 'components[0].status: expected one of operational, degraded_performance',
    },
    {
      name: 'a title longer than War Room keeps',
      json: JSON.stringify({ incidents: [minimalIncident({ name: 'x'.repeat(201) })] }),
      message: 'incidents[0].name: at most 200 characters',
    },
  ])('should refuse $name, naming the JSON path', ({ json, message }) => {
    const error = failure(json);
    expect(error.message).toContain(message);
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('should refuse a document over the size limit before parsing it', () => {
    expect(failure('{"incidents": []}', { maxBytes: 10 }).message).toBe(
      '(document): is 17 bytes; at most 10 bytes (0 MB) can be imported',
    );
    const big = `{"incidents": [], "pad": "${'x'.repeat(50 * 1024 * 1024)}"}`;
    expect(failure(big).message).toContain('at most 52428800 bytes (50 MB)');
  });

  it('should list every problem with its path', () => {
    const error = failure(
      JSON.stringify({ incidents: [minimalIncident({ status: 'done', impact: 'huge' })] }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'incidents[0].status',
      'incidents[0].impact',
    ]);
  });
});
