// The evidence library's words: states as people say them, with a tag colour, and sizes in KB and MB.
import type { TagColour } from '../../../components/Tag';

export const STATE_WORDS: Record<string, { text: string; colour: TagColour }> = {
  current: { text: 'Current', colour: 'green' },
  expiring: { text: 'Expiring soon', colour: 'yellow' },
  expired: { text: 'Expired', colour: 'red' },
  'review-due': { text: 'Review due', colour: 'orange' },
  'not-yet-valid': { text: 'Not yet valid', colour: 'grey' },
};

export const KIND_WORDS: Record<string, string> = { file: 'File', link: 'Link', note: 'Note' };

/** 1.2 MB, 340 KB, 12 bytes: decimal units, as people's computers show them. */
export function sizeInWords(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** What a file input offers first; the server decides from the content either way. */
export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.txt,.csv,.md,.eml,.msg';

export const ACCEPTED_HINT =
  'PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, OpenDocument, text, CSV or email (.eml, .msg). Web pages, SVG, programs, zip files and documents with macros are not accepted.';
