// Invitations made but not yet answered (people added, and invitation links), with a way to withdraw
// one (sent to the wrong address, or no longer needed). Answered, expired and withdrawn ones are in
// the audit trail.
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Loading, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { TagList } from '../../../components/Tag';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { labelFor, type ReferenceItem } from '../../../lib/reference';
import { useInvitations } from '../api/get-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

export function PendingInvitations({ orgId, roles }: { orgId: string; roles: ReferenceItem[] | undefined }) {
  const invitations = useInvitations(orgId);
  const revoke = useRevokeInvitation(orgId);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const pending = invitations.data?.invitations.filter((invitation) => invitation.state === 'pending') ?? [];

  return (
    <section aria-labelledby="pending-invitations">
      <Heading id="pending-invitations" spaceAbove>
        Invitations not yet answered
      </Heading>
      {withdrawn && <SuccessBanner>The invitation to {withdrawn} has been withdrawn. It can no longer be accepted.</SuccessBanner>}
      <ProblemSummary problems={formProblems(revoke.error, {})} />
      {invitations.isPending && <Loading>Loading invitations…</Loading>}
      {invitations.isError && <SectionProblem error={invitations.error} what="The invitations" />}
      {invitations.data &&
        (pending.length > 0 ? (
          <Table
            caption="Invitations not yet answered"
            captionHidden
            rows={pending}
            rowKey={(invitation) => invitation.id}
            columns={[
              { header: 'Email', rowHeader: true, className: 'app-break-anywhere', cell: (invitation) => invitation.email },
              { header: 'Name', cell: (invitation) => invitation.name ?? '' },
              {
                header: 'Roles',
                cell: (invitation) => <TagList tags={invitation.roles.map((role) => ({ key: role, text: labelFor(roles, role), colour: 'blue' }))} />,
              },
              { header: 'Open until', cell: (invitation) => formatDateTime(invitation.expiresAt) },
              {
                header: <VisuallyHidden>Action</VisuallyHidden>,
                cell: (invitation) => (
                  <Button
                    variant="secondary"
                    small
                    type="button"
                    busy={revoke.isPending && revoke.variables === invitation.id}
                    onClick={() => {
                      setWithdrawn(null);
                      revoke.mutate(invitation.id, { onSuccess: () => setWithdrawn(invitation.email) });
                    }}
                  >
                    Withdraw<VisuallyHidden> the invitation to {invitation.email}</VisuallyHidden>
                  </Button>
                ),
              },
            ]}
          />
        ) : (
          <Paragraph>There are no invitations waiting to be answered.</Paragraph>
        ))}
    </section>
  );
}
