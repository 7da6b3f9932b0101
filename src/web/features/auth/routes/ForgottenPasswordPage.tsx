// "Forgotten your password?": where a person who cannot sign in asks for a reset link by email. The
// page never says whether the address has an account. On an installation without email it explains
// that their organisation's administrator can make them a link instead.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { GridColumn, GridRow, InsetText } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { Paragraph } from '../../../components/Typography';
import { formProblems } from '../../../lib/form-problems';
import { requestHeadingFocus } from '../../../lib/heading-focus';
import { deploymentIdentity } from '../../../lib/identity';
import { usePageTitle } from '../../../lib/page-title';
import { useAuthOptions } from '../api/auth-options';
import { useRequestPasswordReset } from '../api/password-reset-request';

const FIELDS = { email: 'email' };

export function ForgottenPasswordPage() {
  const options = useAuthOptions();
  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to="/sign-in">Back to sign in</BackLink>
        {options.isPending ? <Loading /> : options.isError ? <PageProblem error={options.error} /> : options.data.passwordResetByEmail ? <AskForLink /> : <AskAnAdministrator />}
      </GridColumn>
    </GridRow>
  );
}

function AskForLink() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const problems = formProblems(request.error, FIELDS);
  usePageTitle(sentTo ? 'Check your email' : `${problems ? 'Error: ' : ''}Forgotten your password?`);

  function submit(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    request.mutate(
      { email: address },
      {
        onSuccess: () => {
          // The page changes without a navigation: move focus to its new heading all the same.
          requestHeadingFocus();
          setSentTo(address);
        },
      },
    );
  }

  if (sentTo) return <CheckYourEmail email={sentTo} />;
  return (
    <>
      <ProblemSummary problems={problems} />
      <PageHeading>Forgotten your password?</PageHeading>
      <Paragraph>Enter the email address you sign in to {deploymentIdentity().serviceName} with. We will email you a link to choose a new password.</Paragraph>
      <form onSubmit={submit} noValidate>
        <TextInput
          id={FIELDS.email}
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={problems?.byField.email}
        />
        <Button busy={request.isPending}>Send me a link</Button>
      </form>
      <Paragraph>If your organisation uses single sign-on, you do not need a password here: go back and sign in with your organisation account.</Paragraph>
    </>
  );
}

function CheckYourEmail({ email }: { email: string }) {
  return (
    <>
      <PageHeading>Check your email</PageHeading>
      <Paragraph>
        If {email} belongs to an account that signs in with a password, we have emailed it a link to choose a new password.
      </Paragraph>
      <InsetText>
        <Paragraph noMargin>The link works once, for 60 minutes. Asking again sends a new link, and the earlier one stops working.</Paragraph>
      </InsetText>
      <Paragraph>
        If no email arrives within a few minutes, check your junk folder and that the address is the one you sign in with. Your
        organisation’s administrator can also make you a link.
      </Paragraph>
      <Paragraph>
        <Link to="/sign-in">Back to sign in</Link>
      </Paragraph>
    </>
  );
}

function AskAnAdministrator() {
  usePageTitle('Forgotten your password?');
  return (
    <>
      <PageHeading>Forgotten your password?</PageHeading>
      <Paragraph>This service does not send email, so it cannot send you a link to reset your password.</Paragraph>
      <Paragraph>
        Ask an administrator of your organisation for a password reset link. They make one from your page under People, and send it
        to you. It works once, for 24 hours.
      </Paragraph>
      <Paragraph>If your organisation uses single sign-on, you do not need a password here: go back and sign in with your organisation account.</Paragraph>
    </>
  );
}
