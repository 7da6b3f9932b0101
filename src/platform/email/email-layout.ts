// One plain layout for every email Bulwark sends: modules describe a message as a heading and blocks,
// and get both bodies from it. The HTML is escaped, styled inline (mail programs drop style sheets),
// in NHS colours and Arial, and loads nothing from anywhere: no images, no fonts, no tracking. The
// service's name and the organisation running it come from the deployment's identity (decision 61).
import type { IdentityNames } from '../identity/deployment-identity.js';

export type EmailBlock =
  /** A paragraph of text. */
  | { paragraph: string }
  /** The one thing to do: a button in HTML, with the address written out beneath it. */
  | { action: string; href: string }
  /** Smaller, secondary text. */
  | { note: string };

export interface EmailContent {
  subject: string;
  heading: string;
  blocks: EmailBlock[];
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Who an email is from, as its banner and footer say. */
export type EmailSender = IdentityNames;

function footerOf({ serviceName, organisationName }: EmailSender): string {
  const whose = organisationName ? `${organisationName}’s` : 'your organisation’s';
  return `Sent by ${serviceName}, ${whose} cyber-resilience workbench. ${serviceName} never asks for your password by email.`;
}

export function renderEmail(content: EmailContent, sender: EmailSender): RenderedEmail {
  return { subject: content.subject, text: textBody(content, sender), html: htmlBody(content, sender) };
}

function textBody({ heading, blocks }: EmailContent, sender: EmailSender): string {
  const parts = blocks.map((block) => ('paragraph' in block ? block.paragraph : 'note' in block ? block.note : `${block.action}:\n${block.href}`));
  return [heading, ...parts, footerOf(sender)].join('\n\n') + '\n';
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const TEXT_COLOUR = '#212b32';
const SECONDARY_COLOUR = '#4c6272';
const NHS_BLUE = '#005eb8';

function htmlBody({ subject, heading, blocks }: EmailContent, sender: EmailSender): string {
  const body = blocks.map(htmlBlock).join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f0f4f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f0f4f5;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;">
<tr><td style="background-color:${NHS_BLUE};padding:16px 24px;${FONT}font-size:24px;line-height:32px;font-weight:bold;color:#ffffff;">${escapeHtml(sender.serviceName)}${sender.organisationName ? `<br><span style="font-size:16px;line-height:24px;">${escapeHtml(sender.organisationName)}</span>` : ''}</td></tr>
<tr><td style="padding:24px;${FONT}font-size:16px;line-height:24px;color:${TEXT_COLOUR};">
<h1 style="margin:0 0 16px;${FONT}font-size:26px;line-height:32px;color:${TEXT_COLOUR};">${escapeHtml(heading)}</h1>
${body}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #d8dde0;${FONT}font-size:14px;line-height:20px;color:${SECONDARY_COLOUR};">${escapeHtml(footerOf(sender))}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function htmlBlock(block: EmailBlock): string {
  if ('paragraph' in block) return `<p style="margin:0 0 16px;">${escapeHtml(block.paragraph)}</p>`;
  if ('note' in block) return `<p style="margin:0 0 16px;font-size:14px;line-height:20px;color:${SECONDARY_COLOUR};">${escapeHtml(block.note)}</p>`;
  const href = escapeHtml(block.href);
  return [
    `<p style="margin:24px 0 16px;"><a href="${href}" style="display:inline-block;padding:12px 16px;background-color:#007f3b;border-bottom:4px solid #00401e;border-radius:4px;${FONT}font-size:18px;font-weight:bold;line-height:24px;color:#ffffff;text-decoration:none;">${escapeHtml(block.action)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:14px;line-height:20px;color:${SECONDARY_COLOUR};">If the button does not work, copy this address into your browser:<br><span style="word-break:break-all;color:${NHS_BLUE};">${href}</span></p>`,
  ].join('\n');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const UK_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/** An instant as people in the UK read it ("Friday 5 December 2025 at 14:30"), whatever the server's zone. */
export function ukDateTime(iso: string): string {
  const parts = Object.fromEntries(UK_TIME.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
}
