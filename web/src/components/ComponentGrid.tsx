import { graphql } from '../__generated__';
import type { ComponentGrid_ComponentFragment } from '../__generated__/graphql';
import { ComponentStatusLabel } from '../ui/Badges';
import { useFlash } from '../ui/useFlash';

export const ComponentGrid_component = graphql(`
  fragment ComponentGrid_component on Component {
    id
    name
    status
    manualStatus
    group
  }
`);

const SEVERITY: Record<ComponentGrid_ComponentFragment['status'], number> = {
  OPERATIONAL: 0,
  UNDER_MAINTENANCE: 1,
  DEGRADED_PERFORMANCE: 2,
  PARTIAL_OUTAGE: 3,
  MAJOR_OUTAGE: 4,
};

/** The platform's components by group, each with its current status. */
export function ComponentGrid({
  components,
  renderControl,
  flat = false,
}: {
  components: readonly ComponentGrid_ComponentFragment[];
  renderControl?: (component: ComponentGrid_ComponentFragment) => React.ReactNode;
  /** One grid without group headings (the wallboard), worst status first. */
  flat?: boolean;
}) {
  // The wallboard says nothing rather than show an empty state across the room.
  if (components.length === 0) return flat ? null : <p className="muted">No components defined.</p>;
  if (flat) {
    const sorted = [...components].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]);
    return (
      <ul className="component-grid flat">
        {sorted.map((c) => (
          <ComponentTile key={c.id} component={c} control={null} />
        ))}
      </ul>
    );
  }
  const groups = new Map<string, ComponentGrid_ComponentFragment[]>();
  for (const c of components) {
    const key = c.group ?? 'Platform';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return (
    <div className="component-grid">
      {[...groups].map(([group, list]) => (
        <section key={group} className="component-group" aria-label={group}>
          <h3>{group}</h3>
          <ul>
            {list.map((c) => (
              <ComponentTile key={c.id} component={c} control={renderControl?.(c)} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ComponentTile({
  component,
  control,
}: {
  component: ComponentGrid_ComponentFragment;
  control: React.ReactNode;
}) {
  const flash = useFlash(component.status);
  return (
    <li
      className={`component-tile c-${component.status.toLowerCase().replace(/_/g, '-')}${flash ? ' flash' : ''}`}
    >
      <span className="component-name">{component.name}</span>
      <ComponentStatusLabel status={component.status} />
      {control}
    </li>
  );
}
