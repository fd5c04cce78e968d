import { useSyncExternalStore } from 'react';
import { serverNow } from '../app/serverClock';

/**
 * One ticker for every clock on screen: it ticks on the server's second boundaries, so all
 * timers change together, and it can be frozen at the moment the data was last known to be
 * current (while the live connection is down, nothing on screen may keep ticking as if live).
 */
const listeners = new Set<() => void>();
let current = serverNow();
let frozenAt: number | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function emit(): void {
  for (const listener of listeners) listener();
}

function tick(): void {
  current = serverNow();
  emit();
  timer = setTimeout(tick, 1000 - (current % 1000) + 5);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) tick();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearTimeout(timer);
  };
}

const snapshot = (): number => frozenAt ?? current;

/** Freezes every clock at `at` (epoch ms, server time), or lets them tick again with `null`. */
export function freezeClocks(at: number | null): void {
  if (frozenAt === at) return;
  frozenAt = at;
  current = serverNow();
  emit();
}

/** Whether the clocks are frozen (the data on screen is stale). */
export function clocksFrozen(): boolean {
  return frozenAt !== null;
}

/**
 * The server's time now (epoch ms), re-rendering every second, or the moment the data was last
 * known current while the page is disconnected.
 */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** The server's time now, ticking even while the clocks are frozen (for "37 s ago" in the banner). */
export function useLiveNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
}
