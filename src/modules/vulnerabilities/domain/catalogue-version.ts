// Which catalogue an import brings, and whether it may replace the one held. A published catalogue
// names its version (2025.08.25) and release time; a file that names neither (the CSV) is known by its
// latest date added, written as a version. A catalogue is older than the one held when its latest
// date added is earlier, or when both name a published version and its version is earlier; an older
// catalogue is refused, since importing it would take back entries' later changes.

export interface CatalogueVersion {
  version: string;
  /** Whether the file named its version, rather than it being read from its latest date added. */
  published: boolean;
  /** The catalogue's release, as an instant. */
  releasedAt: string;
  /** The latest date an entry in the file was added, YYYY-MM-DD. */
  latestDateAdded: string;
}

const VERSION = /^(\d{4})\.(\d{2})\.(\d{2})$/;

/**
 * The catalogue an import brings: from what the file says about itself (catalogVersion and
 * dateReleased), else from its latest date added. Answers why, when what it says cannot be used.
 */
export function catalogueOf(properties: Readonly<Record<string, string>>, latestDateAdded: string): { ok: true; value: CatalogueVersion } | { ok: false; reason: string } {
  const named = properties.catalogVersion?.trim() ?? '';
  const released = properties.dateReleased?.trim() ?? '';
  if (named === '' && released === '') {
    return { ok: true, value: { version: latestDateAdded.replaceAll('-', '.'), published: false, releasedAt: `${latestDateAdded}T00:00:00.000Z`, latestDateAdded } };
  }
  if (!VERSION.test(named)) return { ok: false, reason: `The catalogue's version "${named.slice(0, 40)}" is not in the form YYYY.MM.DD (such as 2025.08.25).` };
  const releasedMs = Date.parse(released);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(released) || Number.isNaN(releasedMs)) return { ok: false, reason: `The catalogue's release date "${released.slice(0, 40)}" is not a date and time such as 2025-08-25T15:00:00.000Z.` };
  return { ok: true, value: { version: named, published: true, releasedAt: new Date(releasedMs).toISOString(), latestDateAdded } };
}

export type CatalogueDecision = { take: 'replace' } | { take: 'keep-held' } | { take: 'refuse'; reason: string };

/**
 * What to do with the catalogue record when a file is imported: replace it; keep the one held (the
 * same catalogue again, or a file without a version whose entries go no further than the held one's);
 * or refuse an older catalogue.
 */
export function decideCatalogue(held: CatalogueVersion | null, incoming: CatalogueVersion): CatalogueDecision {
  if (!held) return { take: 'replace' };
  if (incoming.latestDateAdded < held.latestDateAdded) {
    return { take: 'refuse', reason: `This catalogue's latest entry was added on ${incoming.latestDateAdded}, before the latest in the catalogue held (version ${held.version}, added ${held.latestDateAdded}): it is older, and importing it would undo later changes.` };
  }
  if (incoming.published && held.published && incoming.version < held.version) {
    return { take: 'refuse', reason: `This is version ${incoming.version} of the catalogue, older than version ${held.version} held: importing it would undo later changes.` };
  }
  if (incoming.published && incoming.version === held.version && incoming.releasedAt === held.releasedAt && held.published) return { take: 'keep-held' };
  if (incoming.published || incoming.version > held.version) return { take: 'replace' };
  return { take: 'keep-held' };
}
