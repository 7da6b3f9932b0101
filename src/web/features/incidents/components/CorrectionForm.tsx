// Correcting one timeline entry: a new time (and for a note, new words), or for a milestone recorded in
// error, withdrawing it. The reason is required, and the entry corrected stays on the timeline.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Radios } from '../../../components/Radios';
import { Textarea } from '../../../components/Textarea';
import { Heading } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { useCorrectTimelineEntry } from '../api/correct-timeline-entry';
import type { IncidentDetail, TimelineEvent } from '../api/get-incident';
import { DateTimeFields, type DateTimeValue, dateTimeIds } from './DateTimeFields';
import { problemsBeforeSending } from './form-problems';
import { instantFromForm, instantToLondonWallTime } from './wall-time';
import { isMilestone, timelineKindLabel } from './words';

const WHEN = dateTimeIds('correction-when');
const FIELD_IDS = { change: 'correction-change', at: WHEN.fieldset, atDate: WHEN.date, atTime: WHEN.time, estimated: WHEN.fieldset, text: 'correction-text', reason: 'correction-reason' };

export function CorrectionForm({ orgId, incident, entry, onClose }: { orgId: string; incident: IncidentDetail; entry: TimelineEvent; onClose: (message?: string) => void }) {
  const correct = useCorrectTimelineEntry(orgId, incident.id);
  const milestone = isMilestone(entry.kind);
  const [change, setChange] = useState<'time' | 'withdraw'>('time');
  const [when, setWhen] = useState<DateTimeValue>(() => ({ ...(entry.at ? instantToLondonWallTime(entry.at) : { date: '', time: '' }), estimated: entry.estimated }));
  const [text, setText] = useState(entry.text ?? '');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Error | null>(null);
  const problems = formProblems(local ?? correct.error, FIELD_IDS);
  const label = timelineKindLabel(entry.kind);
  const heading = useRef<HTMLHeadingElement>(null);

  // The form opens below the timeline: take the person there.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    correct.reset();
    const withdraw = milestone && change === 'withdraw';
    const at = withdraw ? { instant: null, problems: [] } : instantFromForm(when, 'at', 'it happened', true);
    const found = [...at.problems, ...(reason.trim() ? [] : [{ field: 'reason', message: 'Give the reason for the correction' }])];
    if (found.length > 0) {
      setLocal(problemsBeforeSending(found));
      return;
    }
    setLocal(null);
    correct.mutate(
      {
        eventId: entry.id,
        body: { at: at.instant, estimated: withdraw ? false : when.estimated, text: milestone ? entry.text : text.trim() || null, reason: reason.trim(), version: incident.version },
      },
      { onSuccess: () => onClose(withdraw ? `${label} has been withdrawn.` : `${label} has been corrected.`) },
    );
  }

  const timeFields = (
    <DateTimeFields
      id={WHEN.fieldset}
      legend="When did it happen?"
      value={when}
      onChange={setWhen}
      withEstimate
      errors={{ whole: problems?.byField.at ?? problems?.byField.estimated, date: problems?.byField.atDate, time: problems?.byField.atTime }}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="correct-entry">
      <Heading level={3} id="correct-entry" spaceAbove>
        <span tabIndex={-1} ref={heading}>
          Correct “{label}” at {formatDateTime(entry.at)}
        </span>
      </Heading>
      <ProblemSummary problems={problems} />
      {milestone ? (
        <Radios
          id={FIELD_IDS.change}
          legend="What is the correction?"
          legendSize="s"
          value={change}
          onChange={(value) => setChange(value === 'withdraw' ? 'withdraw' : 'time')}
          items={[
            { value: 'time', label: 'It happened at a different time', conditional: timeFields },
            { value: 'withdraw', label: 'It has not happened: withdraw it', hint: 'For a milestone recorded in error.' },
          ]}
        />
      ) : (
        <>
          {timeFields}
          <Textarea id={FIELD_IDS.text} label={`The ${label.toLowerCase()}`} value={text} onChange={setText} error={problems?.byField.text} rows={3} />
        </>
      )}
      <Textarea id={FIELD_IDS.reason} label="Reason for the correction" hint="Kept with the timeline, beside the entry corrected." value={reason} onChange={setReason} error={problems?.byField.reason} rows={2} />
      <ButtonGroup>
        <Button variant="secondary" busy={correct.isPending}>
          Save the correction
        </Button>
        <Button variant="secondary" type="button" onClick={() => onClose()}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}
