// A generated information asset register for the benchmarks, at the size a large acute Trust or an
// ICS-hosted register holds: thousands of assets, hundreds of suppliers, a couple of thousand data
// flows and DPIAs at every stage, most of it in order and a realistic few per cent of each thing the
// flag rules catch (support ended, no owner, restore never tested, certificates lapsed, flows without a
// basis or an agreement, large special-category flows no DPIA covers, DPIAs overdue for review…), a few
// records archived and some flags already made actions. The generator is pure and seeded: the same
// shape gives the same register on every run and machine, every date placed from a fixed instant.
// writeBenchRegister writes it through the register's service row by row, as the people who keep it
// would (the IG lead the assets and suppliers, the DPO the flows, DPIAs step by step as in the demo),
// so every row, default and audit entry is the product's own. That takes 40–60 s on SQLite on a busy
// 2-core machine, so no short cut through the stores was taken; on PostgreSQL each of the tens of
// thousands of statements is a round trip, and it takes about 3 minutes (within the start-up limit).
// The bulk imports (assetsImport, suppliersImport, flowsImport) are the way to cut that if it matters.
// The flags made actions are kept to a few per cent, as each one reads every flag of the register first.
import { SCREENING_QUESTIONS, type RiskBody, type ScreeningQuestion, type SignOffOutcome } from '../../src/contract/dpias.js';
import type { AgreementType, DataCategory, NewFlowBody, TransferMethod } from '../../src/contract/data-flows.js';
import type { AssetType, CertificationScheme, Criticality, DsptStatus, NewAssetBody, NewSupplierBody } from '../../src/contract/information-assets.js';
import { ukDateOf } from '../../src/platform/as-of.js';
import type { Db } from '../../src/platform/db/database.js';
import { mulberry32 as seeded } from '../../src/platform/seeded-random.js';
import * as register from '../../src/modules/information-assets/service.js';

export interface RegisterShape {
  seed: number;
  assets: number;
  suppliers: number;
  flows: number;
  dpias: number;
  /** Flags made actions, as a share of the flags raised once the register is written. */
  actionShare: number;
  /** The instant the register is read at; every date is placed from it, and the records were added two years before. */
  at: Date;
}

/** The bench's register: a large acute Trust's, read as of a fixed instant. */
export const BENCH_REGISTER: RegisterShape = { seed: 20_261_206, assets: 3000, suppliers: 400, flows: 2000, dpias: 150, actionShare: 0.03, at: new Date('2026-12-01T00:00:00.000Z') };

/** Who keeps the register: the demo trust's people with an account, by the start of their email address. */
type Person = 'iao' | 'iglead' | 'seclead' | 'dpo' | 'siro';
const PEOPLE: readonly Person[] = ['iao', 'iglead', 'seclead', 'dpo', 'siro'];

/** One end of a generated flow: an asset or supplier by its place in the lists, or another organisation. */
type End = { asset: number } | { supplier: number } | { party: string };

interface GeneratedFlow extends Omit<NewFlowBody, 'from' | 'to'> {
  from: End;
  to: End;
}

/** The stages a generated DPIA is taken to, in order: each one includes the steps before it. */
const DPIA_STAGES = ['screening', 'not-required', 'required', 'in-progress', 'awaiting-dpo-advice', 'awaiting-sign-off', 'signed-off', 'not-approved'] as const;
type DpiaStage = (typeof DPIA_STAGES)[number];

interface GeneratedDpia {
  title: string;
  description: string;
  stage: DpiaStage;
  startedDaysAgo: number;
  yes: ScreeningQuestion[];
  assets: number[];
  flows: number[];
  risks: RiskBody[];
  signOff?: { daysAgo: number; outcome: SignOffOutcome; conditions: string | null; reviewAfterDays: number };
}

export interface GeneratedRegister {
  suppliers: NewSupplierBody[];
  /** Each asset with its owner, if an account, and its supplier by place in the list. */
  assets: Array<{ body: Omit<NewAssetBody, 'supplierId' | 'ownerId'>; owner: Person | null; supplier: number | null }>;
  flows: GeneratedFlow[];
  dpias: GeneratedDpia[];
  /** Assets and flows archived a month before the instant (none named by a flow or a DPIA). */
  archivedAssets: number[];
  archivedFlows: number[];
}

const DAY = 86_400_000;

function generators(random: () => number) {
  const chance = (p: number) => random() < p;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const weighted = <T>(weights: ReadonlyArray<readonly [T, number]>): T => {
    let r = random() * weights.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of weights) if ((r -= w) < 0) return value;
    return weights.at(-1)![0];
  };
  /** An index below n, the low ones far more often: a few suppliers and core systems carry most of the register. */
  const skewed = (n: number) => Math.min(n - 1, Math.floor(n * random() ** 2.2));
  return { chance, pick, between, weighted, skewed };
}

const SUPPLIER_WORDS = ['Fellside', 'Brightlake', 'Quarrybank', 'Ashgrove', 'Kestrel', 'Northgate', 'Ridgeway', 'Harbour', 'Meridian', 'Oakfield', 'Silverdale', 'Thornbury', 'Westmoor', 'Larkspur', 'Copperbeech', 'Highcliffe', 'Riverside', 'Stonebridge', 'Elmstead', 'Foxhollow'];
const SUPPLIER_KINDS = ['Clinical Systems', 'Health Software', 'Imaging', 'Diagnostics', 'Digital', 'Data Services', 'Medical Devices', 'Cloud Hosting', 'Records Management', 'Networks', 'Telecare', 'Pharmacy Systems', 'Workforce Solutions', 'Document Services', 'Analytics', 'Security Services', 'Print and Post', 'Laboratory Systems', 'Theatre Systems', 'Patient Engagement'];
const SERVICES = [
  'Hosts and supports a departmental clinical system',
  'Supplies and maintains medical devices with patient data on them',
  'Provides cloud hosting and managed backups',
  'Scans, stores and destroys paper records',
  'Provides a patient-facing app and text reminders',
  'Supports the network, firewalls and remote access',
  'Provides payroll, rostering and HR systems',
  'Supplies analytics and reporting tools',
];
const DEPARTMENTS = [
  'Cardiology', 'Renal', 'Oncology', 'Haematology', 'Maternity', 'Neonatal', 'Paediatrics', 'Emergency department', 'Critical care', 'Theatres', 'Radiology',
  'Pathology', 'Pharmacy', 'Physiotherapy', 'Dietetics', 'Ophthalmology', 'Dermatology', 'Respiratory', 'Gastroenterology', 'Neurology', 'Stroke', 'Orthopaedics',
  'Urology', 'Sexual health', 'Mental health liaison', 'Outpatients', 'Patient access', 'Finance', 'Estates', 'Workforce', 'Procurement', 'Information governance',
  'Digital services', 'Research and innovation', 'Safeguarding', 'Infection prevention', 'Patient experience', 'Legal services', 'Communications', 'Education',
];
const ASSET_KINDS: Record<AssetType, readonly string[]> = {
  system: ['clinical system', 'departmental system', 'booking system', 'ordering and results system', 'scheduling system'],
  application: ['patient tracking application', 'referral application', 'audit database', 'rota application', 'forms application', 'reporting tool'],
  dataset: ['waiting list extract', 'clinical audit dataset', 'research dataset', 'activity returns', 'staff records', 'incident data'],
  'device-class': ['ward devices', 'monitoring devices', 'imaging modalities', 'laptops', 'tablets', 'infusion pumps'],
  'paper-records': ['paper records', 'consent forms archive', 'case notes store'],
  service: ['outsourced service', 'transcription service', 'courier service', 'managed service'],
};
const PARTIES = [
  'GP practices in Northshire', 'NHS England (national data collections)', 'Northshire County Council adult social care', 'Northshire County Council children’s services',
  'UK Health Security Agency', 'Northshire Community Health NHS Trust', 'Northshire and Dales Integrated Care Board', 'University of Northshire', 'HM Coroner for Northshire',
  'Northshire Police', 'Regional cancer alliance', 'National registries (cancer, renal, cardiac)', 'Other NHS trusts in the region', 'Patients and their representatives',
];
const PURPOSES = [
  'Individual care of the patient', 'Referral for treatment', 'Results reported back to the requester', 'Discharge and clinic letters', 'A national collection the Trust must make by law',
  'Payment for activity', 'Clinical audit', 'Research with s251 support', 'Safeguarding', 'Staff pay and employment', 'Service planning', 'Support and maintenance by the supplier',
];
const RISKS: readonly RiskBody[] = [
  { description: 'Staff see records they have no reason to see.', likelihood: 'possible', severity: 'severe', measures: 'Access by role and a monthly access audit.', residualLikelihood: 'remote', residualSeverity: 'severe' },
  { description: 'Data goes to the wrong recipient.', likelihood: 'possible', severity: 'significant', measures: 'Recipients checked against the national directory.', residualLikelihood: 'remote', residualSeverity: 'significant' },
  { description: 'The supplier loses or leaks the data.', likelihood: 'remote', severity: 'severe', measures: 'Contract clauses, DSPT checked yearly, encryption at rest.', residualLikelihood: 'remote', residualSeverity: 'significant' },
  { description: 'Data is kept longer than needed.', likelihood: 'probable', severity: 'minimal', measures: 'Retention set in the system and reviewed each year.', residualLikelihood: 'possible', residualSeverity: 'minimal' },
  { description: 'People are surprised their data is used this way.', likelihood: 'possible', severity: 'significant', measures: 'Privacy notice updated and the patient panel told.', residualLikelihood: 'remote', residualSeverity: 'minimal' },
];
/** A risk the measures leave high: the flag the SIRO must see. */
const HIGH_RISK: RiskBody = { description: 'Re-identification when datasets are linked.', likelihood: 'probable', severity: 'severe', measures: 'Pseudonymised before linking.', residualLikelihood: 'possible', residualSeverity: 'severe' };

const patientRecord: DataCategory[] = ['identifiers', 'demographics', 'health'];

export function generateRegister(shape: RegisterShape): GeneratedRegister {
  const random = seeded(shape.seed);
  const { chance, pick, between, weighted, skewed } = generators(random);
  const today = ukDateOf(shape.at);
  const dateIn = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  const dsptYear = '2025-26';

  const suppliers: NewSupplierBody[] = Array.from({ length: shape.suppliers }, (_, i) => {
    const name = `${SUPPLIER_WORDS[i % SUPPLIER_WORDS.length]} ${SUPPLIER_KINDS[Math.floor(i / SUPPLIER_WORDS.length) % SUPPLIER_KINDS.length]}${i >= 400 ? ` ${Math.floor(i / 400) + 1}` : ''} Ltd`;
    const certifications = [
      ...(chance(0.7) ? [{ scheme: 'cyber-essentials-plus' as CertificationScheme, number: `CEP-${between(10_000, 99_999)}` }] : []),
      ...(chance(0.35) ? [{ scheme: 'iso-27001' as CertificationScheme, number: `IS ${between(100_000, 999_999)}` }] : []),
    ].map((c) => ({ ...c, name: null, expiresOn: dateIn(weighted([[between(-200, -1), 5], [between(0, 60), 6], [between(61, 700), 89]] as const)) }));
    const ends = weighted([[null, 6], [between(-400, -1), 5], [between(0, 1800), 89]] as const);
    return {
      name,
      contactName: 'Account manager',
      contactEmail: `accounts${i + 1}@supplier.example`,
      services: pick(SERVICES),
      contractReference: `NSH-CON-${between(2018, 2026)}-${String(i + 1).padStart(3, '0')}`,
      contractStartsOn: dateIn(between(-2500, -400)),
      contractEndsOn: ends === null ? null : dateIn(ends),
      dsptStatus: weighted<DsptStatus | null>([['standards-exceeded', 20], ['standards-met', 62], ['approaching-standards', 8], ['standards-not-met', 3], ['not-published', 3], [null, 4]]),
      dsptYear,
      certifications,
    };
  });

  const assets: GeneratedRegister['assets'] = Array.from({ length: shape.assets }, (_, i) => {
    const type = weighted<AssetType>([['system', 25], ['application', 30], ['dataset', 15], ['device-class', 10], ['paper-records', 8], ['service', 12]]);
    const criticality = weighted<Criticality>([['critical', 8], ['high', 22], ['medium', 45], ['low', 25]]);
    const department = DEPARTMENTS[i % DEPARTMENTS.length]!;
    const data = weighted([['none', 25], ['personal', 25], ['special-category', 12], ['patient', 38]] as const);
    const personal = data !== 'none';
    // Paper and most datasets have no product support to end; the rest mostly years off.
    const support = type === 'paper-records' || type === 'dataset' ? null : weighted([[null, 30], [between(-700, -1), 4], [between(0, 180), 5], [between(181, 2500), 61]] as const);
    const critical = criticality === 'critical';
    const tested = weighted<number | null>(critical ? [[between(10, 360), 86], [between(370, 900), 9], [null, 5]] : [[between(10, 700), 55], [null, 45]]);
    const plan = critical ? chance(0.93) : chance(0.55);
    const owner = weighted<'account' | 'named' | null>([['account', 12], ['named', 84], [null, 4]]);
    return {
      body: {
        name: `${department} ${pick(ASSET_KINDS[type])} (IA-${String(i + 1).padStart(4, '0')})`,
        type,
        criticality,
        description: `${department}: ${type === 'paper-records' ? 'records kept on paper' : 'used day to day by the department'}.`,
        ownerName: owner === 'named' ? `Head of ${department.toLowerCase()} ${(i % 7) + 1}` : null,
        administratorName: chance(0.6) ? `${department} system administrator` : null,
        hosting: type === 'paper-records' ? 'on-premises' : weighted([['on-premises', 40], ['supplier-hosted', 30], ['cloud', 22], ['hybrid', 8]] as const),
        hostingRegion: null,
        supportEndsOn: support === null ? null : dateIn(support),
        personalData: personal,
        specialCategoryData: data === 'special-category' || data === 'patient',
        patientData: data === 'patient',
        recordVolume: personal ? between(50, 600_000) : null,
        encryptionAtRest: personal ? weighted([['yes', 88], ['unknown', 8], ['no', 4]] as const) : weighted([['yes', 60], ['unknown', 30], ['no', 10]] as const),
        mfa: weighted([['yes', 70], ['no', 8], ['not-applicable', 12], ['unknown', 10]] as const),
        backupRestoreTestedOn: tested === null ? null : dateIn(-tested),
        continuityPlan: plan,
        continuityPlanReference: plan ? `BCP-${department.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(4, '0')}` : null,
        notes: null,
      },
      owner: owner === 'account' ? pick(['iao', 'iglead', 'seclead', 'dpo'] as const) : null,
      supplier: type === 'paper-records' || !chance(0.75) ? null : skewed(shape.suppliers),
    };
  });

  const flows: GeneratedFlow[] = Array.from({ length: shape.flows }, (_, i) => {
    const from = skewed(shape.assets);
    const direction = weighted([['outbound', 55], ['inbound', 20], ['internal', 25]] as const);
    const other: End = direction === 'internal' ? { asset: (from + 1 + between(0, shape.assets - 2)) % shape.assets } : chance(0.4) ? { supplier: skewed(shape.suppliers) } : { party: pick(PARTIES) };
    const ends = direction === 'inbound' ? { from: other, to: { asset: from } } : { from: { asset: from }, to: other };
    const external = direction !== 'internal';
    const kind = weighted([['patient', 60], ['staff', 15], ['personal', 10], ['none', 15]] as const);
    const patient = kind === 'patient';
    const categories: DataCategory[] = patient ? [...patientRecord, ...(chance(0.15) ? (['social-care'] as DataCategory[]) : [])] : kind === 'staff' ? ['identifiers', 'employment', 'financial', ...(chance(0.3) ? (['health'] as DataCategory[]) : [])] : kind === 'personal' ? ['identifiers', 'contact-details'] : [];
    const special = categories.some((c) => c === 'health');
    const research = patient && chance(0.06);
    const directCare = patient && !research && chance(0.8);
    const method = weighted<TransferMethod>([['hl7-or-fhir-interface', 30], ['api', 20], ['sftp', 15], ['nhsmail', 15], ['web-portal', 10], ['secure-email', 4], ['email', 2], ['paper-post', 3], ['direct-database-link', 1]]);
    const agreement = external && kind !== 'none' ? weighted<AgreementType | null>([['data-sharing-agreement', 50], ['data-processing-agreement', 30], ['contract', 10], ['memorandum-of-understanding', 4], ['none', 2], [null, 4]]) : null;
    const expires = agreement && agreement !== 'none' ? weighted([[null, 20], [between(-300, -1), 4], [between(0, 60), 4], [between(61, 1500), 72]] as const) : null;
    const abroad = external && chance(0.03);
    const lacking = (p: number) => kind !== 'none' && chance(p);
    return {
      name: `${pick(PURPOSES)} (DF-${String(i + 1).padStart(4, '0')})`,
      description: null,
      ...ends,
      dataCategories: categories,
      dataSubjects: (patient ? ['patients'] : kind === 'staff' ? ['staff'] : kind === 'personal' ? ['public'] : []),
      personalData: kind !== 'none',
      patientData: patient,
      recordVolume: kind === 'none' ? null : weighted([[between(10, 9_999), 70], [between(10_000, 500_000), 30]] as const),
      purpose: kind === 'none' ? 'Reference data and configuration' : pick(PURPOSES),
      directCare,
      lawfulBasis: kind === 'none' || lacking(0.03) ? null : kind === 'staff' ? 'contract' : 'public-task',
      specialCategoryCondition: !special || lacking(0.02) ? null : research ? 'archiving-research-statistics' : kind === 'staff' ? 'employment-social-protection' : 'health-or-social-care',
      schedule1Condition: !special || lacking(0.03) ? null : research ? 'Part 1, paragraph 4 (research)' : kind === 'staff' ? 'Part 1, paragraph 1 (employment)' : 'Part 1, paragraph 2 (health or social care purposes)',
      cldcBasis: !patient || lacking(0.03) ? null : research ? 's251-support' : directCare ? 'implied-consent-direct-care' : pick(['legal-requirement', 'explicit-consent'] as const),
      cagReference: research && chance(0.8) ? `${between(18, 26)}/CAG/${String(between(1, 300)).padStart(4, '0')}` : null,
      nationalDataOptOut: !patient ? null : research ? weighted([['applied', 80], ['not-applied', 10], [null, 10]] as const) : 'not-applicable',
      transferMethod: method,
      encryptedInTransit: method === 'email' ? 'no' : weighted([['yes', 93], ['unknown', 5], ['no', 2]] as const),
      frequency: weighted([['real-time', 40], ['daily', 30], ['weekly', 10], ['monthly', 15], ['ad-hoc', 5]] as const),
      agreementType: agreement,
      agreementReference: agreement && agreement !== 'none' ? `ISA-${String(i + 1).padStart(4, '0')}` : null,
      agreementExpiresOn: expires === null ? null : dateIn(expires),
      internationalTransfer: abroad,
      destinationCountry: abroad ? pick(['United States', 'India', 'Ireland']) : null,
      transferSafeguard: abroad ? weighted([['adequacy-regulations', 30], ['idta', 30], ['uk-addendum-to-sccs', 20], ['none', 10], [null, 10]] as const) : null,
      retention: kind === 'none' ? null : 'As the NHS Records Management Code of Practice sets out',
      notes: null,
    };
  });

  // Large special-category flows go to the DPIAs that will be signed off first, so most are covered.
  const large = flows.flatMap((f, i) => ((f.dataCategories ?? []).includes('health') && (f.recordVolume ?? 0) >= 10_000 ? [i] : []));
  const stageOf = (i: number): DpiaStage => {
    const r = i / shape.dpias;
    return r < 0.4 ? 'signed-off' : r < 0.44 ? 'not-approved' : r < 0.52 ? 'awaiting-sign-off' : r < 0.6 ? 'awaiting-dpo-advice' : r < 0.7 ? 'in-progress' : r < 0.76 ? 'required' : r < 0.94 ? 'not-required' : 'screening';
  };
  let nextLarge = 0;
  const dpias: GeneratedDpia[] = Array.from({ length: shape.dpias }, (_, i) => {
    const stage = stageOf(i);
    const assessed = DPIA_STAGES.indexOf(stage) >= DPIA_STAGES.indexOf('in-progress');
    const flowCount = assessed ? between(2, 8) : 0;
    const covered = stage === 'signed-off' ? large.slice(nextLarge, (nextLarge += flowCount)) : [];
    const flowIds = [...new Set([...covered, ...Array.from({ length: flowCount - covered.length }, () => between(0, shape.flows - 1))])];
    const department = DEPARTMENTS[i % DEPARTMENTS.length]!;
    const signed = stage === 'signed-off' || stage === 'not-approved';
    // One in six signed off are overdue for review; a few approved with a risk left high.
    const overdue = stage === 'signed-off' && i % 6 === 0;
    return {
      title: `${department}: ${pick(['new clinical system', 'data sharing with partners', 'patient app', 'research database', 'records digitisation', 'remote monitoring'])} (${i + 1})`,
      description: `Processing of ${department.toLowerCase()} data assessed before it starts.`,
      stage,
      startedDaysAgo: overdue ? between(500, 700) : signed ? between(100, 450) : between(5, 90),
      yes: stage === 'not-required' || stage === 'screening' ? [] : ([pick(SCREENING_QUESTIONS), ...(chance(0.5) ? [pick(SCREENING_QUESTIONS)] : [])] as ScreeningQuestion[]),
      assets: assessed ? Array.from({ length: between(1, 4) }, () => skewed(shape.assets)) : [],
      flows: flowIds,
      risks: assessed ? [...Array.from({ length: between(1, 3) }, () => pick(RISKS)), ...(stage === 'signed-off' && chance(0.1) ? [HIGH_RISK] : [])] : [],
      ...(signed
        ? {
            signOff: {
              daysAgo: overdue ? 450 : between(20, 90),
              outcome: stage === 'not-approved' ? 'not-approved' : chance(0.3) ? 'approved-with-conditions' : 'approved',
              conditions: 'Review the access audit after three months.',
              reviewAfterDays: 365,
            },
          }
        : {}),
    } satisfies GeneratedDpia;
  });

  // Archived a month ago: a few assets and flows nothing else names.
  const named = new Set([...flows.flatMap((f) => [f.from, f.to].flatMap((e) => ('asset' in e ? [e.asset] : []))), ...dpias.flatMap((d) => d.assets)]);
  const linkedFlows = new Set(dpias.flatMap((d) => d.flows));
  const archivedAssets = assets.map((_, i) => i).filter((i) => !named.has(i) && i % 50 === 7);
  const archivedFlows = flows.map((_, i) => i).filter((i) => !linkedFlows.has(i) && i % 50 === 11);
  return { suppliers, assets, flows, dpias, archivedAssets, archivedFlows };
}

export interface RegisterSummary {
  assets: number;
  suppliers: number;
  flows: number;
  dpias: Partial<Record<DpiaStage, number>>;
  archived: { assets: number; flows: number };
  flags: number;
  flaggedRecords: number;
  actions: number;
  asOf: string;
  writeSeconds: number;
}

/**
 * Writes the generated register for the organisation through the register's service, as the demo
 * trust's people would: suppliers and assets by the IG lead two years before the instant, flows by the
 * DPO, each DPIA step by step on the days it was taken, archiving a month before, and a share of the
 * flags made actions (some in progress, some done) at the instant.
 */
export async function writeBenchRegister(db: Db, orgId: string, shape: RegisterShape = BENCH_REGISTER): Promise<RegisterSummary> {
  const started = performance.now();
  const people = new Map<Person, string>();
  for (const who of PEOPLE) {
    const row = await db.selectFrom('users').select('id').where('email', '=', `${who}@northshire-acute.example`).executeTakeFirst();
    if (!row) throw new Error(`the demo trust’s ${who} was not found`);
    people.set(who, row.id);
  }
  const as = (who: Person, daysAgo: number): register.RegisterChangeContext => ({
    db,
    now: new Date(shape.at.getTime() - daysAgo * DAY),
    actor: { userId: people.get(who)!, label: `${who}@northshire-acute.example` },
  });
  const generated = generateRegister(shape);
  const written = 730;

  const supplierIds: string[] = [];
  for (const body of generated.suppliers) supplierIds.push((await register.createSupplier(as('iglead', written), orgId, body)).id);
  const assetIds: string[] = [];
  for (const { body, owner, supplier } of generated.assets) {
    const full: NewAssetBody = { ...body, ownerId: owner ? people.get(owner)! : null, supplierId: supplier === null ? null : supplierIds[supplier]! };
    assetIds.push((await register.createAsset(as('iglead', written), orgId, full)).id);
  }
  const endOf = (end: End) => ('asset' in end ? { assetId: assetIds[end.asset]! } : 'supplier' in end ? { supplierId: supplierIds[end.supplier]! } : { party: end.party });
  const flowIds: string[] = [];
  for (const { from, to, ...rest } of generated.flows) flowIds.push((await register.createFlow(as('dpo', written), orgId, { ...rest, from: endOf(from), to: endOf(to) })).id);

  const stages: RegisterSummary['dpias'] = {};
  // Oldest first, so the references run in the order the DPIAs were started.
  for (const spec of [...generated.dpias].sort((a, b) => b.startedDaysAgo - a.startedDaysAgo)) {
    stages[spec.stage] = (stages[spec.stage] ?? 0) + 1;
    const begun = spec.startedDaysAgo;
    let dpia = await register.createDpia(as('iglead', begun), orgId, { title: spec.title, description: spec.description, ownerId: people.get('iao')! });
    if (spec.stage === 'screening') continue;
    const answers = Object.fromEntries(SCREENING_QUESTIONS.map((q) => [q, spec.yes.includes(q)]));
    const notRequiredReason = spec.stage === 'not-required' ? 'Staff contact details used only for the purpose they were given: nothing about health, no monitoring.' : null;
    dpia = await register.answerScreening(as('iglead', begun), orgId, dpia.id, { answers, notRequiredReason, version: dpia.version });
    if (spec.stage === 'not-required' || spec.stage === 'required') continue;
    const assessing = as('iao', begun - 3);
    const complete = spec.stage !== 'in-progress';
    dpia = await register.changeDpia(assessing, orgId, dpia.id, { necessity: 'Only the data the service needs, kept no longer than it needs it.', consultation: complete ? 'The Caldicott Guardian, the clinical safety officer and the patient panel.' : null, version: dpia.version });
    dpia = await register.replaceLinks(assessing, orgId, dpia.id, { assetIds: spec.assets.map((i) => assetIds[i]!), flowIds: spec.flows.map((i) => flowIds[i]!), version: dpia.version });
    dpia = await register.replaceRisks(assessing, orgId, dpia.id, { risks: spec.risks, version: dpia.version });
    if (!complete || spec.stage === 'awaiting-dpo-advice') continue;
    const advised = spec.signOff ? spec.signOff.daysAgo + 2 : Math.max(1, begun - 4);
    dpia = await register.giveDpoAdvice(as('dpo', advised), orgId, dpia.id, { advice: 'The measures are proportionate; keep the access audit monthly.', version: dpia.version });
    if (!spec.signOff) continue;
    const signing = as('siro', spec.signOff.daysAgo);
    const reviewOn = new Date(signing.now.getTime() + spec.signOff.reviewAfterDays * DAY).toISOString().slice(0, 10);
    const approved = spec.signOff.outcome !== 'not-approved';
    await register.signOffDpia(signing, orgId, dpia.id, { outcome: spec.signOff.outcome, conditions: spec.signOff.outcome === 'approved-with-conditions' ? spec.signOff.conditions : null, reviewOn: approved ? reviewOn : null, version: dpia.version });
  }

  const archiving = as('iglead', 30);
  for (const i of generated.archivedFlows) {
    const flow = await register.getFlow(db, orgId, flowIds[i]!, archiving.now);
    await register.archiveFlow(archiving, orgId, flow.id, flow.version);
  }
  for (const i of generated.archivedAssets) {
    const asset = await register.getAsset(db, orgId, assetIds[i]!, archiving.now);
    await register.archiveAsset(archiving, orgId, asset.id, asset.version);
  }

  // A share of the flags made actions at the instant, spread over the list; every third in progress, every tenth done.
  const { flags } = await register.registerFlags(db, orgId, shape.at);
  const step = Math.max(1, Math.round(1 / shape.actionShare));
  let actions = 0;
  for (let i = 0; i < flags.length; i += step) {
    const lead = as('iglead', 0);
    const action = await register.createRegisterAction(lead, orgId, { flagKey: flags[i]!.key, ownerId: people.get('iao')!, dueOn: ukDateOf(new Date(shape.at.getTime() + 60 * DAY)), asOf: shape.at.toISOString() });
    const status = actions % 10 === 9 ? 'done' : actions % 3 === 2 ? 'in-progress' : null;
    if (status) await register.changeRegisterAction(as('iao', 0), orgId, action.id, { status, version: action.version });
    actions++;
  }

  return {
    assets: generated.assets.length,
    suppliers: generated.suppliers.length,
    flows: generated.flows.length,
    dpias: stages,
    archived: { assets: generated.archivedAssets.length, flows: generated.archivedFlows.length },
    flags: flags.length,
    flaggedRecords: new Set(flags.map((f) => f.subject.id)).size,
    actions,
    asOf: shape.at.toISOString(),
    writeSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

/** Writes the bench's register and gives the route of what is read from it: the flags report or the record of processing. */
export async function prepareRegister(db: Db, orgId: string, read: 'asset-flags' | 'ropa'): Promise<{ route: string; dataset: RegisterSummary }> {
  const dataset = await writeBenchRegister(db, orgId);
  return { route: `/api/v1/orgs/${orgId}/${read}?asOf=${BENCH_REGISTER.at.toISOString()}`, dataset };
}
