// Add a person to the current organisation with roles: an invitation they accept when they sign in.
// If their email has no Bulwark account, one is made, with the initial password if one is given.
// The answer is the same either way, so the form cannot be used to find out who has an account.
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { useReference } from '../../../lib/reference';
import { useMe } from '../../../lib/session';
import { type NewMember, useAddMember } from '../api/add-member';
import { assignableRoles } from '../components/roles';

const FIELDS = { name: 'name', email: 'email', password: 'password', roles: 'roles' };

export function AddPersonPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const reference = useReference();
  const me = useMe().data;
  const add = useAddMember(orgId);
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const problems = formProblems(add.error, FIELDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Add a person`, organisation.data?.name);

  if (organisation.isPending || reference.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (reference.isError) return <PageProblem error={reference.error} />;
  if (!can(organisation.data, 'member.manage')) {
    return (
<NotAllowed reason="Only the organisation’s administrators may add people." />
    );
  }
  const people = `/orgs/${encodeURIComponent(orgId)}/people`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const input: NewMember = { name: name.trim(), email: email.trim(), roles };
    if (password !== '') input.password = password;
    add.mutate(input, {
      onSuccess: ({ invitation }) =>
        void navigate(people, {
          state: {
            notice: `${invitation.name ?? invitation.email} has been invited to ${organisation.data?.name ?? 'the organisation'}. They accept under Your account when they sign in: with the initial password you gave if they are new to Bulwark, otherwise as they usually do.`,
          },
        }),
    });
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={people}>Back to people</BackLink>
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.data.name}>Add a person</PageHeading>
        <form onSubmit={submit} noValidate>
          <TextInput id={FIELDS.name} label="Full name" value={name} onChange={setName} autoComplete="off" spellCheck={false} error={problems?.byField.name} />
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
          <TextInput
            id={FIELDS.password}
            label="Initial password"
            hint="Used only if they have no Bulwark account yet. Leave it blank if they sign in with single sign-on. Give it to them by a different route from their email address, and ask them to change it from Your account."
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="new-password"
            error={problems?.byField.password}
          />
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
            <Button busy={add.isPending}>Add person</Button>
            <Link to={people}>Cancel</Link>
          </ButtonGroup>
        </form>
      </GridColumn>
    </GridRow>
  );
}
