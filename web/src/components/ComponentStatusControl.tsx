import { useMutation } from '@apollo/client/react';
import { graphql } from '../__generated__';
import type { ComponentGrid_ComponentFragment, ComponentStatus } from '../__generated__/graphql';
import { humanize } from '../ui/format';
import { useSubmit } from '../ui/useSubmit';

const SetComponentStatusMutation = graphql(`
  mutation SetComponentStatus($input: SetComponentStatusInput!) {
    setComponentStatus(input: $input) {
      ...ComponentGrid_component
    }
  }
`);

/** Every component status, best first. */
export const COMPONENT_STATUSES: readonly ComponentStatus[] = [
  'OPERATIONAL',
  'DEGRADED_PERFORMANCE',
  'PARTIAL_OUTAGE',
  'MAJOR_OUTAGE',
  'UNDER_MAINTENANCE',
];

/**
 * A select that sets a component's hand-set status at once. COMMANDER only (the caller checks).
 * It shows the hand-set status, not the shown one: an open incident may keep the shown status
 * worse, and the grid beside it says so.
 */
export function ComponentStatusControl({
  component,
}: {
  component: ComponentGrid_ComponentFragment;
}) {
  const [setStatus] = useMutation(SetComponentStatusMutation);
  const { pending, errors, submit } = useSubmit();
  const onChange = (value: string) => {
    const status = COMPONENT_STATUSES.find((s) => s === value);
    if (!status) return;
    void submit(() => setStatus({ variables: { input: { componentId: component.id, status } } }));
  };
  const error = errors.form ?? errors.fields['status'] ?? errors.fields['componentId'];
  return (
    <span className="component-control">
      <label className="visually-hidden" htmlFor={`cs-${component.id}`}>
        Set status of {component.name} by hand
      </label>
      <select
        id={`cs-${component.id}`}
        value={component.manualStatus}
        disabled={pending}
        onChange={(e) => onChange(e.target.value)}
      >
        {COMPONENT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {humanize(s)}
          </option>
        ))}
      </select>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
