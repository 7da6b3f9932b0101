// One person's membership of the current organisation: change their roles, help them sign in (a
// reset link, or removing a lost second factor), deactivate or reactivate them, or remove them from
// the organisation.
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { GridColumn, GridRow, SuccessBanner, WarningCallout } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem, problemHeading } from '../../../components/Status';
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
import { SignInHelp } from '../components/SignInHelp';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';

export interface PersonPageSections {
  /** What the person has done in the organisation; the app passes it in. */
  activity: (person: { orgId: string; userId: string; name: string }) => ReactNode;
}

export function PersonPage({ activity }: PersonPageSections) {
  const orgId = useOrgId();
  const { userId = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const member = useMember(orgId, userId);
  const reference = useReference();
  usePageTitle(member.isError ? problemHeading(member.error) : member.data?.name, organisation.data?.name);

  if (organisation.isPending || member.isPending || reference.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (member.isError) return <PageProblem error={member.error} />;
  if (reference.isError) return <PageProblem error={reference.error} />;
  return <Person organisation={organisation.data} member={member.data} reference={reference.data} activity={activity} />;
}

function Person({ organisation, member, reference, activity }: { organisation: Organisation; member: Member; reference: Reference } & PersonPageSections) {
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe().data;
  const [notice, setNotice] = useState<string | undefined>((location.state as { notice?: string } | null)?.notice);
  const [roles, setRoles] = useState(member.roles);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const confirmationShown = useRef(false);
  // The button pressed is replaced by the question, or the question by the button: keep keyboard
  // and screen reader users where the action is.
  useEffect(() => {
    if (confirmingRemoval) confirmButton.current?.focus();
    else if (confirmationShown.current) removeButton.current?.focus();
    confirmationShown.current = confirmingRemoval;
  }, [confirmingRemoval]);
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
            ? `${updated.name} has been reactivated and can sign in again.`
            : `${updated.name} has been deactivated. They cannot sign in, and their sessions have been ended.`,
        ),
    });
  }

  function removeNow() {
    resetAll();
    remove.mutate(undefined, {
      onSuccess: () => void navigate(people, { state: { notice: `${member.name} has been removed from ${organisation.name}.` } }),
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
                legend="Change roles"
                legendHeadingLevel={2}
                hint={`Select the roles ${member.name} needs in ${organisation.name}, and no more.`}
                items={assignableRoles(reference.roles, me?.isSystemAdmin ?? false).map((role) => ({ value: role.id, label: role.label }))}
                values={roles}
                onChange={setRoles}
                error={problems?.byField.roles}
              />
              <Button busy={setMemberRoles.isPending}>Save roles</Button>
            </form>

            {can(organisation, 'member.credentials') && <SignInHelp orgId={organisation.id} member={member} />}

            <Heading>Access</Heading>
            {member.status === 'active' ? (
              <>
                <Paragraph>
                  Deactivate {member.name} to stop them signing in to Bulwark straight away, for example while they are on
                  leave or under investigation. Any sessions they have are ended. Their roles and history are kept.
                </Paragraph>
                <Button variant="secondary" type="button" onClick={() => changeAccess(false)} busy={deactivate.isPending}>
                  Deactivate<VisuallyHidden> {member.name}</VisuallyHidden>
                </Button>
              </>
            ) : (
              <>
                <Paragraph>{member.name} is deactivated and cannot sign in to Bulwark.</Paragraph>
                <Button variant="secondary" type="button" onClick={() => changeAccess(true)} busy={reactivate.isPending}>
                  Reactivate<VisuallyHidden> {member.name}</VisuallyHidden>
                </Button>
              </>
            )}

            <Heading>Remove from {organisation.name}</Heading>
            {confirmingRemoval ? (
              <WarningCallout headingLevel={3} heading={`Remove ${member.name} from ${organisation.name}?`}>
                <Paragraph>
                  {isMe
                    ? 'This is you. You will lose every role you hold here.'
                    : `They will lose every role they hold here. Their account and the audit trail of what they did are kept.`}
                </Paragraph>
                <ButtonGroup>
                  <Button variant="warning" type="button" onClick={removeNow} busy={remove.isPending} ref={confirmButton}>
                    Yes, remove<VisuallyHidden> {member.name}</VisuallyHidden>
                  </Button>
                  <Button variant="secondary" type="button" onClick={() => setConfirmingRemoval(false)}>
                    Cancel
                  </Button>
                </ButtonGroup>
              </WarningCallout>
            ) : (
              <>
                <Paragraph>Take away all of {member.name}’s roles in this organisation.</Paragraph>
                <Button
                  variant="warning"
                  type="button"
                  ref={removeButton}
                  onClick={() => {
                    setNotice(undefined);
                    setConfirmingRemoval(true);
                  }}
                >
                  Remove from organisation
                </Button>
              </>
            )}
          </>
        )}

        {activity({ orgId: organisation.id, userId: member.userId, name: member.name })}
      </GridColumn>
    </GridRow>
  );
}
