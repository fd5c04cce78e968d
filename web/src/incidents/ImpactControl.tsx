import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import type { Impact } from '../__generated__/graphql';
import { Field, FormError } from '../ui/Field';
import { humanize } from '../ui/format';
import { useSubmit } from '../ui/useSubmit';
import { IMPACTS_WORST_FIRST } from './incidentOrder';

const SetIncidentImpactMutation = graphql(`
  mutation SetIncidentImpact($input: SetIncidentImpactInput!) {
    setIncidentImpact(input: $input) {
      id
      impact
    }
  }
`);

/** The impacts the select offers: every one, worst first, as the declare form lists them. */
export const IMPACT_OPTIONS = IMPACTS_WORST_FIRST;

/** Change an incident's impact: a select and a confirming button. COMMANDER only (the caller checks). */
export function ImpactControl({ incidentId, impact }: { incidentId: string; impact: Impact }) {
  const [setImpact] = useMutation(SetIncidentImpactMutation);
  const { pending, errors, submit } = useSubmit();
  const [chosen, setChosen] = useState<Impact>(impact);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(() => setImpact({ variables: { input: { incidentId, impact: chosen } } }));
  };
  return (
    <form className="inline-control" onSubmit={onSubmit} aria-label="Change impact">
      <Field label="Impact" error={errors.fields['impact']}>
        {(p) => (
          <select
            {...p}
            value={chosen}
            onChange={(e) => setChosen(IMPACT_OPTIONS.find((i) => i === e.target.value) ?? impact)}
          >
            {IMPACT_OPTIONS.map((i) => (
              <option key={i} value={i}>
                {humanize(i)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="btn ghost" disabled={pending || chosen === impact}>
        {pending ? 'Saving…' : 'Set impact'}
      </button>
      <FormError message={errors.form} />
    </form>
  );
}
