// The demo trust's information asset register and suppliers: what an acute trust runs, from the patient
// record to the paper records store, most of it in order, with one of each thing a register should
// catch (an unsupported PACS workstation class holding patient data, a supplier whose Cyber Essentials
// Plus has lapsed, a critical system whose restore was never tested, devices nobody owns…), and two of
// those flags already made actions. Dates are placed relative to now, so the same flags are raised
// whatever day the demo is loaded. Every supplier, person and reference here is made up.
// Data flows will name these assets and suppliers: keep their names as they are.
import type { AssetType, CertificationScheme, Criticality, DsptStatus, EncryptionAnswer, Hosting, MfaAnswer, NewAssetBody, NewSupplierBody } from '../../contract/information-assets.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import * as accounts from '../accounts/service.js';
import * as register from '../information-assets/service.js';

/** People with an account in the demo trust, by the start of their email address. */
type Person = 'iao' | 'iglead' | 'seclead' | 'dpo';
const PEOPLE: readonly Person[] = ['iao', 'iglead', 'seclead', 'dpo'];

export interface DemoSupplier {
  name: string;
  services: string;
  contactName: string;
  contractReference: string;
  /** Days from today: negative is in the past. */
  contractStartsIn: number;
  contractEndsIn: number;
  dsptStatus: DsptStatus;
  certifications: Array<{ scheme: CertificationScheme; name?: string; number: string; expiresIn: number }>;
}

export interface DemoAsset {
  name: string;
  type: AssetType;
  criticality: Criticality;
  description: string;
  /** An account in the trust, or the name of someone without one; null: nobody named. */
  owner: Person | { name: string } | null;
  administrator?: string;
  hosting: Hosting;
  supplier?: string;
  /** Days from today the product's support ends (negative: it has ended). */
  supportEndsIn?: number;
  data: 'none' | 'personal' | 'special-category' | 'patient';
  recordVolume?: number;
  encryptionAtRest: EncryptionAnswer;
  mfa: MfaAnswer;
  /** Days before today the restore from backup was last tested. */
  restoreTestedDaysAgo?: number;
  continuityPlanReference?: string;
  notes?: string;
}

const DEMO_SUPPLIERS: DemoSupplier[] = [
  {
    name: 'Fellside Clinical Systems Ltd',
    services: 'Electronic patient record, patient administration and scanned records, hosted in their data centres',
    contactName: 'Service delivery manager',
    contractReference: 'NSH-CON-2022-014',
    contractStartsIn: -1200,
    contractEndsIn: 1000,
    dsptStatus: 'standards-exceeded',
    certifications: [
      { scheme: 'cyber-essentials-plus', number: 'CEP-40112', expiresIn: 240 },
      { scheme: 'iso-27001', number: 'IS 771204', expiresIn: 520 },
    ],
  },
  {
    name: 'Brightlake Imaging Ltd',
    services: 'Picture archiving, radiology information system and reporting workstations',
    contactName: 'Imaging account lead',
    contractReference: 'NSH-CON-2021-031',
    contractStartsIn: -1500,
    contractEndsIn: 700,
    dsptStatus: 'standards-met',
    // Lapsed six weeks ago; the renewed certificate has not been sent.
    certifications: [{ scheme: 'cyber-essentials-plus', number: 'CEP-28810', expiresIn: -45 }],
  },
  {
    name: 'Quarrybank Diagnostics Software Ltd',
    services: 'Laboratory information management and pathology order communications',
    contactName: 'Customer support desk',
    contractReference: 'NSH-CON-2020-007',
    contractStartsIn: -2000,
    contractEndsIn: 400,
    dsptStatus: 'standards-met',
    certifications: [
      { scheme: 'cyber-essentials', number: 'CE-61554', expiresIn: 200 },
      { scheme: 'iso-27001', number: 'IS 690331', expiresIn: 30 },
    ],
  },
  {
    name: 'Meadowcroft Maternity Solutions Ltd',
    services: 'Maternity record and antenatal booking, hosted',
    contactName: 'Implementation lead',
    contractReference: 'NSH-CON-2023-022',
    contractStartsIn: -800,
    contractEndsIn: 1100,
    // A small supplier that has not published its toolkit this year.
    dsptStatus: 'not-published',
    certifications: [{ scheme: 'cyber-essentials', number: 'CE-77310', expiresIn: 150 }],
  },
  {
    name: 'Tillbrook Medicines Technology Ltd',
    services: 'Electronic prescribing and medicines administration, chemotherapy prescribing',
    contactName: 'Account manager',
    contractReference: 'NSH-CON-2022-009',
    contractStartsIn: -1100,
    contractEndsIn: 900,
    dsptStatus: 'standards-met',
    certifications: [{ scheme: 'cyber-essentials-plus', number: 'CEP-51207', expiresIn: 300 }],
  },
  {
    name: 'Larkspur Theatre Systems Ltd',
    services: 'Theatre scheduling and records',
    contactName: 'Support manager',
    contractReference: 'NSH-CON-2021-040',
    contractStartsIn: -1400,
    contractEndsIn: 500,
    dsptStatus: 'standards-met',
    certifications: [{ scheme: 'cyber-essentials-plus', number: 'CEP-33019', expiresIn: 180 }],
  },
  {
    name: 'Stonechat Emergency Systems Ltd',
    services: 'Emergency department tracking and records',
    contactName: 'Account manager',
    contractReference: 'NSH-CON-2023-003',
    contractStartsIn: -700,
    contractEndsIn: 1300,
    dsptStatus: 'standards-met',
    certifications: [{ scheme: 'cyber-essentials-plus', number: 'CEP-70455', expiresIn: 330 }],
  },
  {
    name: 'Voxwell Dictation Services Ltd',
    services: 'Digital dictation, transcription and clinic letters',
    contactName: 'Contracts team',
    contractReference: 'NSH-CON-2019-018',
    // Ended two months ago; the replacement is still being procured.
    contractStartsIn: -2200,
    contractEndsIn: -60,
    dsptStatus: 'standards-met',
    certifications: [{ scheme: 'cyber-essentials', number: 'CE-20981', expiresIn: 120 }],
  },
  {
    name: 'Tarnside Integration Ltd',
    services: 'Integration engine licence and support',
    contactName: 'Technical account manager',
    contractReference: 'NSH-CON-2022-027',
    contractStartsIn: -1000,
    contractEndsIn: 800,
    dsptStatus: 'standards-met',
    certifications: [{ scheme: 'iso-27001', number: 'IS 802210', expiresIn: 410 }],
  },
  {
    name: 'Dalegate Finance Systems Ltd',
    services: 'Finance, procurement and accounts payable, hosted',
    contactName: 'Client services',
    contractReference: 'NSH-CON-2021-012',
    contractStartsIn: -1600,
    contractEndsIn: 600,
    // Approaching standards, but it holds no patient data: nothing to flag.
    dsptStatus: 'approaching-standards',
    certifications: [{ scheme: 'cyber-essentials', number: 'CE-11873', expiresIn: 260 }],
  },
  {
    name: 'Cloudmere Workplace Services Ltd',
    services: 'Email, calendars and document collaboration in the cloud',
    contactName: 'Partner manager',
    contractReference: 'NSH-CON-2023-030',
    contractStartsIn: -500,
    contractEndsIn: 1400,
    dsptStatus: 'standards-exceeded',
    certifications: [
      { scheme: 'cyber-essentials-plus', number: 'CEP-90114', expiresIn: 210 },
      { scheme: 'iso-27001', number: 'IS 915520', expiresIn: 600 },
    ],
  },
  {
    name: 'Greystane Backup Services Ltd',
    services: 'Backup appliances, immutable copies and restore support',
    contactName: 'Support desk',
    contractReference: 'NSH-CON-2024-002',
    contractStartsIn: -300,
    contractEndsIn: 1500,
    dsptStatus: 'standards-met',
    certifications: [{ scheme: 'cyber-essentials-plus', number: 'CEP-64402', expiresIn: 280 }],
  },
  {
    name: 'Wrenfield Telecom Ltd',
    services: 'Telephony, switchboard and the bleep and paging system',
    contactName: 'Service manager',
    contractReference: 'NSH-CON-2020-025',
    contractStartsIn: -1900,
    contractEndsIn: 450,
    dsptStatus: 'standards-met',
    certifications: [{ scheme: 'cyber-essentials', number: 'CE-48260', expiresIn: 170 }],
  },
  {
    name: 'Marlstone Patient Engagement Ltd',
    services: 'Patient portal: appointments, letters and questionnaires',
    contactName: 'Customer success lead',
    contractReference: 'NSH-CON-2024-011',
    contractStartsIn: -250,
    contractEndsIn: 1200,
    dsptStatus: 'standards-met',
    certifications: [
      { scheme: 'cyber-essentials-plus', number: 'CEP-71893', expiresIn: 340 },
      { scheme: 'other', name: 'DTAC assessment', number: 'DTAC-2231', expiresIn: 400 },
    ],
  },
  {
    name: 'Oakhollow Records Storage Ltd',
    services: 'Off-site storage, retrieval and secure destruction of paper records',
    contactName: 'Records services manager',
    contractReference: 'NSH-CON-2018-044',
    contractStartsIn: -2600,
    contractEndsIn: 380,
    dsptStatus: 'standards-met',
    certifications: [{ scheme: 'iso-27001', number: 'IS 550781', expiresIn: 230 }],
  },
];

const DEMO_ASSETS: DemoAsset[] = [
  // ---- Clinical systems ----
  {
    name: 'Electronic patient record',
    type: 'system',
    criticality: 'critical',
    description: 'The patient record used on every ward and in every clinic: notes, observations, orders and results.',
    owner: { name: 'Dr Anika Sharma' },
    administrator: 'EPR system manager',
    hosting: 'supplier-hosted',
    supplier: 'Fellside Clinical Systems Ltd',
    supportEndsIn: 1400,
    data: 'patient',
    recordVolume: 1_450_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
    restoreTestedDaysAgo: 75,
    continuityPlanReference: 'BCP-CLIN-01',
  },
  {
    name: 'Patient administration system',
    type: 'system',
    criticality: 'critical',
    description: 'Registrations, referrals, waiting lists, appointments, admissions and discharges.',
    owner: 'iao',
    administrator: 'PAS system manager',
    hosting: 'supplier-hosted',
    supplier: 'Fellside Clinical Systems Ltd',
    supportEndsIn: 1400,
    data: 'patient',
    recordVolume: 1_600_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
    restoreTestedDaysAgo: 120,
    continuityPlanReference: 'BCP-CLIN-02',
  },
  {
    name: 'Scanned health records',
    type: 'dataset',
    criticality: 'high',
    description: 'Paper notes scanned into the electronic document store since the record went digital.',
    owner: { name: 'Sophie Lindqvist' },
    hosting: 'supplier-hosted',
    supplier: 'Fellside Clinical Systems Ltd',
    data: 'patient',
    recordVolume: 900_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Picture archiving and communication system',
    type: 'system',
    criticality: 'critical',
    description: 'Stores and shows X-ray, CT, MRI and ultrasound images for reporting and review.',
    owner: { name: 'Dr Peter Lowe' },
    administrator: 'PACS manager',
    hosting: 'on-premises',
    supplier: 'Brightlake Imaging Ltd',
    supportEndsIn: 900,
    data: 'patient',
    recordVolume: 620_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
    restoreTestedDaysAgo: 200,
    continuityPlanReference: 'BCP-RAD-01',
  },
  {
    name: 'PACS reporting workstations',
    type: 'device-class',
    criticality: 'high',
    description: 'Radiologists’ diagnostic workstations, which keep a local cache of the images being reported.',
    owner: { name: 'Dr Peter Lowe' },
    administrator: 'PACS manager',
    hosting: 'on-premises',
    supplier: 'Brightlake Imaging Ltd',
    // The operating system the supplier certifies went out of support over a year ago.
    supportEndsIn: -400,
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'no',
    notes: 'Replacement waits on the supplier certifying a supported operating system.',
  },
  {
    name: 'Radiology information system',
    type: 'system',
    criticality: 'high',
    description: 'Imaging requests, bookings and reports.',
    owner: { name: 'Dr Peter Lowe' },
    hosting: 'on-premises',
    supplier: 'Brightlake Imaging Ltd',
    supportEndsIn: 900,
    data: 'patient',
    recordVolume: 580_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Laboratory information management system',
    type: 'system',
    criticality: 'critical',
    description: 'Pathology samples, analysers and results for blood sciences, microbiology and cellular pathology.',
    owner: { name: 'Janet Ellery' },
    administrator: 'Pathology IT lead',
    hosting: 'on-premises',
    supplier: 'Quarrybank Diagnostics Software Ltd',
    // The version in use leaves support in four months; the upgrade is planned.
    supportEndsIn: 120,
    data: 'patient',
    recordVolume: 2_300_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
    restoreTestedDaysAgo: 150,
    continuityPlanReference: 'BCP-PATH-01',
  },
  {
    name: 'Pathology order communications',
    type: 'application',
    criticality: 'high',
    description: 'Requests for tests from wards and GP practices, and results back to them.',
    owner: { name: 'Janet Ellery' },
    hosting: 'on-premises',
    supplier: 'Quarrybank Diagnostics Software Ltd',
    supportEndsIn: 700,
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Maternity information system',
    type: 'system',
    criticality: 'high',
    description: 'Antenatal bookings, the maternity record through labour, and postnatal care.',
    owner: { name: 'Ruth Calder' },
    hosting: 'supplier-hosted',
    supplier: 'Meadowcroft Maternity Solutions Ltd',
    supportEndsIn: 1100,
    data: 'patient',
    recordVolume: 95_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Electronic prescribing and medicines administration',
    type: 'system',
    criticality: 'critical',
    description: 'Inpatient prescribing and the record of every dose given.',
    owner: { name: 'Imran Shah' },
    administrator: 'Pharmacy systems lead',
    hosting: 'on-premises',
    supplier: 'Tillbrook Medicines Technology Ltd',
    supportEndsIn: 1000,
    data: 'patient',
    recordVolume: 400_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
    restoreTestedDaysAgo: 90,
    continuityPlanReference: 'BCP-PHARM-01',
  },
  {
    name: 'Chemotherapy prescribing system',
    type: 'application',
    criticality: 'high',
    description: 'Regimens, cycles and dose calculations for oncology and haematology.',
    owner: { name: 'Imran Shah' },
    hosting: 'on-premises',
    supplier: 'Tillbrook Medicines Technology Ltd',
    supportEndsIn: 1000,
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Theatres management system',
    type: 'system',
    criticality: 'critical',
    description: 'Theatre lists, the surgical safety checklist and the record of each operation.',
    owner: { name: 'Fiona McBride' },
    hosting: 'on-premises',
    supplier: 'Larkspur Theatre Systems Ltd',
    supportEndsIn: 800,
    data: 'patient',
    recordVolume: 210_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
    restoreTestedDaysAgo: 60,
    notes: 'Theatres fall back to paper lists; nobody has written that down as a continuity plan.',
  },
  {
    name: 'Emergency department system',
    type: 'system',
    criticality: 'critical',
    description: 'Arrivals, triage, the department’s tracking board and the emergency care record.',
    owner: { name: 'Dr Kwame Asante' },
    hosting: 'on-premises',
    supplier: 'Stonechat Emergency Systems Ltd',
    supportEndsIn: 1200,
    data: 'patient',
    recordVolume: 750_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
    restoreTestedDaysAgo: 100,
    continuityPlanReference: 'BCP-ED-01',
  },
  {
    name: 'Digital dictation and clinic letters',
    type: 'application',
    criticality: 'high',
    description: 'Dictated clinic letters, transcription and sending letters to GPs and patients.',
    owner: 'iao',
    hosting: 'supplier-hosted',
    supplier: 'Voxwell Dictation Services Ltd',
    supportEndsIn: 300,
    data: 'patient',
    recordVolume: 1_100_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'ECG management system',
    type: 'application',
    criticality: 'medium',
    description: 'Stores ECGs from carts across the hospital for cardiology to review.',
    owner: { name: 'Dr Tomasz Nowak' },
    hosting: 'on-premises',
    supportEndsIn: 600,
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'not-applicable',
  },
  {
    name: 'Endoscopy reporting system',
    type: 'application',
    criticality: 'medium',
    description: 'Procedure reports and images from the endoscopy unit.',
    owner: 'iao',
    hosting: 'on-premises',
    supportEndsIn: 650,
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Integration engine',
    type: 'system',
    criticality: 'critical',
    description: 'Carries admissions, orders, results and letters between the clinical systems.',
    owner: 'seclead',
    administrator: 'Integration team lead',
    hosting: 'on-premises',
    supplier: 'Tarnside Integration Ltd',
    supportEndsIn: 800,
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'yes',
    continuityPlanReference: 'BCP-IT-04',
    notes: 'Backed up nightly; a restore has never been tried.',
  },
  {
    name: 'Clinical data warehouse',
    type: 'dataset',
    criticality: 'high',
    description: 'Copies of the clinical systems’ data for performance reporting and national returns.',
    owner: 'iao',
    administrator: 'Head of business intelligence',
    hosting: 'on-premises',
    data: 'patient',
    recordVolume: 3_500_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Patient portal',
    type: 'application',
    criticality: 'high',
    description: 'Patients see their appointments and letters, and fill in questionnaires before clinic.',
    owner: 'iao',
    hosting: 'cloud',
    supplier: 'Marlstone Patient Engagement Ltd',
    supportEndsIn: 1200,
    data: 'patient',
    recordVolume: 180_000,
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Patient safety incident reporting system',
    type: 'application',
    criticality: 'high',
    description: 'Staff report incidents and near misses; the patient safety team investigates them.',
    owner: 'iglead',
    hosting: 'supplier-hosted',
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Networked medical devices',
    type: 'device-class',
    criticality: 'high',
    description: 'Infusion pumps, patient monitors and ventilators that connect to the clinical network.',
    // Clinical engineering maintains them and IT runs the network; neither has taken them on.
    owner: null,
    hosting: 'on-premises',
    data: 'patient',
    encryptionAtRest: 'unknown',
    mfa: 'not-applicable',
  },
  {
    name: 'Clinical workstations',
    type: 'device-class',
    criticality: 'high',
    description: 'Desktop computers and computers on wheels on wards and in clinics.',
    owner: { name: 'Gareth Pryce' },
    hosting: 'on-premises',
    supportEndsIn: 900,
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Off-site paper records store',
    type: 'paper-records',
    criticality: 'high',
    description: 'Older paper case notes held off site, retrieved on request.',
    owner: { name: 'Sophie Lindqvist' },
    hosting: 'supplier-hosted',
    supplier: 'Oakhollow Records Storage Ltd',
    data: 'patient',
    recordVolume: 850_000,
    encryptionAtRest: 'no',
    mfa: 'not-applicable',
    notes: 'Paper cannot be encrypted: kept in locked, access-controlled storage with a tracked retrieval service.',
  },
  {
    name: 'Research database',
    type: 'dataset',
    criticality: 'medium',
    description: 'Pseudonymised extracts for approved research studies.',
    owner: { name: 'Dr Mei Lin Chow' },
    hosting: 'on-premises',
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Complaints and PALS case files',
    type: 'dataset',
    criticality: 'medium',
    description: 'Complaints, concerns and the replies sent.',
    owner: 'iglead',
    hosting: 'on-premises',
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Subject access and FOI request log',
    type: 'dataset',
    criticality: 'low',
    description: 'Requests for records and information, their deadlines and what was sent.',
    owner: 'dpo',
    hosting: 'on-premises',
    data: 'personal',
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  // ---- Corporate systems and people ----
  {
    name: 'ESR interface',
    type: 'service',
    criticality: 'high',
    description: 'The nightly feed of starters, leavers and job changes from the national workforce system into Active Directory and rostering.',
    owner: { name: 'Neil Barraclough' },
    hosting: 'on-premises',
    data: 'personal',
    encryptionAtRest: 'yes',
    mfa: 'not-applicable',
  },
  {
    name: 'E-rostering',
    type: 'application',
    criticality: 'medium',
    description: 'Ward and department rotas, leave and bank shifts.',
    owner: { name: 'Neil Barraclough' },
    hosting: 'cloud',
    supportEndsIn: 1000,
    data: 'personal',
    recordVolume: 7_800,
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Occupational health records',
    type: 'dataset',
    criticality: 'medium',
    description: 'Staff health assessments, vaccinations and referrals.',
    owner: { name: 'Neil Barraclough' },
    hosting: 'on-premises',
    data: 'special-category',
    recordVolume: 9_500,
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Finance system',
    type: 'system',
    criticality: 'high',
    description: 'Ledgers, budgets, purchase orders and payments to suppliers.',
    owner: { name: 'Louise Hartley' },
    hosting: 'supplier-hosted',
    supplier: 'Dalegate Finance Systems Ltd',
    supportEndsIn: 900,
    data: 'personal',
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Email and calendars',
    type: 'service',
    criticality: 'high',
    description: 'Staff email, calendars and shared mailboxes, some of which carry patient information.',
    owner: 'seclead',
    hosting: 'cloud',
    supplier: 'Cloudmere Workplace Services Ltd',
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Departmental file shares',
    type: 'dataset',
    criticality: 'high',
    description: 'Shared drives for each department, holding spreadsheets and letters with patient details.',
    owner: { name: 'Gareth Pryce' },
    hosting: 'on-premises',
    data: 'patient',
    encryptionAtRest: 'no',
    mfa: 'no',
    notes: 'The file servers predate disk encryption; moving the shares is in next year’s plan.',
  },
  {
    name: 'Backup platform',
    type: 'system',
    criticality: 'critical',
    description: 'Nightly backups of the on-premises systems, with an immutable copy off site.',
    owner: 'seclead',
    hosting: 'on-premises',
    supplier: 'Greystane Backup Services Ltd',
    supportEndsIn: 1300,
    data: 'patient',
    encryptionAtRest: 'yes',
    mfa: 'yes',
    restoreTestedDaysAgo: 30,
    continuityPlanReference: 'BCP-IT-01',
  },
  {
    name: 'Active Directory',
    type: 'system',
    criticality: 'critical',
    description: 'Staff accounts, groups and sign-in for every on-premises system.',
    owner: 'seclead',
    administrator: 'Infrastructure team lead',
    hosting: 'on-premises',
    supportEndsIn: 1100,
    data: 'personal',
    recordVolume: 9_200,
    encryptionAtRest: 'yes',
    mfa: 'yes',
    restoreTestedDaysAgo: 300,
    continuityPlanReference: 'BCP-IT-02',
  },
  {
    name: 'Core network',
    type: 'service',
    criticality: 'critical',
    description: 'Switches, routers, firewalls and wireless across both sites.',
    owner: { name: 'Gareth Pryce' },
    hosting: 'on-premises',
    supportEndsIn: 700,
    data: 'none',
    encryptionAtRest: 'yes',
    mfa: 'yes',
    restoreTestedDaysAgo: 110,
    continuityPlanReference: 'BCP-IT-03',
  },
  {
    name: 'Telephony platform',
    type: 'system',
    criticality: 'high',
    description: 'Phones, the switchboard and call recording for the appointments line.',
    owner: { name: 'Gareth Pryce' },
    hosting: 'on-premises',
    supplier: 'Wrenfield Telecom Ltd',
    supportEndsIn: 1000,
    data: 'personal',
    encryptionAtRest: 'yes',
    mfa: 'not-applicable',
  },
  {
    name: 'Bleep and paging system',
    type: 'system',
    criticality: 'high',
    description: 'Pagers for the crash team and on-call staff.',
    owner: { name: 'Gareth Pryce' },
    hosting: 'on-premises',
    supplier: 'Wrenfield Telecom Ltd',
    // Out of support since last year; the replacement goes in with the new telephony.
    supportEndsIn: -220,
    data: 'none',
    encryptionAtRest: 'unknown',
    mfa: 'not-applicable',
  },
  {
    name: 'Staff intranet',
    type: 'application',
    criticality: 'low',
    description: 'Policies, news and the staff directory.',
    owner: 'iglead',
    hosting: 'cloud',
    supplier: 'Cloudmere Workplace Services Ltd',
    data: 'none',
    encryptionAtRest: 'yes',
    mfa: 'yes',
  },
  {
    name: 'Car parking permits',
    type: 'application',
    criticality: 'low',
    description: 'Staff parking permits and vehicle registrations.',
    owner: { name: 'Louise Hartley' },
    hosting: 'cloud',
    data: 'personal',
    encryptionAtRest: 'yes',
    mfa: 'no',
  },
  {
    name: 'Building management system',
    type: 'system',
    criticality: 'medium',
    description: 'Heating, ventilation and theatre air handling controls.',
    owner: { name: 'Estates and facilities manager' },
    hosting: 'on-premises',
    supportEndsIn: 500,
    data: 'none',
    encryptionAtRest: 'unknown',
    mfa: 'no',
  },
];

/** Two flags already made actions, so the register shows what that looks like. */
const DEMO_ACTIONS: Array<{ asset?: string; supplier?: string; rule: string; owner: Person; dueIn: number; inProgress: boolean }> = [
  { asset: 'PACS reporting workstations', rule: 'unsupported-with-personal-data', owner: 'iao', dueIn: 90, inProgress: true },
  { supplier: 'Brightlake Imaging Ltd', rule: 'certification-expired', owner: 'iglead', dueIn: 14, inProgress: false },
];

export const dateIn = (today: string, days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The DSPT year of the latest submission (due each 30 June) as of a date: 2025-26 from 30 June 2026. */
function latestDsptYear(today: string): string {
  const year = Number(today.slice(0, 4));
  const end = today >= `${year}-06-30` ? year : year - 1;
  return `${end - 1}-${String(end % 100).padStart(2, '0')}`;
}

/** The suppliers as the API takes them, dated from today. */
export function demoSuppliers(now: Date): NewSupplierBody[] {
  const today = ukDateOf(now);
  return DEMO_SUPPLIERS.map((s) => ({
    name: s.name,
    contactName: s.contactName,
    contactEmail: `${s.name.split(' ')[0]!.toLowerCase()}@supplier.example`,
    services: s.services,
    contractReference: s.contractReference,
    contractStartsOn: dateIn(today, s.contractStartsIn),
    contractEndsOn: dateIn(today, s.contractEndsIn),
    dsptStatus: s.dsptStatus,
    dsptYear: latestDsptYear(today),
    certifications: s.certifications.map((c) => ({ scheme: c.scheme, name: c.name ?? null, number: c.number, expiresOn: dateIn(today, c.expiresIn) })),
  }));
}

/** The assets as the API takes them, dated from today, with their suppliers' and owners' ids. */
export function demoAssets(now: Date, supplierIds: ReadonlyMap<string, string>, people: ReadonlyMap<Person, string>): NewAssetBody[] {
  const today = ukDateOf(now);
  return DEMO_ASSETS.map((a) => ({
    name: a.name,
    type: a.type,
    criticality: a.criticality,
    description: a.description,
    ownerId: typeof a.owner === 'string' ? people.get(a.owner)! : null,
    ownerName: a.owner !== null && typeof a.owner === 'object' ? a.owner.name : null,
    administratorName: a.administrator ?? null,
    hosting: a.hosting,
    hostingRegion: a.hosting === 'cloud' ? 'UK South' : null,
    supplierId: a.supplier ? supplierIds.get(a.supplier)! : null,
    supportEndsOn: a.supportEndsIn === undefined ? null : dateIn(today, a.supportEndsIn),
    personalData: a.data !== 'none',
    specialCategoryData: a.data === 'special-category' || a.data === 'patient',
    patientData: a.data === 'patient',
    recordVolume: a.recordVolume ?? null,
    encryptionAtRest: a.encryptionAtRest,
    mfa: a.mfa,
    backupRestoreTestedOn: a.restoreTestedDaysAgo === undefined ? null : dateIn(today, -a.restoreTestedDaysAgo),
    continuityPlan: a.continuityPlanReference !== undefined,
    continuityPlanReference: a.continuityPlanReference ?? null,
    notes: a.notes ?? null,
  }));
}

export interface DemoRegisterResult {
  assets: number;
  suppliers: number;
}

/**
 * Writes the demo trust's register once, as its IG lead would: a trust that already has assets or
 * suppliers keeps its own. How many of each were added.
 */
export async function loadDemoRegister(ctx: { db: Db; now: Date }, acute: OrganisationRow): Promise<DemoRegisterResult> {
  const none = { assets: 0, suppliers: 0 };
  const [held, suppliersHeld] = await Promise.all([register.listAssets(ctx.db, acute.id, { archived: true }, ctx.now), register.listSuppliers(ctx.db, acute.id, {}, ctx.now)]);
  if (held.items.length || suppliersHeld.items.length) return none;

  const people = new Map<Person, string>();
  for (const who of PEOPLE) people.set(who, (await accounts.findAccountByEmail(ctx.db, `${who}@northshire-acute.example`))!.id);
  const as = (who: Person): register.RegisterChangeContext => ({ db: ctx.db, now: ctx.now, actor: { userId: people.get(who)!, label: `${who}@northshire-acute.example` } satisfies Actor });

  const supplierIds = new Map<string, string>();
  for (const body of demoSuppliers(ctx.now)) supplierIds.set(body.name, (await register.createSupplier(as('iglead'), acute.id, body)).id);
  const assetIds = new Map<string, string>();
  for (const body of demoAssets(ctx.now, supplierIds, people)) assetIds.set(body.name, (await register.createAsset(as('iglead'), acute.id, body)).id);

  const { flags } = await register.registerFlags(ctx.db, acute.id, ctx.now);
  for (const spec of DEMO_ACTIONS) {
    const subjectId = spec.asset ? assetIds.get(spec.asset) : supplierIds.get(spec.supplier!);
    const flag = flags.find((f) => f.subject.id === subjectId && f.rule === spec.rule)!;
    const action = await register.createRegisterAction(as('iglead'), acute.id, { flagKey: flag.key, ownerId: people.get(spec.owner)!, dueOn: dateIn(ukDateOf(ctx.now), spec.dueIn) });
    if (spec.inProgress) await register.changeRegisterAction(as(spec.owner), acute.id, action.id, { status: 'in-progress', version: action.version });
  }
  return { assets: assetIds.size, suppliers: supplierIds.size };
}
