// Helping a person who cannot sign in: a single-use link to choose a new password (shown once, and
// emailed to them when the installation sends email), or removing their second factors after a lost phone so that they set
// one up again. Removing factors weakens the account, so it is confirmed first.
import { useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { SuccessBanner, WarningCallout } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Heading, Paragraph } from '../../../components/Typography';
import { formProblems } from '../../../lib/form-problems';
import type { Member } from '../api/types';
import { useCreateResetLink } from '../api/create-reset-link';
import { useResetSecondFactors } from '../api/reset-second-factors';
import { DeliveredLink } from './DeliveredLink';

export function SignInHelp({ orgId, member }: { orgId: string; member: Member }) {
  const resetLink = useCreateResetLink(orgId, member.userId);
  const resetFactors = useResetSecondFactors(orgId, member.userId);
  const [confirming, setConfirming] = useState(false);
  const [factorsReset, setFactorsReset] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const shown = useRef(false);
  const failed = resetLink.error ?? resetFactors.error;

  // The question replaces the button pressed, and the button the question: keep focus where the action is.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (shown.current && !factorsReset) startButton.current?.focus();
    shown.current = confirming;
  }, [confirming, factorsReset]);

  function createLink() {
    resetFactors.reset();
    setFactorsReset(false);
    resetLink.mutate();
  }

  function removeFactors() {
    resetLink.reset();
    resetFactors.mutate(undefined, {
      onSuccess: () => {
        setFactorsReset(true);
        setConfirming(false);
      },
    });
  }

  return (
    <section aria-labelledby="sign-in-help">
      <Heading id="sign-in-help">Help signing in</Heading>
      <ProblemSummary problems={formProblems(failed, {})} />
      {factorsReset && (
        <SuccessBanner>
          {member.name}’s second factors have been removed. They will set one up again the next time they sign in, if their
          roles require it.
        </SuccessBanner>
      )}

      <Heading level={3}>Forgotten password</Heading>
      <Paragraph>
        Create a link with which {member.name} chooses a new password. It works once, for 24 hours, and any earlier link
        stops working. Their sessions end when they use it.
      </Paragraph>
      {resetLink.data ? (
        <DeliveredLink
          headingLevel={4}
          heading={`Password reset link for ${member.name}`}
          link={resetLink.data.link}
          expiresAt={resetLink.data.expiresAt}
          delivery={resetLink.data.delivery}
          person={member.name}
          email={member.email}
        />
      ) : (
        <Button variant="secondary" type="button" onClick={createLink} busy={resetLink.isPending}>
          Create password reset link
        </Button>
      )}

      <Heading level={3}>Lost second factor</Heading>
      {confirming ? (
        <WarningCallout headingLevel={3} heading={`Reset ${member.name}’s second factors?`}>
          <Paragraph>
            Their authenticator app, passkeys and recovery codes will stop working. Check it is really them asking, by a route
            other than email, before you do this.
          </Paragraph>
          <ButtonGroup>
            <Button variant="warning" type="button" onClick={removeFactors} busy={resetFactors.isPending} ref={confirmButton}>
              Yes, reset second factors
            </Button>
            <Button variant="secondary" type="button" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </ButtonGroup>
        </WarningCallout>
      ) : (
        <>
          <Paragraph>
            If {member.name} has lost the phone with their authenticator app, or their passkey, remove their second factors so
            that they can set up new ones.
          </Paragraph>
          <Button
            variant="secondary"
            type="button"
            ref={startButton}
            onClick={() => {
              setFactorsReset(false);
              setConfirming(true);
            }}
          >
            Reset second factors
          </Button>
        </>
      )}
    </section>
  );
}
