// The browser's part of a passkey ceremony (navigator.credentials through @simplewebauthn/browser),
// with its failures turned into problems a person can act on, shown like any other form problem.
import {
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from '@simplewebauthn/browser';
import { ApiError } from '../../../lib/api-client';

export { browserSupportsWebAuthn as passkeysSupported };

export async function createCredential(optionsJSON: PublicKeyCredentialCreationOptionsJSON) {
  try {
    return await startRegistration({ optionsJSON });
  } catch (error) {
    throw browserProblem(error, 'registration');
  }
}

export async function getAssertion(optionsJSON: PublicKeyCredentialRequestOptionsJSON) {
  try {
    return await startAuthentication({ optionsJSON });
  } catch (error) {
    throw browserProblem(error, 'authentication');
  }
}

function browserProblem(error: unknown, ceremony: 'registration' | 'authentication'): ApiError {
  const code = error instanceof WebAuthnError ? error.code : '';
  const name = error instanceof Error ? error.name : '';
  let detail: string;
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError') {
    detail = 'This device or security key already holds a passkey for your account. Use another one, or keep using that one.';
  } else if (code === 'ERROR_INVALID_DOMAIN' || code === 'ERROR_INVALID_RP_ID' || name === 'SecurityError') {
    detail = 'Passkeys cannot be used at this address. Open Bulwark at its usual address (over HTTPS) and try again.';
  } else if (code === 'ERROR_CEREMONY_ABORTED' || name === 'NotAllowedError' || name === 'AbortError') {
    detail =
      ceremony === 'registration'
        ? 'No passkey was made: the request was cancelled or took too long. Try again when your device or security key is ready.'
        : 'No passkey was used: the request was cancelled, took too long, or this device has no passkey for Bulwark. Try again, or use another way to sign in.';
  } else {
    detail = `Your browser could not use a passkey${error instanceof Error && error.message ? `: ${error.message}` : '.'}`;
  }
  return new ApiError({ status: 0, title: 'The passkey was not used', detail });
}
