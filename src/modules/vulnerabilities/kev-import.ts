// Bringing CISA's known-exploited vulnerabilities catalogue in through the import pipeline, as the CSV
// or the JSON it is published in (the JSON's entries are the list under `vulnerabilities`, beside the
// catalogue's version and release date). Entries are keyed by CVE id: a newer catalogue updates the
// entries that changed and adds new ones, the same catalogue again changes nothing, and an older one
// is refused. Entries a catalogue leaves out are kept: a partial file must not empty the catalogue.
import type { Db } from '../../platform/db/database.js';
import type { KevEntryRow } from '../../platform/db/schema.js';
import { ValidationFailed } from '../../platform/errors.js';
import { type ApplyContext, type BatchOutcome, type CheckedRow, declareImportKind, type ImportPreset } from '../../platform/imports/import-kinds.js';
import type { ColumnMapping, ColumnSpec } from '../../platform/imports/types.js';
import { type CatalogueVersion, catalogueOf, decideCatalogue } from './domain/catalogue-version.js';
import { checkKevEntry, type KevEntry } from './domain/kev-entry.js';
import * as store from './store.js';

export const KEV_COLUMNS: readonly ColumnSpec[] = [
  { field: 'cveId', label: 'CVE ID', type: { kind: 'text', maxLength: 40 }, required: true },
  { field: 'vendor', label: 'Vendor or project', type: { kind: 'text', maxLength: 200 }, required: true },
  { field: 'product', label: 'Product', type: { kind: 'text', maxLength: 200 }, required: true },
  { field: 'name', label: 'Vulnerability name', type: { kind: 'text', maxLength: 500 }, required: false },
  { field: 'dateAdded', label: 'Date added', type: { kind: 'date' }, required: true },
  { field: 'description', label: 'Description', type: { kind: 'text', maxLength: 8000 }, required: false },
  { field: 'requiredAction', label: 'Required action', type: { kind: 'text', maxLength: 4000 }, required: false },
  { field: 'dueDate', label: 'Due date', type: { kind: 'date' }, required: true },
  { field: 'knownRansomwareUse', label: 'Known ransomware use', type: { kind: 'text', maxLength: 40 }, required: true },
  { field: 'notes', label: 'Notes', type: { kind: 'text', maxLength: 8000 }, required: false },
  { field: 'cwes', label: 'CWEs', type: { kind: 'text', maxLength: 2000 }, required: false },
];

/** CISA's own names for the fields, the same in the CSV's headings and the JSON's keys; dates are YYYY-MM-DD. */
const CISA_HEADINGS: Readonly<Record<string, string>> = {
  cveId: 'cveID',
  vendor: 'vendorProject',
  product: 'product',
  name: 'vulnerabilityName',
  dateAdded: 'dateAdded',
  description: 'shortDescription',
  requiredAction: 'requiredAction',
  dueDate: 'dueDate',
  knownRansomwareUse: 'knownRansomwareCampaignUse',
  notes: 'notes',
  cwes: 'cwes',
};

const cisa: ImportPreset = {
  label: 'CISA known exploited vulnerabilities catalogue (CSV or JSON)',
  mapping(): ColumnMapping {
    const mapping: ColumnMapping = {};
    for (const [field, column] of Object.entries(CISA_HEADINGS)) mapping[field] = field === 'dateAdded' || field === 'dueDate' ? { column, format: 'YYYY-MM-DD' } : { column };
    return mapping;
  },
};

/** What a run keeps from its first batch to its finish: the latest date added among the rows written. */
interface RunState {
  latestDateAdded: string;
}

function rowOf(entry: KevEntry, now: string): store.NewKevEntry {
  return {
    cve_id: entry.cveId,
    vendor: entry.vendor,
    product: entry.product,
    name: entry.name,
    date_added: entry.dateAdded,
    due_date: entry.dueDate,
    known_ransomware_use: entry.knownRansomwareUse ? 1 : 0,
    description: entry.description,
    required_action: entry.requiredAction,
    notes: entry.notes,
    cwes: JSON.stringify(entry.cwes),
    created_at: now,
    updated_at: now,
  };
}

const COMPARED = ['vendor', 'product', 'name', 'date_added', 'due_date', 'known_ransomware_use', 'description', 'required_action', 'notes', 'cwes'] as const;

function differs(held: KevEntryRow, next: store.NewKevEntry): boolean {
  return COMPARED.some((column) => String(held[column]) !== String(next[column]));
}

async function applyKev(tx: Db, batch: Array<CheckedRow<KevEntry>>, context: ApplyContext): Promise<BatchOutcome> {
  const now = context.now.toISOString();
  const held = new Map((await store.entriesByIds(tx, batch.map((b) => b.value.cveId))).map((r) => [r.cve_id, r]));
  const state = await context.runState<RunState>(() => ({ latestDateAdded: '' }));
  const inserts: store.NewKevEntry[] = [];
  let updated = 0;
  let unchanged = 0;
  for (const { value } of batch) {
    if (value.dateAdded > state.latestDateAdded) state.latestDateAdded = value.dateAdded;
    const next = rowOf(value, now);
    const before = held.get(value.cveId);
    if (!before) inserts.push(next);
    else if (differs(before, next)) {
      await store.updateEntry(tx, next);
      updated++;
    } else unchanged++;
  }
  await store.insertEntries(tx, inserts);
  return { inserted: inserts.length, updated, unchanged, refused: [] };
}

function heldVersion(row: Awaited<ReturnType<typeof store.findCatalogue>>): CatalogueVersion | null {
  if (!row) return null;
  return { version: row.version, published: row.version_published === 1, releasedAt: new Date(row.released_at).toISOString(), latestDateAdded: row.latest_date_added };
}

/** After the last batch: which catalogue the file is, and whether it replaces the one held; an older one is refused and the import rolled back. */
async function finishKev(tx: Db, context: ApplyContext): Promise<void> {
  const state = context.runStateIfMade<RunState>();
  if (!state) return; // no entry written: nothing says which catalogue this is
  const incoming = catalogueOf(context.properties, state.latestDateAdded);
  if (!incoming.ok) throw new ValidationFailed('The catalogue cannot be imported', [{ field: 'catalogVersion', message: incoming.reason }]);
  const held = await store.findCatalogue(tx);
  const decision = decideCatalogue(heldVersion(held), incoming.value);
  if (decision.take === 'refuse') throw new ValidationFailed('An older catalogue than the one held cannot be imported', [{ field: 'catalogVersion', message: decision.reason, value: incoming.value.version }]);
  const entryCount = await store.countEntries(tx);
  if (decision.take === 'keep-held') return store.setEntryCount(tx, entryCount);
  const v = incoming.value;
  await store.saveCatalogue(tx, {
    version: v.version,
    version_published: v.published ? 1 : 0,
    released_at: v.releasedAt,
    latest_date_added: v.latestDateAdded,
    entry_count: entryCount,
    run_id: context.runId,
    imported_at: context.now.toISOString(),
  });
}

export const kevImport = declareImportKind<KevEntry>({
  id: 'kev',
  label: 'known exploited vulnerabilities (CISA KEV)',
  columns: KEV_COLUMNS,
  action: 'vulnerability.import',
  keyFields: ['cveId'],
  keyOf: (row) => row.cveId,
  check: checkKevEntry,
  presets: { cisa },
  defaultPreset: 'cisa',
  recordsKey: 'vulnerabilities',
  scope: 'installation',
  collapsesExactRepeats: true,
  apply: applyKev,
  finish: finishKev,
});
