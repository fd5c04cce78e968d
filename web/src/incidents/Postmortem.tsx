import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import { hasRole, useViewer } from '../auth/useViewer';
import { Field } from '../ui/Field';
import { FormFooter } from '../ui/FormFooter';
import { Markdown } from '../ui/Markdown';
import { useSubmit } from '../ui/useSubmit';

const SetPostmortemMutation = graphql(`
  mutation SetPostmortem($input: SetPostmortemInput!) {
    setPostmortem(input: $input) {
      id
      postmortem
    }
  }
`);

/** The post-mortem, rendered safely; COMMANDERs can write or edit it. */
export function Postmortem({
  incidentId,
  markdown,
}: {
  incidentId: string;
  markdown: string | null;
}) {
  const viewer = useViewer();
  const [editing, setEditing] = useState(false);
  const commander = hasRole(viewer.role, 'COMMANDER');
  if (editing && commander) {
    return (
      <PostmortemEditor
        incidentId={incidentId}
        initial={markdown ?? ''}
        onDone={() => setEditing(false)}
      />
    );
  }
  return (
    <div className="postmortem">
      {markdown ? (
        <Markdown source={markdown} />
      ) : (
        <p className="muted">No post-mortem written yet.</p>
      )}
      {commander && (
        <button type="button" className="btn ghost" onClick={() => setEditing(true)}>
          {markdown ? 'Edit post-mortem' : 'Write post-mortem'}
        </button>
      )}
    </div>
  );
}

function PostmortemEditor({
  incidentId,
  initial,
  onDone,
}: {
  incidentId: string;
  initial: string;
  onDone: () => void;
}) {
  const [save] = useMutation(SetPostmortemMutation);
  const { pending, errors, submit } = useSubmit();
  const [text, setText] = useState(initial);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit(() => save({ variables: { input: { incidentId, markdown: text } } })))
      onDone();
  };
  return (
    <form
      className="panel form"
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Edit the post-mortem"
    >
      <Field label="Post-mortem (Markdown)" error={errors.fields['markdown']}>
        {(p) => (
          <textarea {...p} rows={14} value={text} onChange={(e) => setText(e.target.value)} />
        )}
      </Field>
      <FormFooter
        error={errors.form}
        pending={pending}
        label="Save"
        pendingLabel="Saving…"
        onCancel={onDone}
      />
    </form>
  );
}
