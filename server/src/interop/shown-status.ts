import type { Services } from '../app/services.js';
import type { ComponentDoc } from '../components/component.model.js';

/**
 * The components with the status every interop reader shows (Statuspage API, badge, feeds):
 * the shown status, the worst of the hand-set one and what the open incidents affecting each
 * component say, exactly as `Component.status` in GraphQL and the dashboard's grid.
 */
export async function shownStatuses(
  services: Pick<Services, 'components' | 'incidents'>,
): Promise<ComponentDoc[]> {
  const [components, contributions] = await Promise.all([
    services.components.list(),
    services.incidents.openContributions(null),
  ]);
  return components.map((c) => ({
    ...c,
    status: services.components.shownStatus(c.status, contributions.get(c._id.toHexString())),
  }));
}
