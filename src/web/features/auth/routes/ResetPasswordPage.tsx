// Choosing a new password from a reset link an administrator made. Every session of the account
// ends, so the person then signs in with the new password (and their second factor, if they have one).
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ResetPreview } from '../../../../contract/account-links';
import { Button } from '../../../components/Button';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { Loading } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { Paragraph } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { deploymentIdentity } from '../../../lib/identity';
import { usePageTitle } from '../../../lib/page-title';
import { useResetPassword, useResetPreview } from '../api/password-reset';
import { LinkProblem } from '../components/LinkProblem';
import { useLinkToken } from '../link-token';

const FIELDS = { password: 'new-password' };

export function ResetPasswordPage() {
  const token = useLinkToken();
  const preview = useResetPreview(token);
  if (!token) return <LinkProblem error="missing" />;
  if (preview.isPending) return <Loading />;
  if (preview.isError) return <LinkProblem error={preview.error} />;
  return <ResetForm token={token} link={preview.data} />;
}

function ResetForm({ token, link }: { token: string; link: ResetPreview }) {
  const navigate = useNavigate();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const problems = formProblems(reset.error, FIELDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Choose a new password`);

  function submit(event: FormEvent) {
    event.preventDefault();
    reset.mutate({ token, password }, { onSuccess: () => void navigate('/sign-in?passwordReset=done', { replace: true }) });
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <ProblemSummary problems={problems} />
        <PageHeading>Choose a new password</PageHeading>
        <Paragraph>
          For {link.email}. This link works once, until {formatDateTime(link.expiresAt)}.
        </Paragraph>
        <form onSubmit={submit} noValidate>
          <TextInput
            id={FIELDS.password}
            label="New password"
            hint="At least 12 characters. A few random words together are strong and easy to remember."
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={problems?.byField.password}
          />
          <Paragraph>Setting a new password signs you out of {deploymentIdentity().serviceName} everywhere.</Paragraph>
          <Button busy={reset.isPending}>Save new password</Button>
        </form>
      </GridColumn>
    </GridRow>
  );
}
