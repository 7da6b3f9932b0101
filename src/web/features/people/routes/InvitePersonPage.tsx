// Invite a person to the current organisation with roles. The administrator is shown a single-use
// link once; when the installation sends email it is also emailed to the person, and otherwise the
// administrator sends it by their own means. The person chooses their own password when they accept.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { CreatedInvitation } from '../../../../contract/account-links';
import { Button, ButtonGroup } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { useReference } from '../../../lib/reference';
import { useMe } from '../../../lib/session';
import { useInvitePerson } from '../api/invite-person';
import { DeliveredLink } from '../components/DeliveredLink';
import { assignableRoles } from '../components/roles';

const FIELDS = { email: 'email', name: 'name', roles: 'roles' };

export function InvitePersonPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const reference = useReference();
  const me = useMe().data;
  const invite = useInvitePerson(orgId);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const problems = formProblems(invite.error, FIELDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Invite a person`, organisation.data?.name);

  if (organisation.isPending || reference.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (reference.isError) return <PageProblem error={reference.error} />;
  if (!can(organisation.data, 'member.credentials')) {
    return <NotAllowed reason="Only the organisation’s administrators may invite people with a link, from a session where they gave their second factor." />;
  }
  const people = `/orgs/${encodeURIComponent(orgId)}/people`;

  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate(
      { email: email.trim(), name: name.trim(), roles },
      {
        onSuccess: (result) => {
          setCreated(result);
          setName('');
          setEmail('');
          setRoles([]);
        },
      },
    );
  }

  function inviteAnother() {
    invite.reset();
    setCreated(null);
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={people}>Back to people</BackLink>
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.data.name}>Invite a person</PageHeading>
        {created ? (
          <>
            <DeliveredLink
              headingLevel={2}
              heading={`Invitation link for ${created.invitation.name ?? created.invitation.email}`}
              link={created.link}
              expiresAt={created.expiresAt}
              delivery={created.delivery}
              person={created.invitation.name ?? created.invitation.email}
              email={created.invitation.email}
            />
            <ButtonGroup>
              <Button variant="secondary" type="button" onClick={inviteAnother}>
                Invite another person
              </Button>
              <Link to={people}>Back to people</Link>
            </ButtonGroup>
          </>
        ) : (
          <>
            <Paragraph>
              They get a link to accept, emailed to them if this installation sends email, and shown to you to copy. They
              choose their own password when they accept, and get the roles you choose here.
            </Paragraph>
            <form onSubmit={submit} noValidate>
              <TextInput
                id={FIELDS.email}
                label="Email address"
                hint="Their work email address. They sign in with it."
                type="email"
                value={email}
                onChange={setEmail}
                autoComplete="off"
                spellCheck={false}
                error={problems?.byField.email}
              />
              <TextInput id={FIELDS.name} label="Full name" value={name} onChange={setName} autoComplete="off" spellCheck={false} error={problems?.byField.name} />
              <Checkboxes
                id={FIELDS.roles}
                legend="Roles"
                hint="Select only the roles their work needs."
                items={assignableRoles(reference.data.roles, me?.isSystemAdmin ?? false).map((role) => ({ value: role.id, label: role.label }))}
                values={roles}
                onChange={setRoles}
                error={problems?.byField.roles}
              />
              <ButtonGroup>
                <Button busy={invite.isPending}>Create invitation</Button>
                <Link to={people}>Cancel</Link>
              </ButtonGroup>
            </form>
          </>
        )}
      </GridColumn>
    </GridRow>
  );
}
