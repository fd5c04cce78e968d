import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import type { ActionItems_ItemFragment } from '../__generated__/graphql';
import { fromDateInput, toDateInput } from '../ui/dateInput';
import { Field } from '../ui/Field';
import { FormFooter } from '../ui/FormFooter';
import { useSubmit } from '../ui/useSubmit';

/** Changes an action item; shared by the status select and the edit form. */
export const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      ...ActionItems_item
    }
  }
`);

/**
 * Edit an action item's title, owner and due day. An empty owner or due day clears it
 * (the API takes null for that). COMMANDER only (the caller checks).
 */
export function ActionItemEditForm({
  item,
  onClose,
}: {
  item: ActionItems_ItemFragment;
  onClose: () => void;
}) {
  const [update] = useMutation(UpdateActionItemMutation);
  const { pending, errors, submit } = useSubmit();
  const [title, setTitle] = useState(item.title);
  const [owner, setOwner] = useState(item.owner ?? '');
  const [due, setDue] = useState(toDateInput(item.dueAt));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmedOwner = owner.trim();
    const ok = await submit(() =>
      update({
        variables: {
          input: {
            id: item.id,
            title,
            owner: trimmedOwner === '' ? null : trimmedOwner,
            dueAt: fromDateInput(due),
          },
        },
      }),
    );
    if (ok) onClose();
  };
  return (
    <form
      className="form ai-edit"
      onSubmit={(e) => void onSubmit(e)}
      aria-label={`Edit action item ${item.title}`}
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
        <Field label="Owner" error={errors.fields['owner']} hint="Empty to unassign.">
          {(p) => (
            <input
              {...p}
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
              maxLength={100}
            />
          )}
        </Field>
        <Field label="Due" error={errors.fields['dueAt']} hint="Empty for no due date.">
          {(p) => <input {...p} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}
        </Field>
      </div>
      <FormFooter
        error={errors.form ?? errors.fields['id'] ?? null}
        pending={pending}
        label="Save"
        pendingLabel="Saving…"
        onCancel={onClose}
      />
    </form>
  );
}
