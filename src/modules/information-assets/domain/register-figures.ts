// The register's live evidence: each figure, the requirements it speaks to, who may see it, and how it
// is worked out from the assets, suppliers and data flows the register held at an instant. Pure: lists
// in, figures out. A new figure is one more entry in the table.
import { type FlowDetail, UNENCRYPTABLE_TRANSFER_METHODS } from '../../../contract/data-flows.js';
import { activityOf, completeActivities } from './ropa.js';
import type { AssetDetail, FlagRule, SupplierDetail } from '../../../contract/information-assets.js';
import type { LiveFigureState } from '../../../contract/live-evidence.js';
import { figureText, type LiveFigureValue, type RequirementRef } from '../../../platform/live-evidence.js';
import { lacksCldcBasis, lacksLawfulBasis } from './flow-data.js';
import { SUPPORT_WARNING_DAYS } from './risk-flags.js';

/** The register as it stood at an instant: what was live then, each with its flags as of then. */
export interface RegisterAtInstant {
  orgId: string;
  assets: readonly AssetDetail[];
  suppliers: readonly SupplierDetail[];
  /** Each with its flags as of the instant. */
  flows: readonly FlowDetail[];
}

type Reading = 'asset.read' | 'supplier.read' | 'flow.read';
type List = 'assets' | 'critical-assets' | 'asset-flags' | 'suppliers' | 'flagged-suppliers' | 'personal-flows' | 'flows-lacking-basis' | 'unencrypted-personal-flows' | 'external-personal-flows';

interface Worked {
  value: number;
  of: number | null;
  state: LiveFigureState;
}

export interface RegisterFigure {
  key: string;
  label: string;
  readActions: readonly Reading[];
  speaksTo: readonly RequirementRef[];
  /** The register's page listing what is counted. */
  list: List;
  work: (register: RegisterAtInstant) => Worked;
}

// The CAF-aligned DSPT keeps the CAF's outcome refs, so a CAF outcome is the same ref in both families.
const cafOutcome = (ref: string): RequirementRef[] => [
  { family: 'caf', ref },
  { family: 'dspt', ref },
];
const ndgStandard = (ref: string): RequirementRef[] => [{ family: 'ndg-standards', ref }];

const A3_A = cafOutcome('A3.a'); // asset management
const A4_A = cafOutcome('A4.a'); // supply chain
const B3_A = cafOutcome('B3.a'); // understanding data
const NDG_1 = ndgStandard('1'); // personal confidential data
const NDG_8 = ndgStandard('8'); // no unsupported systems
const NDG_10 = ndgStandard('10'); // accountable suppliers

const ASSETS: readonly Reading[] = ['asset.read'];
const SUPPLIERS: readonly Reading[] = ['supplier.read'];
const BOTH: readonly Reading[] = ['asset.read', 'supplier.read'];
const FLOWS: readonly Reading[] = ['flow.read'];

/** A count that is a plain fact. */
const fact = (value: number): Worked => ({ value, of: null, state: 'info' });
/** A count of something that should not be there. */
const problems = (value: number): Worked => ({ value, of: null, state: value > 0 ? 'attention' : 'ok' });
/** A share that should be all of them; nothing to count is a fact, not a pass. */
const share = (value: number, of: number): Worked => ({ value, of, state: of === 0 ? 'info' : value === of ? 'ok' : 'attention' });

const assetsRaising = (register: RegisterAtInstant, ...rules: FlagRule[]) => register.assets.filter((a) => a.flags.some((f) => rules.includes(f.rule))).length;
const flagsRaised = (items: ReadonlyArray<{ flags: ReadonlyArray<{ rule: string }> }>, rule: FlagRule) => items.reduce((n, item) => n + item.flags.filter((f) => f.rule === rule).length, 0);
const holdingPersonalData = (register: RegisterAtInstant) => register.assets.filter((a) => a.personalData);
const dsptMet = (s: SupplierDetail) => s.dsptStatus === 'standards-met' || s.dsptStatus === 'standards-exceeded';
const personalFlows = (register: RegisterAtInstant) => register.flows.filter((f) => f.personalData);
const hasLawfulBasis = (flow: FlowDetail) => {
  const lacking = lacksLawfulBasis(flow);
  return !lacking.article6 && !lacking.article9;
};
/** Paper by post, courier or telephone cannot be encrypted in transit, so they are not counted either way. */
const encryptable = (flow: FlowDetail) => !flow.transferMethod || !UNENCRYPTABLE_TRANSFER_METHODS.includes(flow.transferMethod);
/** An agreement is current when one is recorded and its flags as of the instant say it has not expired. */
const hasCurrentAgreement = (flow: FlowDetail) => !flow.flags.some((f) => f.rule === 'flow-agreement-missing' || f.rule === 'flow-agreement-expired');

export const REGISTER_FIGURES: readonly RegisterFigure[] = [
  {
    key: 'information-assets',
    label: 'Live information assets in the register',
    readActions: ASSETS,
    speaksTo: A3_A,
    list: 'assets',
    // An empty register cannot show that assets are known.
    work: (r) => ({ value: r.assets.length, of: null, state: r.assets.length === 0 ? 'attention' : 'info' }),
  },
  {
    key: 'assets-with-owner',
    label: 'Information assets with an Information Asset Owner',
    readActions: ASSETS,
    speaksTo: A3_A,
    list: 'assets',
    work: (r) => share(r.assets.filter((a) => a.owner !== null).length, r.assets.length),
  },
  { key: 'critical-assets', label: 'Critical information assets', readActions: ASSETS, speaksTo: A3_A, list: 'critical-assets', work: (r) => fact(r.assets.filter((a) => a.criticality === 'critical').length) },
  {
    key: 'assets-support-ending-or-ended',
    label: `Information assets whose support has ended or ends within ${SUPPORT_WARNING_DAYS} days`,
    readActions: ASSETS,
    speaksTo: A3_A,
    list: 'asset-flags',
    work: (r) => problems(assetsRaising(r, 'unsupported', 'unsupported-with-personal-data', 'support-ending')),
  },
  { key: 'asset-flags', label: 'Risk flags raised on information assets', readActions: ASSETS, speaksTo: A3_A, list: 'asset-flags', work: (r) => problems(r.assets.reduce((n, a) => n + a.flags.length, 0)) },

  { key: 'suppliers', label: 'Suppliers', readActions: SUPPLIERS, speaksTo: A4_A, list: 'suppliers', work: (r) => fact(r.suppliers.length) },
  {
    key: 'patient-data-suppliers-dspt-met',
    label: 'Suppliers of information assets holding patient data with DSPT standards met or exceeded',
    readActions: BOTH,
    speaksTo: A4_A,
    list: 'suppliers',
    work: (r) => {
      const ids = new Set(r.assets.filter((a) => a.patientData && a.supplier).map((a) => a.supplier!.id));
      const theirs = r.suppliers.filter((s) => ids.has(s.id));
      return share(theirs.filter(dsptMet).length, theirs.length);
    },
  },
  { key: 'supplier-certifications-expired', label: 'Supplier certifications expired', readActions: SUPPLIERS, speaksTo: A4_A, list: 'flagged-suppliers', work: (r) => problems(flagsRaised(r.suppliers, 'certification-expired')) },
  {
    key: 'supplier-contracts-ended-with-dependants',
    label: 'Supplier contracts ended while information assets depend on them',
    readActions: SUPPLIERS,
    speaksTo: A4_A,
    list: 'flagged-suppliers',
    work: (r) => problems(flagsRaised(r.suppliers, 'contract-ended-with-dependants')),
  },

  { key: 'assets-personal-data', label: 'Information assets holding personal data', readActions: ASSETS, speaksTo: B3_A, list: 'assets', work: (r) => fact(holdingPersonalData(r).length) },
  { key: 'assets-special-category-data', label: 'Information assets holding special category data', readActions: ASSETS, speaksTo: B3_A, list: 'assets', work: (r) => fact(r.assets.filter((a) => a.specialCategoryData).length) },
  { key: 'assets-patient-data', label: 'Information assets holding patient data', readActions: ASSETS, speaksTo: B3_A, list: 'assets', work: (r) => fact(r.assets.filter((a) => a.patientData).length) },
  {
    key: 'personal-data-assets-encrypted',
    label: 'Information assets holding personal data that are encrypted at rest',
    readActions: ASSETS,
    speaksTo: [...B3_A, ...NDG_1],
    list: 'assets',
    work: (r) => share(holdingPersonalData(r).filter((a) => a.encryptionAtRest === 'yes').length, holdingPersonalData(r).length),
  },


  {
    key: 'personal-data-unencrypted-flags',
    label: 'Information assets holding personal data not known to be encrypted at rest',
    readActions: ASSETS,
    speaksTo: NDG_1,
    list: 'asset-flags',
    work: (r) => problems(assetsRaising(r, 'personal-data-unencrypted')),
  },

  // The data flows: what personal data leaves or moves, and whether its bases and safeguards are known.
  { key: 'personal-data-flows', label: 'Data flows carrying personal data', readActions: FLOWS, speaksTo: B3_A, list: 'personal-flows', work: (r) => fact(personalFlows(r).length) },
  {
    key: 'personal-data-flows-with-lawful-basis',
    label: 'Data flows carrying personal data with a lawful basis (and an Article 9 condition for special category data)',
    readActions: FLOWS,
    speaksTo: [...B3_A, ...NDG_1],
    list: 'flows-lacking-basis',
    work: (r) => share(personalFlows(r).filter(hasLawfulBasis).length, personalFlows(r).length),
  },
  {
    key: 'patient-data-flows-with-cldc-basis',
    label: 'Data flows carrying patient data with a basis under the common law duty of confidentiality',
    readActions: FLOWS,
    speaksTo: [...B3_A, ...NDG_1],
    list: 'flows-lacking-basis',
    work: (r) => {
      const theirs = r.flows.filter((f) => f.patientData);
      return share(theirs.filter((f) => !lacksCldcBasis(f)).length, theirs.length);
    },
  },
  {
    key: 'personal-data-flows-encrypted',
    label: 'Data flows carrying personal data that are encrypted in transit (paper, courier and telephone left out)',
    readActions: FLOWS,
    speaksTo: [...B3_A, ...NDG_1],
    list: 'unencrypted-personal-flows',
    work: (r) => {
      const theirs = personalFlows(r).filter(encryptable);
      return share(theirs.filter((f) => f.encryptedInTransit === 'yes').length, theirs.length);
    },
  },
  {
    key: 'external-personal-data-flows-with-agreement',
    label: 'Data flows carrying personal data outside the organisation with a current agreement',
    readActions: FLOWS,
    speaksTo: [...B3_A, ...NDG_1],
    list: 'external-personal-flows',
    work: (r) => {
      const theirs = personalFlows(r).filter((f) => f.external);
      return share(theirs.filter(hasCurrentAgreement).length, theirs.length);
    },
  },
  {
    // The record of processing is built from the flows: each gap there is a gap in the ROPA.
    key: 'processing-activities-complete',
    label: 'Processing activities with every Article 30 field recorded (purpose, subjects, categories, recipients, retention, security)',
    readActions: FLOWS,
    speaksTo: B3_A,
    list: 'personal-flows',
    work: (r) => {
      const assets = new Map(r.assets.map((a) => [a.id, a]));
      const { complete, of } = completeActivities(personalFlows(r).map((f) => activityOf(f, assets)));
      return share(complete, of);
    },
  },

  { key: 'unsupported-assets', label: 'Unsupported information assets', readActions: ASSETS, speaksTo: NDG_8, list: 'asset-flags', work: (r) => problems(assetsRaising(r, 'unsupported', 'unsupported-with-personal-data')) },
  {
    key: 'unsupported-assets-with-personal-data',
    label: 'Unsupported information assets holding personal data',
    readActions: ASSETS,
    speaksTo: NDG_8,
    list: 'asset-flags',
    work: (r) => problems(assetsRaising(r, 'unsupported-with-personal-data')),
  },
  {
    key: 'assets-support-ending',
    label: `Information assets whose support ends within ${SUPPORT_WARNING_DAYS} days`,
    readActions: ASSETS,
    speaksTo: NDG_8,
    list: 'asset-flags',
    work: (r) => problems(assetsRaising(r, 'support-ending')),
  },

  { key: 'suppliers-dspt-met', label: 'Suppliers with DSPT standards met or exceeded', readActions: SUPPLIERS, speaksTo: NDG_10, list: 'suppliers', work: (r) => share(r.suppliers.filter(dsptMet).length, r.suppliers.length) },
  { key: 'suppliers-flagged', label: 'Suppliers with a risk flag', readActions: SUPPLIERS, speaksTo: NDG_10, list: 'flagged-suppliers', work: (r) => problems(r.suppliers.filter((s) => s.flags.length > 0).length) },
];

/** The register's web pages, under the organisation's address as the rest of the web app's are. */
export function listPath(orgId: string, list: List): string {
  const org = `/orgs/${encodeURIComponent(orgId)}`;
  switch (list) {
    case 'assets':
      return `${org}/assets`;
    case 'critical-assets':
      return `${org}/assets?criticality=critical`;
    case 'asset-flags':
      return `${org}/assets/flags`;
    case 'suppliers':
      return `${org}/suppliers`;
    case 'flagged-suppliers':
      return `${org}/suppliers?flagged=true`;
    case 'personal-flows':
      return `${org}/data-flows?personal=true`;
    case 'flows-lacking-basis':
      return `${org}/data-flows?lackingBasis=true`;
    case 'unencrypted-personal-flows':
      return `${org}/data-flows?personal=true&unencrypted=true`;
    case 'external-personal-flows':
      return `${org}/data-flows?personal=true&external=true`;
  }
}

/** Every figure of the register at the instant. */
export function registerFigureValues(register: RegisterAtInstant): LiveFigureValue[] {
  return REGISTER_FIGURES.map((figure) => {
    const { value, of, state } = figure.work(register);
    return { key: figure.key, label: figure.label, value, of, text: figureText(value, of), state, link: listPath(register.orgId, figure.list) };
  });
}

/**
 * What the register held at an instant: assets and data flows added by then and not yet archived, and
 * suppliers added by then. The register keeps no history of its fields, so each record is as it is now.
 */
export function registerAt(orgId: string, assets: readonly AssetDetail[], suppliers: readonly SupplierDetail[], flows: readonly FlowDetail[], asOf: Date): RegisterAtInstant {
  const at = asOf.getTime();
  const live = (record: { createdAt: string; archivedAt: string | null }) => Date.parse(record.createdAt) <= at && (record.archivedAt === null || Date.parse(record.archivedAt) > at);
  return {
    orgId,
    assets: assets.filter(live),
    suppliers: suppliers.filter((s) => Date.parse(s.createdAt) <= at),
    flows: flows.filter(live),
  };
}
