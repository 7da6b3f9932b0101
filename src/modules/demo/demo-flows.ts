// The demo trust's data flows: where an acute trust's data goes, to GPs, the council, national
// collections, its suppliers and a research partner, and between its own systems. Most are in order;
// a few carry one of each gap the flow flags catch (no lawful basis, no Schedule 1 condition, patient
// data with no common law basis, an unencrypted email, no agreement, an agreement expired and one
// expiring, a transfer abroad with no safeguard, s251 support without the opt-out applied). Any large
// special-category flow raises the DPIA flag until DPIAs are recorded. Dates are placed relative to
// now. The other organisations are generic or made up, and every reference is made up.
import type { AgreementType, DataCategory, DataSubject, FlowEndBody, NewFlowBody } from '../../contract/data-flows.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import * as accounts from '../accounts/service.js';
import * as register from '../information-assets/service.js';
import { dateIn } from './demo-register.js';

/** An end of a demo flow: an asset or supplier of the demo register by its exact name, or another organisation. */
type DemoEnd = { asset: string } | { supplier: string } | { party: string };

/** A flow as the API takes it, with its ends by name and its agreement's expiry in days from today. */
export interface DemoFlow extends Omit<NewFlowBody, 'from' | 'to' | 'agreementExpiresOn'> {
  from: DemoEnd;
  to: DemoEnd;
  /** Days from today the agreement holds to: negative has expired. */
  agreementExpiresIn?: number;
}

const GPS = { party: 'GP practices in Northshire' };
const NHS_ENGLAND = { party: 'NHS England (national data collections)' };
const ADULT_SOCIAL_CARE = { party: 'Northshire County Council adult social care' };

const patientRecord: DataCategory[] = ['identifiers', 'demographics', 'health'];
const patients: DataSubject[] = ['patients'];

/** What a flow for the individual care of patients records when it is in order. */
const forDirectCare = {
  dataCategories: patientRecord,
  dataSubjects: patients,
  patientData: true,
  directCare: true,
  lawfulBasis: 'public-task',
  specialCategoryCondition: 'health-or-social-care',
  schedule1Condition: 'Part 1, paragraph 2 (health or social care purposes)',
  cldcBasis: 'implied-consent-direct-care',
  nationalDataOptOut: 'not-applicable',
  encryptedInTransit: 'yes',
} as const satisfies Partial<NewFlowBody>;

/** A national collection the Trust must make by law. */
const requiredByLaw = {
  dataCategories: patientRecord,
  dataSubjects: patients,
  patientData: true,
  lawfulBasis: 'legal-obligation',
  specialCategoryCondition: 'health-or-social-care',
  schedule1Condition: 'Part 1, paragraph 2 (health or social care purposes)',
  cldcBasis: 'legal-requirement',
  nationalDataOptOut: 'not-applicable',
  transferMethod: 'web-portal',
  encryptedInTransit: 'yes',
} as const satisfies Partial<NewFlowBody>;

const agreement = (agreementType: AgreementType, agreementReference: string, agreementExpiresIn?: number) => ({ agreementType, agreementReference, ...(agreementExpiresIn === undefined ? {} : { agreementExpiresIn }) });

const DEMO_FLOWS: DemoFlow[] = [
  // ---- Individual care, with GPs and partners ----
  {
    name: 'Discharge summaries to GPs',
    description: 'The summary of each inpatient stay and ED attendance, sent to the patient’s registered practice.',
    from: { asset: 'Electronic patient record' },
    to: GPS,
    ...forDirectCare,
    dataCategories: ['identifiers', 'demographics', 'health', 'contact-details'],
    recordVolume: 160_000,
    purpose: 'So the GP knows what happened in hospital and what to do next.',
    transferMethod: 'other',
    frequency: 'daily',
    ...agreement('data-sharing-agreement', 'NSH-DSA-2023-001 Northshire primary care sharing', 520),
    retention: 'Held in the GP record for the life of the patient record.',
    notes: 'Sent through the national secure messaging service.',
  },
  {
    name: 'Pathology results to GPs',
    description: 'Results of tests GPs request from the Trust’s laboratories.',
    from: { asset: 'Laboratory information management system' },
    to: GPS,
    ...forDirectCare,
    recordVolume: 420_000,
    purpose: 'To return results to the clinician who asked for them.',
    transferMethod: 'api',
    frequency: 'real-time',
    ...agreement('data-sharing-agreement', 'NSH-DSA-2023-001 Northshire primary care sharing', 520),
  },
  {
    name: 'Outpatient clinic letters to GPs',
    from: { asset: 'Digital dictation and clinic letters' },
    to: GPS,
    ...forDirectCare,
    recordVolume: 300_000,
    purpose: 'To tell the GP the outcome of each outpatient appointment.',
    transferMethod: 'api',
    frequency: 'daily',
    ...agreement('data-sharing-agreement', 'NSH-DSA-2023-001 Northshire primary care sharing', 520),
  },
  {
    name: 'Images shared with the regional imaging network',
    description: 'Radiology images and reports shared with the other hospitals of the network, so a patient moved between them is not scanned again.',
    from: { asset: 'Picture archiving and communication system' },
    to: { party: 'Northshire and Dales Imaging Network' },
    ...forDirectCare,
    recordVolume: 180_000,
    purpose: 'To let clinicians in the network see images taken at another hospital.',
    transferMethod: 'direct-database-link',
    frequency: 'real-time',
    // The agreement is being renewed: it runs out in six weeks.
    ...agreement('data-sharing-agreement', 'NDIN-DSA-2021-04', 45),
  },
  {
    name: 'Safeguarding referrals to adult social care',
    description: 'Concerns that an adult with care and support needs is at risk of abuse or neglect.',
    from: { asset: 'Electronic patient record' },
    to: ADULT_SOCIAL_CARE,
    dataCategories: ['identifiers', 'contact-details', 'demographics', 'health', 'social-care'],
    dataSubjects: ['patients', 'carers'],
    patientData: true,
    recordVolume: 900,
    purpose: 'To protect an adult at risk, as the Care Act duties expect.',
    directCare: true,
    lawfulBasis: 'public-task',
    specialCategoryCondition: 'substantial-public-interest',
    schedule1Condition: 'Part 2, paragraph 18 (safeguarding of children and individuals at risk)',
    cldcBasis: 'overriding-public-interest',
    nationalDataOptOut: 'not-applicable',
    transferMethod: 'secure-email',
    encryptedInTransit: 'yes',
    frequency: 'ad-hoc',
    ...agreement('data-sharing-agreement', 'NCC-ISA-2024-007 Northshire safeguarding adults', 700),
  },
  {
    name: 'Discharge notices to adult social care',
    description: 'Notice that a patient will need care and support after leaving hospital.',
    from: { asset: 'Patient administration system' },
    to: ADULT_SOCIAL_CARE,
    ...forDirectCare,
    dataCategories: ['identifiers', 'contact-details', 'health', 'social-care'],
    recordVolume: 6_500,
    purpose: 'To arrange care and support in time for the patient to go home.',
    transferMethod: 'secure-email',
    frequency: 'daily',
    ...agreement('data-sharing-agreement', 'NCC-ISA-2024-003 Northshire hospital discharge', 600),
  },
  {
    name: 'Palliative care referrals to the hospice',
    from: { asset: 'Electronic patient record' },
    to: { party: 'Northshire Hospice' },
    ...forDirectCare,
    recordVolume: 700,
    purpose: 'To refer patients nearing the end of life to the hospice’s team.',
    transferMethod: 'nhsmail',
    frequency: 'ad-hoc',
    // Referrals have gone for years without a sharing agreement being written.
  },
  {
    name: 'Theatre lists to the independent treatment centre',
    description: 'Lists of patients whose operations are done at the treatment centre under the waiting list contract.',
    from: { asset: 'Theatres management system' },
    to: { party: 'Northshire Independent Treatment Centre' },
    ...forDirectCare,
    recordVolume: 3_000,
    purpose: 'To book the patients the Trust has sent for surgery there.',
    transferMethod: 'email',
    encryptedInTransit: 'no',
    frequency: 'weekly',
    ...agreement('contract', 'NSH-CON-2024-051 outsourced elective surgery', 300),
    notes: 'Sent as a spreadsheet from a theatre coordinator’s mailbox to the centre’s ordinary email address.',
  },
  {
    name: 'Appointment reminders through the patient portal',
    from: { asset: 'Patient administration system' },
    to: { supplier: 'Marlstone Patient Engagement Ltd' },
    dataCategories: ['identifiers', 'contact-details', 'health'],
    dataSubjects: patients,
    patientData: true,
    recordVolume: 250_000,
    purpose: 'To remind patients of their appointments by text message and in the portal.',
    directCare: true,
    lawfulBasis: 'public-task',
    specialCategoryCondition: 'health-or-social-care',
    schedule1Condition: 'Part 1, paragraph 2 (health or social care purposes)',
    cldcBasis: 'implied-consent-direct-care',
    nationalDataOptOut: 'not-applicable',
    transferMethod: 'api',
    encryptedInTransit: 'yes',
    frequency: 'daily',
    ...agreement('data-processing-agreement', 'NSH-DPA-2022-019', -20),
  },

  // ---- Required by law, and for planning ----
  {
    name: 'Hospital activity to the national data collections',
    description: 'Admitted patient care, outpatient and emergency care records for the national collections.',
    from: { asset: 'Clinical data warehouse' },
    to: NHS_ENGLAND,
    ...requiredByLaw,
    recordVolume: 1_200_000,
    purpose: 'Mandatory national collections used for payment, planning and national statistics.',
    frequency: 'monthly',
    ...agreement('data-sharing-agreement', 'Data provision notice for the national collections'),
  },
  {
    name: 'Maternity data set to the national data collections',
    from: { asset: 'Maternity information system' },
    to: NHS_ENGLAND,
    ...requiredByLaw,
    recordVolume: 5_200,
    purpose: 'The national maternity collection, required of every provider of maternity care.',
    frequency: 'monthly',
    ...agreement('data-sharing-agreement', 'Data provision notice for the maternity collection'),
  },
  {
    name: 'Cancer registration',
    description: 'Pathology reports and treatment details of patients with cancer.',
    from: { asset: 'Laboratory information management system' },
    to: { party: 'Cancer registry' },
    ...requiredByLaw,
    lawfulBasis: 'public-task',
    specialCategoryCondition: 'public-health',
    schedule1Condition: 'Part 1, paragraph 3 (public health)',
    recordVolume: 6_000,
    purpose: 'To register every cancer diagnosed, as the registration directions require.',
    transferMethod: 'sftp',
    frequency: 'monthly',
    ...agreement('data-sharing-agreement', 'Registration directions (national disease registration)'),
  },
  {
    name: 'Records requested by the coroner',
    from: { asset: 'Electronic patient record' },
    to: { party: 'Coroner’s office' },
    ...requiredByLaw,
    recordVolume: 250,
    purpose: 'To answer the coroner’s requests for records in an investigation into a death.',
    transferMethod: 'secure-email',
    frequency: 'ad-hoc',
    ...agreement('memorandum-of-understanding', 'Northshire coroner’s information protocol', 900),
  },
  {
    name: 'Waiting list data to Northshire ICB',
    description: 'Patient-level waiting list for planned care, with NHS numbers.',
    from: { asset: 'Patient administration system' },
    to: { party: 'Northshire ICB' },
    dataCategories: patientRecord,
    dataSubjects: patients,
    patientData: true,
    recordVolume: 68_000,
    purpose: 'To plan elective recovery across the system and move patients to shorter lists.',
    lawfulBasis: 'public-task',
    specialCategoryCondition: 'health-or-social-care',
    schedule1Condition: 'Part 1, paragraph 2 (health or social care purposes)',
    // Nobody has said which common law basis allows identifiable data to be used for planning.
    transferMethod: 'sftp',
    encryptedInTransit: 'yes',
    frequency: 'weekly',
    ...agreement('data-sharing-agreement', 'NICB-DSA-2024-012', 400),
  },
  {
    name: 'National clinical audit submission',
    description: 'Patient-level records of hip fractures for the national audit.',
    from: { asset: 'Clinical data warehouse' },
    to: { party: 'National clinical audit provider' },
    dataCategories: patientRecord,
    dataSubjects: patients,
    patientData: true,
    recordVolume: 650,
    purpose: 'To compare the Trust’s care with the national standards.',
    lawfulBasis: 'public-task',
    specialCategoryCondition: 'health-or-social-care',
    schedule1Condition: 'Part 1, paragraph 2 (health or social care purposes)',
    cldcBasis: 's251-support',
    cagReference: '19/CAG/0088',
    // Whether the opt-out is applied before submission has never been recorded.
    transferMethod: 'web-portal',
    encryptedInTransit: 'yes',
    frequency: 'quarterly',
    ...agreement('data-sharing-agreement', 'NCA-DSA-2023-31', 500),
  },
  {
    name: 'Research extract for the University of Northshire',
    description: 'A pseudonymised extract of respiratory admissions for an approved study, with a key held by the Trust.',
    from: { asset: 'Research database' },
    to: { party: 'University of Northshire (research partner)' },
    dataCategories: ['identifiers', 'demographics', 'health', 'location'],
    dataSubjects: patients,
    patientData: true,
    recordVolume: 8_400,
    purpose: 'An approved study of readmissions after pneumonia.',
    lawfulBasis: 'public-task',
    specialCategoryCondition: 'archiving-research-statistics',
    schedule1Condition: 'Part 1, paragraph 4 (research)',
    cldcBasis: 's251-support',
    cagReference: '22/CAG/0147',
    nationalDataOptOut: 'applied',
    transferMethod: 'sftp',
    encryptedInTransit: 'yes',
    frequency: 'one-off',
    ...agreement('data-sharing-agreement', 'NSH-RDSA-2025-002', 400),
    retention: 'Destroyed by the university at the end of the study, five years at most.',
  },

  // ---- Suppliers and transfers abroad ----
  {
    name: 'Overflow transcription of clinic letters',
    description: 'Dictations the secretaries cannot type in time, sent to a cloud transcription service.',
    from: { asset: 'Digital dictation and clinic letters' },
    to: { party: 'Kestrel Transcribe (cloud transcription)' },
    ...forDirectCare,
    recordVolume: 40_000,
    purpose: 'To type clinic letters within the target of seven days.',
    transferMethod: 'api',
    frequency: 'daily',
    ...agreement('data-processing-agreement', 'NSH-DPA-2024-027', 330),
    internationalTransfer: true,
    destinationCountry: 'India',
    transferSafeguard: 'idta',
  },
  {
    name: 'Patient feedback survey',
    description: 'Contact details of recent patients, loaded into an online survey tool to ask about their care.',
    from: { asset: 'Patient portal' },
    to: { party: 'Online survey tool' },
    dataCategories: ['identifiers', 'contact-details'],
    dataSubjects: patients,
    patientData: true,
    recordVolume: 30_000,
    purpose: 'To ask patients about their experience of care.',
    lawfulBasis: 'public-task',
    cldcBasis: 'explicit-consent',
    transferMethod: 'web-portal',
    encryptedInTransit: 'yes',
    frequency: 'monthly',
    ...agreement('contract', 'Online terms of service accepted by the patient experience team'),
    internationalTransfer: true,
    destinationCountry: 'United States',
    notes: 'Only patients who agreed in the portal to be asked are sent. The tool stores responses in the United States, and nobody has checked what covers the transfer.',
  },
  {
    name: 'Nightly backup copies to the off-site service',
    from: { asset: 'Backup platform' },
    to: { supplier: 'Greystane Backup Services Ltd' },
    ...forDirectCare,
    purpose: 'To keep an immutable copy of the care record and the Trust’s other systems away from its own sites.',
    transferMethod: 'other',
    frequency: 'daily',
    ...agreement('data-processing-agreement', 'NSH-DPA-2021-008', 800),
  },
  {
    name: 'Case notes retrieved from off-site storage',
    from: { supplier: 'Oakhollow Records Storage Ltd' },
    to: { asset: 'Off-site paper records store' },
    ...forDirectCare,
    recordVolume: 9_000,
    purpose: 'To bring older paper notes to clinics that need them.',
    transferMethod: 'courier',
    encryptedInTransit: 'unknown',
    frequency: 'daily',
    ...agreement('contract', 'NSH-CON-2020-022', 500),
  },

  // ---- Staff ----
  {
    name: 'Monthly payroll to the payroll bureau',
    from: { asset: 'ESR interface' },
    to: { party: 'Northshire Shared Payroll Service' },
    dataCategories: ['identifiers', 'contact-details', 'employment', 'financial'],
    dataSubjects: ['staff'],
    recordVolume: 7_800,
    purpose: 'To pay staff and make the deductions the law and their contracts require.',
    lawfulBasis: 'contract',
    transferMethod: 'sftp',
    encryptedInTransit: 'yes',
    frequency: 'monthly',
    ...agreement('contract', 'NSH-CON-2022-061 payroll services', 650),
  },
  {
    name: 'Rosters to the payroll feed',
    from: { asset: 'E-rostering' },
    to: { asset: 'ESR interface' },
    dataCategories: ['identifiers', 'employment'],
    dataSubjects: ['staff'],
    recordVolume: 7_800,
    purpose: 'To pay the hours staff work, enhancements included.',
    lawfulBasis: 'contract',
    transferMethod: 'api',
    encryptedInTransit: 'yes',
    frequency: 'monthly',
  },
  {
    name: 'Fitness for work outcomes to the workforce record',
    description: 'Whether a member of staff is fit for their role, with adjustments, after an occupational health assessment.',
    from: { asset: 'Occupational health records' },
    to: { asset: 'ESR interface' },
    dataCategories: ['identifiers', 'employment', 'health'],
    dataSubjects: ['staff'],
    recordVolume: 1_200,
    purpose: 'So managers can make the adjustments occupational health recommends.',
    lawfulBasis: 'legal-obligation',
    specialCategoryCondition: 'employment-social-protection',
    // The employment condition needs a Schedule 1 condition too; none has been recorded.
    transferMethod: 'api',
    encryptedInTransit: 'yes',
    frequency: 'weekly',
  },
  {
    name: 'Parking permit deductions to payroll',
    from: { asset: 'Car parking permits' },
    to: { asset: 'ESR interface' },
    dataCategories: ['identifiers', 'financial'],
    dataSubjects: ['staff'],
    recordVolume: 3_400,
    purpose: 'To take the cost of a parking permit from the holder’s salary.',
    // Nobody has recorded the lawful basis.
    transferMethod: 'sftp',
    encryptedInTransit: 'yes',
    frequency: 'monthly',
  },

  // ---- Between the Trust's own systems ----
  {
    name: 'Pathology orders to the laboratory',
    from: { asset: 'Pathology order communications' },
    to: { asset: 'Laboratory information management system' },
    ...forDirectCare,
    purpose: 'To send the tests clinicians order to the laboratory.',
    transferMethod: 'hl7-or-fhir-interface',
    frequency: 'real-time',
  },
  {
    name: 'Radiology reports to the patient record',
    from: { asset: 'Radiology information system' },
    to: { asset: 'Electronic patient record' },
    ...forDirectCare,
    purpose: 'To put each report in the patient record as soon as it is verified.',
    transferMethod: 'hl7-or-fhir-interface',
    frequency: 'real-time',
  },
  {
    name: 'Patient record feed to the clinical data warehouse',
    from: { asset: 'Electronic patient record' },
    to: { asset: 'Clinical data warehouse' },
    ...forDirectCare,
    recordVolume: 1_450_000,
    purpose: 'For the national returns, audit and the Trust’s own reporting.',
    directCare: false,
    notes: 'Used by the Trust’s own clinical teams and analysts; identifiable data leaves the Trust only through the flows that say so.',
    transferMethod: 'direct-database-link',
    frequency: 'daily',
  },
];

function endBody(end: DemoEnd, assetIds: ReadonlyMap<string, string>, supplierIds: ReadonlyMap<string, string>): FlowEndBody {
  if ('asset' in end) return { assetId: assetIds.get(end.asset)! };
  if ('supplier' in end) return { supplierId: supplierIds.get(end.supplier)! };
  return { party: end.party };
}

/** The asset and supplier names the demo flows need. */
export function demoFlowEndNames(): { assets: string[]; suppliers: string[] } {
  const ends = DEMO_FLOWS.flatMap((f) => [f.from, f.to]);
  return {
    assets: [...new Set(ends.flatMap((e) => ('asset' in e ? [e.asset] : [])))],
    suppliers: [...new Set(ends.flatMap((e) => ('supplier' in e ? [e.supplier] : [])))],
  };
}

/** The flows as the API takes them, dated from today, with their ends' ids. */
export function demoFlows(now: Date, assetIds: ReadonlyMap<string, string>, supplierIds: ReadonlyMap<string, string>): NewFlowBody[] {
  const today = ukDateOf(now);
  return DEMO_FLOWS.map(({ from, to, agreementExpiresIn, ...rest }) => ({
    ...rest,
    from: endBody(from, assetIds, supplierIds),
    to: endBody(to, assetIds, supplierIds),
    agreementExpiresOn: agreementExpiresIn === undefined ? null : dateIn(today, agreementExpiresIn),
  }));
}

/**
 * Writes the demo trust's data flows once, as its DPO would: a trust that has flows already keeps its
 * own, and one whose register lacks an asset or supplier they name (its own register, not the demo's)
 * gets none. How many were added.
 */
export async function loadDemoFlows(ctx: { db: Db; now: Date }, acute: OrganisationRow): Promise<number> {
  if ((await register.listFlows(ctx.db, acute.id, { archived: true }, ctx.now)).items.length) return 0;
  const [assets, suppliers] = await Promise.all([register.listAssets(ctx.db, acute.id, {}, ctx.now), register.listSuppliers(ctx.db, acute.id, {}, ctx.now)]);
  const assetIds = new Map(assets.items.map((a) => [a.name, a.id]));
  const supplierIds = new Map(suppliers.items.map((s) => [s.name, s.id]));
  const needed = demoFlowEndNames();
  if (!needed.assets.every((name) => assetIds.has(name)) || !needed.suppliers.every((name) => supplierIds.has(name))) return 0;

  const dpo = (await accounts.findAccountByEmail(ctx.db, 'dpo@northshire-acute.example'))!;
  const as: register.RegisterChangeContext = { db: ctx.db, now: ctx.now, actor: { userId: dpo.id, label: 'dpo@northshire-acute.example' } };
  const bodies = demoFlows(ctx.now, assetIds, supplierIds);
  for (const body of bodies) await register.createFlow(as, acute.id, body);
  return bodies.length;
}
