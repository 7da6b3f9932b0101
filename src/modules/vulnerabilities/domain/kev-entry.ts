// The checks on one entry of the known-exploited catalogue, from the values a row was read into to
// the entry as it is held: a CVE id in its one form, vendor and product with their spacing tidied (so
// that entries group by them), ransomware use as yes or no, the CWE list, and a due date that is not
// before the date the entry was added.
import type { FieldValue, RowProblem } from '../../../platform/imports/types.js';

export interface KevEntry {
  cveId: string;
  vendor: string;
  product: string;
  name: string;
  dateAdded: string;
  dueDate: string;
  knownRansomwareUse: boolean;
  description: string;
  requiredAction: string;
  notes: string;
  cwes: string[];
}

const CVE_ID = /^CVE-(\d{4})-(\d{4,19})$/i;
/** CWE ids as catalogues write them, with NVD's placeholders for a weakness not (yet) classified. */
const CWE_ID = /^(CWE-\d{1,6}|NVD-CWE-(noinfo|Other))$/i;

/** The CVE id in its one written form (CVE-2024-3400), or why it is not one. */
export function readCveId(text: string): { ok: true; value: string } | { ok: false; reason: string } {
  const match = CVE_ID.exec(text.trim());
  if (!match) return { ok: false, reason: 'is not a CVE id: expected CVE-, a four-digit year, - and at least four digits, such as CVE-2024-3400' };
  const year = Number(match[1]);
  if (year < 1999) return { ok: false, reason: 'has a year before 1999, when CVE ids began' };
  return { ok: true, value: `CVE-${match[1]}-${match[2]}` };
}

/** Known ransomware use as the catalogue writes it: "Known" or "Unknown" (any case). */
export function readRansomwareUse(text: string): { ok: true; value: boolean } | { ok: false; reason: string } {
  const word = text.trim().toLowerCase();
  if (word === 'known') return { ok: true, value: true };
  if (word === 'unknown') return { ok: true, value: false };
  return { ok: false, reason: 'is not a known ransomware use: expected Known or Unknown' };
}

/** The CWE list: a JSON list (as the JSON catalogue writes it) or ids separated by commas or semicolons (as the CSV does). */
export function readCwes(text: string): { ok: true; value: string[] } | { ok: false; reason: string } {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '[]') return { ok: true, value: [] };
  let items: unknown[];
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (!Array.isArray(parsed)) return { ok: false, reason: 'is not a list of CWE ids' };
      items = parsed;
    } catch {
      return { ok: false, reason: 'is not a list of CWE ids: the JSON list cannot be read' };
    }
  } else {
    items = trimmed.split(/[,;]/);
  }
  const cwes: string[] = [];
  for (const item of items) {
    const id = typeof item === 'string' ? item.trim() : '';
    if (id === '') continue;
    if (!CWE_ID.test(id)) return { ok: false, reason: `names "${String(item).slice(0, 40)}", which is not a CWE id such as CWE-787` };
    const written = id.toUpperCase().startsWith('NVD-') ? `NVD-CWE-${id.slice(8)}` : id.toUpperCase();
    if (!cwes.includes(written)) cwes.push(written);
  }
  return { ok: true, value: cwes };
}

/** Spaces at the ends dropped and runs of spaces made one, so "Microsoft " and "Microsoft" group together. */
export function tidyName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

const textOf = (value: FieldValue | undefined): string => (value === null || value === undefined ? '' : String(value));

/** One row's values (dates already read as YYYY-MM-DD by the pipeline) as an entry, or its problems. */
export function checkKevEntry(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: KevEntry } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ row, column: columnOf(field), value: textOf(values[field]).slice(0, 200), reason });
  const cve = readCveId(textOf(values.cveId));
  if (!cve.ok) problem('cveId', cve.reason);
  const ransomware = readRansomwareUse(textOf(values.knownRansomwareUse));
  if (!ransomware.ok) problem('knownRansomwareUse', ransomware.reason);
  const cwes = readCwes(textOf(values.cwes));
  if (!cwes.ok) problem('cwes', cwes.reason);
  const vendor = tidyName(textOf(values.vendor));
  const product = tidyName(textOf(values.product));
  if (vendor === '') problem('vendor', 'is empty: every entry names its vendor or project');
  if (product === '') problem('product', 'is empty: every entry names its product');
  const dateAdded = textOf(values.dateAdded);
  const dueDate = textOf(values.dueDate);
  if (dueDate < dateAdded) problem('dueDate', `is before the date the entry was added (${dateAdded})`);
  if (problems.length || !cve.ok || !ransomware.ok || !cwes.ok) return { ok: false, problems };
  return {
    ok: true,
    value: {
      cveId: cve.value,
      vendor,
      product,
      name: tidyName(textOf(values.name)),
      dateAdded,
      dueDate,
      knownRansomwareUse: ransomware.value,
      description: textOf(values.description),
      requiredAction: textOf(values.requiredAction),
      notes: textOf(values.notes),
      cwes: cwes.value,
    },
  };
}
