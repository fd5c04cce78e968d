import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import type { IncidentStatus } from '../__generated__/graphql';
import { hasRole, useViewer } from '../auth/useViewer';
import { prependUpdate } from '../app/liveCache';
import { serverNow } from '../app/serverClock';
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

/** The promise of a next update: the server's default for the impact, a delay, or none. */
const PROMISES = [
  { value: 'default', label: 'Default for the impact' },
  { value: '15', label: 'In 15 minutes' },
  { value: '30', label: 'In 30 minutes' },
  { value: '60', label: 'In 1 hour' },
  { value: '120', label: 'In 2 hours' },
  { value: 'none', label: 'No promise' },
] as const;
type PromiseChoice = (typeof PROMISES)[number]['value'];

/** `nextUpdateBy` for the mutation: absent (server default), null (none) or a time. */
function promiseInput(promise: PromiseChoice): { nextUpdateBy?: string | null } {
  if (promise === 'default') return {};
  if (promise === 'none') return { nextUpdateBy: null };
  return { nextUpdateBy: new Date(serverNow() + Number(promise) * 60_000).toISOString() };
}

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
  const [promise, setPromise] = useState<PromiseChoice>('default');
  const allowed = STATUSES.filter((s) => commander || (s !== 'RESOLVED' && current !== 'RESOLVED'));
  if (allowed.length === 0) return null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit((idempotencyKey) =>
      post({
        variables: {
          input: {
            incidentId,
            status,
            body,
            idempotencyKey,
            ...(status === 'RESOLVED' ? {} : promiseInput(promise)),
          },
        },
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
      {status !== 'RESOLVED' && (
        <Field label="Next update" error={errors.fields['nextUpdateBy']}>
          {(p) => (
            <select
              {...p}
              value={promise}
              onChange={(e) =>
                setPromise(PROMISES.find((o) => o.value === e.target.value)?.value ?? 'default')
              }
            >
              {PROMISES.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
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
