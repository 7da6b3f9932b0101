// A real SMTP server in the test process (smtp-server on 127.0.0.1, a free port) that collects what
// Bulwark sends, with just enough MIME reading to see the envelope, the headers and both bodies.
// Plain SMTP without STARTTLS unless asked, so Bulwark must be told so in the URL (?ignoreTLS=true).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  /** MAIL FROM and RCPT TO: whom the server was actually asked to deliver to. */
  envelope: { from: string; to: string[] };
  /** Header names in lower case, each with all its values (unfolded, encoded words decoded). */
  headers: Map<string, string[]>;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

export interface TestSmtpServer {
  port: number;
  /** An SMTP_URL for Bulwark: this server, in plain text, with the credentials if it wants them. */
  url: string;
  received: ReceivedEmail[];
  /** The first email delivered to this address, waiting for it if it has not arrived yet. */
  waitForEmail(to: string, waitMs?: number): Promise<ReceivedEmail>;
  emailsTo(to: string): ReceivedEmail[];
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Require AUTH with these credentials (over plain text, as only a test server should allow). */
  credentials?: { user: string; password: string };
  /** Offer STARTTLS, with smtp-server's own self-signed certificate, which Bulwark must not trust. */
  starttls?: boolean;
}

export async function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = [];
  const waiters: Array<() => void> = [];
  const { credentials, starttls } = options;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: [...(starttls ? [] : ['STARTTLS']), ...(credentials ? [] : ['AUTH'])],
    authOptional: !credentials,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.password) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        received.push({ envelope, ...readMessage(raw), raw });
        for (const wake of waiters.splice(0)) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const auth = credentials ? `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@` : '';
  const emailsTo = (to: string) => received.filter((m) => m.envelope.to.includes(to));

  return {
    port,
    url: `smtp://${auth}127.0.0.1:${port}?ignoreTLS=true`,
    received,
    emailsTo,
    async waitForEmail(to, waitMs = 10_000) {
      const giveUpAt = Date.now() + waitMs;
      for (;;) {
        const found = emailsTo(to)[0];
        if (found) return found;
        const left = giveUpAt - Date.now();
        if (left <= 0) throw new Error(`no email arrived for ${to}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ── reading MIME, as much as these tests need ───────────────────────────────

interface Part {
  headers: Map<string, string[]>;
  body: string;
}

function readMessage(raw: string): Omit<ReceivedEmail, 'envelope' | 'raw'> {
  const message = splitPart(raw);
  const bodies: { text: string; html: string } = { text: '', html: '' };
  collectBodies(message, bodies);
  return { headers: message.headers, subject: message.headers.get('subject')?.[0] ?? '', ...bodies };
}

function splitPart(raw: string): Part {
  const end = raw.indexOf('\r\n\r\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const body = end === -1 ? '' : raw.slice(end + 4);
  const headers = new Map<string, string[]>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), decodeWords(line.slice(colon + 1).trim())]);
  }
  return { headers, body };
}

function collectBodies(part: Part, into: { text: string; html: string }): void {
  const type = part.headers.get('content-type')?.[0] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const sections = part.body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith('--')) break;
      collectBodies(splitPart(section.replace(/^\r\n/, '')), into);
    }
    return;
  }
  const decoded = decodeBody(part.body, part.headers.get('content-transfer-encoding')?.[0] ?? '7bit');
  if (type.toLowerCase().startsWith('text/html')) into.html += decoded;
  else if (type.toLowerCase().startsWith('text/plain')) into.text += decoded;
}

function decodeBody(body: string, encoding: string): string {
  const trimmed = body.replace(/\r\n$/, '');
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return quotedPrintable(trimmed.replace(/=\r\n/g, '')).replace(/\r\n/g, '\n');
    default:
      return trimmed.replace(/\r\n/g, '\n');
  }
}

function quotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), joining neighbours as the RFC says. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_all, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : quotedPrintable(text.replace(/_/g, ' ')),
    );
}
