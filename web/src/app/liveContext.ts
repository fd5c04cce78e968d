import { createContext, useContext } from 'react';
import type { LiveState } from './liveFeed';

const initial: LiveState = {
  status: 'connecting',
  attempt: 0,
  retryAt: null,
  lastEventAt: null,
  eventCount: 0,
  lastHeardAt: null,
};

/** The live connection's state, provided once by the app shell. */
export const LiveStateContext = createContext<LiveState>(initial);

/** Reads the live connection's state. */
export function useLiveState(): LiveState {
  return useContext(LiveStateContext);
}
