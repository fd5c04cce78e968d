import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseStatuspage,
  type ImportedIncident,
  type StatuspageImport,
} from '../../server/src/interop/statuspage.import.js';
import { collectionCounts } from '../support/factories.js';
import { fails, graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { getJson } from './http.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const importStatuspage = graphql(`
  mutation ImportStatuspage($input: ImportStatuspageInput!) {
    importStatuspage(input: $input) {
      incidentsCreated
      incidentsUpdated
      incidentsUnchanged
      updatesCreated
      componentsCreated
      componentsUpdated
      errors
    }
  }
`);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

const run = (json: string) =>
  ok(server.graphqlUrl, importStatuspage, { input: { json } }, server.tokens.COMMANDER).then(
    (data) => data.importStatuspage,
  );

/** What a Statuspage client compares: the page's incidents by name, with their updates. */
function comparable(incident: ImportedIncident) {
  return {
    title: incident.title,
    status: incident.status,
    impact: incident.impact,
    hasPostmortem: incident.hasPostmortem,
    startedAt: incident.startedAt.toISOString(),
    resolvedAt: incident.resolvedAt?.toISOString() ?? null,
    updates: incident.updates.map((u) => ({
      status: u.status,
      body: u.body,
      displayAt: u.displayAt.toISOString(),
    })),
  };
}

async function served(): Promise<StatuspageImport> {
  const { status, body } = await getJson(`${server.url}/api/v2/incidents.json`);
  expect(status).toBe(200);
  return parseStatuspage(JSON.stringify(body));
}

const byTitle = (list: ImportedIncident[]) =>
  [...list].map(comparable).sort((a, b) => a.title.localeCompare(b.title));

describe('importStatuspage', () => {
  it('should serve back every imported incident, update and component through /api/v2', async () => {
    const files = [
      'discord.incidents.json',
      'telerik.incidents.json',
      'nyu-test-page.summary.json',
    ];
    const sources = files.map((name) => parseStatuspage(fixture(name)));
    for (const name of files) {
      const result = await run(fixture(name));
      expect(result.errors).toEqual([]);
    }
    const back = await served();
    expect(byTitle(back.incidents)).toEqual(byTitle(sources.flatMap((s) => s.incidents)));
    const { body } = await getJson(`${server.url}/api/v2/components.json`);
    const names = JSON.stringify(body);
    for (const component of sources.flatMap((s) => s.components)) {
      expect(names).toContain(JSON.stringify(component.name));
    }
  });

  it('should change nothing when the same page is imported again', async () => {
    const before = await collectionCounts();
    const result = await run(fixture('telerik.incidents.json'));
    expect(result).toMatchObject({
      incidentsCreated: 0,
      incidentsUpdated: 0,
      incidentsUnchanged: 2,
      updatesCreated: 0,
      componentsCreated: 0,
      errors: [],
    });
    expect(await collectionCounts()).toEqual(before);
  });

  it('should merge a new upstream update into the incident an earlier import created', async () => {
    const nyu = JSON.parse(fixture('nyu-test-page.summary.json')) as {
      incidents: { status: string; resolved_at: string | null; incident_updates: object[] }[];
    };
    const [incident] = nyu.incidents;
    if (!incident) throw new Error('fixture has no incident');
    const first = incident.incident_updates[0];
    incident.status = 'resolved';
    incident.resolved_at = '2020-01-01T00:00:00.000Z';
    incident.incident_updates.unshift({
      ...first,
      id: 'merged-update-1',
      status: 'resolved',
      body: 'All clear <b>now</b>.',
      created_at: '2020-01-01T00:00:00.000Z',
      display_at: '2020-01-01T00:00:00.000Z',
      updated_at: '2020-01-01T00:00:00.000Z',
    });
    const result = await run(JSON.stringify(nyu));
    expect(result).toMatchObject({ incidentsCreated: 0, incidentsUpdated: 1, updatesCreated: 1 });
    const back = (await served()).incidents.find((i) =>
      i.updates.some((u) => u.body === 'All clear <b>now</b>.'),
    );
    expect(back?.status).toBe('RESOLVED');
    expect(back?.updates).toHaveLength(4);
  });

  it('should refuse a bad document naming the JSON path, writing nothing', async () => {
    const before = await collectionCounts();
    const bad = JSON.parse(fixture('telerik.incidents.json')) as {
      incidents: { incident_updates: { status: string }[] }[];
    };
    const update = bad.incidents[1]?.incident_updates[0];
    if (!update) throw new Error('fixture changed');
    update.status = 'exploded';
    const error = await fails(
      server.graphqlUrl,
      importStatuspage,
      { input: { json: JSON.stringify(bad) } },
      server.tokens.COMMANDER,
      'BAD_USER_INPUT',
    );
    expect(error.message).toContain('incidents[1].incident_updates[0].status');
    expect(error.extensions?.field).toBe('json');
    const notJson = await fails(
      server.graphqlUrl,
      importStatuspage,
      { input: { json: '{"incidents": [' } },
      server.tokens.COMMANDER,
      'BAD_USER_INPUT',
    );
    expect(notJson.message).toContain('not JSON');
    expect(await collectionCounts()).toEqual(before);
  });

  it('should need a COMMANDER token', async () => {
    await fails(
      server.graphqlUrl,
      importStatuspage,
      { input: { json: fixture('discord.incidents.json') } },
      server.tokens.RESPONDER,
      'FORBIDDEN',
    );
  });
});
