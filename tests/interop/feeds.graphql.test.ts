import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { IncidentDoc } from '../../server/src/incidents/incident.model.js';
import { commander, makeIncident } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { get } from './http.js';

let server: TestServer;
let older: IncidentDoc;
let newer: IncidentDoc;

const base = 'https://status.example.com';
const risky = 'Fixed <script>alert(1)</script> & "more" ]]> done';

beforeAll(async () => {
  server = await startTestServer({ env: { PUBLIC_URL: base } });
  const { services } = server.app;
  older = await makeIncident(services, {
    title: 'Search <b>slow</b> & flaky',
    impact: 'MINOR',
    startedAt: new Date(Date.now() - 3600_000),
  });
  await services.updates.post(commander, {
    incidentId: older._id.toHexString(),
    status: 'RESOLVED',
    body: risky,
  });
  newer = await makeIncident(services, { title: 'Checkout errors', impact: 'MAJOR' });
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

/** A strict parse: the validator must accept the document as well-formed XML. */
function parseXml(xml: string): unknown {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    cdataPropName: false,
  }).parse(xml);
}

const rssSchema = z.object({
  rss: z.object({
    '@version': z.literal('2.0'),
    channel: z.object({
      title: z.string(),
      link: z.string(),
      item: z.array(
        z.object({
          title: z.string(),
          link: z.string(),
          guid: z.unknown(),
          pubDate: z.string(),
          description: z.string(),
        }),
      ),
    }),
  }),
});

const atomSchema = z.object({
  feed: z.object({
    '@xmlns': z.literal('http://www.w3.org/2005/Atom'),
    id: z.string(),
    title: z.string(),
    updated: z.iso.datetime(),
    entry: z.array(
      z.object({
        title: z.object({ '#text': z.string() }),
        id: z.string(),
        link: z.object({ '@href': z.string() }),
        updated: z.iso.datetime(),
        content: z.object({ '#text': z.string() }),
      }),
    ),
  }),
});

describe('history feeds', () => {
  it('should serve valid RSS 2.0 with one item per incident, newest first, absolute links', async () => {
    const got = await get(`${server.url}/history.rss`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toContain('application/rss+xml');
    const rss = rssSchema.parse(parseXml(got.text));
    const items = rss.rss.channel.item;
    expect(items.map((i) => i.link)).toEqual([
      `${base}/incidents/${newer._id.toHexString()}`,
      `${base}/incidents/${older._id.toHexString()}`,
    ]);
    expect(items[0]?.description).toBe(
      'Investigating - We are investigating elevated checkout errors.',
    );
    expect(rss.rss.channel.link).toBe(`${base}/history`);
  });

  it('should serve valid Atom 1.0 whose entries show the latest update', async () => {
    const got = await get(`${server.url}/history.atom`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toContain('application/atom+xml');
    const atom = atomSchema.parse(parseXml(got.text));
    expect(atom.feed.entry).toHaveLength(2);
    const entry = atom.feed.entry[1];
    expect(entry?.id).toBe(`${base}/incidents/${older._id.toHexString()}`);
    expect(entry?.link['@href']).toBe(entry?.id);
    expect(entry?.content['#text']).toContain('<strong>Resolved</strong>');
  });

  it('should carry bodies and titles as escaped text, never as markup', async () => {
    const got = await get(`${server.url}/history.atom`);
    const atom = atomSchema.parse(parseXml(got.text));
    const entry = atom.feed.entry[1];
    // type="html": the HTML shows the characters as typed; no element comes from the body.
    expect(entry?.title['#text']).toBe('Search &lt;b&gt;slow&lt;/b&gt; &amp; flaky');
    expect(entry?.content['#text']).toContain('Fixed &lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(entry?.content['#text']).not.toContain('<script>');
  });

  it('should answer 304 when the ETag matches', async () => {
    const first = await get(`${server.url}/history.rss`);
    const etag = first.headers.get('etag') ?? '';
    expect((await get(`${server.url}/history.rss`, { 'if-none-match': etag })).status).toBe(304);
  });

  it('should build absolute links from the request host when PUBLIC_URL is unset', async () => {
    const local = await startTestServer({ dbName: server.dbName });
    try {
      const got = await get(`${local.url}/history.rss`);
      const rss = rssSchema.parse(parseXml(got.text));
      expect(rss.rss.channel.item[0]?.link).toBe(
        `${local.url}/incidents/${newer._id.toHexString()}`,
      );
    } finally {
      await local.app.close();
    }
  });
});
