// The risk flags of the register: what an IG lead or SIRO should look at first, each with the rule
// that raised it, its severity, the asset or supplier it is about and why in a sentence. Pure: the
// as-of date is given (a UK calendar date, YYYY-MM-DD), so a flag can be reproduced for any day.
// A date held is the last day something holds: support ending, or a certificate expiring, on the
// as-of date still counts as in place that day.
import {
  type AssetType,
  CERTIFICATION_SCHEME_LABELS,
  type CertificationScheme,
  type Criticality,
  DSPT_STATUS_LABELS,
  type DsptStatus,
  type EncryptionAnswer,
  FLAG_RULE_LABELS,
  FLAG_RULES,
  type FlagRule,
  type RiskFlag,
} from '../../../contract/information-assets.js';
import { daysBetween } from '../../../platform/as-of.js';

/** Support ending this close to the as-of date is a warning (NDG: no unsupported systems). */
export const SUPPORT_WARNING_DAYS = 180;
/** A certificate expiring this close to the as-of date is a warning. */
export const CERTIFICATE_WARNING_DAYS = 60;
/** A critical asset's restore must have been tested within this many months. */
export const RESTORE_TEST_MONTHS = 12;

/** What the rules read of an asset. */
export interface AssetFacts {
  id: string;
  name: string;
  type: AssetType;
  hasOwner: boolean;
  criticality: Criticality;
  supportEndsOn: string | null;
  personalData: boolean;
  specialCategoryData: boolean;
  patientData: boolean;
  encryptionAtRest: EncryptionAnswer;
  backupRestoreTestedOn: string | null;
  continuityPlan: boolean;
}

/** What the rules read of a supplier, with the live assets that depend on it. */
export interface SupplierFacts {
  id: string;
  name: string;
  contractEndsOn: string | null;
  dsptStatus: DsptStatus | null;
  dsptYear: string | null;
  certifications: Array<{ scheme: CertificationScheme; name: string | null; number: string | null; expiresOn: string | null }>;
  dependants: Array<{ name: string; patientData: boolean }>;
}

/** The same calendar date a number of months earlier; a day the shorter month lacks becomes its last. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) - months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * A flag's stable key: the rule and its subject, and, where one subject can raise the same rule twice
 * (a supplier's certificates), what tells the two apart. The same finding keeps its key from day to
 * day, so it can be made an action once and that action found again.
 */
export function flagKey(rule: FlagRule, subject: Pick<RiskFlag['subject'], 'kind' | 'id'>, discriminator?: string): string {
  return discriminator ? `${rule}:${subject.kind}:${subject.id}:${discriminator}` : `${rule}:${subject.kind}:${subject.id}`;
}

/** A certificate within its supplier: its scheme, or for another scheme its name as written, folded for case and spacing. */
function certificateKey(c: SupplierFacts['certifications'][number]): string {
  return c.scheme === 'other' ? `other:${(c.name ?? '').trim().replace(/\s+/g, ' ').toLowerCase()}` : c.scheme;
}

/** Names in a sentence: the first three, then how many more. */
export const listed = (names: string[]) => (names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', '));
/** How far off a date is, in words: today, in 1 day, in 12 days. */
export const days = (n: number) => (n === 0 ? 'today' : n === 1 ? 'in 1 day' : `in ${n} days`);

function holdsPersonalData(asset: AssetFacts): boolean {
  return asset.personalData || asset.specialCategoryData || asset.patientData;
}

function whatItHolds(asset: AssetFacts): string {
  if (asset.patientData) return 'patient data';
  if (asset.specialCategoryData) return 'special-category data';
  return 'personal data';
}

/** The flags one live asset raises as of a date. */
export function assetFlags(asset: AssetFacts, asOf: string): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const subject = { kind: 'asset', id: asset.id, name: asset.name } as const;
  const flag = (rule: FlagRule, severity: RiskFlag['severity'], reason: string) => flags.push({ key: flagKey(rule, subject), rule, severity, subject, reason });

  const end = asset.supportEndsOn;
  if (end && end < asOf) {
    if (holdsPersonalData(asset)) flag('unsupported-with-personal-data', 'high', `Its support ended on ${end} and it holds ${whatItHolds(asset)}: replace it, buy extended support or move the data off it.`);
    else flag('unsupported', 'medium', `Its support ended on ${end}: replace it or buy extended support.`);
  } else if (end && daysBetween(asOf, end) <= SUPPORT_WARNING_DAYS) {
    flag('support-ending', 'medium', `Its support ends on ${end}, ${days(daysBetween(asOf, end))}: plan the replacement or extended support now.`);
  }

  if (!asset.hasOwner) flag('no-owner', 'medium', 'No Information Asset Owner is named: every asset needs someone accountable for it.');

  // Paper cannot be encrypted; locks and tracked retrieval protect it, and the register says so in notes.
  if (holdsPersonalData(asset) && asset.encryptionAtRest !== 'yes' && asset.type !== 'paper-records') {
    if (asset.encryptionAtRest === 'no') flag('personal-data-unencrypted', 'high', `It holds ${whatItHolds(asset)} and is not encrypted at rest.`);
    else flag('personal-data-unencrypted', 'medium', `It holds ${whatItHolds(asset)} and nobody has recorded whether it is encrypted at rest: find out.`);
  }

  if (asset.criticality === 'critical') {
    const tested = asset.backupRestoreTestedOn;
    const since = monthsBefore(asOf, RESTORE_TEST_MONTHS);
    if (!tested) flag('critical-restore-untested', 'high', 'It is critical and no test of restoring it from backup is recorded.');
    else if (tested < since) flag('critical-restore-untested', 'high', `It is critical and its restore from backup was last tested on ${tested}, more than ${RESTORE_TEST_MONTHS} months ago.`);
    if (!asset.continuityPlan) flag('critical-without-continuity-plan', 'high', 'It is critical and has no business continuity plan recorded.');
  }
  return flags;
}

/** The flags one supplier raises as of a date. */
export function supplierFlags(supplier: SupplierFacts, asOf: string): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const subject = { kind: 'supplier', id: supplier.id, name: supplier.name } as const;
  const flag = (rule: FlagRule, severity: RiskFlag['severity'], reason: string, discriminator?: string) => flags.push({ key: flagKey(rule, subject, discriminator), rule, severity, subject, reason });

  for (const c of supplier.certifications) {
    if (!c.expiresOn) continue;
    const what = `${c.scheme === 'other' ? (c.name ?? 'other') : CERTIFICATION_SCHEME_LABELS[c.scheme]} certificate${c.number ? ` ${c.number}` : ''}`;
    if (c.expiresOn < asOf) flag('certification-expired', 'medium', `Its ${what} expired on ${c.expiresOn}: ask for the renewed certificate.`, certificateKey(c));
    else if (daysBetween(asOf, c.expiresOn) <= CERTIFICATE_WARNING_DAYS) flag('certification-expiring', 'low', `Its ${what} expires on ${c.expiresOn}, ${days(daysBetween(asOf, c.expiresOn))}: ask for the renewal.`, certificateKey(c));
  }

  const dependants = supplier.dependants;
  if (supplier.contractEndsOn && supplier.contractEndsOn < asOf && dependants.length) {
    const count = dependants.length === 1 ? '1 asset still depends' : `${dependants.length} assets still depend`;
    flag('contract-ended-with-dependants', 'high', `Its contract ended on ${supplier.contractEndsOn} but ${count} on it (${listed(dependants.map((d) => d.name))}): renew, replace or record the exit.`);
  }

  const patientAssets = dependants.filter((d) => d.patientData).map((d) => d.name);
  const status = supplier.dsptStatus;
  if (patientAssets.length && (status === null || status === 'standards-not-met' || status === 'not-published')) {
    const said = status === null ? 'no DSPT status is recorded for it' : `its DSPT status is ${DSPT_STATUS_LABELS[status].toLowerCase()}${supplier.dsptYear ? ` (${supplier.dsptYear})` : ''}`;
    flag('supplier-dspt-not-met', 'high', `It supplies assets holding patient data (${listed(patientAssets)}) and ${said}.`);
  }
  return flags;
}

/** How many flags each rule raised, every rule listed. */
export function flagCounts(flags: readonly RiskFlag[]): Array<{ rule: FlagRule; label: string; count: number }> {
  return FLAG_RULES.map((rule) => ({ rule, label: FLAG_RULE_LABELS[rule], count: flags.filter((f) => f.rule === rule).length }));
}
