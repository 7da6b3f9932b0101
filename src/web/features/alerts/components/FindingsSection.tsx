// What the figures say, in plain words, each with what to do about it. Those who may act make a
// finding into an action (with an owner and a due date if they know them); a finding already made
// into one links to the actions list instead.
import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup, LinkButton } from '../../../components/Button';
import { Card } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Select } from '../../../components/Select';
import { Announce } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import { formProblems } from '../../../lib/form-problems';
import type { TriageFinding } from '../api/get-alert-report';
import { useMakeAlertAction } from '../api/make-alert-action';

export interface Owner {
  id: string;
  name: string;
}

const findingId = (key: string) => `finding-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function FindingsSection({
  orgId,
  period,
  findings,
  canAct,
  owners,
  actionsLink,
}: {
  orgId: string;
  /** The report's period, which names the findings to the API. */
  period: { from: string; to: string };
  findings: readonly TriageFinding[];
  canAct: boolean;
  owners: readonly Owner[];
  actionsLink: string;
}) {
  const [making, setMaking] = useState<string | null>(null);
  const [made, setMade] = useState('');
  return (
    <section aria-labelledby="findings">
      <Heading id="findings" spaceAbove>
        Findings
      </Heading>
      <Announce>{made && <Paragraph>{made}</Paragraph>}</Announce>
      {findings.length === 0 ? (
        <Paragraph>Nothing in this period stands out: no rule is mostly noise, triage keeps to its targets and the backlog is steady.</Paragraph>
      ) : (
        findings.map((finding) => (
          <Card key={finding.key} heading={finding.subject} headingLevel={3}>
            <Paragraph>{finding.text}</Paragraph>
            <Paragraph>
              <strong>What to do:</strong> {finding.recommendation}
            </Paragraph>
            {finding.actionId ? (
              <Paragraph noMargin>
                <Link to={`${actionsLink}#action-${finding.actionId}`}>
                  See the action made from this finding<VisuallyHidden>: {finding.subject}</VisuallyHidden>
                </Link>
              </Paragraph>
            ) : (
              canAct &&
              (making === finding.key ? (
                <MakeActionForm
                  orgId={orgId}
                  period={period}
                  finding={finding}
                  owners={owners}
                  onCancel={() => setMaking(null)}
                  onMade={() => {
                    setMaking(null);
                    setMade(`“${finding.subject}” is now an action.`);
                  }}
                />
              ) : (
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => {
                    setMade('');
                    setMaking(finding.key);
                  }}
                >
                  Make this an action<VisuallyHidden>: {finding.subject}</VisuallyHidden>
                </Button>
              ))
            )}
          </Card>
        ))
      )}
    </section>
  );
}

function MakeActionForm({ orgId, period, finding, owners, onCancel, onMade }: { orgId: string; period: { from: string; to: string }; finding: TriageFinding; owners: readonly Owner[]; onCancel: () => void; onMade: () => void }) {
  const make = useMakeAlertAction(orgId);
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const id = findingId(finding.key);
  const fields = { ownerId: `${id}-owner`, dueOn: `${id}-due` };
  const problems = formProblems(make.error, fields);
  // Opening the form moves focus into it, so a keyboard or screen reader user lands where they act.
  useEffect(() => document.getElementById(fields.ownerId)?.focus(), [fields.ownerId]);

  function submit(event: FormEvent) {
    event.preventDefault();
    make.mutate({ findingKey: finding.key, ownerId: ownerId || null, dueOn: dueOn || null, from: period.from, to: period.to }, { onSuccess: onMade });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading level={4} size="xs" id={`${id}-heading`}>
        Make an action of “{finding.subject}”
      </Heading>
      <ProblemSummary problems={problems} />
      <Select
        id={fields.ownerId}
        label="Owner (optional)"
        value={ownerId}
        onChange={setOwnerId}
        error={problems?.byField.ownerId}
        options={[{ value: '', text: 'No owner yet' }, ...owners.map((owner) => ({ value: owner.id, text: owner.name }))]}
      />
      <TextInput id={fields.dueOn} label="Due by (optional)" type="date" value={dueOn} onChange={setDueOn} error={problems?.byField.dueOn} width={10} />
      <ButtonGroup>
        <Button busy={make.isPending}>Make the action</Button>
        <LinkButton onClick={onCancel}>Cancel</LinkButton>
      </ButtonGroup>
    </form>
  );
}
