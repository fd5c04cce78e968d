import type { ReactNode } from 'react';
import type { Role } from '../__generated__/graphql';
import { hasRole, useViewer } from './useViewer';

/** Renders its children only for a signed-in token whose role includes `role`. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const viewer = useViewer();
  return hasRole(viewer.role, role) ? <>{children}</> : null;
}
