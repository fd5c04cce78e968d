import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import type { Timeline_EventFragment } from '../__generated__/graphql';
import { addTimelineEvent } from '../app/liveCache';
import { RequireRole } from '../auth/RequireRole';
import { Field } from '../ui/Field';
import { FormFooter } from '../ui/FormFooter';
import { serverNow } from '../app/serverClock';
import { fromUtcDateTimeInput, toUtcDateTimeInput } from '../ui/dateInput';
import { formatUtc, formatUtcClock, toMillis } from '../ui/format';
import { useHasMounted, useMountFlash } from '../ui/useFlash';
import { useSubmit } from '../ui/useSubmit';

/** A timeline event as the timeline shows it, and as the live cache adds it. */
export const Timeline_event = graphql(`
  fragment Timeline_event on TimelineEvent {
    id
    at
    text
  }
`);

/** An incident's timeline: the list the live cache adds new events to. */
export const Timeline_incident = graphql(`
  fragment Timeline_incident on Incident {
    id
    timeline {
      ...Timeline_event
    }
  }
`);

const AddTimelineEventMutation = graphql(`
  mutation AddTimelineEvent($input: AddTimelineEventInput!) {
    addTimelineEvent(input: $input) {
      ...Timeline_event
    }
  }
`);

/** What happened when, oldest first, as the post-mortem tells it; RESPONDERs can add events. */
export function Timeline({
  incidentId,
  events,
}: {
  incidentId: string;
  events: readonly Timeline_EventFragment[];
}) {
  const mounted = useHasMounted();
  return (
    <div className="timeline">
      {events.length === 0 ? (
        <p className="muted">No timeline events yet.</p>
      ) : (
        <ol className="timeline-list">
          {events.map((e) => (
            <TimelineItem key={e.id} event={e} isNew={mounted} />
          ))}
        </ol>
      )}
      <RequireRole role="RESPONDER">
        <AddTimelineEventForm incidentId={incidentId} />
      </RequireRole>
    </div>
  );
}

function TimelineItem({ event, isNew }: { event: Timeline_EventFragment; isNew: boolean }) {
  const flash = useMountFlash(isNew);
  const ms = toMillis(event.at);
  return (
    <li className={flash ? 'flash' : undefined}>
      <time dateTime={event.at} title={formatUtc(ms)} className="tl-time">
        {formatUtcClock(ms)} UTC
      </time>
      <span className="tl-text">{event.text}</span>
    </li>
  );
}

/** `datetime-local` value for now, in UTC like every time on the page (server clock). */
function utcNow(): string {
  return toUtcDateTimeInput(serverNow());
}

function AddTimelineEventForm({ incidentId }: { incidentId: string }) {
  const [add] = useMutation(AddTimelineEventMutation);
  const { pending, errors, submit } = useSubmit();
  const [at, setAt] = useState(utcNow);
  const [text, setText] = useState('');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit(() =>
      add({
        variables: { input: { incidentId, at: fromUtcDateTimeInput(at) ?? at, text } },
        update: (cache, { data }) => {
          if (data) addTimelineEvent(cache, incidentId, data.addTimelineEvent);
        },
      }),
    );
    if (ok) setText('');
  };
  return (
    <form
      className="panel form inline-form"
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Add a timeline event"
    >
      <div className="field-row">
        <Field label="When (UTC)" error={errors.fields['at']}>
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={at}
              onChange={(e) => setAt(e.target.value)}
              required
            />
          )}
        </Field>
        <Field label="What happened" error={errors.fields['text']}>
          {(p) => <input {...p} value={text} onChange={(e) => setText(e.target.value)} required />}
        </Field>
      </div>
      <FormFooter error={errors.form} pending={pending} label="Add event" pendingLabel="Adding…" />
    </form>
  );
}
