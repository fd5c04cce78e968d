import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, ok } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

const DRAFT = graphql(`
  query DraftOfSeed {
    incidents(first: 1) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const DRAFT_TEXT = graphql(`
  query DraftPostmortem($id: ID!) {
    draftPostmortem(incidentId: $id)
  }
`);

let server: TestServer;
let id = '';

beforeAll(async () => {
  server = await startTestServer({ env: { SEED_DEMO: 'true' } });
  const data = await ok(server.graphqlUrl, DRAFT, {});
  id = data.incidents.edges[0]?.node.id ?? '';
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

describe('draftPostmortem', () => {
  it('should lay out the key times with durations, recovery milestones, cadence and actions', async () => {
    const { draftPostmortem: md } = await ok(server.graphqlUrl, DRAFT_TEXT, { id });
    expect(md).toContain('# Post-mortem: Global Outage in the Platform');
    expect(md).toContain('| Detected | 2023-07-13 15:02 UTC | 0m | 0m |');
    expect(md).toContain('| Identified | 2023-07-13 15:30 UTC | 28m | 28m |');
    expect(md).toContain('| 90 % recovered (sales flow) | 2023-07-13 19:16 UTC | 4h 14m |');
    expect(md).toContain('| Resolved | 2023-07-13 23:26 UTC | 8h 24m |');
    expect(md).toContain('- **sales flow** (headline): 50 % 2023-07-13 16:47 UTC (+1h 45m)');
    expect(md).toContain('13 updates');
    expect(md).toMatch(/## Action items\n\n- \[ \] /);
  });
});

describe('exports', () => {
  it('should export an incident as Markdown and as JSON', async () => {
    const md = await fetch(`${server.url}/incidents/${id}.md`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toContain('text/markdown');
    const text = await md.text();
    expect(text).toContain('Global Outage in the Platform');
    expect(text).toContain('## Status updates (newest first)');

    const json = await fetch(`${server.url}/incidents/${id}.json`);
    expect(json.status).toBe(200);
    const body: unknown = await json.json();
    expect(body).toMatchObject({ id, primaryFlow: 'sales_flow', drill: false });
    expect(JSON.stringify(body)).toContain('"reached90At":"2023-07-13T19:16:00.000Z"');
  });

  it('should leave /incidents/<id> itself to the dashboard, like any other page of it', async () => {
    const page = await fetch(`${server.url}/incidents/${id}`);
    const other = await fetch(`${server.url}/wallboard`);
    expect(page.status).toBe(other.status);
    expect(page.headers.get('content-type')).toBe(other.headers.get('content-type'));
    expect(await page.text()).toBe(await other.text());
  });

  it('should answer 404 for an incident that does not exist', async () => {
    const missing = await fetch(`${server.url}/incidents/${'0'.repeat(24)}.json`);
    expect(missing.status).toBe(404);
  });

  it('should export history as CSV, one row per real incident', async () => {
    const csv = await fetch(`${server.url}/history.csv`);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,title,impact,status,drill,startedAt/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${id},Global Outage in the Platform,CRITICAL,RESOLVED,false,`);
    expect(lines[1]).toContain(',sales_flow,6300,15240,');
  });
});
