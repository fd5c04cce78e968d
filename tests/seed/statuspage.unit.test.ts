import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoSeedFile } from '../../server/src/seed/demo.js';
import {
  parseStamp,
  parseStatusPage,
  timelineFrom,
} from '../../server/src/seed/statuspage.parser.js';

describe('parseStamp', () => {
  it.each([
    { line: 'Thu, Jul 13, 2023, 11:26 PM', expected: '2023-07-13T23:26:00.000Z' },
    { line: 'Thu, Jul 13, 2023, 03:09 PM', expected: '2023-07-13T15:09:00.000Z' },
    { line: 'Mon, Jan 02, 2023, 12:05 AM', expected: '2023-01-02T00:05:00.000Z' },
    { line: 'Mon, Jan 02, 2023, 12:05 PM', expected: '2023-01-02T12:05:00.000Z' },
    { line: 'Thu, Jul 13, 2023, 11:26\u202fPM', expected: '2023-07-13T23:26:00.000Z' },
  ])('should read "$line" as $expected (UTC)', ({ line, expected }) => {
    expect(parseStamp(line)?.toISOString()).toBe(expected);
  });

  it('should return null when the line is not a time stamp', () => {
    expect(parseStamp('1h earlier...')).toBeNull();
  });
});

describe('parseStatusPage', () => {
  const parsed = parseStatusPage(readFileSync(demoSeedFile, 'utf8'));

  it('should read the title and all 13 updates with their bodies', () => {
    expect(parsed.title).toBe('Global Outage in the Platform');
    expect(parsed.updates).toHaveLength(13);
    expect(parsed.updates[1]).toMatchObject({
      status: 'MONITORING',
      createdAt: new Date('2023-07-13T21:48:00Z'),
    });
    expect(parsed.updates[1]?.body).toMatch(
      /^We are observing global sessions and orders at nominal levels\./,
    );
    expect(parsed.updates[1]?.body).toMatch(/seamless user experience\.$/);
    expect(parsed.updates[1]?.body.split('\n\n')).toHaveLength(2);
  });

  it('should take the two bullets of the post-mortem as action items', () => {
    expect(parsed.actionItems.map((a) => a.title.slice(0, 20))).toEqual([
      'Improve our system d',
      'Redesign our caching',
    ]);
  });

  it('should refuse a text without an Updates section', () => {
    expect(() => parseStatusPage('Title\nResolved\n')).toThrow(/Updates/);
  });

  it('should refuse an update without a time', () => {
    expect(() => parseStatusPage('Title\nUpdates\n\nIdentified\n\nSome text\n')).toThrow(/no time/);
  });
});

describe('timelineFrom', () => {
  it('should start an event at each "at HH:MM UTC" sentence and append the sentences that follow', () => {
    const events = timelineFrom(
      'At 10:00 UTC, a broke. It was bad.\n\nThen at 11:30 UTC, b fixed it. Mostly.',
      new Date('2024-02-01T00:00:00Z'),
    );
    expect(events).toEqual([
      { at: new Date('2024-02-01T10:00:00Z'), text: 'At 10:00 UTC, a broke. It was bad.' },
      { at: new Date('2024-02-01T11:30:00Z'), text: 'Then at 11:30 UTC, b fixed it. Mostly.' },
    ]);
  });
});
