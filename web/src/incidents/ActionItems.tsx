import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../__generated__';
import { ActionItemStatusValues } from '../__generated__/enums';
import type { ActionItems_ItemFragment, ActionItemStatus } from '../__generated__/graphql';
import { hasRole, useViewer } from '../auth/useViewer';
import { formatDay } from '../ui/dateInput';
import { FormError } from '../ui/Field';
import { humanize } from '../ui/format';
import { Icon } from '../ui/Icon';
import { useSubmit } from '../ui/useSubmit';
import { ActionItemEditForm, UpdateActionItemMutation } from './ActionItemEditForm';
import { AddActionItemForm } from './AddActionItemForm';

/** An action item as its row shows and edits it, and as the live cache adds or changes it. */
export const ActionItems_item = graphql(`
  fragment ActionItems_item on ActionItem {
    id
    title
    owner
    status
    dueAt
  }
`);

/** An incident's action items: the list the live cache adds new items to. */
export const ActionItems_incident = graphql(`
  fragment ActionItems_incident on Incident {
    id
    actionItems {
      ...ActionItems_item
    }
  }
`);

/** The statuses an item's select offers: every one, in the SDL's order (open to done). */
export const ACTION_ITEM_STATUS_OPTIONS: readonly ActionItemStatus[] = ActionItemStatusValues;

/** Follow-up actions with their status; COMMANDERs add them, edit them and move them along. */
export function ActionItems({
  incidentId,
  items,
}: {
  incidentId: string;
  items: readonly ActionItems_ItemFragment[];
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

function ActionItemRow({ item, editable }: { item: ActionItems_ItemFragment; editable: boolean }) {
  const [update] = useMutation(UpdateActionItemMutation);
  const { pending, errors, submit } = useSubmit();
  const [editing, setEditing] = useState(false);
  const onStatus = (value: string) => {
    const status = ACTION_ITEM_STATUS_OPTIONS.find((s) => s === value);
    if (status) void submit(() => update({ variables: { input: { id: item.id, status } } }));
  };
  if (editing) {
    return (
      <li className="action-item editing">
        <ActionItemEditForm item={item} onClose={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className={`action-item ai-${item.status.toLowerCase()}`}>
      <span className="ai-status">
        <Icon
          name={item.status === 'DONE' ? 'check' : item.status === 'IN_PROGRESS' ? 'pulse' : 'dot'}
        />
        {humanize(item.status)}
      </span>
      <span className="ai-title">{item.title}</span>
      <span className="ai-meta">
        {item.owner && <span className="ai-owner">{item.owner}</span>}
        {item.dueAt && <span className="ai-due">due {formatDay(item.dueAt)}</span>}
      </span>
      {editable && (
        <span className="ai-controls">
          <label className="visually-hidden" htmlFor={`ai-${item.id}`}>
            Status of {item.title}
          </label>
          <select
            id={`ai-${item.id}`}
            value={item.status}
            disabled={pending}
            onChange={(e) => onStatus(e.target.value)}
          >
            {ACTION_ITEM_STATUS_OPTIONS.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn ghost small"
            aria-label={`Edit ${item.title}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
        </span>
      )}
      <FormError message={errors.form ?? errors.fields['status'] ?? null} />
    </li>
  );
}
