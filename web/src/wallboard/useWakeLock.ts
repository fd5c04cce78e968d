import { useEffect } from 'react';

/**
 * Keeps a TV's screen on with the Screen Wake Lock API where the browser has one. The browser
 * releases the lock whenever the page is hidden, so it is asked for again on every return.
 */
export function useWakeLock(): void {
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let disposed = false;
    const request = () => {
      if (document.visibilityState !== 'visible' || (sentinel !== null && !sentinel.released))
        return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (disposed) void lock.release();
          else sentinel = lock;
        },
        // Refused (no user gesture, power saving, policy): the TV's own settings rule.
        () => undefined,
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      disposed = true;
      document.removeEventListener('visibilitychange', request);
      void sentinel?.release();
    };
  }, []);
}
