import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import type {
  AffectedComponents_AffectedFragment,
  ComponentStatus,
} from '../__generated__/graphql';
import { COMPONENT_STATUSES } from '../components/ComponentStatusControl';
import { FormFooter } from '../ui/FormFooter';
import { humanize } from '../ui/format';
import { Loading } from '../ui/Loading';
import { useSubmit } from '../ui/useSubmit';

const AffectedComponentsChoicesQuery = graphql(`
  query AffectedComponentsChoices {
    components {
      ...ComponentGrid_component
    }
  }
`);

const SetAffectedComponentsMutation = graphql(`
  mutation SetAffectedComponents($input: SetAffectedComponentsInput!) {
    setAffectedComponents(input: $input) {
      id
      components {
        ...AffectedComponents_affected
        component {
          ...ComponentGrid_component
        }
      }
    }
  }
`);

/**
 * Edit which components an incident affects and how: a checkbox per component of the catalog and,
 * for each checked one, its status during the incident. COMMANDER only (the caller checks).
 */
export function AffectedComponentsEditor({
  incidentId,
  affected,
  onClose,
}: {
  incidentId: string;
  affected: readonly AffectedComponents_AffectedFragment[];
  onClose: () => void;
}) {
  const { data } = useQuery(AffectedComponentsChoicesQuery);
  const [save] = useMutation(SetAffectedComponentsMutation);
  const { pending, errors, submit } = useSubmit();
  const [chosen, setChosen] = useState<ReadonlyMap<string, ComponentStatus>>(
    () => new Map(affected.map((a) => [a.component.id, a.status])),
  );
  if (!data) return <Loading label="Loading components" />;

  const toggle = (id: string, on: boolean) =>
    setChosen((map) => {
      const next = new Map(map);
      if (on) next.set(id, 'MAJOR_OUTAGE');
      else next.delete(id);
      return next;
    });
  const setStatus = (id: string, value: string) => {
    const status = COMPONENT_STATUSES.find((s) => s === value);
    if (status) setChosen((map) => new Map(map).set(id, status));
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const components = [...chosen].map(([componentId, status]) => ({ componentId, status }));
    const ok = await submit(() => save({ variables: { input: { incidentId, components } } }));
    if (ok) onClose();
  };

  return (
    <form
      className="panel form"
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Edit affected components"
    >
      <fieldset className="affected-editor">
        <legend>Affected, and how, during the incident</legend>
        {data.components.length === 0 && <p className="muted">No components defined yet.</p>}
        {data.components.map((c) => {
          const status = chosen.get(c.id);
          return (
            <div key={c.id} className="affected-choice">
              <label>
                <input
                  type="checkbox"
                  checked={status !== undefined}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                {c.name}
              </label>
              <select
                aria-label={`Status of ${c.name} during the incident`}
                value={status ?? 'MAJOR_OUTAGE'}
                disabled={status === undefined}
                onChange={(e) => setStatus(c.id, e.target.value)}
              >
                {COMPONENT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {humanize(s)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
        {errors.fields['components'] && (
          <p className="field-error" role="alert">
            {errors.fields['components']}
          </p>
        )}
      </fieldset>
      <FormFooter
        error={errors.form}
        pending={pending}
        label="Save components"
        pendingLabel="Saving…"
        onCancel={onClose}
      />
    </form>
  );
}
