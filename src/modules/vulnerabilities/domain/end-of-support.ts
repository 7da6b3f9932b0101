// Which operating system or software a name written by a scanner or inventory is, and whether its
// vendor still supports it on a UK day. The table is data (end-of-support-table.ts) that an
// organisation may edit: its rows replace the built-in ones with the same id, and add others.
import type { FieldProblem } from '../../../platform/errors.js';
import { BUILT_IN_END_OF_SUPPORT } from './end-of-support-table.js';

export interface EndOfSupportRow {
  /** Stable key an organisation's edit replaces: lower case, digits and hyphens. */
  id: string;
  product: string;
  version: string;
  /** Phrases that name it, matched as whole words in any case, punctuation read as spaces. */
  names: readonly string[];
  /** Words that, in a name, mean another product with its own dates. */
  except?: readonly string[];
  /** The last day the vendor supports it (YYYY-MM-DD); from the day after, it is unsupported. */
  endOfSupport: string;
  /** Which support ends that day, in the vendor's words: extended support, standard support… */
  support: string;
  /** The vendor's page that gives the date. */
  source: string;
}

/** An organisation's change to the table: a row (replacing the built-in one with its id, or added), or a built-in row taken out. */
export type EndOfSupportEdit = EndOfSupportRow | { id: string; removed: true };

/** Lower case, every run of characters other than letters and digits made one space. */
export function normaliseName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const holds = (text: string, phrase: string) => phrase !== '' && ` ${text} `.includes(` ${phrase} `);

/**
 * The row a name is, or null when no row names it. A matching phrase held inside a longer matching
 * phrase gives way to it ("windows server 2012" to "windows server 2012 r2"). A name that still
 * matches two products ("SQL Server 2012 on Windows Server 2016") is taken as the one whose support
 * ends first, so that it is not called supported while part of it is not; then the earlier row.
 */
export function matchEndOfSupport(name: string, rows: readonly EndOfSupportRow[] = BUILT_IN_END_OF_SUPPORT): EndOfSupportRow | null {
  const direct = matchWritten(name, rows);
  if (direct) return direct;
  const spaced = spacedName(name);
  return spaced === name ? null : matchWritten(spaced, rows);
}

/**
 * A name written as one word with its parts run together, as Microsoft Defender writes operating
 * systems ("WindowsServer2012R2"), with spaces put between them ("Windows Server 2012 R2"); any other
 * name as it is.
 */
export function spacedName(name: string): string {
  if (/[\s_.-]/.test(name)) return name;
  return name.replace(/([a-z])([A-Z0-9])/g, '$1 $2').replace(/([0-9])([A-Za-z])/g, '$1 $2');
}

function matchWritten(name: string, rows: readonly EndOfSupportRow[]): EndOfSupportRow | null {
  const text = normaliseName(name);
  const matches: Array<{ row: EndOfSupportRow; phrase: string }> = [];
  for (const row of rows) {
    if (row.except?.some((word) => holds(text, normaliseName(word)))) continue;
    for (const phrase of row.names.map(normaliseName)) if (holds(text, phrase)) matches.push({ row, phrase });
  }
  let best: EndOfSupportRow | null = null;
  for (const { row, phrase } of matches) {
    if (matches.some((other) => other.phrase !== phrase && holds(other.phrase, phrase))) continue;
    if (!best || row.endOfSupport < best.endOfSupport) best = row;
  }
  return best;
}

export type SupportStanding = { status: 'unsupported' | 'supported'; row: EndOfSupportRow } | { status: 'not-listed'; row: null };

/**
 * Whether what a name is was still supported on a UK day (YYYY-MM-DD): supported up to and including
 * its end-of-support date. A name no row matches is not listed, which says nothing either way.
 */
export function supportOn(name: string, day: string, rows: readonly EndOfSupportRow[] = BUILT_IN_END_OF_SUPPORT): SupportStanding {
  const row = matchEndOfSupport(name, rows);
  if (!row) return { status: 'not-listed', row: null };
  return { status: day > row.endOfSupport ? 'unsupported' : 'supported', row };
}

/** The built-in rows with an organisation's edits over them: replaced in place, taken out, or added at the end; of two edits with one id, the later. */
export function mergeEndOfSupport(edits: readonly EndOfSupportEdit[], builtIn: readonly EndOfSupportRow[] = BUILT_IN_END_OF_SUPPORT): EndOfSupportRow[] {
  const byId = new Map(edits.map((edit) => [edit.id, edit]));
  const merged: EndOfSupportRow[] = [];
  for (const row of builtIn) {
    const edit = byId.get(row.id);
    if (!edit) merged.push(row);
    else if (!('removed' in edit)) merged.push(edit);
  }
  const builtInIds = new Set(builtIn.map((row) => row.id));
  for (const edit of byId.values()) if (!builtInIds.has(edit.id) && !('removed' in edit)) merged.push(edit);
  return merged;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const parts = DATE.exec(text);
  if (!parts) return false;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  return date.toISOString().slice(0, 10) === text;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const words = (value: unknown): string[] | null => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? value.map((item: string) => item.trim()) : null);

/** An organisation's row as given, checked whole, naming each bad field; or a built-in row taken out. */
export function checkEndOfSupportEdit(input: unknown): { ok: true; value: EndOfSupportEdit } | { ok: false; problems: FieldProblem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, problems: [{ field: 'row', message: 'Give the row as an object.' }] };
  const given = input as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const id = text(given.id);
  if (!ID.test(id) || id.length > 60) problems.push({ field: 'id', message: 'id must be lower-case letters and digits in words joined by hyphens, at most 60 characters, such as windows-server-2012-r2.' });
  if (given.removed === true) return problems.length ? { ok: false, problems } : { ok: true, value: { id, removed: true } };
  const product = text(given.product);
  const version = text(given.version);
  if (product === '' || product.length > 100) problems.push({ field: 'product', message: 'product must be given, at most 100 characters.' });
  if (version === '' || version.length > 60) problems.push({ field: 'version', message: 'version must be given, at most 60 characters.' });
  const names = words(given.names);
  if (!names || names.length === 0 || names.length > 20 || names.some((name) => normaliseName(name) === '' || name.length > 100)) {
    problems.push({ field: 'names', message: 'names must be a list of 1 to 20 phrases, each with a letter or digit and at most 100 characters.' });
  }
  const except = given.except === undefined ? [] : words(given.except);
  if (!except || except.length > 20 || except.some((word) => normaliseName(word) === '')) problems.push({ field: 'except', message: 'except must be a list of up to 20 words, each with a letter or digit.' });
  const endOfSupport = text(given.endOfSupport);
  if (!isCalendarDate(endOfSupport)) problems.push({ field: 'endOfSupport', message: 'endOfSupport must be a date in the calendar, written YYYY-MM-DD.' });
  const support = text(given.support);
  if (support === '' || support.length > 60) problems.push({ field: 'support', message: 'support must say which support ends, at most 60 characters.' });
  const source = text(given.source);
  if (!isWebAddress(source) || source.length > 500) problems.push({ field: 'source', message: 'source must be the web address (http or https) of the page that gives the date.' });
  if (problems.length || !names || !except) return { ok: false, problems };
  return { ok: true, value: { id, product, version, names, ...(except.length ? { except } : {}), endOfSupport, support, source } };
}
