// The register's words: the contract's codes as people say them, each flag severity's tag colour,
// and counts and days in words. The labels are the contract's, copied (the web app imports its
// types only, never its code); the Record types make the compiler notice when the contract gains a value.
import type { TagColour } from '../../../components/Tag';
import { formatDate } from '../../../lib/format';
import type {
  AssetType,
  CertificationScheme,
  Criticality,
  DsptStatus,
  FlagRule,
  FlagSeverity,
  Hosting,
  MfaAnswer,
} from '../../../../contract/information-assets';

export const ASSET_TYPE_LABELS: Record<AssetType, string> = {
  system: 'System',
  application: 'Application',
  dataset: 'Database or dataset',
  'device-class': 'Device class',
  'paper-records': 'Paper records',
  service: 'Service',
};

export const CRITICALITY_LABELS: Record<Criticality, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

export const HOSTING_LABELS: Record<Hosting, string> = { 'on-premises': 'On premises', 'supplier-hosted': 'Supplier hosted', cloud: 'Cloud', hybrid: 'Hybrid' };

/** Encryption at rest is answered yes, no or unknown; MFA may also be not applicable. */
export const ANSWER_LABELS: Record<MfaAnswer, string> = { yes: 'Yes', no: 'No', 'not-applicable': 'Not applicable', unknown: 'Unknown' };

export const DSPT_STATUS_LABELS: Record<DsptStatus, string> = {
  'standards-exceeded': 'Standards exceeded',
  'standards-met': 'Standards met',
  'approaching-standards': 'Approaching standards',
  'standards-not-met': 'Standards not met',
  'not-published': 'Not published',
};

export const CERTIFICATION_SCHEME_LABELS: Record<CertificationScheme, string> = {
  'cyber-essentials': 'Cyber Essentials',
  'cyber-essentials-plus': 'Cyber Essentials Plus',
  'iso-27001': 'ISO/IEC 27001',
  other: 'Other',
};

export const FLAG_RULE_LABELS: Record<FlagRule, string> = {
  'unsupported-with-personal-data': 'Unsupported system holding personal or patient data',
  unsupported: 'Unsupported system',
  'support-ending': 'Support ending within 180 days',
  'no-owner': 'No Information Asset Owner',
  'personal-data-unencrypted': 'Personal data not known to be encrypted at rest',
  'critical-restore-untested': 'Critical asset without a restore tested in the last 12 months',
  'critical-without-continuity-plan': 'Critical asset without a business continuity plan',
  'certification-expired': 'Supplier certification expired',
  'certification-expiring': 'Supplier certification expiring within 60 days',
  'contract-ended-with-dependants': 'Supplier contract ended while assets depend on it',
  'supplier-dspt-not-met': 'Supplier of patient-data assets without DSPT standards met',
  'flow-without-lawful-basis': 'Data flow without a lawful basis or special category condition',
  'flow-without-schedule-1-condition': 'Data flow without a Schedule 1 condition',
  'flow-without-cldc-basis': 'Patient data flow without a common law basis',
  'flow-unencrypted': 'Personal data flow not known to be encrypted in transit',
  'flow-agreement-missing': 'External personal data flow without an agreement',
  'flow-agreement-expired': 'Data flow agreement expired',
  'flow-agreement-expiring': 'Data flow agreement expiring within 60 days',
  'international-transfer-without-safeguard': 'International transfer without a safeguard',
  'opt-out-not-applied': 'National data opt-out not applied',
  'special-category-at-scale-without-dpia': 'Special category data at scale without a DPIA',
  'dpia-review-overdue': 'DPIA review overdue',
  'dpia-high-residual-risk': 'DPIA signed off with a high residual risk',
};

/** Highest first: the order flags are read in. */
export const SEVERITY_ORDER: readonly FlagSeverity[] = ['high', 'medium', 'low'];

export const SEVERITY_WORDS: Record<FlagSeverity, { text: string; colour: TagColour }> = {
  high: { text: 'High', colour: 'red' },
  medium: { text: 'Medium', colour: 'orange' },
  low: { text: 'Low', colour: 'yellow' },
};

export const CRITICALITY_COLOURS: Record<Criticality, TagColour> = { critical: 'red', high: 'orange', medium: 'yellow', low: 'grey' };

export function entries<K extends string>(labels: Record<K, string>): Array<[K, string]> {
  return Object.entries(labels) as Array<[K, string]>;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "31 March 2026" from "2026-03-31"; `fallback` when there is no day. */
export function dayWords(day: string | null | undefined, fallback = 'Not recorded'): string {
  return day ? formatDate(`${day}T12:00:00Z`, day) : fallback;
}

const UK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The UK calendar day (YYYY-MM-DD) that `now` falls on: what "today" is for the flags. */
export function ukDay(now: Date = new Date()): string {
  return UK_DAY.format(now);
}

/** What personal data an asset holds, in a few words: "Personal and patient data", or "None". */
export function personalDataWords(asset: { personalData: boolean; specialCategoryData: boolean; patientData: boolean }): string {
  // Special-category and patient data are personal data too, whatever the flag says.
  if (!asset.personalData && !asset.specialCategoryData && !asset.patientData) return 'None';
  const kinds = ['Personal', asset.specialCategoryData && 'special category', asset.patientData && 'patient'].filter((kind): kind is string => Boolean(kind));
  const last = kinds.pop()!;
  return `${kinds.length ? `${kinds.join(', ')} and ${last}` : last} data`;
}

/** Yes or No. */
export const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
