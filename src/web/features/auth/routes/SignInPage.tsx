// Sign in with email and password. Problems (wrong password, account locked for N minutes) are shown
// in an error summary with the API's own words. A person who must give a second factor, or set one
// up first, goes on to that step (see lib/sign-in-stage).
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { GridColumn, GridRow, SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { TextInput } from '../../../components/TextInput';
import { Paragraph } from '../../../components/Typography';
import { formProblems } from '../../../lib/form-problems';
import { deploymentIdentity } from '../../../lib/identity';
import { usePageTitle } from '../../../lib/page-title';
import { safeReturnTo } from '../../../lib/return-to';
import { useMe } from '../../../lib/session';
import { pathForStage } from '../../../lib/sign-in-stage';
import { useSignIn } from '../api/sign-in';

const FIELDS = { email: 'email', password: 'password' };

// Sign-out ends with a fresh load of this page (see api/sign-out), so the message comes in the address.
const SIGNED_OUT: Record<string, (service: string) => string> = {
  this: (service) => `You have signed out of ${service}.`,
  everywhere: (service) => `You have signed out of every ${service} session, including this one.`,
};

// A new password set from a reset link ends every session, so the person signs in here with it.
const PASSWORD_RESET = 'Your password has been changed. Sign in with your new password.';

export interface SignInPageOptions {
  /** The other ways to sign in (single sign-on, a passkey), offered below the password form; the app passes them in. */
  otherWays: (returnTo: string) => ReactNode;
}

export function SignInPage({ otherWays }: SignInPageOptions) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const { serviceName } = deploymentIdentity();
  const signedOut = SIGNED_OUT[searchParams.get('signedOut') ?? '']?.(serviceName);
  const passwordReset = searchParams.get('passwordReset') === 'done';

  const problems = formProblems(signIn.error, FIELDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Sign in`);

  // Already signed in (for example, back button after signing in): carry on, or finish signing in.
  if (me.data && !signIn.isPending) return <Navigate to={pathForStage(me.data.stage, returnTo)} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (result) => void navigate(pathForStage(result.stage, returnTo), { replace: true }),
        onError: () => setPassword(''),
      },
    );
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        {signedOut && !problems && <SuccessBanner title="Signed out">{signedOut}</SuccessBanner>}
        {passwordReset && !problems && <SuccessBanner title="Password changed">{PASSWORD_RESET}</SuccessBanner>}
        <ProblemSummary problems={problems} />
        <PageHeading>Sign in to {serviceName}</PageHeading>
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
          <TextInput
            id={FIELDS.password}
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={problems?.byField.password}
          />
          <Button busy={signIn.isPending}>Sign in</Button>
        </form>
        <Paragraph>
          <Link to="/forgotten-password">Forgotten your password?</Link>
        </Paragraph>
        {otherWays(returnTo)}
      </GridColumn>
    </GridRow>
  );
}
