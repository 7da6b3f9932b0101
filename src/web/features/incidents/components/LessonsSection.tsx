// The lessons learned: when the review was held, the root cause, what happened, what went well and
// what to improve. Saved against the version read, so a colleague's save in between is shown rather
// than overwritten; saving again after that is a deliberate choice.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { ErrorSummary, ProblemSummary } from '../../../components/ErrorSummary';
import { Select } from '../../../components/Select';
import { Announce } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import type { LessonsReview, RootCause } from '../../../../contract/incidents';
import { type IncidentDetail, useIncident } from '../api/get-incident';
import { useSaveReview } from '../api/save-review';
import { ROOT_CAUSE_LABELS } from './words';

const FIELD_IDS = { heldOn: 'review-held-on', rootCause: 'review-root-cause', summary: 'review-summary', wentWell: 'review-went-well', toImprove: 'review-to-improve' };

interface ReviewValues {
  heldOn: string;
  rootCause: RootCause | '';
  summary: string;
  wentWell: string;
  toImprove: string;
}

const valuesOf = (review: LessonsReview): ReviewValues => ({
  heldOn: review.heldOn ?? '',
  rootCause: review.rootCause ?? '',
  summary: review.summary ?? '',
  wentWell: review.wentWell ?? '',
  toImprove: review.toImprove ?? '',
});

export function LessonsSection({ orgId, incident, canManage }: { orgId: string; incident: IncidentDetail; canManage: boolean }) {
  const review = incident.review;
  const saved = review.version > 0;
  return (
    <section aria-labelledby="lessons">
      <Heading id="lessons">Lessons learned</Heading>
      {saved ? (
        <SummaryList
          rows={[
            { key: 'Review held on', value: formatDate(review.heldOn, 'Not yet') },
            { key: 'Root cause', value: review.rootCause ? ROOT_CAUSE_LABELS[review.rootCause] : 'Not decided' },
            { key: 'What happened', value: <Preserved text={review.summary} /> },
            { key: 'What went well', value: <Preserved text={review.wentWell} /> },
            { key: 'What to improve', value: <Preserved text={review.toImprove} /> },
            { key: 'Last saved', value: formatDateTime(review.updatedAt) },
          ]}
        />
      ) : (
        <Paragraph>No lessons have been recorded yet. Hold the review once the incident is contained, while memories are fresh.</Paragraph>
      )}
      {canManage && <ReviewForm orgId={orgId} incident={incident} />}
    </section>
  );
}

function Preserved({ text }: { text: string | null }) {
  return text ? <span className="app-preserve-lines">{text}</span> : 'Not written yet';
}

function ReviewForm({ orgId, incident }: { orgId: string; incident: IncidentDetail }) {
  const save = useSaveReview(orgId, incident.id);
  const refreshed = useIncident(orgId, incident.id);
  const [values, setValues] = useState(() => valuesOf(incident.review));
  // The version these changes build on: it moves on when a save succeeds, or once a colleague's save
  // has been shown, so that saving again is a deliberate overwrite.
  const [baseVersion, setBaseVersion] = useState(incident.review.version);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState('');
  const problems = conflict ? null : formProblems(save.error, FIELD_IDS);
  const set = <K extends keyof ReviewValues>(field: K) => (value: ReviewValues[K]) => setValues((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setConflict(false);
    setDone('');
    const blankToNull = (text: string) => text.trim() || null;
    save.mutate(
      { heldOn: values.heldOn || null, rootCause: values.rootCause || null, summary: blankToNull(values.summary), wentWell: blankToNull(values.wentWell), toImprove: blankToNull(values.toImprove), version: baseVersion },
      {
        onSuccess: (after) => {
          setBaseVersion(after.review.version);
          setDone('The lessons learned have been saved.');
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            setConflict(true);
            // The page shows what they saved; the next save is made against it.
            void refreshed.refetch().then((result) => {
              if (result.data) setBaseVersion(result.data.review.version);
            });
          }
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="save-lessons">
      <Heading level={3} id="save-lessons" spaceAbove>
        {incident.review.version > 0 ? 'Change the lessons learned' : 'Record the lessons learned'}
      </Heading>
      <Announce>{done && <Paragraph>{done}</Paragraph>}</Announce>
      {conflict && (
        <ErrorSummary
          title="Someone else saved the lessons learned"
          description="A colleague saved the review since you opened this page. What they saved is shown above; your words are still in the form. Save again to replace theirs with yours."
          items={[{ text: 'Check the lessons learned above before saving again', fieldId: FIELD_IDS.heldOn }]}
        />
      )}
      <ProblemSummary problems={problems} />
      <TextInput id={FIELD_IDS.heldOn} label="Review held on (optional)" type="date" value={values.heldOn} onChange={set('heldOn')} error={problems?.byField.heldOn} width={10} />
      <Select
        id={FIELD_IDS.rootCause}
        label="Root cause (optional)"
        value={values.rootCause}
        onChange={(value) => set('rootCause')(value as RootCause | '')}
        error={problems?.byField.rootCause}
        options={[{ value: '', text: 'Not decided yet' }, ...Object.entries(ROOT_CAUSE_LABELS).map(([value, text]) => ({ value, text }))]}
      />
      <Textarea id={FIELD_IDS.summary} label="What happened (optional)" value={values.summary} onChange={set('summary')} error={problems?.byField.summary} rows={3} />
      <Textarea id={FIELD_IDS.wentWell} label="What went well (optional)" value={values.wentWell} onChange={set('wentWell')} error={problems?.byField.wentWell} rows={3} />
      <Textarea id={FIELD_IDS.toImprove} label="What to improve (optional)" hint="Each improvement worth tracking can be added as an action below." value={values.toImprove} onChange={set('toImprove')} error={problems?.byField.toImprove} rows={3} />
      <Button variant="secondary" busy={save.isPending}>
        Save the lessons learned
      </Button>
    </form>
  );
}
