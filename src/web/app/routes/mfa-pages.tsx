// Setting up a second factor, with the passkeys feature's way of setting up a passkey instead.
import { SetUpMfaPage as SetUpMfaPageOf } from '../../features/mfa';
import { PasskeyEnrolment } from '../../features/passkeys';

export function SetUpMfaPage() {
  return <SetUpMfaPageOf passkeyEnrolment={<PasskeyEnrolment />} />;
}
