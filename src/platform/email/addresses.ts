// Email addresses and header text that are safe to hand to the mail library: exactly one plain
// address per recipient, and no line breaks or control characters that could start another header.

// The unquoted form of RFC 5322 (dot-atom): no commas, quotes, angle brackets or spaces, so one
// string can never name a second recipient.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** True for one plain address (`name@example.nhs.uk`) that a message may be sent to. */
export function isDeliverableAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.length > 254) return false;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  return local.length <= 64 && LOCAL_PART.test(local) && labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label));
}

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROL = '[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]';
const CONTROL_RUNS = new RegExp(`${CONTROL}+`, 'g');
const HAS_CONTROL = new RegExp(CONTROL);

/** Text for a header (a subject, a display name): one line, controls turned into spaces, bounded. */
export function headerText(value: string, maxLength = 200): string {
  return value.replace(CONTROL_RUNS, ' ').replace(/\s{2,}/g, ' ').trim().slice(0, maxLength);
}

export interface Mailbox {
  name: string | undefined;
  address: string;
}

/** The sender from SMTP_FROM: `bulwark@trust.nhs.uk` or `Bulwark <bulwark@trust.nhs.uk>`; null if it is neither. */
export function parseMailbox(value: string): Mailbox | null {
  if (HAS_CONTROL.test(value)) return null;
  const trimmed = value.trim();
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  const address = named ? named[2]!.trim() : trimmed;
  const name = named ? named[1]!.trim().replace(/^"(.*)"$/, '$1') : undefined;
  if (!isDeliverableAddress(address)) return null;
  return { name: name || undefined, address };
}
