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
