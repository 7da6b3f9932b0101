// One person's membership of the current organisation: change their roles, deactivate or reactivate
// them, or remove them from the organisation.
import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { GridColumn, GridRow, SuccessBanner, WarningCallout } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Tag, TagList } from '../../../components/Tag';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { labelFor, type Reference, useReference } from '../../../lib/reference';
import { useMe } from '../../../lib/session';
import { useDeactivateMember } from '../api/deactivate-member';
import { useMember } from '../api/get-member';
import { useReactivateMember } from '../api/reactivate-member';
import { useRemoveMember } from '../api/remove-member';
import { useSetMemberRoles } from '../api/set-member-roles';
import type { Member } from '../api/types';
import { assignableRoles, statusTag } from '../components/roles';

export function PersonPage() {
  const orgId = useOrgId();
  const { userId = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const member = useMember(orgId, userId);
  const reference = useReference();
  usePageTitle(member.data?.name, organisation.data?.name);

  if (organisation.isPending || member.isPending || reference.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (member.isError) return <PageProblem error={member.error} />;
  if (reference.isError) return <PageProblem error={reference.error} />;
  return <Person organisation={organisation.data} member={member.data} reference={reference.data} />;
}

function Person({ organisation, member, reference }: { organisation: Organisation; member: Member; reference: Reference }) {
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe().data;
  const [notice, setNotice] = useState<string | undefined>((location.state as { notice?: string } | null)?.notice);
  const [roles, setRoles] = useState(member.roles);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const setMemberRoles = useSetMemberRoles(organisation.id, member.userId);
  const deactivate = useDeactivateMember(organisation.id, member.userId);
  const reactivate = useReactivateMember(organisation.id, member.userId);
  const remove = useRemoveMember(organisation.id, member.userId);
  const manage = can(organisation, 'member.manage');
  const people = `/orgs/${encodeURIComponent(organisation.id)}/people`;

  // One summary for whichever action failed last.
  const failed = [setMemberRoles, deactivate, reactivate, remove].find((mutation) => mutation.isError);
  const problems = formProblems(failed?.error, { roles: 'roles' });

  function saveRoles(event: FormEvent) {
    event.preventDefault();
    resetAll();
    setMemberRoles.mutate(roles, {
      onSuccess: (updated) => {
        setRoles(updated.roles);
        setNotice(`${updated.name}’s roles have been saved.`);
      },
    });
  }

  function changeAccess(active: boolean) {
    resetAll();
    const mutation = active ? reactivate : deactivate;
    mutation.mutate(undefined, {
      onSuccess: (updated) =>
        setNotice(
          active
            ? `${updated.name} has been reactivated and can use their roles here again.`
            : `${updated.name} has been deactivated. They can no longer use their roles here.`,
        ),
    });
  }

  function removeNow() {
    resetAll();
    remove.mutate(undefined, {
      onSuccess: () => navigate(people, { state: { notice: `${member.name} has been removed from ${organisation.name}.` } }),
    });
  }

  function resetAll() {
    setNotice(undefined);
    for (const mutation of [setMemberRoles, deactivate, reactivate, remove]) mutation.reset();
  }

  const status = statusTag(member.status);
  const isMe = me?.user.id === member.userId;

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={people}>Back to people</BackLink>
        {notice && !problems && <SuccessBanner>{notice}</SuccessBanner>}
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.name}>{member.name}</PageHeading>
        <SummaryList
          rows={[
            { key: 'Email address', value: member.email },
            { key: 'Status', value: <Tag colour={status.colour}>{status.text}</Tag> },
            { key: 'Last signed in', value: formatDateTime(member.lastLoginAt) },
            {
              key: 'Roles',
              value:
                member.roles.length > 0 ? (
                  <TagList tags={member.roles.map((role) => ({ key: role, text: labelFor(reference.roles, role), colour: 'blue' }))} />
                ) : (
                  'None'
                ),
            },
          ]}
        />

        {manage && (
          <>
            <form onSubmit={saveRoles} noValidate>
              <Checkboxes
                id="roles"
                legend={<h2 className="nhsuk-fieldset__heading">Change roles</h2>}
                hint={`Select the roles ${member.name} needs in ${organisation.name}, and no more.`}
                items={assignableRoles(reference.roles, me?.isSystemAdmin ?? false).map((role) => ({ value: role.id, label: role.label }))}
                values={roles}
                onChange={setRoles}
                error={problems?.byField.roles}
              />
              <Button busy={setMemberRoles.isPending}>Save roles</Button>
            </form>

            <h2 className="nhsuk-heading-m">Access</h2>
            {member.status === 'active' ? (
              <>
                <p className="nhsuk-body">
                  Deactivate {member.name} to stop them using their roles here straight away, for example while they are
                  on leave or under investigation. Their roles and history are kept.
                </p>
                <Button variant="secondary" type="button" onClick={() => changeAccess(false)} busy={deactivate.isPending}>
                  Deactivate<span className="nhsuk-u-visually-hidden"> {member.name}</span>
                </Button>
              </>
            ) : (
              <>
                <p className="nhsuk-body">{member.name} is deactivated and cannot use their roles here.</p>
                <Button variant="secondary" type="button" onClick={() => changeAccess(true)} busy={reactivate.isPending}>
                  Reactivate<span className="nhsuk-u-visually-hidden"> {member.name}</span>
                </Button>
              </>
            )}

            <h2 className="nhsuk-heading-m">Remove from {organisation.name}</h2>
            {confirmingRemoval ? (
              <WarningCallout headingLevel={3} heading={`Remove ${member.name} from ${organisation.name}?`}>
                <p className="nhsuk-card__description">
                  {isMe
                    ? 'This is you. You will lose every role you hold here.'
                    : `They will lose every role they hold here. Their account and the audit trail of what they did are kept.`}
                </p>
                <ButtonGroup>
                  <Button variant="warning" type="button" onClick={removeNow} busy={remove.isPending}>
                    Yes, remove<span className="nhsuk-u-visually-hidden"> {member.name}</span>
                  </Button>
                  <Button variant="secondary" type="button" onClick={() => setConfirmingRemoval(false)}>
                    Cancel
                  </Button>
                </ButtonGroup>
              </WarningCallout>
            ) : (
              <>
                <p className="nhsuk-body">Take away all of {member.name}’s roles in this organisation.</p>
                <Button variant="warning" type="button" onClick={() => setConfirmingRemoval(true)}>
                  Remove from organisation
                </Button>
              </>
            )}
          </>
        )}
      </GridColumn>
    </GridRow>
  );
}
