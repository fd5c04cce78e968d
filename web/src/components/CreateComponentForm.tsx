import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import { upsertComponent } from '../app/liveCache';
import { Field } from '../ui/Field';
import { FormFooter } from '../ui/FormFooter';
import { useSubmit } from '../ui/useSubmit';

const CreateComponentMutation = graphql(`
  mutation CreateComponent($input: CreateComponentInput!) {
    createComponent(input: $input) {
      ...ComponentGrid_component
    }
  }
`);

/** A taken name is a CONFLICT with no field: it is about the name. */
const CONFLICT_AT_NAME: Readonly<Record<string, string>> = { CONFLICT: 'name' };

/** "Add component": a button that opens the form. COMMANDER only (the caller checks). */
export function CreateComponent({ groups }: { groups: readonly string[] }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="btn ghost" onClick={() => setOpen(true)}>
        Add component
      </button>
    );
  }
  return <CreateComponentForm groups={groups} onClose={() => setOpen(false)} />;
}

function CreateComponentForm({
  groups,
  onClose,
}: {
  groups: readonly string[];
  onClose: () => void;
}) {
  const [create] = useMutation(CreateComponentMutation);
  const { pending, errors, submit } = useSubmit(CONFLICT_AT_NAME);
  const [name, setName] = useState('');
  const [group, setGroup] = useState('');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmedGroup = group.trim();
    const ok = await submit(() =>
      create({
        variables: { input: { name, ...(trimmedGroup === '' ? {} : { group: trimmedGroup }) } },
        update: (cache, { data }) => {
          if (data) upsertComponent(cache, data.createComponent);
        },
      }),
    );
    if (ok) onClose();
  };
  return (
    <form
      className="panel form create-component"
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Add a component"
    >
      <h3>Add a component</h3>
      <div className="field-row">
        <Field label="Name" error={errors.fields['name']}>
          {(p) => (
            <input
              {...p}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={100}
            />
          )}
        </Field>
        <Field label="Group (optional)" error={errors.fields['group']} hint="e.g. Storefront">
          {(p) => (
            <>
              <input
                {...p}
                list="component-groups"
                value={group}
                onChange={(e) => setGroup(e.target.value)}
                maxLength={100}
              />
              <datalist id="component-groups">
                {groups.map((g) => (
                  <option key={g} value={g} />
                ))}
              </datalist>
            </>
          )}
        </Field>
      </div>
      <FormFooter
        error={errors.form}
        pending={pending}
        label="Add component"
        pendingLabel="Adding…"
        onCancel={onClose}
      />
    </form>
  );
}
