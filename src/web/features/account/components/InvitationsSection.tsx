// Invitations to join an organisation, waiting for the signed-in person to accept or decline. Shown
// only when there is something to answer. Accepting a role that needs a second factor takes the person
// to set one up (the app follows the session's stage).
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { TagList } from '../../../components/Tag';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { useAnswerInvitation } from '../api/answer-invitation';
import { type MyInvitation, useMyInvitations } from '../api/get-my-invitations';

export function InvitationsSection() {
  const invitations = useMyInvitations();
  const answer = useAnswerInvitation();
  const [answered, setAnswered] = useState<string | null>(null);
  const waiting = invitations.data?.invitations ?? [];
  if (invitations.isError) return <SectionProblem error={invitations.error} what="Your invitations" />;
  if (waiting.length === 0 && !answered) return null;

  function reply(invitation: MyInvitation, choice: 'accept' | 'decline') {
    setAnswered(null);
    answer.mutate(
      { id: invitation.id, answer: choice },
      {
        onSuccess: () =>
          setAnswered(choice === 'accept' ? `You have joined ${invitation.organisationName}.` : `You have declined the invitation to join ${invitation.organisationName}.`),
      },
    );
  }

  const busy = (invitation: MyInvitation, choice: 'accept' | 'decline') => answer.isPending && answer.variables.id === invitation.id && answer.variables.answer === choice;

  return (
    <section aria-labelledby="your-invitations">
      <Heading id="your-invitations" spaceAbove>
        Invitations to join an organisation
      </Heading>
      {answered && <SuccessBanner>{answered}</SuccessBanner>}
      <ProblemSummary problems={formProblems(answer.error, {})} />
      {waiting.length > 0 ? (
        <>
          <Paragraph>An administrator has invited you. Accept only if you expect to work there; if you do not recognise it, decline it.</Paragraph>
          <Table
            caption="Invitations waiting for your answer"
            captionHidden
            rows={waiting}
            rowKey={(invitation) => invitation.id}
            columns={[
              { header: 'Organisation', rowHeader: true, cell: (invitation) => invitation.organisationName },
              {
                header: 'Roles',
                cell: (invitation) => <TagList tags={invitation.roles.map((role, i) => ({ key: role, text: invitation.roleLabels[i] ?? role, colour: 'blue' }))} />,
              },
              { header: 'Open until', cell: (invitation) => formatDateTime(invitation.expiresAt) },
              {
                header: <VisuallyHidden>Answer</VisuallyHidden>,
                cell: (invitation) => (
                  <>
                    <Button small type="button" onClick={() => reply(invitation, 'accept')} busy={busy(invitation, 'accept')}>
                      Accept<VisuallyHidden> the invitation to {invitation.organisationName}</VisuallyHidden>
                    </Button>{' '}
                    <Button small variant="secondary" type="button" onClick={() => reply(invitation, 'decline')} busy={busy(invitation, 'decline')}>
                      Decline<VisuallyHidden> the invitation to {invitation.organisationName}</VisuallyHidden>
                    </Button>
                  </>
                ),
              },
            ]}
          />
        </>
      ) : (
        <Paragraph>You have no other invitations waiting.</Paragraph>
      )}
    </section>
  );
}
