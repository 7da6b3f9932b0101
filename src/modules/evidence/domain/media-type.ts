// What kind of file an upload is, decided from its bytes alone: the name and the Content-Type a
// browser sends are claims anyone can make. Only kinds people can open safely are accepted.
import { extensionOf } from './download-name.js';

export interface AcceptedType {
  mediaType: string;
  /** In words, for messages: "a PDF document". */
  label: string;
  /** Extensions a name may end with for this kind; the first is added to a name that has none. */
  extensions: readonly string[];
}

export type Sniffed = { ok: true; type: AcceptedType; fileName: string } | { ok: false; reason: string };

const T = (mediaType: string, label: string, ...extensions: string[]): AcceptedType => ({ mediaType, label, extensions });

export const ACCEPTED_TYPES = {
  pdf: T('application/pdf', 'a PDF document', 'pdf'),
  png: T('image/png', 'a PNG image', 'png'),
  jpeg: T('image/jpeg', 'a JPEG image', 'jpg', 'jpeg'),
  gif: T('image/gif', 'a GIF image', 'gif'),
  webp: T('image/webp', 'a WebP image', 'webp'),
  docx: T('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a Word document', 'docx'),
  xlsx: T('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'an Excel workbook', 'xlsx'),
  pptx: T('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'a PowerPoint presentation', 'pptx'),
  odt: T('application/vnd.oasis.opendocument.text', 'an OpenDocument text', 'odt'),
  ods: T('application/vnd.oasis.opendocument.spreadsheet', 'an OpenDocument spreadsheet', 'ods'),
  odp: T('application/vnd.oasis.opendocument.presentation', 'an OpenDocument presentation', 'odp'),
  csv: T('text/csv', 'a CSV file', 'csv'),
  text: T('text/plain', 'a plain text file', 'txt', 'text', 'log', 'md'),
  eml: T('message/rfc822', 'an email message', 'eml'),
  msg: T('application/vnd.ms-outlook', 'an Outlook message', 'msg'),
} as const satisfies Record<string, AcceptedType>;

/** The kinds accepted, in words, for the message that refuses everything else. */
export const ACCEPTED_IN_WORDS = 'PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint, OpenDocument, plain text, CSV, email (.eml) and Outlook (.msg) files';

const KNOWN_EXTENSIONS = new Map<string, AcceptedType>(Object.values(ACCEPTED_TYPES).flatMap((t) => t.extensions.map((e) => [e, t] as const)));

/** The kind of file these bytes are, and the name to keep, or why the file is refused. */
export function sniffMediaType(fileName: string, bytes: Uint8Array): Sniffed {
  const quoted = `“${fileName}”`;
  if (bytes.length === 0) return { ok: false, reason: `${quoted} is empty.` };
  const extension = extensionOf(fileName);
  const found = contentKind(bytes, extension);
  if ('refused' in found) return { ok: false, reason: `${quoted} is not accepted: ${found.refused}` };
  const type = found.type;
  if (extension === null) return { ok: true, type, fileName: `${fileName}.${type.extensions[0]}` };
  if (type.extensions.includes(extension)) return { ok: true, type, fileName };
  const claimed = KNOWN_EXTENSIONS.get(extension);
  if (claimed) {
    return { ok: false, reason: `${quoted} is not accepted: its name says ${claimed.label} but its content is ${type.label}. Rename it to end .${type.extensions[0]}, or upload the right file.` };
  }
  return { ok: false, reason: `${quoted} is not accepted: its content is ${type.label} but its name ends .${extension}. Rename it to end .${type.extensions[0]}.` };
}

type ContentKind = { type: AcceptedType } | { refused: string };

function contentKind(b: Uint8Array, extension: string | null): ContentKind {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { type: ACCEPTED_TYPES.pdf };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: ACCEPTED_TYPES.png };
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { type: ACCEPTED_TYPES.jpeg };
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return { type: ACCEPTED_TYPES.gif };
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return { type: ACCEPTED_TYPES.webp };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return zipKind(b);
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return compoundFileKind(b);
  const executable = executableKind(b);
  if (executable) return { refused: `it is ${executable}, which could harm the computer of whoever opens it.` };
  return textKind(b, extension);
}

// Outlook messages and the older Office formats (.doc, .xls, .ppt) share one container. A message
// has its properties in storages named __substg1.0_…; anything else is an older Office document,
// which can carry macros.
const MESSAGE_STORAGE = Buffer.from('__substg1.0_', 'utf16le');

function compoundFileKind(b: Uint8Array): ContentKind {
  if (Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(MESSAGE_STORAGE)) return { type: ACCEPTED_TYPES.msg };
  return { refused: 'it is an older Office document (.doc, .xls or .ppt), which can carry macros. Save it as .docx, .xlsx, .pptx or PDF.' };
}

function executableKind(b: Uint8Array): string | null {
  if (ascii(b, 0, 2) === 'MZ') return 'a Windows program (an executable)';
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return 'a Linux program (an ELF executable)';
  const magic = b.length >= 4 ? ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0 : 0;
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic)) return 'a macOS or Java program';
  if (ascii(b, 0, 2) === '#!') return 'a script';
  return null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const MAIL_HEADER = /^(return-path|received|from|to|subject|date|message-id|mime-version|delivered-to):/m;

function textKind(b: Uint8Array, extension: string | null): ContentKind {
  const notAccepted = `it is not a kind of file Bulwark accepts as evidence. Accepted are ${ACCEPTED_IN_WORDS}`;
  if (b.includes(0)) return { refused: `${notAccepted}; this one holds binary data.` };
  let text: string;
  try {
    text = UTF8.decode(b);
  } catch {
    return { refused: `${notAccepted}; text must be UTF-8.` };
  }
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
  // Browsers and mail clients run what is in HTML and SVG: they are refused however they are named.
  if (start.startsWith('<')) {
    if (/^<svg|<svg[\s>]/.test(start)) return { refused: 'it is an SVG image, which can carry scripts. Save it as PNG or PDF.' };
    if (/^<(!doctype html|html|head|body|script|iframe)/.test(start)) return { refused: 'it is a web page (HTML), which can carry scripts. Save it as PDF.' };
    return { refused: 'it is markup (HTML or XML), which Bulwark does not accept as evidence. Save it as PDF.' };
  }
  if (/<script[\s>]/.test(start)) return { refused: 'it holds a script. Save it as PDF.' };
  // Text and CSV cannot be told apart by content, so the name says which; an email must look like one.
  if (extension === 'csv') return { type: ACCEPTED_TYPES.csv };
  if (extension === 'eml' && MAIL_HEADER.test(start)) return { type: ACCEPTED_TYPES.eml };
  return { type: ACCEPTED_TYPES.text };
}

// ── zip containers: Office Open XML and OpenDocument ──

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 20_000;

/** The entry names of a zip's central directory, or null when it cannot be read (damaged, split, zip64). */
export function zipEntryNames(b: Uint8Array): string[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The end record is in the last 22 + 65535 bytes (its comment can be up to 65535 long).
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES) return null;
  const names: string[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > b.length) return null;
    names.push(new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** OpenDocument: the first entry is 'mimetype', stored uncompressed, holding the document's media type. */
function openDocumentType(b: Uint8Array): string | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 30 || view.getUint32(0, true) !== LOCAL) return null;
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  if (method !== 0 || ascii(b, 30, nameLength) !== 'mimetype' || size > 100) return null;
  const start = 30 + nameLength + extraLength;
  return start + size <= b.length ? ascii(b, start, size) : null;
}

function zipKind(b: Uint8Array): ContentKind {
  const names = zipEntryNames(b);
  if (!names) return { refused: 'it is a zip archive Bulwark cannot read (damaged, split or too large).' };
  const odf = openDocumentType(b);
  if (odf === ACCEPTED_TYPES.odt.mediaType) return { type: ACCEPTED_TYPES.odt };
  if (odf === ACCEPTED_TYPES.ods.mediaType) return { type: ACCEPTED_TYPES.ods };
  if (odf === ACCEPTED_TYPES.odp.mediaType) return { type: ACCEPTED_TYPES.odp };
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  if (names.includes('[Content_Types].xml')) {
    // Macros run when the document opens: a macro-enabled document is refused whatever its name.
    if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return { refused: 'it is an Office document with macros. Save it without macros (.docx, .xlsx or .pptx) or as PDF.' };
    if (has('word/')) return { type: ACCEPTED_TYPES.docx };
    if (has('xl/')) return { type: ACCEPTED_TYPES.xlsx };
    if (has('ppt/')) return { type: ACCEPTED_TYPES.pptx };
  }
  // A plain zip could hold anything, past every check here: upload the documents inside it instead.
  return { refused: 'it is a zip archive. Upload the documents inside it one by one.' };
}

function startsWith(b: Uint8Array, prefix: readonly number[]): boolean {
  return b.length >= prefix.length && prefix.every((byte, i) => b[i] === byte);
}

function ascii(b: Uint8Array, start: number, length: number): string {
  if (start + length > b.length) return '';
  return String.fromCharCode(...b.subarray(start, start + length));
}
