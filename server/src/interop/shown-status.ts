import type { Services } from '../app/services.js';
import type { ComponentDoc } from '../components/component.model.js';

/**
 * The components with the status every interop reader shows (Statuspage API, badge, feeds).
 *
 * The one place the interop folder decides what "a component's status" is. Today it is the
 * status set by hand, as the components service stores it; once the server derives the shown
 * status (the worst of the hand-set status and the open incidents affecting the component),
 * this function switches to that and every endpoint here follows.
 */
export function shownStatuses(services: Pick<Services, 'components'>): Promise<ComponentDoc[]> {
  return services.components.list();
}
