import { useEffect, useState } from 'react';

/** Cycles through `count` items every `intervalMs`; returns the current index (0 when empty). */
export function useRotation(count: number, intervalMs: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (count < 2) return;
    const id = setInterval(() => setTick((t) => (t + 1) % 1_000_000), intervalMs);
    return () => clearInterval(id);
  }, [count, intervalMs]);
  return count === 0 ? 0 : tick % count;
}
