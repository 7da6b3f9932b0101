// File names as people gave them, made safe to keep and to send back in a Content-Disposition header
// (RFC 6266, with the UTF-8 form of RFC 8187): no path, no control characters, no quotes, and no
// right-to-left marks that could make "fdp.exe" read as "exe.pdf".
const MAX_NAME_LENGTH = 200;
const FALLBACK = 'evidence';

// C0 and C1 controls, DEL, quotes, path separators, and the bidirectional formatting characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f"\\/\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The name to keep for an uploaded file: its last path part, without unsafe characters, and not too long. */
export function safeFileName(name: string): string {
  const lastPart = name.split(/[\\/]/).pop() ?? '';
  let safe = lastPart.normalize('NFC').replace(/\t/g, ' ').replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  // Leading dots hide a file on some systems; trailing dots and spaces are dropped by Windows.
  safe = safe.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (safe.length > MAX_NAME_LENGTH) {
    const extension = extensionOf(safe);
    const tail = extension ? `.${extension}` : '';
    safe = [...safe.slice(0, safe.length - tail.length)].slice(0, MAX_NAME_LENGTH - tail.length).join('') + tail;
  }
  return safe || FALLBACK;
}

/** The extension of a name, lower case, without its dot; null when it has none. */
export function extensionOf(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return match ? match[1]!.toLowerCase() : null;
}

/** `attachment; filename="…"; filename*=UTF-8''…`: the quoted form in ASCII for old clients, the encoded one exact. */
export function contentDisposition(name: string): string {
  const safe = safeFileName(name);
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_').replace(/[%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(safe)}`;
}

// encodeURIComponent leaves ' ( ) * ! unencoded; RFC 8187's attr-char does not allow ' ( ) *.
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
