// Who may manage passkeys: each person their own, with a signed-in session; never with an API token.
// (Giving a passkey as the second factor is the 'auth.second-factor' action of the mfa module.)
import { allow } from '../../platform/policy/policy.js';

allow('passkey.manage', 'Everyone who is signed in may add, rename and remove their own passkeys.', () => true, { inOrg: false, viaToken: false });
