// Distinguished names as directory exports write them (RFC 4514): RDNs separated by commas, with a
// comma, semicolon, plus, quote, backslash, angle bracket or equals sign inside a value escaped by a
// backslash (`CN=Smith\, John`) or written as two hex digits (`\2C`). Group memberships arrive as a
// list of DNs in one cell, separated by semicolons or line breaks as AD exports join them. Pure.

export interface Rdn {
  /** The attribute type as written: CN, OU, DC. */
  type: string;
  /** The value with its escapes undone. */
  value: string;
}

export interface GroupRef {
  /** The DN as written (trimmed), or the plain name for a directory that gives names, not DNs. */
  dn: string;
  /** The group's common name, unescaped: the first RDN's value, or the plain name. */
  cn: string;
}

/** Splits text on a separator not escaped by a backslash; the escapes are kept for the next step. */
function splitUnescaped(text: string, isSeparator: (ch: string) => boolean): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[i + 1]!;
      i++;
    } else if (isSeparator(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/** Undoes RDN value escapes: `\,` is a comma, `\2C` is the byte 0x2C (UTF-8 sequences decoded). */
export function unescapeValue(text: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      const hex = text.slice(i + 1, i + 3);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        i += 2;
      } else {
        bytes.push(...encoder.encode(text[i + 1]));
        i++;
      }
    } else {
      bytes.push(...encoder.encode(ch));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** The RDNs of a DN, or null when the text is not one (no `type=value` pieces). */
export function parseDn(dn: string): Rdn[] | null {
  const pieces = splitUnescaped(dn.trim(), (ch) => ch === ',');
  const rdns: Rdn[] = [];
  for (const piece of pieces) {
    const at = piece.indexOf('=');
    if (at <= 0) return null;
    const type = piece.slice(0, at).trim();
    if (!/^[A-Za-z][A-Za-z0-9-]*$|^\d+(\.\d+)*$/.test(type)) return null;
    rdns.push({ type, value: unescapeValue(piece.slice(at + 1).trim()) });
  }
  return rdns.length ? rdns : null;
}

/** A DN as compared: types and values folded to lower case, spacing around separators ignored. */
export function normalisedRdns(dn: string): string[] | null {
  return parseDn(dn)?.map((r) => `${r.type.toLowerCase()}=${r.value.trim().toLowerCase()}`) ?? null;
}

/** Whether the DN holds the fragment's RDNs in a row (`OU=Service Accounts` within `CN=x,OU=Service Accounts,DC=…`). */
export function dnContains(dn: string, fragment: string): boolean {
  const whole = normalisedRdns(dn);
  const part = normalisedRdns(fragment);
  if (!whole || !part) return false;
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((rdn, i) => whole[start + i] === rdn)) return true;
  }
  return false;
}

/** Two DNs name the same object, whatever the case and spacing. */
export function sameDn(a: string, b: string): boolean {
  const x = normalisedRdns(a);
  const y = normalisedRdns(b);
  return x !== null && y !== null && x.length === y.length && x.every((rdn, i) => rdn === y[i]);
}

/**
 * The groups in a membership cell: DNs separated by semicolons or line breaks (an escaped `\;` stays
 * inside its DN), blanks dropped, each group once whatever its case. A piece that is not a DN is a
 * plain group or role name (Entra exports give names).
 */
export function parseGroupList(cell: string | null): GroupRef[] {
  if (!cell) return [];
  const seen = new Set<string>();
  const groups: GroupRef[] = [];
  for (const raw of splitUnescaped(cell, (ch) => ch === ';' || ch === '\n' || ch === '\r')) {
    const dn = raw.trim();
    if (!dn) continue;
    const rdns = parseDn(dn);
    const key = rdns ? rdns.map((r) => `${r.type}=${r.value}`.toLowerCase()).join(',') : dn.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push({ dn, cn: rdns ? rdns[0]!.value : dn });
  }
  return groups;
}
