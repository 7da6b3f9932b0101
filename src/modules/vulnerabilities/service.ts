// The vulnerabilities module's public surface. This increment holds the known-exploited catalogue
// (CISA KEV), imported through the import pipeline (kev-import.ts) and read by anyone signed in.
import type { KevCatalogue, KevEntryView, KevList, KevListQuery } from '../../contract/vulnerabilities.js';
import { kevCatalogue } from './kev-reading.js';
import type { Db } from '../../platform/db/database.js';
import type { KevEntryRow } from '../../platform/db/schema.js';
import { NotFound } from '../../platform/errors.js';
import { readCveId } from './domain/kev-entry.js';
import * as store from './store.js';

export { kevImport, KEV_COLUMNS } from './kev-import.js';
export { kevCatalogue } from './kev-reading.js';
export { exposureReport } from './exposure-reading.js';
export { checkKevEntry, readCveId, readCwes, readRansomwareUse, tidyName, type KevEntry } from './domain/kev-entry.js';
export { catalogueOf, decideCatalogue, type CatalogueVersion } from './domain/catalogue-version.js';

function entryView(row: KevEntryRow): KevEntryView {
  return {
    cveId: row.cve_id,
    vendor: row.vendor,
    product: row.product,
    name: row.name,
    dateAdded: row.date_added,
    dueDate: row.due_date,
    knownRansomwareUse: row.known_ransomware_use === 1,
    description: row.description,
    requiredAction: row.required_action,
    notes: row.notes,
    cwes: JSON.parse(row.cwes) as string[],
  };
}

/** A page of entries, latest added first, filtered by vendor, product (whole names, any case) and known ransomware use. */
export async function listKevEntries(db: Db, query: KevListQuery): Promise<KevList> {
  const catalogue = await kevCatalogue(db);
  const filter = {
    vendor: query.vendor,
    product: query.product,
    knownRansomwareUse: query.knownRansomwareUse === undefined ? undefined : query.knownRansomwareUse === 'true',
  };
  const { total, rows } = await store.listEntries(db, filter, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { catalogue, total, page: query.page, pageSize: query.pageSize, items: rows.map(entryView) };
}

/** One entry by its CVE id (any case), with the catalogue it comes from. */
export async function kevEntry(db: Db, cveId: string): Promise<{ catalogue: KevCatalogue; entry: KevEntryView }> {
  const id = readCveId(cveId);
  const catalogue = await kevCatalogue(db);
  const row = id.ok && catalogue ? await store.findEntry(db, id.value) : undefined;
  if (!row || !catalogue) throw new NotFound(`${cveId.slice(0, 40)} is not in the known exploited vulnerabilities catalogue held${catalogue ? ` (version ${catalogue.version})` : ': none has been imported'}.`);
  return { catalogue, entry: entryView(row) };
}

// Scanner findings: imported through the pipeline (findings-import.ts) into a scope each scan covers,
// and read by those who read the information asset register.
export { findingsImport, FINDING_COLUMNS, SCANNER_PRESETS } from './findings-import.js';
export { getFinding, listFindings } from './findings-reading.js';
export { checkScannerFinding, isIpAddress, readCveList, readSeverity, severityOfScore, type ScannerFinding, type Severity } from './domain/scanner-finding.js';

// Remediation deadlines and the end-of-support table, each organisation's own over Bulwark's defaults;
// and which hosts a set of CVEs or products touches (for NHS cyber alerts).
export { deadlineSettingsAnswer, deadlineSettingsFor, editEndOfSupport, endOfSupportRowsFor, endOfSupportTable, saveDeadlineSettings } from './remediation-settings.js';
export { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings } from './domain/remediation-deadlines.js';
export { hostsExposedTo, namesProduct, type HostMatch } from './host-exposure.js';
