// The second step of signing in: a code from the person's authenticator app, or one of their
// recovery codes, or (where they have one) a passkey. Each wrong code counts towards the same
// lockout as a wrong password, and the API's words say so.
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, LinkButton } from '../../../components/Button';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { Paragraph } from '../../../components/Typography';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { safeReturnTo } from '../../../lib/return-to';
import { useSignInFactors } from '../api/factors';
import { type SecondFactorMethod, useGiveSecondFactor } from '../api/second-factor';

const INPUT_IDS: Record<SecondFactorMethod, string> = { totp: 'totp-code', 'recovery-code': 'recovery-code' };

export interface SecondFactorPageOptions {
  /** The passkey option, for a person who has one; it calls onSignedIn once the passkey is accepted. The app passes it in. */
  passkey: (onSignedIn: () => void) => ReactNode;
}

export function SecondFactorPage({ passkey }: SecondFactorPageOptions) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const factors = useSignInFactors();
  const give = useGiveSecondFactor();
  const [chosen, setChosen] = useState<SecondFactorMethod | null>(null);
  const [code, setCode] = useState('');
  const switched = useRef(false);

  // Without an authenticator app, a recovery code is the form offered (beside any passkey).
  const method: SecondFactorMethod = chosen ?? (factors.data?.totp === false ? 'recovery-code' : 'totp');
  const problems = formProblems(give.error, { code: INPUT_IDS[method] });
  usePageTitle(`${problems ? 'Error: ' : ''}Confirm it’s you`);

  // The control pressed to switch disappears: put the cursor in the field that replaced it.
  useEffect(() => {
    if (switched.current) document.getElementById(INPUT_IDS[method])?.focus();
  }, [method]);

  if (factors.isPending) return <Loading />;
  if (factors.isError) return <PageProblem error={factors.error} />;

  /** The session is complete: carry on to the page the person asked for. */
  function finish() {
    void navigate(returnTo, { replace: true });
  }

  function switchTo(next: SecondFactorMethod) {
    switched.current = true;
    give.reset();
    setCode('');
    setChosen(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    give.mutate({ method, code }, { onSuccess: finish, onError: () => setCode('') });
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <ProblemSummary problems={problems} />
        <PageHeading>Confirm it’s you</PageHeading>
        <form onSubmit={submit} noValidate>
          {method === 'totp' ? (
            <>
              <Paragraph>Open the authenticator app on your phone and enter the 6-digit code it shows for Bulwark.</Paragraph>
              <TextInput
                id={INPUT_IDS.totp}
                name="code"
                label="Code from your authenticator app"
                inputMode="numeric"
                autoComplete="one-time-code"
                spellCheck={false}
                width={10}
                value={code}
                onChange={setCode}
                error={problems?.byField.code}
              />
            </>
          ) : (
            <TextInput
              id={INPUT_IDS['recovery-code']}
              name="code"
              label="Recovery code"
              hint="One of the recovery codes you saved when you set up your second factor. Each code works once."
              autoComplete="off"
              spellCheck={false}
              width={20}
              code
              value={code}
              onChange={setCode}
              error={problems?.byField.code}
            />
          )}
          <Button busy={give.isPending}>Continue</Button>
        </form>
        {factors.data.passkeys > 0 && passkey(finish)}
        {method === 'totp' ? (
          <Paragraph>
            <LinkButton onClick={() => switchTo('recovery-code')}>Use a recovery code instead</LinkButton>
          </Paragraph>
        ) : (
          factors.data.totp && (
            <Paragraph>
              <LinkButton onClick={() => switchTo('totp')}>Use your authenticator app instead</LinkButton>
            </Paragraph>
          )
        )}
        <Paragraph>If you cannot use any of these, ask your organisation’s administrator to reset your second factors.</Paragraph>
      </GridColumn>
    </GridRow>
  );
}
