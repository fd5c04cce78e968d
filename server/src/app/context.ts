import type { Viewer } from '../auth/viewer.js';
import type { LiveService } from '../live/live.service.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Services } from './services.js';

/** What every resolver receives, over HTTP and over WebSocket alike. */
export interface Context {
  viewer: Viewer;
  services: Services;
  live: LiveService;
  loaders: Loaders;
  clock: () => Date;
  /** WebSocket only: drops this connection when one of its subscriptions falls too far behind. */
  onSlowSubscriber?: () => void;
}

export interface ContextDeps {
  services: Services;
  live: LiveService;
}

/** The one context factory for both transports; authentication happens before it is called. */
export function createContext(deps: ContextDeps, viewer: Viewer): Context {
  // Made on first use: a subscription's own context never resolves fields (its events execute
  // in a shared one), and ten thousand idle wallboards should not each hold a set of loaders.
  let loaders: Loaders | null = null;
  return {
    viewer,
    services: deps.services,
    live: deps.live,
    get loaders() {
      loaders ??= createLoaders(deps.services);
      return loaders;
    },
    clock: deps.services.clock,
  };
}
