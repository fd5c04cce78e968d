import { useState } from 'react';
import { hasRole, useViewer } from '../auth/useViewer';
import { ComponentStatusLabel } from '../ui/Badges';
import { AffectedComponentsEditor, type AffectedRef } from './AffectedComponentsEditor';

/** The components an incident affects with their status; COMMANDERs can edit the list. */
export function AffectedComponents({
  incidentId,
  affected,
}: {
  incidentId: string;
  affected: readonly AffectedRef[];
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
