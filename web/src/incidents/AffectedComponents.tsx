import { useState } from 'react';
import { graphql } from '../__generated__';
import type { AffectedComponents_AffectedFragment } from '../__generated__/graphql';
import { hasRole, useViewer } from '../auth/useViewer';
import { ComponentStatusLabel } from '../ui/Badges';
import { AffectedComponentsEditor } from './AffectedComponentsEditor';

/** An affected component as the incident page lists it (and its editor starts from). */
export const AffectedComponents_affected = graphql(`
  fragment AffectedComponents_affected on AffectedComponent {
    status
    component {
      id
      name
    }
  }
`);

/** The components an incident affects with their status; COMMANDERs can edit the list. */
export function AffectedComponents({
  incidentId,
  affected,
}: {
  incidentId: string;
  affected: readonly AffectedComponents_AffectedFragment[];
}) {
  const viewer = useViewer();
  const [editing, setEditing] = useState(false);
  const commander = hasRole(viewer.role, 'COMMANDER');
  return (
    <div className="affected-components">
      {affected.length === 0 ? (
        <p className="muted">No components marked as affected.</p>
      ) : (
        <ul className="affected-list">
          {affected.map((c) => (
            <li key={c.component.id}>
              <span>{c.component.name}</span>
              <ComponentStatusLabel status={c.status} />
            </li>
          ))}
        </ul>
      )}
      {commander &&
        (editing ? (
          <AffectedComponentsEditor
            incidentId={incidentId}
            affected={affected}
            onClose={() => setEditing(false)}
          />
        ) : (
          <button type="button" className="btn ghost" onClick={() => setEditing(true)}>
            Edit affected components
          </button>
        ))}
    </div>
  );
}
