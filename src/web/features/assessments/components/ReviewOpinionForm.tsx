// The reviewer's overall opinion: who reviewed, the assurance level and a summary. It sends the version
// it was filled from; when someone else saved first the page says so and offers their version.
import { type FormEvent, useState } from 'react';
import { Button, LinkButton } from '../../../components/Button';
import { ErrorSummary, ProblemSummary } from '../../../components/ErrorSummary';
import { Radios } from '../../../components/Radios';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { formProblems } from '../../../lib/form-problems';
import type { Workspace } from '../api/get-review-workspace';
import { type ReviewOpinion, useSaveReview } from '../api/save-review';
import { OPINION_LABELS } from './maturity-words';

const FIELDS = { reviewer: 'reviewer', opinion: 'opinion', summary: 'summary' };

export function ReviewOpinionForm({
  orgId,
  assessmentId,
  review,
  onSaved,
  onReload,
}: {
  orgId: string;
  assessmentId: string;
  review: Workspace['review'];
  onSaved: () => void;
  /** Fetches the review as it now stands (this form is drawn afresh from it). */
  onReload: () => void;
}) {
  const save = useSaveReview(orgId, assessmentId);
  const [reviewer, setReviewer] = useState(review?.reviewer ?? '');
  const [opinion, setOpinion] = useState<string>(review?.opinion ?? '');
  const [summary, setSummary] = useState(review?.summary ?? '');
  const conflict = isApiError(save.error) && save.error.status === 409 ? save.error : null;
  const problems = conflict ? null : formProblems(save.error, FIELDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      {
        version: review?.version ?? 0,
        reviewer: reviewer.trim() === '' ? null : reviewer.trim(),
        opinion: opinion === '' ? null : (opinion as ReviewOpinion),
        summary: summary.trim() === '' ? null : summary,
      },
      { onSuccess: onSaved },
    );
  }

  return (
    <section aria-labelledby="overall-opinion">
      <Heading id="overall-opinion" spaceAbove>
        Overall opinion
      </Heading>
      {conflict && <ErrorSummary title="Someone else changed the review" description={`${conflict.detail} Your opinion has not been saved.`} />}
      {conflict && (
        <Paragraph>
          <LinkButton onClick={onReload}>Reload the review</LinkButton> to see what they saved, then make your changes again.
        </Paragraph>
      )}
      <ProblemSummary problems={problems} />
      <form onSubmit={submit} noValidate aria-labelledby="overall-opinion">
        <TextInput id={FIELDS.reviewer} label="Reviewer" hint="The person or firm giving the opinion" value={reviewer} onChange={setReviewer} error={problems?.byField.reviewer} autoComplete="organization" />
        <Radios
          id={FIELDS.opinion}
          legend="Assurance opinion"
          legendSize="s"
          value={opinion}
          onChange={setOpinion}
          error={problems?.byField.opinion}
          items={(Object.keys(OPINION_LABELS) as ReviewOpinion[]).map((value) => ({ value, label: OPINION_LABELS[value] }))}
        />
        <Textarea id={FIELDS.summary} label="Summary" hint="What the opinion rests on, and what should change" value={summary} onChange={setSummary} error={problems?.byField.summary} />
        <Button busy={save.isPending}>Save the opinion</Button>
      </form>
    </section>
  );
}
