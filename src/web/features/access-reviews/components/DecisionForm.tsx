// One account to decide: keep, revoke or change, with a reason, saved against the item's version. A
// colleague's decision since (409) is shown as it now stands, and the version moves on to theirs, so
// that saving again replaces it knowingly.
import { useState } from 'react';
import { REVIEW_DECISIONS, type ReviewDecision } from '../../../../contract/access-reviews';
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Radios } from '../../../components/Radios';
import { Announce } from '../../../components/Status';
import { Textarea } from '../../../components/Textarea';
import { Paragraph, VisuallyHidden } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { formProblems, problemBeforeSending } from '../../../lib/form-problems';
import { type ReviewItem, useDecideItem } from '../api/reviews';
import { DECISION_WORDS, reasonRequired } from './words';

export function DecisionForm({ orgId, item, onStale }: { orgId: string; item: ReviewItem; onStale: () => Promise<ReviewItem | undefined> }) {
  const [decision, setDecision] = useState<ReviewDecision | ''>(item.decision ?? '');
  const [reason, setReason] = useState(item.reason ?? '');
  const [version, setVersion] = useState(item.version);
  const [notSent, setNotSent] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<ReviewItem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const decide = useDecideItem(orgId, item);
  const ids = { decision: `decision-${item.id}`, reason: `reason-${item.id}` };
  const label = item.account.displayName ? `${item.account.name} (${item.account.displayName})` : item.account.name;
  const stale = isApiError(decide.error) && decide.error.status === 409;
  const problems = formProblems(notSent ?? (stale ? null : decide.error), ids);

  function submit() {
    setSaved(null);
    setTheirs(null);
    if (!decision) return setNotSent(problemBeforeSending('decision', `Choose keep, revoke or change for ${item.account.name}`));
    if (reasonRequired(decision, item.account.privileged) && !reason.trim()) return setNotSent(problemBeforeSending('reason', `Give a reason to ${decision} ${item.account.name}`));
    setNotSent(null);
    decide.mutate(
      { decision, reason: reason.trim() || null, version },
      {
        onSuccess: (after) => {
          setVersion(after.version);
          setSaved(`${DECISION_WORDS[decision].text} saved for ${item.account.name}.`);
        },
        onError: (error) => {
          if (!isApiError(error) || error.status !== 409) return;
          void onStale().then((current) => {
            if (!current) return;
            setTheirs(current);
            setVersion(current.version);
          });
        },
      },
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <ProblemSummary problems={problems} />
      {stale && (
        <Announce>
          <Paragraph>
            {!theirs
              ? isApiError(decide.error) && decide.error.detail
              : theirs.decision
                ? `Someone decided this account since you opened the page. It now stands as ${DECISION_WORDS[theirs.decision].text.toLowerCase()}${theirs.reason ? ` (“${theirs.reason}”)` : ''}, decided by ${theirs.decidedBy?.name ?? 'someone'} on ${formatDateTime(theirs.decidedAt)}. Save again to replace it.`
                : 'This account changed since you opened the page and is now undecided. Save again to decide it.'}
          </Paragraph>
        </Announce>
      )}
      <Radios
        id={ids.decision}
        legend={<>Decision on {label}</>}
        legendSize="s"
        error={problems?.byField.decision}
        items={REVIEW_DECISIONS.map((value) => ({ value, label: DECISION_WORDS[value].text, hint: DECISION_WORDS[value].hint }))}
        value={decision}
        onChange={(value) => setDecision(REVIEW_DECISIONS.find((known) => known === value) ?? '')}
      />
      <Textarea
        id={ids.reason}
        label="Reason"
        hint={item.account.privileged ? 'Required for every decision on a privileged account.' : 'Required to revoke or change.'}
        error={problems?.byField.reason}
        rows={2}
        value={reason}
        onChange={setReason}
      />
      <Button busy={decide.isPending} variant="secondary">
        Save the decision<VisuallyHidden> on {item.account.name}</VisuallyHidden>
      </Button>
      {saved && (
        <Announce>
          <Paragraph>{saved}</Paragraph>
        </Announce>
      )}
    </form>
  );
}
