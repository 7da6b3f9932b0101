// The sign-in pages, with the options other features offer on them: single sign-on and passkeys.
import { SecondFactorPage as SecondFactorPageOf, SignInPage as SignInPageOf } from '../../features/auth';
import { PasskeySecondFactor, PasskeySignIn } from '../../features/passkeys';
import { SingleSignOnOption } from '../../features/sso';

export function SignInPage() {
  return (
    <SignInPageOf
      otherWays={(returnTo) => (
        <>
          <SingleSignOnOption />
          <PasskeySignIn returnTo={returnTo} />
        </>
      )}
    />
  );
}

export function SecondFactorPage() {
  return <SecondFactorPageOf passkey={(onSignedIn) => <PasskeySecondFactor onSignedIn={onSignedIn} />} />;
}
