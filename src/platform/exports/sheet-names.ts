// Worksheet names Excel will open. Excel refuses a workbook whose sheet name is empty, longer than
// 31 characters, holds [ ] : * ? / \, starts or ends with an apostrophe, is "History" (it keeps that
// name for change tracking), or repeats another sheet's name in any letter case.

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
// Control characters cannot be stored in the workbook's XML at all.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** The first `length` UTF-16 units of `text`, never cutting a character made of a surrogate pair in two. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/**
 * A name for the sheet that Excel accepts and that no sheet in `taken` has (compared ignoring case).
 * Forbidden characters become "-" (so "2025/26" reads "2025-26"); a repeated name gets " (2)", " (3)"…
 * Adds the chosen name to `taken`.
 */
export function excelSheetName(wanted: string, taken: Set<string>): string {
  const cleaned = wanted.replace(CONTROL, '').replace(FORBIDDEN, '-').trim().replace(/^'+|'+$/g, '').trim();
  const base = cut(cleaned === '' ? 'Sheet' : cleaned, MAX_SHEET_NAME_LENGTH).replace(/'+$/, '').trimEnd();
  const isFree = (name: string) => name.toLowerCase() !== 'history' && !taken.has(name.toLowerCase());
  let name = base;
  for (let n = 2; !isFree(name); n += 1) {
    const suffix = ` (${n})`;
    name = cut(base, MAX_SHEET_NAME_LENGTH - suffix.length).replace(/'+$/, '').trimEnd() + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}
