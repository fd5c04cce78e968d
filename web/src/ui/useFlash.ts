import { useEffect, useRef, useState } from 'react';

/**
 * True for `ms` after `key` changes (never on first render): marks a freshly arrived update or
 * sample. The CSS decides how it looks, and tones it down under `prefers-reduced-motion`.
 */
export function useFlash(key: string | number | null | undefined, ms = 2500): boolean {
  const first = useRef(key);
  const [flashing, setFlashing] = useState(false);
  useEffect(() => {
    if (key === first.current) return;
    first.current = key;
    setFlashing(true);
    const id = setTimeout(() => setFlashing(false), ms);
    return () => clearTimeout(id);
  }, [key, ms]);
  return flashing;
}

/** True for `ms` after mount when `enabled`: for items that arrive after their list first showed. */
export function useMountFlash(enabled: boolean, ms = 2500): boolean {
  const [flashing, setFlashing] = useState(enabled);
  useEffect(() => {
    if (!flashing) return;
    const id = setTimeout(() => setFlashing(false), ms);
    return () => clearTimeout(id);
  }, [flashing, ms]);
  return flashing;
}

/** False during a list's first render, true afterwards: items mounted later are new arrivals. */
export function useHasMounted(): boolean {
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
  }, []);
  return mounted.current;
}
