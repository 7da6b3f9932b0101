// Accepting an invitation from an administrator: see what it is for, then choose a password and be
// signed in. Someone who already has an account signs in with it and accepts under Your
// account instead. Someone whose new roles need a second factor goes on to set one up, like any sign-in.
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { InvitationPreview } from '../../../../contract/account-links';
import { Button } from '../../../components/Button';
import { GridColumn, GridRow, InsetText } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { Loading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { TagList } from '../../../components/Tag';
import { TextInput } from '../../../components/TextInput';
import { Paragraph } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { deploymentIdentity } from '../../../lib/identity';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import { pathForStage } from '../../../lib/sign-in-stage';
import { useAcceptInvitation, useInvitationPreview } from '../api/invitation';
import { LinkProblem } from '../components/LinkProblem';
import { useLinkToken } from '../link-token';

const FIELDS = { name: 'name', password: 'password' };

export function AcceptInvitationPage() {
  const token = useLinkToken();
  const preview = useInvitationPreview(token);
  if (!token) return <LinkProblem error="missing" />;
  if (preview.isPending) return <Loading />;
  if (preview.isError) return <LinkProblem error={preview.error} />;
  return <AcceptForm token={token} invitation={preview.data} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const navigate = useNavigate();
  const me = useMe().data;
  const accept = useAcceptInvitation();
  const [name, setName] = useState(invitation.name ?? '');
  const [password, setPassword] = useState('');
  const problems = formProblems(accept.error, FIELDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Join ${invitation.organisationName}`);

  function submit(event: FormEvent) {
    event.preventDefault();
    accept.mutate({ token, password, name: name.trim() }, {
      onSuccess: (result) => void navigate(pathForStage(result.stage, '/'), { replace: true }),
      onError: () => setPassword(''),
    });
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <ProblemSummary problems={problems} />
        <PageHeading caption={`Your invitation to ${deploymentIdentity().serviceName}`}>Join {invitation.organisationName}</PageHeading>
        <SummaryList
          rows={[
            { key: 'Email address', value: invitation.email },
            { key: 'Organisation', value: invitation.organisationName },
            {
              key: 'Roles',
              value: <TagList tags={invitation.roles.map((role, i) => ({ key: role, text: invitation.roleLabels[i] ?? role, colour: 'blue' }))} />,
            },
            { key: 'Invitation ends', value: formatDateTime(invitation.expiresAt) },
          ]}
        />
        {me && me.user.email !== invitation.email && (
          <InsetText>
            You are signed in as {me.user.email}. Accepting signs you in as {invitation.email} instead.
          </InsetText>
        )}
        <Paragraph>
          Already have an account with this email address? <Link to="/account">Sign in</Link>, and accept the
          invitation under Your account.
        </Paragraph>
        <form onSubmit={submit} noValidate>
          <TextInput id={FIELDS.name} label="Full name" autoComplete="name" spellCheck={false} value={name} onChange={setName} error={problems?.byField.name} />
          <TextInput
            id={FIELDS.password}
            label="Create a password"
            hint="At least 12 characters, and not easy to guess: a few random words together are strong and easy to remember."
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={problems?.byField.password}
          />
          <Button busy={accept.isPending}>Accept invitation</Button>
        </form>
      </GridColumn>
    </GridRow>
  );
}
