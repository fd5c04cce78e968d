import type { ActionItemDoc } from '../actions/action.service.js';
import type { IncidentDoc, UpdateDoc } from '../incidents/incident.service.js';
import { milestones, peak, type RecoverySeriesView } from '../recovery/recovery.service.js';
import type { TimelineDoc } from '../timeline/timeline.service.js';

/** Everything a post-mortem draft is assembled from, as the services return it. */
export interface PostmortemData {
  incident: IncidentDoc;
  /** Oldest first. */
  updates: readonly UpdateDoc[];
  /** In `Incident.recovery` order (primary first). */
  recovery: readonly RecoverySeriesView[];
  primaryFlow: string | null;
  timeline: readonly TimelineDoc[];
  actionItems: readonly ActionItemDoc[];
}

const hhmm = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** A duration exact to the minute: `8h 24m`, `28m`, `0m`. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h}h ${m}m` : `${m}m`;
}

const label = (flow: string) => flow.replace(/_/g, ' ');

/** Escapes the characters that would break a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function keyTimes(data: PostmortemData): string[] {
  const { incident } = data;
  const primary = data.recovery.find((s) => s.flow === data.primaryFlow);
  const reached90 = primary ? milestones(primary.samples).reached90At : null;
  const rows: [string, Date | null][] = [
    ['Detected', incident.startedAt],
    ['Identified', incident.identifiedAt],
    ['Mitigated', incident.mitigatedAt],
    [`90 % recovered${primary ? ` (${label(primary.flow)})` : ''}`, reached90],
    ['Resolved', incident.resolvedAt],
  ];
  const lines = ['| Milestone | Time | Since detection | Since previous |', '|---|---|---|---|'];
  let previous = incident.startedAt;
  for (const [name, at] of rows) {
    if (!at) {
      lines.push(`| ${name} | — | — | — |`);
      continue;
    }
    const since = formatDuration(at.getTime() - incident.startedAt.getTime());
    const step = formatDuration(at.getTime() - previous.getTime());
    lines.push(`| ${name} | ${hhmm(at)} | ${since} | ${step} |`);
    previous = at;
  }
  return lines;
}

function recoveryLines(data: PostmortemData): string[] {
  if (data.recovery.length === 0) return ['No recovery figures were recorded.'];
  const start = data.incident.startedAt.getTime();
  const when = (at: Date | null) =>
    at ? `${hhmm(at)} (+${formatDuration(at.getTime() - start)})` : 'not reached';
  return data.recovery.map((series) => {
    const name = `**${label(series.flow)}**${series.flow === data.primaryFlow ? ' (headline)' : ''}`;
    if (series.kind === 'RATE') {
      const top = peak(series.samples);
      return `- ${name}, a rate (lower is better): peak ${top ? `${top.value} % at ${hhmm(top.at)}` : '—'}`;
    }
    const m = milestones(series.samples);
    return `- ${name}: 50 % ${when(m.reached50At)}; 90 % ${when(m.reached90At)}; 100 % ${when(m.reached100At)}`;
  });
}

function cadenceLines(updates: readonly UpdateDoc[]): string[] {
  if (updates.length < 2) return [`${updates.length} update posted.`];
  const gaps = updates
    .slice(1)
    .map((u, i) => u.createdAt.getTime() - (updates[i]?.createdAt.getTime() ?? 0))
    .sort((a, b) => a - b);
  const median = gaps[Math.floor((gaps.length - 1) / 2)] ?? 0;
  const longest = gaps.at(-1) ?? 0;
  return [
    `${updates.length} updates; a median of ${formatDuration(median)} between two, the longest silence ${formatDuration(longest)}.`,
  ];
}

/**
 * A post-mortem draft in Markdown, assembled from structured data only: key times with the
 * durations between them, recovery milestones, update cadence, the timeline and the action
 * items. The commander edits it before saving it with `setPostmortem`.
 */
export function draftPostmortem(data: PostmortemData): string {
  const { incident } = data;
  const end = incident.resolvedAt;
  const lasted = end ? formatDuration(end.getTime() - incident.startedAt.getTime()) : null;
  return [
    `# Post-mortem: ${incident.title}`,
    '',
    `- Impact: ${incident.impact}`,
    `- Status: ${incident.status}${lasted ? ` — lasted ${lasted}` : ' — still open'}`,
    ...(incident.drill === true ? ['- **This was a drill**, not a real incident.'] : []),
    '',
    '## Summary',
    '',
    '_What happened, who was affected and why, in a few sentences._',
    '',
    '## Key times',
    '',
    ...keyTimes(data),
    '',
    '## Recovery',
    '',
    ...recoveryLines(data),
    '',
    '## Communication',
    '',
    ...cadenceLines(data.updates),
    '',
    '## Timeline',
    '',
    ...(data.timeline.length === 0
      ? ['No timeline events were recorded.']
      : data.timeline.map((t) => `- ${hhmm(t.at)} — ${cell(t.text)}`)),
    '',
    '## Action items',
    '',
    ...(data.actionItems.length === 0
      ? ['None yet.']
      : data.actionItems.map(
          (a) =>
            `- [${a.status === 'DONE' ? 'x' : ' '}] ${cell(a.title)}${a.owner ? ` (${a.owner})` : ''}${a.dueAt ? `, due ${hhmm(a.dueAt)}` : ''}`,
        )),
    '',
  ].join('\n');
}
