import { flowKind } from './flow.kind.js';
import type { SampleDoc } from './recovery.model.js';
import type { FlowSettings, RecoveryTimes } from './series.js';

/**
 * The recovery milestones of an incident kept on the incident itself, so `incidentStats` reads
 * one small projection instead of every sample. Each sample write lowers, with `$min`:
 * - `milestoneMarks['<flow>:<level>']`: the earliest sample of that flow at or above 50, 90 or
 *   100 % (`milestones` in analytics.ts: the first in time order at or above a level);
 * - `firstLevelSample`: a key that sorts like `primaryFlowOf`'s order (time, then sample id)
 *   and ends with the flow, so the default primary flow is known without the samples.
 * `$min` commutes, so concurrent writers, out-of-order samples and a replay after a crash all
 * end with the marks of every sample; the primary flow is applied when the marks are read, so
 * `setPrimaryFlow` changes nothing here. `timesFromMarks` must equal `recoveryTimes` (series.ts)
 * over all the incident's samples: tests/recovery/milestoneMarks.service.test.ts checks both.
 */

/** The `milestonesVersion` an incident carries when its marks cover all of its samples. */
export const marksVersion = 1;

const levels = [50, 90, 100] as const;

/** The samples' part the marks read. */
export type MarkedSample = Pick<SampleDoc, '_id' | 'flow' | 'value' | 'at'>;

/** The fields of an incident the marks live in. */
export interface MilestoneMarks {
  milestoneMarks: { [flowLevel: string]: Date };
  firstLevelSample?: string;
}

/** Dates span ±8.64e15 ms: shifted by that, every time is a non-negative 17-digit number. */
const timeShift = 8.64e15;
const timeDigits = 17;
const idDigits = 24;

/** The sort key of a level sample: time, then id (as `primaryFlowOf` orders), then its flow. */
export function firstLevelKey(sample: MarkedSample): string {
  const time = String(sample.at.getTime() + timeShift).padStart(timeDigits, '0');
  return `${time}:${sample._id.toHexString()}:${sample.flow}`;
}

/** The flow a {@link firstLevelKey} names. */
function flowOfKey(key: string): string {
  return key.slice(timeDigits + 1 + idDigits + 1);
}

const markKey = (flow: string, level: number) => `${flow}:${level}`;

/** The marks of these samples alone: `$min` of them onto stored marks adds them. */
export function marksOf(samples: readonly MarkedSample[]): MilestoneMarks {
  const milestoneMarks: { [flowLevel: string]: Date } = {};
  let first: string | undefined;
  for (const sample of samples) {
    if (flowKind(sample.flow) === 'LEVEL') {
      const key = firstLevelKey(sample);
      if (first === undefined || key < first) first = key;
    }
    for (const level of levels) {
      if (sample.value < level) continue;
      const key = markKey(sample.flow, level);
      const current = milestoneMarks[key];
      if (!current || sample.at.getTime() < current.getTime()) milestoneMarks[key] = sample.at;
    }
  }
  return first === undefined ? { milestoneMarks } : { milestoneMarks, firstLevelSample: first };
}

/** What an incident stores of its marks, as read back (both absent before the first sample). */
export interface StoredMarks extends FlowSettings {
  startedAt: Date;
  milestoneMarks?: { readonly [flowLevel: string]: Date } | undefined;
  firstLevelSample?: string | undefined;
}

/** The primary flow's milestones, in seconds since the start, from the incident's marks alone. */
export function timesFromMarks(incident: StoredMarks): RecoveryTimes {
  const primary =
    incident.primaryFlow ||
    (incident.firstLevelSample ? flowOfKey(incident.firstLevelSample) : null);
  const since = (level: number): number | null => {
    const at = primary ? incident.milestoneMarks?.[markKey(primary, level)] : undefined;
    return at ? Math.max(0, (at.getTime() - incident.startedAt.getTime()) / 1000) : null;
  };
  return { reached50: since(50), reached90: since(90), reached100: since(100) };
}
