// Sending email through the organisation's mail server (SMTP_URL), for modules to call through the
// app context. TLS unless the URL turns it off, short timeouts, exactly one plain recipient per
// message, no file or URL access by the mail library, and logs that name the purpose and the SMTP
// error code but never the body, the recipient or the password.
import nodemailer, { type Transporter } from 'nodemailer';
import { headerText, isDeliverableAddress } from './addresses.js';
import type { SmtpSettings } from './smtp-settings.js';

export interface EmailMessage {
  /** One plain address; anything else is refused before it reaches the mail server. */
  to: string;
  /** The person's name, shown beside the address. */
  toName?: string | null | undefined;
  subject: string;
  text: string;
  html: string;
  /** What the message is for ('invitation', 'password-reset'), for the logs. */
  purpose: string;
  /** Which record it is about (a link's id, never its token), for the logs. */
  reference?: string | undefined;
}

/** 'not-configured' when SMTP_URL is unset: the caller hands the link over some other way. */
export type DeliveryOutcome = 'sent' | 'failed' | 'not-configured';

/** The part of a pino logger the service uses. */
export interface EmailLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface EmailService {
  readonly enabled: boolean;
  sendEmail(message: EmailMessage): Promise<DeliveryOutcome>;
  /**
   * Runs work that the caller must not wait for, so that an answer cannot depend on it (how long it
   * takes included). Failures are logged; settled() waits for everything started.
   */
  inBackground(what: string, work: () => Promise<void>): void;
  settled(): Promise<void>;
  /** Where to log; the server points this at its own logger. Silent until then. */
  logTo(log: EmailLog): void;
  close(): Promise<void>;
}

const SECONDS = 1000;
// A mail server that does not answer must not hold a request (an administrator inviting someone) for long.
const TIMEOUTS = { connectionTimeout: 10 * SECONDS, greetingTimeout: 10 * SECONDS, socketTimeout: 20 * SECONDS, dnsTimeout: 10 * SECONDS };

const silent: EmailLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function createEmailService(settings: SmtpSettings | undefined): EmailService {
  const transporter = settings ? transporterFor(settings) : undefined;
  const pending = new Set<Promise<void>>();
  let log = silent;

  async function sendEmail(message: EmailMessage): Promise<DeliveryOutcome> {
    if (!transporter || !settings) return 'not-configured';
    const about = { purpose: message.purpose, reference: message.reference };
    if (!isDeliverableAddress(message.to)) {
      log.warn({ ...about, reason: 'the recipient is not one plain email address' }, 'email not sent');
      return 'failed';
    }
    const name = message.toName ? headerText(message.toName) : '';
    try {
      const info = await transporter.sendMail({
        from: { name: settings.from.name ? headerText(settings.from.name) : '', address: settings.from.address },
        to: { name, address: message.to },
        // The envelope is given, not worked out from the headers: the message goes to this address only.
        envelope: { from: settings.from.address, to: [message.to] },
        subject: headerText(message.subject, 300),
        text: message.text,
        html: message.html,
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      if (info.rejected?.length) {
        log.warn({ ...about, reason: 'the mail server refused the recipient' }, 'email not sent');
        return 'failed';
      }
      log.info({ ...about, messageId: info.messageId }, 'email sent');
      return 'sent';
    } catch (error) {
      log.warn({ ...about, ...smtpFailure(error) }, 'email not sent');
      return 'failed';
    }
  }

  return {
    enabled: transporter !== undefined,
    sendEmail,
    inBackground(what, work) {
      const running: Promise<void> = work()
        .catch((error: unknown) => log.error({ what, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, 'background email work failed'))
        .finally(() => pending.delete(running));
      pending.add(running);
    },
    async settled() {
      while (pending.size) await Promise.all([...pending]);
    },
    logTo(next) {
      log = next;
    },
    async close() {
      transporter?.close();
    },
  };
}

function transporterFor(settings: SmtpSettings): Transporter {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    // smtp:// must upgrade with STARTTLS or fail; only an explicit ignoreTLS=true sends in plain text.
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    tls: { minVersion: 'TLSv1.2' },
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    ...TIMEOUTS,
    logger: false,
    debug: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

/**
 * What went wrong, in terms safe to log: the library's error code and the system's beneath it, the
 * SMTP reply code and the command that failed. The reply's text is left out: servers quote the recipient's address in it.
 */
function smtpFailure(error: unknown): { code: string; cause?: string; responseCode?: number; command?: string } {
  const e = error as { code?: unknown; originalCode?: unknown; responseCode?: unknown; command?: unknown };
  return {
    code: typeof e.code === 'string' ? e.code : 'unknown',
    // The system's own code beneath it: ECONNREFUSED, CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT…
    ...(typeof e.originalCode === 'string' ? { cause: e.originalCode.slice(0, 60) } : {}),
    ...(typeof e.responseCode === 'number' ? { responseCode: e.responseCode } : {}),
    // 'AUTH PLAIN', 'RCPT TO': the verb only, never what was sent with it.
    ...(typeof e.command === 'string' ? { command: e.command.split(/\s/).slice(0, 2).join(' ').slice(0, 20) } : {}),
  };
}
