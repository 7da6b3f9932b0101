// The API contract for second factors and the MFA policy.
import { z } from 'zod';

export const mfaStatus = z.object({
  totp: z.boolean(),
  passkeys: z.number(),
  recoveryCodesLeft: z.number(),
  required: z.boolean(),
});
export type MfaStatus = z.infer<typeof mfaStatus>;

export const totpSetup = z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() });
export type TotpSetup = z.infer<typeof totpSetup>;

export const codeBody = z.object({ code: z.string().max(40) });
export type CodeBody = z.infer<typeof codeBody>;

export const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()).nullable() });
export type RecoveryCodes = z.infer<typeof recoveryCodes>;

/**
 * Giving or enrolling the second factor renews the session: a new cookie, and this CSRF token for it
 * (the session's current one when nothing was renewed).
 */
export const renewedSession = z.object({ csrfToken: z.string() });
export type RenewedSession = z.infer<typeof renewedSession>;
export const totpConfirmed = recoveryCodes.extend(renewedSession.shape);
export type TotpConfirmed = z.infer<typeof totpConfirmed>;
export const recoveryCodeGiven = renewedSession.extend({ recoveryCodesLeft: z.number() });
export type RecoveryCodeGiven = z.infer<typeof recoveryCodeGiven>;

export const currentPasswordBody = z.object({ currentPassword: z.string().max(1024) });

export const mfaPolicyBody = z.object({ mfaPolicy: z.string().max(20) });
export type MfaPolicyBody = z.infer<typeof mfaPolicyBody>;
