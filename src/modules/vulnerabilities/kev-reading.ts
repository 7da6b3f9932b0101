// The known exploited vulnerabilities catalogue held, as every answer that uses it names it.
import type { KevCatalogue } from '../../contract/vulnerabilities.js';
import type { Db } from '../../platform/db/database.js';
import type { KevCatalogueRow } from '../../platform/db/schema.js';
import * as store from './store.js';

function catalogueView(row: KevCatalogueRow): KevCatalogue {
  return {
    version: row.version,
    versionPublished: row.version_published === 1,
    releasedAt: new Date(row.released_at).toISOString(),
    latestDateAdded: row.latest_date_added,
    entryCount: Number(row.entry_count),
    importedAt: new Date(row.imported_at).toISOString(),
  };
}

/** The catalogue held (its version and release), or null before one is imported. */
export async function kevCatalogue(db: Db): Promise<KevCatalogue | null> {
  const row = await store.findCatalogue(db);
  return row ? catalogueView(row) : null;
}
