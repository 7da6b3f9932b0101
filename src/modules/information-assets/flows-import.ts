// Bringing a Trust's data flow register through the import pipeline: one row per flow, keyed by name
// within the organisation (a name held by a live flow updates it). Each end is written as a name: an
// end that already names the same thing stays; otherwise a live asset's name wins, then a supplier's,
// and anything else is another organisation. Legal bases are read as people write them ("6(1)(e)",
// "Public task", "9(2)(h)", "s251"), lists of categories and subjects by id or label.
import {
  AGREEMENT_TYPE_LABELS,
  AGREEMENT_TYPES,
  CLDC_BASES,
  CLDC_BASIS_LABELS,
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_LABELS,
  DATA_SUBJECTS,
  type FlowEndBody,
  FREQUENCIES,
  FREQUENCY_LABELS,
  LAWFUL_BASES,
  LAWFUL_BASIS_ARTICLES,
  LAWFUL_BASIS_LABELS,
  LAWFUL_BASIS_NAMES,
  type NewFlowBody,
  OPT_OUT_ANSWERS,
  OPT_OUT_LABELS,
  SPECIAL_CATEGORY_CONDITION_ARTICLES,
  SPECIAL_CATEGORY_CONDITION_LABELS,
  SPECIAL_CATEGORY_CONDITION_NAMES,
  SPECIAL_CATEGORY_CONDITIONS,
  TRANSFER_METHOD_LABELS,
  TRANSFER_METHODS,
  TRANSFER_SAFEGUARD_LABELS,
  TRANSFER_SAFEGUARDS,
  TRANSIT_ENCRYPTION_ANSWERS,
  TRANSIT_ENCRYPTION_LABELS,
} from '../../contract/data-flows.js';
import type { Db } from '../../platform/db/database.js';
import type { DataFlowRow } from '../../platform/db/schema.js';
import { type ApplyContext, type BatchOutcome, type CheckedRow, declareImportKind } from '../../platform/imports/import-kinds.js';
import type { ColumnSpec, FieldValue, RowProblem } from '../../platform/imports/types.js';
import { wordLookup } from '../../platform/imports/word-lookup.js';
import type { RegisterChangeContext } from './asset-changes.js';
import { flowColumns, flowRowProblems, newFlowRow, withDataFlags } from './flow-changes.js';
import { endRecordsOf } from './flow-reading.js';
import * as flowStore from './flow-store.js';
import { flowEndOf } from './flow-views.js';
import { bulwarkExportPreset, given, keepImported, rowCells } from './register-import-cells.js';
import * as store from './store.js';

/** A checked row: the flow's details from the columns the file has, with its ends still as written. */
export interface FlowImportRow {
  name: string;
  from: string;
  to: string;
  details: Omit<Partial<NewFlowBody>, 'from' | 'to' | 'name'>;
  /** What the Special category data column says, for checking against the categories once they are merged. */
  saidSpecialCategory: boolean | undefined;
}

const text = (maxLength: number) => ({ kind: 'text', maxLength }) as const;

export const FLOW_COLUMNS: readonly ColumnSpec[] = [
  { field: 'name', label: 'Name', type: text(200), required: true },
  { field: 'description', label: 'Description', type: text(20_000), required: false },
  { field: 'from', label: 'From', type: text(200), required: true },
  { field: 'to', label: 'To', type: text(200), required: true },
  { field: 'dataCategories', label: 'Data categories', type: text(2000), required: false },
  { field: 'dataSubjects', label: 'Data subjects', type: text(1000), required: false },
  { field: 'personalData', label: 'Personal data', type: { kind: 'boolean' }, required: false },
  { field: 'specialCategoryData', label: 'Special category data', type: { kind: 'boolean' }, required: false },
  { field: 'patientData', label: 'Patient data', type: { kind: 'boolean' }, required: false },
  { field: 'recordVolume', label: 'Record volume', type: { kind: 'integer', min: 0 }, required: false },
  { field: 'purpose', label: 'Purpose', type: text(2000), required: false },
  { field: 'directCare', label: 'Direct care', type: { kind: 'boolean' }, required: false },
  { field: 'lawfulBasis', label: 'Lawful basis', type: text(100), required: false },
  { field: 'specialCategoryCondition', label: 'Special category condition', type: text(100), required: false },
  { field: 'schedule1Condition', label: 'Schedule 1 condition', type: text(200), required: false },
  { field: 'cldcBasis', label: 'CLDC basis', type: text(100), required: false },
  { field: 'cagReference', label: 'CAG reference', type: text(50), required: false },
  { field: 'nationalDataOptOut', label: 'National data opt-out', type: text(40), required: false },
  { field: 'transferMethod', label: 'Transfer method', type: text(100), required: false },
  { field: 'encryptedInTransit', label: 'Encrypted in transit', type: text(40), required: false },
  { field: 'frequency', label: 'Frequency', type: text(40), required: false },
  { field: 'agreementType', label: 'Agreement type', type: text(100), required: false },
  { field: 'agreementReference', label: 'Agreement reference', type: text(200), required: false },
  { field: 'agreementExpiresOn', label: 'Agreement expiry', type: { kind: 'date' }, required: false },
  { field: 'internationalTransfer', label: 'International transfer', type: { kind: 'boolean' }, required: false },
  { field: 'destinationCountry', label: 'Destination country', type: text(100), required: false },
  { field: 'transferSafeguard', label: 'Transfer safeguard', type: text(100), required: false },
  { field: 'retention', label: 'Retention', type: text(500), required: false },
  { field: 'notes', label: 'Notes', type: text(20_000), required: false },
];

/** The other ways people write an article's ids: its letter ("6(1)(e)") and its name ("Public task"). */
const byArticleAndName = <T extends string>(ids: readonly T[], articles: Record<T, string>, names: Record<T, string>) =>
  Object.fromEntries(ids.flatMap((id) => [[articles[id], id], [names[id], id]])) as Record<string, T>;

/** "Art 6(1)(e)", "Article 9(2)(h)", "UK GDPR 6(1)(e)": the prefix says nothing the letters do not. */
const withoutArticle =
  <T extends string>(lookup: (text: string) => T | null) =>
  (text: string) =>
    lookup(text.replace(/^\s*(uk\s*gdpr\s*)?(art(icle)?\.?\s*)?/i, ''));

export const lawfulBasisOf = withoutArticle(wordLookup(LAWFUL_BASES, LAWFUL_BASIS_LABELS, byArticleAndName(LAWFUL_BASES, LAWFUL_BASIS_ARTICLES, LAWFUL_BASIS_NAMES)));
export const specialCategoryConditionOf = withoutArticle(
  wordLookup(SPECIAL_CATEGORY_CONDITIONS, SPECIAL_CATEGORY_CONDITION_LABELS, {
    ...byArticleAndName(SPECIAL_CATEGORY_CONDITIONS, SPECIAL_CATEGORY_CONDITION_ARTICLES, SPECIAL_CATEGORY_CONDITION_NAMES),
    'health and social care': 'health-or-social-care',
    employment: 'employment-social-protection',
    research: 'archiving-research-statistics',
  }),
);
export const cldcBasisOf = wordLookup(CLDC_BASES, CLDC_BASIS_LABELS, {
  'implied consent': 'implied-consent-direct-care',
  'implied consent (direct care)': 'implied-consent-direct-care',
  'implied consent for direct care': 'implied-consent-direct-care',
  s251: 's251-support',
  'section 251': 's251-support',
  's.251': 's251-support',
  'section 251 support': 's251-support',
  'legal obligation': 'legal-requirement',
  statutory: 'legal-requirement',
  'public interest': 'overriding-public-interest',
  anonymised: 'not-confidential',
});
const optOutOf = wordLookup(OPT_OUT_ANSWERS, OPT_OUT_LABELS, { yes: 'applied', no: 'not-applied', 'n/a': 'not-applicable', na: 'not-applicable' });
const transferMethodOf = wordLookup(TRANSFER_METHODS, TRANSFER_METHOD_LABELS, {
  hl7: 'hl7-or-fhir-interface',
  fhir: 'hl7-or-fhir-interface',
  interface: 'hl7-or-fhir-interface',
  'secure file transfer': 'sftp',
  'nhs mail': 'nhsmail',
  'nhs.net': 'nhsmail',
  'encrypted email': 'secure-email',
  portal: 'web-portal',
  'database link': 'direct-database-link',
  usb: 'removable-media',
  post: 'paper-post',
  paper: 'paper-post',
  phone: 'telephone',
});
const encryptedOf = wordLookup(TRANSIT_ENCRYPTION_ANSWERS, TRANSIT_ENCRYPTION_LABELS, { y: 'yes', n: 'no', "don't know": 'unknown', 'not known': 'unknown' });
const frequencyOf = wordLookup(FREQUENCIES, FREQUENCY_LABELS, { realtime: 'real-time', continuous: 'real-time', live: 'real-time', annual: 'annually', yearly: 'annually', adhoc: 'ad-hoc', 'as needed': 'ad-hoc', 'as required': 'ad-hoc', once: 'one-off' });
const agreementTypeOf = wordLookup(AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS, {
  dsa: 'data-sharing-agreement',
  isa: 'data-sharing-agreement',
  'information sharing agreement': 'data-sharing-agreement',
  dpa: 'data-processing-agreement',
  mou: 'memorandum-of-understanding',
  no: 'none',
});
export const transferSafeguardOf = wordLookup(TRANSFER_SAFEGUARDS, TRANSFER_SAFEGUARD_LABELS, {
  adequacy: 'adequacy-regulations',
  'adequacy decision': 'adequacy-regulations',
  'uk addendum': 'uk-addendum-to-sccs',
  addendum: 'uk-addendum-to-sccs',
  sccs: 'uk-addendum-to-sccs',
  'standard contractual clauses': 'uk-addendum-to-sccs',
  bcr: 'binding-corporate-rules',
  bcrs: 'binding-corporate-rules',
});
export const dataCategoryOf = wordLookup(DATA_CATEGORIES, DATA_CATEGORY_LABELS, {
  contact: 'contact-details',
  ethnicity: 'racial-or-ethnic-origin',
  religion: 'religious-beliefs',
  'sexual orientation': 'sexual-orientation-or-life',
  criminal: 'criminal-offence',
  'criminal convictions': 'criminal-offence',
});
export const dataSubjectOf = wordLookup(DATA_SUBJECTS, DATA_SUBJECT_LABELS, {
  patient: 'patients',
  'service user': 'service-users',
  carer: 'carers',
  employees: 'staff',
  student: 'students',
  child: 'children',
  'general public': 'public',
});

/** A list written in one cell, separated by semicolons or commas: the ids it names, and the words it does not. */
export function listOf<T extends string>(cell: string, lookup: (text: string) => T | null): { ids: T[]; unknown: string[] } {
  const words = cell.split(/[;,\n]/).map((w) => w.trim()).filter(Boolean);
  const found = words.map((w) => [w, lookup(w)] as const);
  return { ids: [...new Set(found.flatMap(([, id]) => (id ? [id] : [])))], unknown: found.filter(([, id]) => !id).map(([w]) => w) };
}

const LISTED = 3;
const some = (words: readonly string[]) => words.slice(0, LISTED).join(', ') + (words.length > LISTED ? ', …' : '');

export function checkFlowRow(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: FlowImportRow } | { ok: false; problems: RowProblem[] } {
  const cells = rowCells(values, row, columnOf);
  const list = <T extends string>(field: string, lookup: (text: string) => T | null, what: string): T[] | undefined => {
    const cell = cells.optional(field);
    if (cell === undefined) return undefined;
    const { ids, unknown } = listOf(cell ?? '', lookup);
    if (unknown.length) cells.problem(field, `names ${unknown.map((w) => `“${w}”`).join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not ${what}`);
    return ids;
  };
  const dataCategories = list('dataCategories', dataCategoryOf, `a category of data: use ${some(DATA_CATEGORIES.map((c) => DATA_CATEGORY_LABELS[c]))} and the rest of the list, separated by semicolons`);
  const dataSubjects = list('dataSubjects', dataSubjectOf, `a group of people data is about: use ${some(DATA_SUBJECTS.map((s) => DATA_SUBJECT_LABELS[s]))} and the rest of the list, separated by semicolons`);
  const lawfulBasis = cells.word('lawfulBasis', lawfulBasisOf, 'is not an Article 6 lawful basis: 6(1)(a) to 6(1)(f), or its name, such as Public task');
  const specialCategoryCondition = cells.word('specialCategoryCondition', specialCategoryConditionOf, 'is not an Article 9 condition: 9(2)(a) to 9(2)(j), or its name, such as Health or social care');
  const cldcBasis = cells.word('cldcBasis', cldcBasisOf, 'is not a basis under the common law duty of confidentiality: implied consent, explicit consent, legal requirement, overriding public interest, s251 support or not confidential');
  const nationalDataOptOut = cells.word('nationalDataOptOut', optOutOf, 'is not an answer about the national data opt-out: applied, not applicable or not applied');
  const transferMethod = cells.word('transferMethod', transferMethodOf, 'is not a way of sending data: API, HL7 or FHIR interface, SFTP, NHSmail, secure email, email, web portal, direct database link, removable media, paper by post, courier, telephone or other');
  const encryptedInTransit = cells.word('encryptedInTransit', encryptedOf, 'is not an answer about encryption in transit: yes, no or unknown');
  const frequency = cells.word('frequency', frequencyOf, 'is not how often data flows: real time, daily, weekly, monthly, quarterly, annually, ad hoc or one-off');
  const agreementType = cells.word('agreementType', agreementTypeOf, 'is not a kind of agreement: data sharing agreement, data processing agreement, contract, memorandum of understanding or none');
  const transferSafeguard = cells.word('transferSafeguard', transferSafeguardOf, 'is not a safeguard for an international transfer: adequacy, IDTA, UK Addendum, binding corporate rules, derogation or none');
  if (cells.problems.length) return { ok: false, problems: cells.problems };
  const yesNo = (field: string) => {
    const v = cells.value<boolean>(field);
    return v === undefined ? undefined : v === true;
  };
  const details = given<FlowImportRow['details']>({
    description: cells.optional('description'),
    dataCategories,
    dataSubjects,
    personalData: yesNo('personalData'),
    patientData: yesNo('patientData'),
    recordVolume: cells.value<number>('recordVolume'),
    purpose: cells.optional('purpose'),
    directCare: yesNo('directCare'),
    lawfulBasis,
    specialCategoryCondition,
    schedule1Condition: cells.optional('schedule1Condition'),
    cldcBasis,
    cagReference: cells.optional('cagReference'),
    nationalDataOptOut,
    transferMethod,
    // A blank answer is an unknown one.
    encryptedInTransit: encryptedInTransit === null ? 'unknown' : encryptedInTransit,
    frequency,
    agreementType,
    agreementReference: cells.optional('agreementReference'),
    agreementExpiresOn: cells.value<string>('agreementExpiresOn'),
    internationalTransfer: yesNo('internationalTransfer'),
    destinationCountry: cells.optional('destinationCountry'),
    transferSafeguard,
    retention: cells.optional('retention'),
    notes: cells.optional('notes'),
  });
  const tidy = (field: string) => cells.text(field).replace(/\s+/g, ' ');
  return { ok: true, value: { name: tidy('name'), from: tidy('from'), to: tidy('to'), details, saidSpecialCategory: yesNo('specialCategoryData') } };
}

/** The column a problem with a flow's field is shown against. */
const COLUMN_OF_PROBLEM: Record<string, string> = { to: 'to', purpose: 'purpose', specialCategoryData: 'specialCategoryData' };

export async function applyFlowBatch(tx: Db, batch: Array<CheckedRow<FlowImportRow>>, context: ApplyContext): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, refused: [] };
  const ctx: RegisterChangeContext = { db: tx, actor: context.actor, now: context.now };
  const endKeys = [...new Set(batch.flatMap((b) => [b.value.from, b.value.to]).map(store.nameKey))];
  const assets = new Map((await store.liveAssetsByNameKeys(tx, context.orgId, endKeys)).map((a) => [a.name_key, a.id]));
  const suppliers = new Map((await store.suppliersByNameKeys(tx, context.orgId, endKeys)).map((s) => [s.name_key, s.id]));
  const heldRows = await flowStore.liveFlowsByNameKeys(tx, context.orgId, batch.map((b) => store.nameKey(b.value.name)));
  const held = new Map(heldRows.map((f) => [f.name_key, f]));
  const heldEnds = await endRecordsOf(tx, context.orgId, heldRows);
  const added: DataFlowRow[] = [];

  const endFor = (name: string, existing: DataFlowRow | undefined, which: 'from' | 'to'): FlowEndBody => {
    const key = store.nameKey(name);
    const current = existing && flowEndOf(existing, which, heldEnds);
    if (current && store.nameKey(current.name) === key) {
      if (current.kind === 'asset') return { assetId: current.id! };
      if (current.kind === 'supplier') return { supplierId: current.id! };
    }
    const assetId = assets.get(key);
    if (assetId) return { assetId };
    const supplierId = suppliers.get(key);
    return supplierId ? { supplierId } : { party: name };
  };

  for (const { row, value } of batch) {
    const existing = held.get(store.nameKey(value.name));
    const columns = flowColumns({ ...value.details, name: value.name, from: endFor(value.from, existing, 'from'), to: endFor(value.to, existing, 'to') });
    const next = existing ? withDataFlags({ ...existing, ...columns }) : newFlowRow(context.orgId, columns, ctx);
    const problems = flowRowProblems(next, value.saidSpecialCategory);
    if (problems.length) {
      const cellOf = (field: string) => (field === 'to' ? value.to : field === 'specialCategoryData' ? 'Yes' : '');
      outcome.refused.push({ row, problems: problems.map((p) => ({ row, column: context.columnOf(COLUMN_OF_PROBLEM[p.field] ?? 'name'), value: cellOf(p.field), reason: p.message })) });
      continue;
    }
    await keepImported(tx, context, outcome, 'flow.import', 'data-flow', flowStore.updateFlow, added, existing, next);
  }
  await flowStore.insertFlows(tx, added);
  return outcome;
}

export const flowsImport = declareImportKind<FlowImportRow>({
  id: 'flows',
  label: 'data flows',
  columns: FLOW_COLUMNS,
  action: 'flow.manage',
  keyFields: ['name'],
  keyOf: (row) => store.nameKey(row.name),
  check: checkFlowRow,
  presets: { bulwark: bulwarkExportPreset(FLOW_COLUMNS) },
  apply: applyFlowBatch,
});
