// What people do with framework catalogues, one use case per line; the detail lives in the file named.
// Routes, the command line, start-up and other modules call catalogues through here only.

// Reading: the list, one catalogue's tree, search, and a catalogue written back out as a document.
export { exportCatalogue, getCatalogue, listCatalogues, resolveCatalogue, searchNodes } from './catalogue-reading.js';

// Crosswalks: the ones held, and the links between any two catalogues, read either way round.
export { crosswalkBetween, listCrosswalks } from './crosswalks.js';

// One organisation's own expected levels and status labels for a catalogue.
export { applyOrgSettings, applyProfileToOrg, getOrgSettings, setOrgSettings } from './expected-levels.js';

// System administrators: check, import and remove documents in Bulwark's own format.
import * as documents from './document-import.js';
import * as foreignFiles from './import/import-service.js';
import * as shipped from './shipped-content.js';
import { thenForget } from './catalogue-cache.js';
export { checkFile, type FileCheck } from './document-import.js';
// Each change drops the shared catalogue reads once its transaction is over (catalogue-cache.ts).
export const importDocument = thenForget(documents.importDocument);
export const importFile = thenForget(documents.importFile);
export const removeCatalogue = thenForget(documents.removeCatalogue);

// Files in other formats (CISO Assistant YAML, WebCAF, the CIS spreadsheet), turned into Bulwark's own.
export { IMPORT_FORMATS, type ImportFormat, type ImportSummary, MAX_IMPORT_BYTES } from './import/import-service.js';
export const importCatalogueFile = thenForget(foreignFiles.importCatalogueFile);

// Start-up: load the shipped content that is new or changed.
export const loadShippedContent = thenForget(shipped.loadShippedContent);

// Storing validated documents in the caller's transaction (shipped content and the importers use these).
export {
  applyOfficialText,
  removeImportedCrosswalk,
  type SavedCatalogue,
  type SavedCrosswalk,
  type SavedProfile,
  type SaveOptions,
  saveCatalogue,
  saveMappingSet,
  saveProfile,
} from './catalogue-storage.js';

export type { ChangeContext } from './change-context.js';
export type { CatalogueSource } from './catalogue-rows.js';

// How the command line shortens a node's text to fit a line.
export { LABEL_CHARS, shortened } from './domain/node-label.js';
