import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import type { ActionItemFieldsFragment, ActionItemStatus } from '../__generated__/graphql';
import { upsertActionItem } from '../app/liveCache';
import { hasRole, useViewer } from '../auth/useViewer';
import { Field, FormError } from '../ui/Field';
import { humanize } from '../ui/format';
import { Icon } from '../ui/Icon';
import { useSubmit } from '../ui/useSubmit';

const AddActionItemMutation = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

const STATUSES: ActionItemStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

/** Follow-up actions with their status; COMMANDERs add them and move them along. */
export function ActionItems({
  incidentId,
  items,
}: {
  incidentId: string;
  items: readonly ActionItemFieldsFragment[];
}) {
  const viewer = useViewer();
  const commander = hasRole(viewer.role, 'COMMANDER');
  return (
    <div className="action-items">
      {items.length === 0 ? (
        <p className="muted">No follow-up actions yet.</p>
      ) : (
        <ul className="action-list">
          {items.map((item) => (
            <ActionItemRow key={item.id} item={item} editable={commander} />
          ))}
        </ul>
      )}
      {commander && <AddActionItemForm incidentId={incidentId} />}
    </div>
  );
}

function ActionItemRow({ item, editable }: { item: ActionItemFieldsFragment; editable: boolean }) {
  const [update] = useMutation(UpdateActionItemMutation);
  const { pending, errors, submit } = useSubmit();
  const onStatus = (value: string) => {
    const status = STATUSES.find((s) => s === value);
    if (status) void submit(() => update({ variables: { input: { id: item.id, status } } }));
  };
  return (
    <li className={`action-item ai-${item.status.toLowerCase()}`}>
      <span className="ai-status">
        <Icon
          name={item.status === 'DONE' ? 'check' : item.status === 'IN_PROGRESS' ? 'pulse' : 'dot'}
        />
        {humanize(item.status)}
      </span>
      <span className="ai-title">{item.title}</span>
      {item.owner && <span className="ai-owner">{item.owner}</span>}
      {editable && (
        <>
          <label className="visually-hidden" htmlFor={`ai-${item.id}`}>
            Status of {item.title}
          </label>
          <select
            id={`ai-${item.id}`}
            value={item.status}
            disabled={pending}
            onChange={(e) => onStatus(e.target.value)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </>
      )}
      <FormError message={errors.form ?? errors.fields['status'] ?? null} />
    </li>
  );
}

function AddActionItemForm({ incidentId }: { incidentId: string }) {
  const [add] = useMutation(AddActionItemMutation);
  const { pending, errors, submit } = useSubmit();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmedOwner = owner.trim();
    const ok = await submit(() =>
      add({
        variables: {
          input: { incidentId, title, ...(trimmedOwner === '' ? {} : { owner: trimmedOwner }) },
        },
        update: (cache, { data }) => {
          if (data) upsertActionItem(cache, incidentId, data.addActionItem);
        },
      }),
    );
    if (ok) {
      setTitle('');
      setOwner('');
    }
  };
  return (
    <form
      className="panel form inline-form"
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Add an action item"
    >
      <div className="field-row">
        <Field label="Action" error={errors.fields['title']}>
          {(p) => (
            <input
              {...p}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              maxLength={200}
            />
          )}
        </Field>
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
      </div>
      <FormError message={errors.form} />
      <div className="actions">
        <button type="submit" className="btn" disabled={pending}>
          {pending ? 'Adding…' : 'Add action'}
        </button>
      </div>
    </form>
  );
}
