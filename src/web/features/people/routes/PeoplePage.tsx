// Everyone with a role in the current organisation.
import { useLocation } from 'react-router';
import { ButtonGroup, ButtonLink } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useReference } from '../../../lib/reference';
import { useMembers } from '../api/get-members';
import { MembersTable } from '../components/MembersTable';
import { PendingInvitations } from '../components/PendingInvitations';
import { Paragraph } from '../../../components/Typography';

export function PeoplePage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const members = useMembers(orgId, { enabled: can(organisation.data, 'member.read') });
  const reference = useReference();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  usePageTitle('People', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  const current = organisation.data;
  if (!can(current, 'member.read')) {
    return <NotAllowed reason="Administrators, the SIRO and auditors may see who holds which role in an organisation." />;
  }
  const count = members.data?.members.length;

  return (
    <>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={current.name}>People</PageHeading>
      <Paragraph>
        Everyone with a role in {current.name}
        {count !== undefined ? ` (${count} ${count === 1 ? 'person' : 'people'})` : ''}. Give each person only the
        roles their work needs.
      </Paragraph>
      {can(current, 'member.manage') && (
        <ButtonGroup>
          {can(current, 'member.credentials') && <ButtonLink to={`/orgs/${encodeURIComponent(orgId)}/people/invite`}>Invite a person</ButtonLink>}
          <ButtonLink to={`/orgs/${encodeURIComponent(orgId)}/people/new`} variant="secondary">
            Add a person
          </ButtonLink>
        </ButtonGroup>
      )}
      {members.isPending && <Loading>Loading people…</Loading>}
      {members.isError && <SectionProblem error={members.error} what="The list of people" />}
      {members.data &&
        (members.data.members.length > 0 ? (
          <MembersTable orgId={orgId} orgName={current.name} members={members.data.members} roles={reference.data?.roles} />
        ) : (
          <Paragraph>Nobody has a role here yet.</Paragraph>
        ))}
      {can(current, 'member.manage') && <PendingInvitations orgId={orgId} roles={reference.data?.roles} />}
    </>
  );
}
