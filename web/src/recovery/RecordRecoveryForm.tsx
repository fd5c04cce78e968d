import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import { appendSample } from '../app/liveCache';
import { Field } from '../ui/Field';
import { FormFooter } from '../ui/FormFooter';
import { flowKind } from './flowKind';
import { useSubmit } from '../ui/useSubmit';

const RecordRecoveryMutation = graphql(`
  mutation RecordRecovery($input: RecordRecoveryInput!) {
    recordRecovery(input: $input) {
      ...RecoveryPanel_sample
    }
  }
`);

/** Record a recovery percentage for a flow (RESPONDER). */
export function RecordRecoveryForm({
  incidentId,
  flows,
}: {
  incidentId: string;
  flows: readonly string[];
}) {
  const [record] = useMutation(RecordRecoveryMutation);
  const { pending, errors, submit } = useSubmit();
  const [flow, setFlow] = useState(flows[0] ?? 'sales_flow');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmedNote = note.trim();
    const ok = await submit((idempotencyKey) =>
      record({
        variables: {
          input: {
            incidentId,
            flow: flow.trim(),
            value: Number(value),
            idempotencyKey,
            ...(trimmedNote === '' ? {} : { note: trimmedNote }),
          },
        },
        update: (cache, { data }) => {
          if (data) appendSample(cache, incidentId, flow.trim(), data.recordRecovery);
        },
      }),
    );
    if (ok) {
      setValue('');
      setNote('');
    }
  };

  return (
    <form className="panel form" onSubmit={(e) => void onSubmit(e)} aria-label="Record recovery">
      <h3>Record recovery</h3>
      <div className="field-row">
        <Field label="Flow" error={errors.fields['flow']} hint="e.g. sales_flow, checkout">
          {(p) => (
            <>
              <input
                {...p}
                list="known-flows"
                value={flow}
                onChange={(e) => setFlow(e.target.value)}
                required
              />
              <datalist id="known-flows">
                {flows.map((f) => (
                  <option key={f} value={f} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field
          label={
            flowKind(flow.trim()) === 'rate'
              ? 'Rate, percent (lower is better)'
              : 'Percent of nominal'
          }
          error={errors.fields['value']}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="decimal"
              min={0}
              max={1000}
              step="any"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              required
            />
          )}
        </Field>
      </div>
      <Field label="Note (optional)" error={errors.fields['note']}>
        {(p) => (
          <input {...p} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
        )}
      </Field>
      <FormFooter error={errors.form} pending={pending} label="Record" pendingLabel="Recording…" />
    </form>
  );
}
