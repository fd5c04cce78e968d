import type { IncidentDoc, UpdateDoc } from '../incidents/incident.service.js';
import type { SampleDoc } from '../recovery/recovery.service.js';
import type { TimelineDoc } from '../timeline/timeline.service.js';
import type { DrillStep, DrillStepKind } from './drill.model.js';

/** What a drill replays of its source, as the services return it. */
export interface DrillSource {
  incident: IncidentDoc;
  updates: readonly UpdateDoc[];
  samples: readonly SampleDoc[];
  timeline: readonly TimelineDoc[];
}

/** At one instant: components first (as a declaration lists them), then what is said and measured. */
const kindOrder: Record<DrillStepKind, number> = {
  COMPONENTS: 0,
  UPDATE: 1,
  SAMPLE: 2,
  TIMELINE: 3,
};

const blank = {
  status: null,
  body: null,
  flow: null,
  value: null,
  note: null,
  text: null,
  components: [],
  promiseMs: null,
} satisfies Omit<DrillStep, 'offsetMs' | 'kind'>;

/**
 * The steps that replay `source` at its original relative times: its components (at the start),
 * every update, recovery sample and timeline event, each at its offset from the source's start
 * (never negative), in time order and, at one instant, in a stable order of kinds.
 */
export function drillPlan(source: DrillSource): DrillStep[] {
  const start = source.incident.startedAt.getTime();
  const offset = (at: Date) => Math.max(0, at.getTime() - start);
  const steps: DrillStep[] = [
    ...(source.incident.components.length > 0
      ? [
          {
            ...blank,
            offsetMs: 0,
            kind: 'COMPONENTS' as const,
            components: source.incident.components,
          },
        ]
      : []),
    ...[...source.updates]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((u) => ({
        ...blank,
        offsetMs: offset(u.createdAt),
        kind: 'UPDATE' as const,
        status: u.status,
        body: u.body,
        promiseMs: u.nextUpdateBy
          ? Math.max(0, u.nextUpdateBy.getTime() - u.createdAt.getTime())
          : null,
      })),
    ...source.samples.map((s) => ({
      ...blank,
      offsetMs: offset(s.at),
      kind: 'SAMPLE' as const,
      flow: s.flow,
      value: s.value,
      note: s.note,
    })),
    ...source.timeline.map((t) => ({
      ...blank,
      offsetMs: offset(t.at),
      kind: 'TIMELINE' as const,
      text: t.text,
    })),
  ];
  return steps
    .map((step, i) => ({ step, i }))
    .sort(
      (a, b) =>
        a.step.offsetMs - b.step.offsetMs ||
        kindOrder[a.step.kind] - kindOrder[b.step.kind] ||
        a.i - b.i,
    )
    .map(({ step }) => step);
}

/**
 * How long the source lasted, in its own milliseconds: to its resolution, or to its last step
 * when it is still open (or a step came after it resolved).
 */
export function scenarioLength(
  source: Pick<DrillSource, 'incident'>,
  steps: readonly DrillStep[],
): number {
  const start = source.incident.startedAt.getTime();
  const resolved = source.incident.resolvedAt ? source.incident.resolvedAt.getTime() - start : 0;
  return Math.max(0, resolved, ...steps.map((s) => s.offsetMs));
}
