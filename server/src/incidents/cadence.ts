/**
 * Update cadence: whether the promises made to customers ("next update in 30 minutes") were
 * kept. Pure, so every edge case is a unit test.
 */

/** The part of an update cadence reads. */
export interface CadenceUpdate {
  createdAt: Date;
  nextUpdateBy: Date | null;
}

/** How the promises of one incident (or many) turned out. */
export interface CadenceSummary {
  /** Promises that are settled: kept or broken (pending ones are not counted). */
  promised: number;
  /** Promises followed by an update at or before the promised time. */
  kept: number;
  /** Promises that came late, or are overdue with nothing posted yet. */
  late: number;
  /** Promises whose time has not come yet (nothing to judge). */
  pending: number;
  /** `kept / promised`; null when nothing is settled. */
  adherence: number | null;
  /** The worst lateness in seconds (0 when every settled promise was kept). */
  worstLatenessSeconds: number | null;
}

const sec = (ms: number): number => Math.round(ms / 1000);

function byTime(updates: readonly CadenceUpdate[]): CadenceUpdate[] {
  return [...updates].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * Judges each promise by the first update posted after the one that made it. A promise with no
 * later update is overdue once `now` passes it while the incident is open, and pending before;
 * a resolved incident's last update needs no follow-up, so its promise is dropped.
 */
export function cadence(
  updates: readonly CadenceUpdate[],
  opts: { now: Date; resolved: boolean },
): CadenceSummary {
  const sorted = byTime(updates);
  let kept = 0;
  let late = 0;
  let pending = 0;
  let worst: number | null = null;
  sorted.forEach((update, i) => {
    const by = update.nextUpdateBy;
    if (!by) return;
    const next = sorted[i + 1];
    let lateness: number;
    if (next) {
      lateness = next.createdAt.getTime() - by.getTime();
    } else if (opts.resolved) {
      return;
    } else if (opts.now.getTime() > by.getTime()) {
      lateness = opts.now.getTime() - by.getTime();
    } else {
      pending += 1;
      return;
    }
    if (lateness <= 0) kept += 1;
    else late += 1;
    worst = Math.max(worst ?? 0, sec(Math.max(0, lateness)));
  });
  const promised = kept + late;
  return {
    promised,
    kept,
    late,
    pending,
    adherence: promised === 0 ? null : kept / promised,
    worstLatenessSeconds: worst,
  };
}

/** Adds several incidents' summaries (for `incidentStats`). */
export function combineCadence(parts: readonly CadenceSummary[]): CadenceSummary {
  const kept = parts.reduce((s, p) => s + p.kept, 0);
  const late = parts.reduce((s, p) => s + p.late, 0);
  const pending = parts.reduce((s, p) => s + p.pending, 0);
  const worsts = parts.flatMap((p) =>
    p.worstLatenessSeconds === null ? [] : [p.worstLatenessSeconds],
  );
  const promised = kept + late;
  return {
    promised,
    kept,
    late,
    pending,
    adherence: promised === 0 ? null : kept / promised,
    worstLatenessSeconds: worsts.length === 0 ? null : Math.max(...worsts),
  };
}
