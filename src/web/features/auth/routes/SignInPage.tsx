// Sign in with email and password. Problems (wrong password, account locked for N minutes) are shown
// in an error summary with the API's own words.
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { GridColumn, GridRow, SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { TextInput } from '../../../components/TextInput';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import { useSignIn } from '../api/sign-in';
import { safeReturnTo } from '../return-to';

const FIELDS = { email: 'email', password: 'password' };

// Sign-out ends with a fresh load of this page (see api/sign-out), so the message comes in the address.
const SIGNED_OUT: Record<string, string> = {
  this: 'You have signed out of Bulwark.',
  everywhere: 'You have signed out of every Bulwark session, including this one.',
};

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const notice = SIGNED_OUT[searchParams.get('signedOut') ?? ''];

  const problems = formProblems(signIn.error, FIELDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Sign in`);

  // Already signed in (for example, back button after signing in): carry on.
  if (me.data && !signIn.isPending) return <Navigate to={returnTo} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(returnTo, { replace: true }),
        onError: () => setPassword(''),
      },
    );
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        {notice && !problems && <SuccessBanner title="Signed out">{notice}</SuccessBanner>}
        <ProblemSummary problems={problems} />
        <PageHeading>Sign in to Bulwark</PageHeading>
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
      </GridColumn>
    </GridRow>
  );
}
