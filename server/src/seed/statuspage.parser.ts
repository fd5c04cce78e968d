import type { IncidentStatus } from '../__generated__/resolvers-types.js';

/** What a status-page incident export (title, post-mortem, updates) contains. */
export interface ParsedStatusPage {
  title: string;
  postmortem: string | null;
  updates: { status: IncidentStatus; body: string; createdAt: Date }[];
  timeline: { at: Date; text: string }[];
  actionItems: { title: string }[];
}

const statusWords: Record<string, IncidentStatus> = {
  Investigating: 'INVESTIGATING',
  Identified: 'IDENTIFIED',
  Monitoring: 'MONITORING',
  Resolved: 'RESOLVED',
};

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// "Thu, Jul 13, 2023, 11:26 PM": the page prints times in UTC, 12-hour clock. Browsers copy the
// space before AM/PM as U+202F (narrow no-break space), so any Unicode space is accepted.
const stampPattern =
  /^[A-Z][a-z]{2},\s([A-Z][a-z]{2})\s(\d{1,2}),\s(\d{4}),\s(\d{1,2}):(\d{2})[\s\u202f](AM|PM)$/u;
const earlierPattern = /^\d+[hmd]( \d+m)? earlier\.\.\.$|^\d+ (minutes?|hours?|days?|months?) ago$/;

export function parseStamp(line: string): Date | null {
  const match = stampPattern.exec(line.trim());
  if (!match) return null;
  const [, mon, day, year, hour, minute, half] = match;
  const month = months.indexOf(mon ?? '');
  if (month < 0) return null;
  const h12 = Number(hour) % 12;
  return new Date(
    Date.UTC(Number(year), month, Number(day), half === 'PM' ? h12 + 12 : h12, Number(minute)),
  );
}

function paragraphs(lines: readonly string[]): string {
  return lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}

const utcTime = /\bat (\d{2}):(\d{2}) UTC\b/i;

/**
 * Timeline events from a post-mortem: each sentence that says "at HH:MM UTC" starts an event,
 * and the sentences after it (until the next time) tell the rest of it.
 */
export function timelineFrom(postmortem: string, day: Date): { at: Date; text: string }[] {
  const events: { at: Date; text: string }[] = [];
  for (const paragraph of postmortem.split(/\n\s*\n/)) {
    let current: { at: Date; text: string } | null = null;
    for (const sentence of paragraph.trim().split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const match = utcTime.exec(sentence);
      if (match) {
        const at = new Date(
          Date.UTC(
            day.getUTCFullYear(),
            day.getUTCMonth(),
            day.getUTCDate(),
            Number(match[1]),
            Number(match[2]),
          ),
        );
        current = { at, text: sentence.trim() };
        events.push(current);
      } else if (current) {
        current.text = `${current.text} ${sentence.trim()}`;
      }
    }
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Parses the plain-text export of a status-page incident (see server/src/seed/data). */
export function parseStatusPage(text: string): ParsedStatusPage {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const title = lines[0]?.trim() ?? '';
  if (!title) throw new Error('status page export: the first line must be the title');
  const updatesAt = lines.findIndex((line) => line.trim() === 'Updates');
  if (updatesAt < 0) throw new Error('status page export: no "Updates" section');

  const updates: ParsedStatusPage['updates'] = [];
  let status: IncidentStatus | null = null;
  let body: string[] = [];
  for (const line of lines.slice(updatesAt + 1)) {
    const trimmed = line.trim();
    const stamp = parseStamp(trimmed);
    if (status === null) {
      if (trimmed in statusWords) status = statusWords[trimmed] ?? null;
      else if (trimmed !== '' && !earlierPattern.test(trimmed))
        throw new Error(`status page export: expected a status, got "${trimmed}"`);
    } else if (stamp) {
      updates.push({ status, body: paragraphs(body), createdAt: stamp });
      status = null;
      body = [];
    } else {
      body.push(line);
    }
  }
  if (status !== null) throw new Error('status page export: the last update has no time');
  if (updates.length === 0) throw new Error('status page export: no updates');

  const resolved = updates.find((u) => u.status === 'RESOLVED');
  const postmortem = resolved?.body ?? null;
  const first = updates.reduce((a, b) => (a.createdAt < b.createdAt ? a : b));
  return {
    title,
    postmortem,
    updates,
    timeline: postmortem ? timelineFrom(postmortem, first.createdAt) : [],
    actionItems: postmortem
      ? postmortem
          .split('\n')
          .filter((line) => line.trim().startsWith('•'))
          .map((line) => ({ title: line.replace(/^\s*•\s*/, '').trim() }))
      : [],
  };
}
