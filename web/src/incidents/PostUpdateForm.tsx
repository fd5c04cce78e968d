import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import type { IncidentStatus } from '../__generated__/graphql';
import { hasRole, useViewer } from '../auth/useViewer';
import { prependUpdate } from '../app/liveCache';
import { Field } from '../ui/Field';
import { FormFooter } from '../ui/FormFooter';
import { humanize } from '../ui/format';
import { useSubmit } from '../ui/useSubmit';

const PostUpdateMutation = graphql(`
  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {
    postIncidentUpdate(input: $input) {
      ...UpdateList_update
    }
  }
`);

const STATUSES: IncidentStatus[] = ['INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED'];

/** Post a status update (RESPONDER); resolving or reopening needs COMMANDER. */
export function PostUpdateForm({
  incidentId,
  current,
}: {
  incidentId: string;
  current: IncidentStatus;
}) {
  const viewer = useViewer();
  const commander = hasRole(viewer.role, 'COMMANDER');
  const [post] = useMutation(PostUpdateMutation);
  const { pending, errors, submit } = useSubmit();
  const [status, setStatus] = useState<IncidentStatus>(
    current === 'RESOLVED' ? 'INVESTIGATING' : current,
  );
  const [body, setBody] = useState('');
  const allowed = STATUSES.filter((s) => commander || (s !== 'RESOLVED' && current !== 'RESOLVED'));
  if (allowed.length === 0) return null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit((idempotencyKey) =>
      post({
        variables: { input: { incidentId, status, body, idempotencyKey } },
        update: (cache, { data }) => {
          if (data) prependUpdate(cache, incidentId, data.postIncidentUpdate);
        },
      }),
    );
    if (ok) setBody('');
  };

  return (
    <form className="panel form" onSubmit={(e) => void onSubmit(e)} aria-label="Post an update">
      <h3>Post an update</h3>
      <fieldset className={`field status-field${errors.fields['status'] ? ' has-error' : ''}`}>
        <legend>Status</legend>
        <div className="segmented" role="radiogroup" aria-label="Status">
          {allowed.map((s) => (
            <label key={s} className={`seg status-${s.toLowerCase()}${status === s ? ' on' : ''}`}>
              <input
                type="radio"
                name="status"
                value={s}
                checked={status === s}
                onChange={() => setStatus(s)}
              />
              {s === 'RESOLVED' ? 'Resolve' : humanize(s)}
            </label>
          ))}
        </div>
        {errors.fields['status'] && (
          <p className="field-error" role="alert">
            {errors.fields['status']}
          </p>
        )}
      </fieldset>
      <Field label="Message" error={errors.fields['body']}>
        {(p) => (
          <textarea
            {...p}
            rows={4}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            required
          />
        )}
      </Field>
      <FormFooter
        error={errors.form}
        pending={pending}
        label={status === 'RESOLVED' ? 'Post and resolve' : 'Post update'}
        pendingLabel="Posting…"
        {...(status === 'RESOLVED' ? { tone: 'success' } : {})}
      />
    </form>
  );
}
