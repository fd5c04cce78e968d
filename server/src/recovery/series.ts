import type { FlowKind } from '../__generated__/resolvers-types.js';
import { milestones, type Milestones } from './analytics.js';
import { flowKind } from './flow.kind.js';
import type { RecoverySeriesView, SampleDoc } from './recovery.model.js';

/** What an incident says about its flows (its own fields, read structurally). */
export interface FlowSettings {
  primaryFlow?: string | null | undefined;
  flowThresholds?: readonly { flow: string; value: number }[] | undefined;
}

/** The part of a sample the ordering rules read. */
type SamplePoint = Pick<SampleDoc, '_id' | 'flow' | 'value' | 'at'>;

const byTime = (a: SamplePoint, b: SamplePoint) =>
  a.at.getTime() - b.at.getTime() || a._id.toHexString().localeCompare(b._id.toHexString());

/**
 * The headline flow: the one set on the incident, or else the first level flow recorded (the
 * flow of the earliest level sample; rates never head an incident). Null without level samples.
 */
export function primaryFlowOf(
  settings: FlowSettings,
  samples: readonly SamplePoint[],
): string | null {
  if (settings.primaryFlow) return settings.primaryFlow;
  const first = samples.filter((s) => flowKind(s.flow) === 'LEVEL').sort(byTime)[0];
  return first?.flow ?? null;
}

/** How far a level series' latest figure is from nominal (100 %), in points. */
function distanceFromNominal(series: RecoverySeriesView): number {
  const latest = series.samples.at(-1);
  return latest ? Math.abs(100 - latest.value) : 0;
}

const kindRank: Record<FlowKind, number> = { LEVEL: 0, RATE: 1 };

/**
 * Groups samples into one series per flow, samples oldest first, in the order people read them:
 * the primary flow, then the other level flows furthest from nominal first (name breaks ties),
 * then the rate flows by name.
 */
export function toSeries(
  samples: readonly SampleDoc[],
  settings: FlowSettings = {},
): RecoverySeriesView[] {
  const byFlow = new Map<string, SampleDoc[]>();
  for (const sample of samples) {
    const list = byFlow.get(sample.flow) ?? [];
    list.push(sample);
    byFlow.set(sample.flow, list);
  }
  const primary = primaryFlowOf(settings, samples);
  const thresholds = new Map((settings.flowThresholds ?? []).map((t) => [t.flow, t.value]));
  const series = [...byFlow.entries()].map(([flow, list]): RecoverySeriesView => ({
    flow,
    kind: flowKind(flow),
    samples: list.sort(byTime),
    threshold: thresholds.get(flow) ?? null,
  }));
  return series.sort(
    (a, b) =>
      Number(b.flow === primary) - Number(a.flow === primary) ||
      kindRank[a.kind] - kindRank[b.kind] ||
      (a.kind === 'LEVEL' ? distanceFromNominal(b) - distanceFromNominal(a) : 0) ||
      a.flow.localeCompare(b.flow),
  );
}

/** Seconds from an incident's start to each milestone of its primary flow (null: not reached). */
export interface RecoveryTimes {
  reached50: number | null;
  reached90: number | null;
  reached100: number | null;
}

/** The primary flow's milestones of one incident, as seconds since it started. */
export function recoveryTimes(
  incident: FlowSettings & { startedAt: Date },
  samples: readonly SamplePoint[],
): RecoveryTimes {
  const primary = primaryFlowOf(incident, samples);
  const reached: Milestones = milestones(primary ? samples.filter((s) => s.flow === primary) : []);
  const since = (at: Date | null) =>
    at === null ? null : Math.max(0, (at.getTime() - incident.startedAt.getTime()) / 1000);
  return {
    reached50: since(reached.reached50At),
    reached90: since(reached.reached90At),
    reached100: since(reached.reached100At),
  };
}
