// Organisation Data Service codes: upper-case letters and digits. Where the shape for a type is
// well established it is checked; otherwise only the general form.
import type { OrganisationType } from './organisation-types.js';

const GENERAL = /^[A-Z0-9]{3,10}$/;

const BY_TYPE: Partial<Record<OrganisationType, { pattern: RegExp; shape: string }>> = {
  'nhs-trust': { pattern: /^[RT][A-Z0-9]{2}$/, shape: '3 characters starting R or T, such as RXX' },
  'nhs-foundation-trust': { pattern: /^[RT][A-Z0-9]{2}$/, shape: '3 characters starting R or T, such as RXX' },
  icb: { pattern: /^Q[A-Z0-9]{2}$/, shape: '3 characters starting Q, such as QXX' },
  'gp-practice': { pattern: /^[A-Z]\d{5}$/, shape: 'a letter then 5 digits, such as A12345' },
  site: { pattern: /^[A-Z0-9]{5}$/, shape: '5 characters, such as RXX01' },
};

/** Upper-cases and trims; returns the normalised code or a reason it is not one. */
export function checkOdsCode(raw: string, type: OrganisationType): { ok: true; code: string } | { ok: false; reason: string } {
  const code = raw.trim().toUpperCase();
  if (!GENERAL.test(code)) {
    return { ok: false, reason: `"${raw}" is not an ODS code: use 3 to 10 letters and digits` };
  }
  const rule = BY_TYPE[type];
  if (rule && !rule.pattern.test(code)) {
    return { ok: false, reason: `"${raw}" is not an ODS code for this type of organisation: expected ${rule.shape}` };
  }
  return { ok: true, code };
}
