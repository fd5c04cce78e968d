import { useEffect, useRef } from 'react';

/**
 * Refetches an uncached recovery query when the page's sample count changes (the live feed
 * added one), and only then: refetching on every render would never settle.
 */
export function useRefetchOnNewSamples(samples: number, refetch: () => Promise<unknown>): void {
  const seen = useRef(samples);
  useEffect(() => {
    if (seen.current === samples) return;
    seen.current = samples;
    void refetch();
  }, [samples, refetch]);
}
