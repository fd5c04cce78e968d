import { Feed } from 'feed';
import type { IncidentSnapshot, PageSnapshot } from './statuspage.format.js';
import { escapeXml } from './badge.js';

const statusWord = {
  INVESTIGATING: 'Investigating',
  IDENTIFIED: 'Identified',
  MONITORING: 'Monitoring',
  RESOLVED: 'Resolved',
} as const;

function entryDate(entry: IncidentSnapshot): Date {
  return entry.updates[0]?.createdAt ?? entry.incident.updatedAt;
}

/**
 * The incident history as a feed: one entry per incident (the 50 most recent), dated by its
 * latest update and showing that update. Bodies are text: they are escaped into the entry's
 * HTML, so markup typed into an update shows as typed and never runs in a reader.
 */
export function historyFeed(snapshot: PageSnapshot): Feed {
  const base = snapshot.page.url;
  const feed = new Feed({
    id: `${base}/history`,
    title: `${snapshot.page.name} status history`,
    description: `Incidents on ${snapshot.page.name}, newest first, each with its latest update.`,
    link: `${base}/history`,
    updated: snapshot.updatedAt,
    generator: 'War Room',
    feedLinks: { rss: `${base}/history.rss`, atom: `${base}/history.atom` },
  });
  for (const entry of snapshot.recent) {
    const { incident } = entry;
    const latest = entry.updates[0];
    const link = `${base}/incidents/${incident._id.toHexString()}`;
    const html = latest
      ? `<p><strong>${statusWord[latest.status]}</strong> - ${escapeXml(latest.body).replace(/\r?\n/g, '<br/>')}</p>`
      : '';
    feed.addItem({
      // Feed readers treat titles and summaries as HTML (Atom says so: type="html").
      title: escapeXml(incident.title),
      id: link,
      link,
      date: entryDate(entry),
      published: incident.startedAt,
      description: escapeXml(
        latest ? `${statusWord[latest.status]} - ${latest.body}` : incident.title,
      ),
      content: html,
    });
  }
  return feed;
}
