// Your second factors: the authenticator app (set it up, or remove it with your password) and your
// recovery codes (how many are left, and new ones shown once).
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup, ButtonLink } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { RecoveryCodes } from '../../../components/RecoveryCodes';
import { Loading, SectionProblem } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import { formProblems } from '../../../lib/form-problems';
import { useMfaStatus } from '../api/get-mfa-status';
import { useNewRecoveryCodes } from '../api/new-recovery-codes';
import { useRemoveTotp } from '../api/remove-totp';

const SET_UP_FROM_HERE = `/set-up-mfa?returnTo=${encodeURIComponent('/account')}`;

export function SecondFactorsSection({ email }: { email: string }) {
  const status = useMfaStatus();
  const newCodes = useNewRecoveryCodes();
  const [removed, setRemoved] = useState(false);

  return (
    <section aria-labelledby="second-factors">
      <Heading id="second-factors" spaceAbove>
        Second factor
      </Heading>
      {status.isPending && <Loading>Loading your second factors…</Loading>}
      {status.isError && <SectionProblem error={status.error} what="Your second factors" />}
      {status.data && (
        <>
          <Paragraph>
            {status.data.required
              ? 'Your organisation requires you to confirm it’s you with a second factor after your password.'
              : 'A second factor keeps your account safe even if someone learns your password.'}
          </Paragraph>
          {removed && <SuccessBanner>Your authenticator app has been removed.</SuccessBanner>}

          <Heading level={3}>Authenticator app</Heading>
          {status.data.totp ? (
            <RemoveTotp onRemoved={() => setRemoved(true)} />
          ) : (
            <>
              <Paragraph>Not set up.</Paragraph>
              <ButtonLink to={SET_UP_FROM_HERE} variant="secondary">
                Set up an authenticator app
              </ButtonLink>
            </>
          )}

          <Heading level={3}>Recovery codes</Heading>
          {status.data.totp || status.data.passkeys > 0 ? (
            <>
              <Paragraph>
                You have {status.data.recoveryCodesLeft} unused recovery code{status.data.recoveryCodesLeft === 1 ? '' : 's'}. Each
                lets you sign in once when your second factor is not to hand.
              </Paragraph>
              <ProblemSummary problems={formProblems(newCodes.error, {})} />
              {newCodes.data?.recoveryCodes ? (
                <>
                  <SuccessBanner>You have new recovery codes. Your old ones no longer work.</SuccessBanner>
                  <RecoveryCodes codes={newCodes.data.recoveryCodes} email={email} />
                </>
              ) : (
                <>
                  <Paragraph>Getting new codes stops your old ones working.</Paragraph>
                  <Button variant="secondary" type="button" onClick={() => newCodes.mutate()} busy={newCodes.isPending}>
                    Get new recovery codes
                  </Button>
                </>
              )}
            </>
          ) : (
            <Paragraph>You get recovery codes when you set up a second factor.</Paragraph>
          )}
        </>
      )}
    </section>
  );
}

/** "Remove", then the password to confirm it: removing a factor weakens the account, so it is asked for again. */
function RemoveTotp({ onRemoved }: { onRemoved: () => void }) {
  const remove = useRemoveTotp();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const startButton = useRef<HTMLButtonElement>(null);
  const shown = useRef(false);
  const problems = formProblems(remove.error, { currentPassword: 'remove-totp-password' });

  // The button pressed is replaced by the form, or the form by the button: keep focus where the action is.
  useEffect(() => {
    if (confirming) document.getElementById('remove-totp-password')?.focus();
    else if (shown.current) startButton.current?.focus();
    shown.current = confirming;
  }, [confirming]);

  function submit(event: FormEvent) {
    event.preventDefault();
    remove.mutate(password, { onSuccess: onRemoved, onError: () => setPassword('') });
  }

  if (!confirming) {
    return (
      <>
        <Paragraph>Set up. You enter a code from it after your password.</Paragraph>
        <Button variant="secondary" type="button" ref={startButton} onClick={() => setConfirming(true)}>
          Remove authenticator app
        </Button>
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="remove-totp">
      <Heading level={4} id="remove-totp">
        Remove your authenticator app
      </Heading>
      <ProblemSummary problems={problems} />
      <TextInput
        id="remove-totp-password"
        name="currentPassword"
        label="Your password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={problems?.byField.currentPassword}
      />
      <ButtonGroup>
        <Button variant="warning" busy={remove.isPending}>
          Remove authenticator app
        </Button>
        <Button
          variant="secondary"
          type="button"
          onClick={() => {
            remove.reset();
            setPassword('');
            setConfirming(false);
          }}
        >
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}
