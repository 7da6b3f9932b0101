// Reads the official CIS Controls spreadsheet (columns: control, safeguard, asset type, security
// function, title, description, IG1, IG2, IG3) and gives this installation its own copy of the CIS
// titles and descriptions for the CIS Controls version Bulwark already holds. The CIS text is
// licensed CC BY-NC-ND, so it is never shipped: each installation imports the workbook it obtained.
import type { CatalogueDocument } from '../domain/catalogue-format.js';
import type { FieldProblem } from '../../../platform/errors.js';
import { failure } from './safe-yaml.js';
import { columnLetter, type SheetData, type SheetRow } from '../../../platform/imports/safe-xlsx.js';

/** Rows searched for the header row: the official workbook has it in row 1, some copies lower. */
const HEADER_SEARCH_ROWS = 30;

type ColumnKey = 'control' | 'safeguard' | 'assetType' | 'securityFunction' | 'title' | 'description' | 'ig1' | 'ig2' | 'ig3';

/** Header texts, compared ignoring case, spaces and a leading "CIS". */
const HEADERS: Record<ColumnKey, string[]> = {
  control: ['control', 'controlnumber', 'control#'],
  safeguard: ['safeguard', 'safeguardnumber', 'safeguard#', 'subcontrol'],
  assetType: ['assettype'],
  securityFunction: ['securityfunction', 'function'],
  title: ['title'],
  description: ['description'],
  ig1: ['ig1'],
  ig2: ['ig2'],
  ig3: ['ig3'],
};
const REQUIRED: ColumnKey[] = ['control', 'safeguard', 'title', 'description', 'ig1', 'ig2', 'ig3'];
const COLUMN_NAMES: Record<ColumnKey, string> = {
  control: 'Control',
  safeguard: 'Safeguard',
  assetType: 'Asset Type',
  securityFunction: 'Security Function',
  title: 'Title',
  description: 'Description',
  ig1: 'IG1',
  ig2: 'IG2',
  ig3: 'IG3',
};
const GROUP_COLUMNS = [
  ['ig1', 'ig1'],
  ['ig2', 'ig2'],
  ['ig3', 'ig3'],
] as const;

const YES = new Set(['x', '✓', '✔', 'y', 'yes', 'true', '1']);

export interface CisSheetControl {
  row: number;
  ref: string;
  title: string;
  description: string;
}

export interface CisSheetSafeguard extends CisSheetControl {
  assetType: string;
  securityFunction: string;
  /** The Implementation Groups marked in the IG1–IG3 columns, as our ids (ig1, ig2, ig3). */
  groups: string[];
  /** Where each column is, to name a cell in an error. */
  cells: Record<ColumnKey, string>;
}

export interface CisSheet {
  sheetName: string;
  controls: CisSheetControl[];
  safeguards: CisSheetSafeguard[];
}

/** Does any sheet have the CIS Controls header row? */
export function looksLikeCisSheet(sheets: SheetData[]): boolean {
  return sheets.some((sheet) => findHeader(sheet.rows) !== undefined);
}

/**
 * Finds the sheet with the CIS columns and reads its control and safeguard rows. Every fault names
 * the sheet row, the column (letter and name), the value and why.
 */
export function readCisSheet(sheets: SheetData[], fileLabel: string): CisSheet {
  let found: { sheet: SheetData; header: { row: SheetRow; columns: Partial<Record<ColumnKey, number>> } } | undefined;
  for (const sheet of sheets) {
    const header = findHeader(sheet.rows);
    if (header) {
      found = { sheet, header };
      break;
    }
  }
  if (!found) {
    throw failure(`${fileLabel} is not a CIS Controls sheet`, [
      {
        field: '(file)',
        message: `No sheet (${sheets.map((s) => `"${s.name}"`).join(', ') || 'none'}) has the CIS header row within its first ${HEADER_SEARCH_ROWS} rows: ${REQUIRED.map((k) => COLUMN_NAMES[k]).join(', ')}.`,
      },
    ]);
  }
  const { sheet, header } = found;
  const missing = REQUIRED.filter((k) => header.columns[k] === undefined);
  if (missing.length) {
    throw failure(`${fileLabel} is missing CIS columns`, [
      { field: `row ${header.row.number}`, row: header.row.number, message: `The header row of sheet "${sheet.name}" has no ${missing.map((k) => COLUMN_NAMES[k]).join(', ')} column.` },
    ]);
  }
  const columns = header.columns as Record<ColumnKey, number | undefined>;
  const cellName = (key: ColumnKey) => (columns[key] === undefined ? COLUMN_NAMES[key] : `${columnLetter(columns[key])} (${COLUMN_NAMES[key]})`);
  const problems: FieldProblem[] = [];
  const problem = (row: number, key: ColumnKey, value: unknown, message: string) =>
    problems.push({ field: `row ${row}, column ${cellName(key)}`, row, column: columns[key] === undefined ? COLUMN_NAMES[key] : columnLetter(columns[key]), value, message });

  const controls: CisSheetControl[] = [];
  const safeguards: CisSheetSafeguard[] = [];
  const seen = new Map<string, number>();
  let currentControl: string | undefined;
  let indexInControl = 0;

  for (const row of sheet.rows.filter((r) => r.number > header.row.number)) {
    const cell = (key: ColumnKey) => (columns[key] === undefined ? { text: '' } : (row.cells[columns[key]] ?? { text: '' }));
    const controlCell = cell('control');
    const safeguardCell = cell('safeguard');
    if (!controlCell.text && !safeguardCell.text) continue; // notes or spacing rows carry no control
    const control = controlCell.number !== undefined && Number.isInteger(controlCell.number) ? String(controlCell.number) : controlCell.text;
    if (!/^\d{1,2}$/.test(control)) {
      problem(row.number, 'control', controlCell.text, 'A control number must be a whole number such as 4.');
      continue;
    }
    if (control !== currentControl) {
      currentControl = control;
      indexInControl = 0;
    }
    const title = cell('title').text;
    const description = cell('description').text;
    if (!safeguardCell.text) {
      if (!title) problem(row.number, 'title', '', `Control ${control} has no title.`);
      if (seen.has(control)) problem(row.number, 'control', control, `Control ${control} is already on row ${seen.get(control)}.`);
      seen.set(control, row.number);
      controls.push({ row: row.number, ref: control, title, description });
      continue;
    }
    indexInControl++;
    const ref = safeguardRef(control, safeguardCell, indexInControl);
    if (!ref.ok) {
      problem(row.number, 'safeguard', safeguardCell.text, ref.message);
      continue;
    }
    if (seen.has(ref.ref)) {
      problem(row.number, 'safeguard', safeguardCell.text, `Safeguard ${ref.ref} is already on row ${seen.get(ref.ref)}.`);
      continue;
    }
    seen.set(ref.ref, row.number);
    if (!title) problem(row.number, 'title', '', `Safeguard ${ref.ref} has no title.`);
    const groups: string[] = [];
    for (const [key, group] of GROUP_COLUMNS) {
      const mark = cell(key).text.trim().toLowerCase();
      if (YES.has(mark)) groups.push(group);
      else if (mark !== '' && !['-', 'no', 'n', 'false', '0'].includes(mark)) {
        problem(row.number, key, cell(key).text, `Expected "x" (in the group) or blank (not in it), not "${cell(key).text}".`);
      }
    }
    safeguards.push({
      row: row.number,
      ref: ref.ref,
      title,
      description,
      assetType: cell('assetType').text,
      securityFunction: cell('securityFunction').text,
      groups,
      cells: Object.fromEntries((Object.keys(COLUMN_NAMES) as ColumnKey[]).map((k) => [k, cellName(k)])) as Record<ColumnKey, string>,
    });
  }
  if (safeguards.length === 0 && problems.length === 0) {
    problems.push({ field: `sheet "${sheet.name}"`, message: 'The sheet has the CIS columns but no safeguard rows.' });
  }
  if (problems.length) throw failure(`${fileLabel} has ${problems.length === 1 ? 'a problem' : 'problems'} in sheet "${sheet.name}"`, problems);
  return { sheetName: sheet.name, controls, safeguards };
}

export interface LocalTextUpdate {
  ref: string;
  title: string;
  description?: string;
}

export interface CisMerge {
  doc: CatalogueDocument;
  updates: LocalTextUpdate[];
  notices: string[];
}

/**
 * Checks the sheet against the CIS Controls version Bulwark holds — every safeguard must exist and
 * be in the same Implementation Groups — and returns that version with the CIS text as each node's
 * officialText. A different edition of the Controls fails here, row by row, instead of being
 * attached to the wrong safeguards.
 */
export function addCisText(sheet: CisSheet, catalogue: CatalogueDocument, fileLabel: string): CisMerge {
  const label = `${catalogue.shortName ?? catalogue.name} (${catalogue.id}@${catalogue.version})`;
  const byRef = new Map(catalogue.nodes.map((n) => [n.ref, n]));
  const problems: FieldProblem[] = [];
  const notices: string[] = [];

  for (const control of sheet.controls) {
    const node = byRef.get(control.ref);
    if (!node || node.type !== 'control') {
      problems.push({ field: `row ${control.row}, column Control`, row: control.row, column: 'Control', value: control.ref, message: `${label} has no control ${control.ref}.` });
    }
  }
  for (const safeguard of sheet.safeguards) {
    const node = byRef.get(safeguard.ref);
    if (!node || node.type !== 'safeguard') {
      problems.push({
        field: `row ${safeguard.row}, column ${safeguard.cells.safeguard}`,
        row: safeguard.row,
        column: safeguard.cells.safeguard,
        value: safeguard.ref,
        message: `${label} has no safeguard ${safeguard.ref}. Is this the workbook for version ${catalogue.version}?`,
      });
      continue;
    }
    const ours = new Set(node.implementationGroups ?? []);
    for (const group of ['ig1', 'ig2', 'ig3']) {
      const inSheet = safeguard.groups.includes(group);
      if (inSheet !== ours.has(group)) {
        const column = safeguard.cells[group as 'ig1' | 'ig2' | 'ig3'];
        problems.push({
          field: `row ${safeguard.row}, column ${column}`,
          row: safeguard.row,
          column,
          value: inSheet ? 'x' : '',
          message: `The sheet ${inSheet ? 'puts' : 'leaves'} safeguard ${safeguard.ref} ${inSheet ? 'in' : 'out of'} ${group.toUpperCase()}, but in ${label} it is ${ours.has(group) ? 'in' : 'not in'} ${group.toUpperCase()}. Is this the workbook for version ${catalogue.version}?`,
        });
      }
    }
    for (const [key, attribute] of [
      ['assetType', 'assetType'],
      ['securityFunction', 'securityFunction'],
    ] as const) {
      const recorded = node.attributes?.[attribute];
      const inSheet = safeguard[key];
      if (typeof recorded === 'string' && inSheet && recorded.toLowerCase() !== inSheet.toLowerCase()) {
        notices.push(`Row ${safeguard.row}: the sheet gives safeguard ${safeguard.ref} the ${key === 'assetType' ? 'asset type' : 'security function'} "${inSheet}"; ${label} records "${recorded}".`);
      }
    }
  }
  if (problems.length) throw failure(`${fileLabel} does not match ${label}`, problems);

  const covered = new Set(sheet.safeguards.map((s) => s.ref));
  const uncovered = catalogue.nodes.filter((n) => n.type === 'safeguard' && !covered.has(n.ref)).map((n) => n.ref);
  if (uncovered.length) notices.push(`The sheet has no row for ${uncovered.length} ${uncovered.length === 1 ? 'safeguard' : 'safeguards'} of ${label}: ${uncovered.slice(0, 20).join(', ')}${uncovered.length > 20 ? ', …' : ''}.`);

  const updates: LocalTextUpdate[] = [...sheet.controls, ...sheet.safeguards].map((row) => ({
    ref: row.ref,
    title: row.title.slice(0, 500),
    ...(row.description ? { description: row.description.slice(0, 20000) } : {}),
  }));
  const updateByRef = new Map(updates.map((u) => [u.ref, u]));
  const doc: CatalogueDocument = {
    ...catalogue,
    nodes: catalogue.nodes.map((node) => {
      const update = updateByRef.get(node.ref);
      return update ? { ...node, officialText: { title: update.title, ...(update.description ? { description: update.description } : {}) } } : node;
    }),
  };
  return { doc, updates, notices };
}

function findHeader(rows: SheetRow[]): { row: SheetRow; columns: Partial<Record<ColumnKey, number>> } | undefined {
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns: Partial<Record<ColumnKey, number>> = {};
    row.cells.forEach((cell, index) => {
      const normalised = cell.text.toLowerCase().replace(/\s+/g, '').replace(/^cis/, '');
      for (const key of Object.keys(HEADERS) as ColumnKey[]) {
        if (columns[key] === undefined && HEADERS[key].includes(normalised)) columns[key] = index;
      }
    });
    if (columns.safeguard !== undefined && columns.ig1 !== undefined && columns.title !== undefined) return { row, columns };
  }
  return undefined;
}

/**
 * The safeguard's id. Text such as "3.10" is taken as written. A number is ambiguous — Excel shows
 * 3.10 as 3.1 once it is a number — so it is read by position: the nth safeguard of control 3 is 3.n,
 * and the number must agree with that.
 */
function safeguardRef(control: string, cell: { text: string; number?: number }, position: number): { ok: true; ref: string } | { ok: false; message: string } {
  if (cell.number !== undefined) {
    const expected = `${control}.${position}`;
    if (Number(expected) === cell.number) return { ok: true, ref: expected };
    return { ok: false, message: `Expected safeguard ${expected} here (the ${ordinal(position)} safeguard of control ${control}), not ${cell.text}. Store safeguard numbers as text, or keep the rows in order.` };
  }
  const text = cell.text.trim();
  if (!/^\d{1,2}\.\d{1,2}$/.test(text)) return { ok: false, message: 'A safeguard number must look like 4.1.' };
  if (text.split('.')[0] !== control) return { ok: false, message: `Safeguard ${text} is on a row of control ${control}.` };
  return { ok: true, ref: text };
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
