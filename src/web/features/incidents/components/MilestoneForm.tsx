// Recording on the timeline: the next milestone (any not yet recorded, the next in order offered
// first) or a note or decision, with when it happened in UK time. A milestone out of order is refused
// by the API, which names both times; a milestone already recorded is corrected instead.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Select } from '../../../components/Select';
import { Textarea } from '../../../components/Textarea';
import { Heading } from '../../../components/Typography';
import { formProblems } from '../../../lib/form-problems';
import type { EntryKind, Milestone } from '../../../../contract/incidents';
import type { IncidentDetail } from '../api/get-incident';
import { useRecordTimelineEntry } from '../api/record-timeline-entry';
import { DateTimeFields, type DateTimeValue, dateTimeIds } from './DateTimeFields';
import { problemsBeforeSending } from './form-problems';
import { instantFromForm, instantToLondonWallTime } from './wall-time';
import { ENTRY_LABELS, MILESTONE_LABELS, MILESTONE_ORDER, timelineKindLabel } from './words';

const WHEN = dateTimeIds('entry-when');
const FIELD_IDS = { kind: 'entry-kind', at: WHEN.fieldset, atDate: WHEN.date, atTime: WHEN.time, estimated: WHEN.fieldset, text: 'entry-text' };

const NOTE_KINDS: EntryKind[] = ['note', 'decision'];

const nowWallTime = (): DateTimeValue => ({ ...instantToLondonWallTime(new Date()), estimated: false });

export function MilestoneForm({ orgId, incident, onDone }: { orgId: string; incident: IncidentDetail; onDone: (message: string) => void }) {
  const record = useRecordTimelineEntry(orgId, incident.id);
  const open: Milestone[] = MILESTONE_ORDER.filter((milestone) => incident.milestones[milestone] === null);
  const [chosen, setChosen] = useState('');
  const [when, setWhen] = useState<DateTimeValue>(nowWallTime);
  const [text, setText] = useState('');
  const [local, setLocal] = useState<Error | null>(null);
  // Offer the next milestone until the person chooses; a choice recorded since is no longer offered.
  const kind = chosen && ((open as string[]).includes(chosen) || (NOTE_KINDS as string[]).includes(chosen)) ? chosen : (open[0] ?? 'note');
  const isNote = (NOTE_KINDS as string[]).includes(kind);
  const problems = formProblems(local ?? record.error, FIELD_IDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    record.reset();
    const at = instantFromForm(when, 'at', 'it happened', true);
    const found = [...at.problems, ...(isNote && !text.trim() ? [{ field: 'text', message: `Write the ${kind}` }] : [])];
    if (found.length > 0 || !at.instant) {
      setLocal(problemsBeforeSending(found));
      return;
    }
    setLocal(null);
    const label = timelineKindLabel(kind as Milestone | EntryKind);
    record.mutate(
      { kind: kind as Milestone | EntryKind, at: at.instant, estimated: when.estimated, text: text.trim() || null, version: incident.version },
      {
        onSuccess: () => {
          onDone(`${label} has been recorded on the timeline.`);
          setChosen('');
          setWhen(nowWallTime());
          setText('');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-entry">
      <Heading level={3} id="record-entry" spaceAbove>
        Record on the timeline
      </Heading>
      <ProblemSummary problems={problems} />
      <Select
        id={FIELD_IDS.kind}
        label="What to record"
        value={kind}
        onChange={setChosen}
        error={problems?.byField.kind}
        options={[
          ...(open.length > 0 ? [{ group: 'Milestones not yet recorded', options: open.map((milestone) => ({ value: milestone, text: MILESTONE_LABELS[milestone] })) }] : []),
          { group: 'Entries', options: NOTE_KINDS.map((entry) => ({ value: entry, text: ENTRY_LABELS[entry] })) },
        ]}
      />
      <DateTimeFields
        id={WHEN.fieldset}
        legend="When did it happen?"
        value={when}
        onChange={setWhen}
        withEstimate
        errors={{ whole: problems?.byField.at ?? problems?.byField.estimated, date: problems?.byField.atDate, time: problems?.byField.atTime }}
      />
      <Textarea id={FIELD_IDS.text} label={isNote ? `The ${kind}` : 'Note (optional)'} hint={isNote ? undefined : 'What happened at this point, in a sentence or two.'} value={text} onChange={setText} error={problems?.byField.text} rows={3} />
      <Button variant="secondary" busy={record.isPending}>
        Record
      </Button>
    </form>
  );
}
