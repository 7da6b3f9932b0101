// A passkey as the second factor a person sets up, on the set-up page they reach on first sign-in when
// their organisation requires one. Once it is added the session is complete; the recovery codes that
// come with it are shown once, then the person carries on to the page they asked for.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { Heading, Paragraph } from '../../../components/Typography';
import { safeReturnTo } from '../../../lib/return-to';
import { forgetSessionData, meQueryKey, useMe } from '../../../lib/session';
import type { PasskeyAdded } from '../api/add-passkey';
import { passkeysSupported } from '../api/browser-ceremony';
import { AddPasskeyForm } from './AddPasskeyForm';
import { PasskeyRecoveryCodes } from './PasskeyRecoveryCodes';

export function PasskeyEnrolment() {
  const me = useMe().data;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [added, setAdded] = useState<PasskeyAdded | null>(null);
  const [leaving, setLeaving] = useState(false);
  if (!me || !passkeysSupported()) return null;

  async function carryOn() {
    setLeaving(true);
    // Signing in is complete now: "who am I" gains the person's organisations.
    forgetSessionData(queryClient);
    await queryClient.refetchQueries({ queryKey: meQueryKey, exact: true });
    await navigate(safeReturnTo(searchParams.get('returnTo')), { replace: true });
  }

  return (
    <section aria-labelledby="enrol-passkey" className="nhsuk-u-margin-top-6">
      <Heading id="enrol-passkey">Or use a passkey instead</Heading>
      {added ? (
        <>
          <SuccessBanner>
            Your passkey “{added.passkey.name}” has been added. Next time, use it after your password, or on its own to sign in
            without one.
          </SuccessBanner>
          {added.recoveryCodes && <PasskeyRecoveryCodes codes={added.recoveryCodes} email={me.user.email} />}
          <Button type="button" onClick={() => void carryOn()} busy={leaving}>
            Continue
          </Button>
        </>
      ) : (
        <>
          <Paragraph>
            A passkey on this device (fingerprint, face or screen lock) or a security key works instead of an authenticator
            app. It cannot be used by a fake sign-in page.
          </Paragraph>
          <AddPasskeyForm id="enrol-passkey-form" heading="Add a passkey" onAdded={setAdded} />
        </>
      )}
    </section>
  );
}
