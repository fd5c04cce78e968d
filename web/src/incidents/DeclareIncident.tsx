import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../__generated__';
import type {
  ComponentGrid_ComponentFragment,
  Impact,
  IncidentStatus,
} from '../__generated__/graphql';
import { Field } from '../ui/Field';
import { FormFooter } from '../ui/FormFooter';
import { humanize } from '../ui/format';
import { useSubmit } from '../ui/useSubmit';
import { IncidentStatusValues } from '../__generated__/enums';
import { IMPACTS_WORST_FIRST } from './incidentOrder';

const DeclareIncidentMutation = graphql(`
  mutation DeclareIncident($input: DeclareIncidentInput!) {
    declareIncident(input: $input) {
      id
      ...IncidentCard_incident
    }
  }
`);

/** The impacts the form offers: every one, worst first. */
export const DECLARE_IMPACT_OPTIONS = IMPACTS_WORST_FIRST;
/** The statuses an incident may be declared in: every one but `RESOLVED`, in the SDL's order. */
export const DECLARE_STATUS_OPTIONS: readonly IncidentStatus[] = IncidentStatusValues.filter(
  (s) => s !== 'RESOLVED',
);

/** "Declare incident": a button that opens the form. COMMANDER only (the caller checks). */
export function DeclareIncident({
  components,
}: {
  components: readonly ComponentGrid_ComponentFragment[];
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="btn danger" onClick={() => setOpen(true)}>
        Declare incident
      </button>
    );
  }
  return <DeclareForm components={components} onClose={() => setOpen(false)} />;
}

function DeclareForm({
  components,
  onClose,
}: {
  components: readonly ComponentGrid_ComponentFragment[];
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const [declare] = useMutation(DeclareIncidentMutation);
  const { pending, errors, submit } = useSubmit();
  const [title, setTitle] = useState('');
  const [impact, setImpact] = useState<Impact>('MAJOR');
  const [status, setStatus] = useState<IncidentStatus>('INVESTIGATING');
  const [body, setBody] = useState('');
  const [componentIds, setComponentIds] = useState<string[]>([]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const created: { id: string | null } = { id: null };
    const ok = await submit(async (idempotencyKey) => {
      const result = await declare({
        variables: { input: { title, impact, status, body, componentIds, idempotencyKey } },
      });
      created.id = result.data?.declareIncident.id ?? null;
    });
    if (ok && created.id !== null) {
      onClose();
      void navigate(`/incidents/${created.id}`);
    }
  };

  return (
    <form
      className="panel form declare-form"
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Declare an incident"
    >
      <h2>Declare an incident</h2>
      <Field label="Title" error={errors.fields['title']}>
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
      <div className="field-row">
        <Field label="Impact" error={errors.fields['impact']}>
          {(p) => (
            <select
              {...p}
              value={impact}
              onChange={(e) =>
                setImpact(DECLARE_IMPACT_OPTIONS.find((i) => i === e.target.value) ?? 'MAJOR')
              }
            >
              {DECLARE_IMPACT_OPTIONS.map((i) => (
                <option key={i} value={i}>
                  {humanize(i)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Status" error={errors.fields['status']}>
          {(p) => (
            <select
              {...p}
              value={status}
              onChange={(e) =>
                setStatus(
                  DECLARE_STATUS_OPTIONS.find((s) => s === e.target.value) ?? 'INVESTIGATING',
                )
              }
            >
              {DECLARE_STATUS_OPTIONS.map((s) => (
                <option key={s} value={s}>
                  {humanize(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="First update" error={errors.fields['body']} hint="What customers will read.">
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            required
          />
        )}
      </Field>
      {components.length > 0 && (
        <fieldset className="checks">
          <legend>Affected components</legend>
          {components.map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={componentIds.includes(c.id)}
                onChange={(e) =>
                  setComponentIds((ids) =>
                    e.target.checked ? [...ids, c.id] : ids.filter((x) => x !== c.id),
                  )
                }
              />
              {c.name}
            </label>
          ))}
          {errors.fields['componentIds'] && (
            <p className="field-error">{errors.fields['componentIds']}</p>
          )}
        </fieldset>
      )}
      <FormFooter
        error={errors.form}
        pending={pending}
        label="Declare"
        pendingLabel="Declaring…"
        tone="danger"
        onCancel={onClose}
      />
    </form>
  );
}
