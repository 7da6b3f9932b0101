// The risk flags of a data flow: the legal bases the Caldicott Guardian and the DPO must be able to
// name, how the data travels, the agreement behind it, transfers abroad, the national data opt-out and
// processing at a scale that needs a DPIA. Pure: the as-of date is given (a UK calendar date), and a
// date held is the last day something holds, as in risk-flags.ts. Only live flows are checked.
import {
  AGREEMENT_TYPE_LABELS,
  type AgreementType,
  DATA_CATEGORY_LABELS,
  type OptOutAnswer,
  SPECIAL_CATEGORY_CONDITION_LABELS,
  TRANSFER_METHOD_LABELS,
  type TransferMethod,
  type TransferSafeguard,
  type TransitEncryption,
  UNENCRYPTABLE_TRANSFER_METHODS,
} from '../../../contract/data-flows.js';
import type { FlagRule, RiskFlag } from '../../../contract/information-assets.js';
import { daysBetween } from '../../../platform/as-of.js';
import { type BasisFacts, isSpecialCategory, lacksCldcBasis, lacksLawfulBasis, schedule1Need } from './flow-data.js';
import { days, flagKey, listed } from './risk-flags.js';

/** Special-category data about this many people a year or more is processing at scale: it needs a DPIA (UK GDPR Art 35(3)(b)). */
export const DPIA_SCALE_THRESHOLD = 10_000;
/** An agreement expiring this close to the as-of date is a warning. */
export const AGREEMENT_WARNING_DAYS = 60;

/** What the rules read of a flow. */
export interface FlowFacts extends BasisFacts {
  id: string;
  name: string;
  /** The names of the ends that are not the organisation's own assets; none for an internal flow. */
  externalEnds: string[];
  recordVolume: number | null;
  directCare: boolean;
  cagReference: string | null;
  nationalDataOptOut: OptOutAnswer | null;
  transferMethod: TransferMethod | null;
  encryptedInTransit: TransitEncryption;
  agreementType: AgreementType | null;
  agreementReference: string | null;
  agreementExpiresOn: string | null;
  internationalTransfer: boolean;
  destinationCountry: string | null;
  transferSafeguard: TransferSafeguard | null;
  /** Whether a signed-off DPIA covers the flow. */
  coveredByDpia: boolean;
}

/** A label inside a sentence: "Secure email" becomes "secure email", "SFTP" stays. */
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);
const count = (n: number) => n.toLocaleString('en-GB');

function agreementWords(flow: FlowFacts): string {
  const kind = flow.agreementType ? inSentence(AGREEMENT_TYPE_LABELS[flow.agreementType]) : 'agreement';
  return `${kind}${flow.agreementReference ? ` ${flow.agreementReference}` : ''}`;
}

/** The flags one live flow raises as of a date. */
export function flowFlags(flow: FlowFacts, asOf: string): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const subject = { kind: 'flow' as const, id: flow.id, name: flow.name };
  // Each rule fires at most once for a flow, so the rule and the flow make its key.
  const flag = (rule: FlagRule, severity: RiskFlag['severity'], reason: string) => flags.push({ key: flagKey(rule, subject), rule, severity, subject, reason });

  const lawful = lacksLawfulBasis(flow);
  const special = () => flow.dataCategories.filter(isSpecialCategory).map((c) => DATA_CATEGORY_LABELS[c].toLowerCase()).join(', ');
  if (lawful.article6 && lawful.article9) flag('flow-without-lawful-basis', 'high', `It carries special-category data (${special()}) but neither an Article 6 lawful basis nor an Article 9 condition is recorded.`);
  else if (lawful.article6) flag('flow-without-lawful-basis', 'high', 'It carries personal data but no Article 6 lawful basis is recorded.');
  else if (lawful.article9) flag('flow-without-lawful-basis', 'high', `It carries special-category data (${special()}) but no Article 9 condition is recorded.`);

  const need = schedule1Need(flow);
  if (need && !flow.schedule1Condition) {
    const why = [need.condition && `its Article 9 condition (${SPECIAL_CATEGORY_CONDITION_LABELS[need.condition]})`, need.criminalOffence && 'its criminal offence data'].filter(Boolean).join(' and ');
    flag('flow-without-schedule-1-condition', 'medium', `It needs a DPA 2018 Schedule 1 condition for ${why}, and none is recorded.`);
  }

  if (lacksCldcBasis(flow)) flag('flow-without-cldc-basis', 'high', 'It carries patient data but no basis under the common law duty of confidentiality is recorded.');
  else if (flow.cldcBasis === 's251-support' && !flow.cagReference) flag('flow-without-cldc-basis', 'high', 'It relies on s251 support but no Confidentiality Advisory Group reference is recorded.');

  const encryptable = !flow.transferMethod || !UNENCRYPTABLE_TRANSFER_METHODS.includes(flow.transferMethod);
  if (flow.personalData && encryptable && flow.encryptedInTransit !== 'yes') {
    const sent = flow.transferMethod && flow.transferMethod !== 'other' ? `, sent by ${inSentence(TRANSFER_METHOD_LABELS[flow.transferMethod])},` : '';
    if (flow.encryptedInTransit === 'no') flag('flow-unencrypted', 'high', `It carries personal data${sent} and is not encrypted in transit.`);
    else flag('flow-unencrypted', 'medium', `It carries personal data${sent} and nobody has recorded whether it is encrypted in transit: find out.`);
  }

  if (flow.personalData && flow.externalEnds.length && (!flow.agreementType || flow.agreementType === 'none')) {
    flag('flow-agreement-missing', 'high', `It carries personal data outside the organisation (${listed(flow.externalEnds)}) and ${flow.agreementType === 'none' ? 'its agreement is recorded as none' : 'no agreement is recorded'}.`);
  }

  const expires = flow.agreementExpiresOn;
  if (expires && flow.agreementType !== 'none') {
    if (expires < asOf) flag('flow-agreement-expired', 'high', `Its ${agreementWords(flow)} expired on ${expires}: renew it or stop the flow.`);
    else if (daysBetween(asOf, expires) <= AGREEMENT_WARNING_DAYS) flag('flow-agreement-expiring', 'low', `Its ${agreementWords(flow)} expires on ${expires}, ${days(daysBetween(asOf, expires))}: arrange the renewal.`);
  }

  if (flow.internationalTransfer && (!flow.transferSafeguard || flow.transferSafeguard === 'none')) {
    flag('international-transfer-without-safeguard', 'high', `It sends data outside the UK (${flow.destinationCountry ?? 'the country is not recorded'}) with no safeguard recorded for the transfer.`);
  }

  if (flow.patientData && !flow.directCare && flow.cldcBasis === 's251-support' && flow.nationalDataOptOut !== 'applied' && flow.nationalDataOptOut !== 'not-applicable') {
    flag('opt-out-not-applied', 'medium', `It uses patient data beyond individual care under s251 support, and the national data opt-out is ${flow.nationalDataOptOut === 'not-applied' ? 'not applied' : 'not recorded as applied'}.`);
  }

  if (flow.specialCategoryData && flow.recordVolume !== null && flow.recordVolume >= DPIA_SCALE_THRESHOLD && !flow.coveredByDpia) {
    flag('special-category-at-scale-without-dpia', 'high', `It carries special-category data about ${count(flow.recordVolume)} people a year, at or above ${count(DPIA_SCALE_THRESHOLD)}, and no signed-off DPIA covers it.`);
  }
  return flags;
}
