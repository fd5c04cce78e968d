import type { ComponentStatus } from '../__generated__/resolvers-types.js';
import type { SpIndicator } from './statuspage.vocabulary.js';

/** Statuspage's colours: green operational, yellow minor, orange partial, red major, blue maintenance. */
const colours = {
  operational: '#2fcc66',
  minor: '#f1c40f',
  partial: '#e67e22',
  major: '#e74c3c',
  maintenance: '#3498db',
} as const;

type Tone = keyof typeof colours;

const componentTone: Record<ComponentStatus, { tone: Tone; text: string }> = {
  OPERATIONAL: { tone: 'operational', text: 'operational' },
  DEGRADED_PERFORMANCE: { tone: 'minor', text: 'degraded performance' },
  PARTIAL_OUTAGE: { tone: 'partial', text: 'partial outage' },
  MAJOR_OUTAGE: { tone: 'major', text: 'major outage' },
  UNDER_MAINTENANCE: { tone: 'maintenance', text: 'under maintenance' },
};

const indicatorTone: Record<SpIndicator, { tone: Tone; text: string }> = {
  none: { tone: 'operational', text: 'all systems operational' },
  maintenance: { tone: 'maintenance', text: 'under maintenance' },
  minor: { tone: 'minor', text: 'minor outage' },
  major: { tone: 'partial', text: 'partial outage' },
  critical: { tone: 'major', text: 'major outage' },
};

/** Text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const maxLabel = 40;

/** Verdana 11px is about 6.5px per character on average: close enough for a badge. */
const textWidth = (text: string): number => Math.round(text.length * 6.5) + 10;

export interface Badge {
  label: string;
  message: string;
  colour: string;
  /** Dark text on the yellow, white on the rest, for contrast. */
  textColour: string;
}

const textOn = (tone: Tone): string => (tone === 'minor' ? '#222' : '#fff');

export const overallBadge = (label: string, indicator: SpIndicator): Badge => ({
  label,
  message: indicatorTone[indicator].text,
  colour: colours[indicatorTone[indicator].tone],
  textColour: textOn(indicatorTone[indicator].tone),
});

export const componentBadge = (label: string, status: ComponentStatus): Badge => ({
  label,
  message: componentTone[status].text,
  colour: colours[componentTone[status].tone],
  textColour: textOn(componentTone[status].tone),
});

/** A flat two-part badge ("label | message"); every piece of text is escaped. */
export function renderBadge(badge: Badge): string {
  const label =
    badge.label.length > maxLabel ? `${badge.label.slice(0, maxLabel - 1)}…` : badge.label;
  const lw = textWidth(label);
  const mw = textWidth(badge.message);
  const width = lw + mw;
  const title = escapeXml(`${label}: ${badge.message}`);
  const l = escapeXml(label);
  const m = escapeXml(badge.message);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="${lw}" height="20" fill="#555"/>`,
    `<rect x="${lw}" width="${mw}" height="20" fill="${badge.colour}"/>`,
    `<g text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${lw / 2}" y="14" fill="#fff">${l}</text>`,
    `<text x="${lw + mw / 2}" y="14" fill="${badge.textColour}">${m}</text>`,
    `</g>`,
    `</svg>`,
  ].join('');
}
