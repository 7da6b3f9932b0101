// Writes the shipped catalogues and crosswalks (content/catalogues, content/crosswalks) from the compact
// tables in scripts/catalogue-content/. Run after changing a table: npx tsx scripts/build-catalogues.ts
// Every file is validated, and every crosswalk link checked against its catalogues, before anything is written.
import fs from 'node:fs';
import path from 'node:path';
import {
  type CatalogueDocument,
  catalogueKey,
  checkCrosswalkRefs,
  type CrosswalkDocument,
  invalid,
  validateCatalogue,
  validateCrosswalk,
} from '../src/modules/catalogues/domain/catalogue-format.js';
import { caf32, caf40 } from './catalogue-content/caf.js';
import { cisControls } from './catalogue-content/cis.js';
import { caf32To40, cafToCis, cafToDspt, cafToNdg, cafToTcop, cafToWgll, dsptToCaldicott, dsptToGdpr, refsOf } from './catalogue-content/crosswalks.js';
import { dspt, ndgStandards } from './catalogue-content/nhs.js';
import { caldicott, tcop, ukGdprArticle5, wgll } from './catalogue-content/others.js';

const root = path.resolve(import.meta.dirname, '..', 'content');

const catalogues: CatalogueDocument[] = [caf32(), caf40(), dspt('2024-25'), dspt('2025-26'), ndgStandards(), cisControls(), wgll(), tcop(), ukGdprArticle5(), caldicott()];
const crosswalks: CrosswalkDocument[] = [
  caf32To40(),
  cafToDspt('2024-25'),
  cafToDspt('2025-26'),
  cafToCis('3.2'),
  cafToCis('4.0'),
  cafToNdg(),
  cafToWgll(),
  cafToTcop(),
  dsptToGdpr('2024-25'),
  dsptToGdpr('2025-26'),
  dsptToCaldicott('2024-25'),
  dsptToCaldicott('2025-26'),
];

function write(dir: string, name: string, doc: unknown) {
  fs.mkdirSync(path.join(root, dir), { recursive: true });
  fs.writeFileSync(path.join(root, dir, `${name}.json`), `${JSON.stringify(doc, null, 2)}\n`);
}

const byKey = new Map<string, CatalogueDocument>();
for (const doc of catalogues) {
  const fileName = `content/catalogues/${doc.id}-${doc.version}.json`;
  byKey.set(catalogueKey(doc), validateCatalogue(JSON.parse(JSON.stringify(doc)), fileName));
}
for (const doc of crosswalks) {
  const fileName = `content/crosswalks/${doc.id}.json`;
  validateCrosswalk(JSON.parse(JSON.stringify(doc)), fileName);
  const source = byKey.get(`${doc.source.catalogue}@${doc.source.version}`);
  const target = byKey.get(`${doc.target.catalogue}@${doc.target.version}`);
  if (!source || !target) throw new Error(`${fileName}: its source or target catalogue is not shipped`);
  const problems = checkCrosswalkRefs(doc, fileName, refsOf(source), refsOf(target), { source: catalogueKey(source), target: catalogueKey(target) });
  if (problems.length) throw invalid(fileName, 'crosswalk', problems);
}

for (const dir of ['catalogues', 'crosswalks']) {
  fs.mkdirSync(path.join(root, dir), { recursive: true });
  for (const f of fs.readdirSync(path.join(root, dir))) if (f.endsWith('.json')) fs.rmSync(path.join(root, dir, f));
}
for (const doc of catalogues) write('catalogues', `${doc.id}-${doc.version}`, doc);
for (const doc of crosswalks) write('crosswalks', doc.id, doc);
process.stdout.write(`Wrote ${catalogues.length} catalogues and ${crosswalks.length} crosswalks to ${root}\n`);
