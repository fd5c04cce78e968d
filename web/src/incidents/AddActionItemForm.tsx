import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import { upsertActionItem } from '../app/liveCache';
import { fromDateInput } from '../ui/dateInput';
import { Field } from '../ui/Field';
import { FormFooter } from '../ui/FormFooter';
import { useSubmit } from '../ui/useSubmit';

const AddActionItemMutation = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      ...ActionItems_item
    }
  }
`);

/** Add a follow-up action: title, optional owner and due day. COMMANDER only (the caller checks). */
export function AddActionItemForm({ incidentId }: { incidentId: string }) {
  const [add] = useMutation(AddActionItemMutation);
  const { pending, errors, submit } = useSubmit();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmedOwner = owner.trim();
    const dueAt = fromDateInput(due);
    const ok = await submit(() =>
      add({
        variables: {
          input: {
            incidentId,
            title,
            ...(trimmedOwner === '' ? {} : { owner: trimmedOwner }),
            ...(dueAt === null ? {} : { dueAt }),
          },
        },
        update: (cache, { data }) => {
          if (data) upsertActionItem(cache, incidentId, data.addActionItem);
        },
      }),
    );
    if (ok) {
      setTitle('');
      setOwner('');
      setDue('');
    }
  };
  return (
    <form
      className="panel form inline-form"
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Add an action item"
    >
      <Field label="Action" error={errors.fields['title']}>
        {(p) => (
          <input
            {...p}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            maxLength={500}
          />
        )}
      </Field>
      <div className="field-row">
        <Field label="Owner (optional)" error={errors.fields['owner']}>
          {(p) => (
            <input
              {...p}
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
              maxLength={100}
            />
          )}
        </Field>
        <Field label="Due (optional)" error={errors.fields['dueAt']}>
          {(p) => <input {...p} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}
        </Field>
      </div>
      <FormFooter error={errors.form} pending={pending} label="Add action" pendingLabel="Adding…" />
    </form>
  );
}
