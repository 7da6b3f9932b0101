// The record of processing activities (UK GDPR Art 30(1)) worked out from the register: one activity
// per data flow carrying personal data that was live at the instant, the assets holding personal data
// that no live flow names, and the controller's block. Pure: the register in, the record's words out.
// Every field says something: what is recorded, "Not applicable" where the law asks nothing, or
// "Not recorded" where it does and the register is silent, so the DPO sees the gap.
import {
  AGREEMENT_TYPE_LABELS,
  CLDC_BASIS_LABELS,
  CRIMINAL_OFFENCE_DATA,
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_LABELS,
  type FlowDetail,
  type FlowEnd,
  LAWFUL_BASIS_LABELS,
  OPT_OUT_LABELS,
  SPECIAL_CATEGORY_CONDITION_LABELS,
  TRANSFER_METHOD_LABELS,
  TRANSFER_SAFEGUARD_LABELS,
  UNENCRYPTABLE_TRANSFER_METHODS,
} from '../../../contract/data-flows.js';
import { type AssetDetail, FLAG_RULE_LABELS } from '../../../contract/information-assets.js';
import {
  NOT_RECORDED,
  ROPA_ACTIVITY_HEADINGS,
  type RopaActivity,
  type RopaController,
  type RopaDetails,
  type RopaDirection,
  type RopaUnflowedAsset,
} from '../../../contract/records-of-processing.js';
import { isSpecialCategory, schedule1Need } from './flow-data.js';

export const NOT_APPLICABLE = 'Not applicable';

/** What the record is built from: the organisation's name, its details, and every flow and asset (archived ones too). */
export interface RopaSources {
  organisationName: string;
  details: Pick<RopaDetails, 'controllerContact' | 'dpoName' | 'dpoContact' | 'representative' | 'jointControllers' | 'dpoRoleHolders'>;
  flows: readonly FlowDetail[];
  assets: readonly AssetDetail[];
  asOf: Date;
}

export interface RopaBody {
  controller: RopaController;
  activities: RopaActivity[];
  unflowedAssets: RopaUnflowedAsset[];
}

const recorded = (text: string | null | undefined) => (text?.trim() ? text.trim() : NOT_RECORDED);

/** Added by the instant and not archived by then: the register keeps no history of fields, so each is as it is now. */
export function liveAt(record: { createdAt: string; archivedAt: string | null }, asOf: Date): boolean {
  const at = asOf.getTime();
  return Date.parse(record.createdAt) <= at && (record.archivedAt === null || Date.parse(record.archivedAt) > at);
}

export function controllerOf(organisationName: string, details: RopaSources['details']): RopaController {
  const holders = details.dpoRoleHolders;
  // With no DPO written down, the people given the role in Bulwark are the best answer the record has.
  const byRole = !details.dpoName?.trim() && holders.length > 0;
  return {
    controller: organisationName,
    controllerContact: recorded(details.controllerContact),
    jointControllers: recorded(details.jointControllers),
    representative: recorded(details.representative),
    dpo: byRole ? holders.map((h) => `${h.name} (${h.email})`).join('; ') : recorded(details.dpoName),
    dpoContact: details.dpoContact?.trim() ? details.dpoContact.trim() : byRole ? holders.map((h) => h.email).join('; ') : NOT_RECORDED,
  };
}

export function directionOf(flow: Pick<FlowDetail, 'from' | 'to'>): RopaDirection {
  const fromUs = flow.from.kind === 'asset';
  const toUs = flow.to.kind === 'asset';
  if (fromUs && toUs) return 'internal';
  if (fromUs) return 'outbound';
  if (toUs) return 'inbound';
  return 'between-others';
}

function endName(end: FlowEnd): string {
  if (end.kind === 'asset') return `${end.name}${end.archived ? ' (archived asset)' : ''}`;
  if (end.kind === 'supplier') return `${end.name} (supplier)`;
  return end.name;
}

function recipientsOf(flow: FlowDetail): string {
  return flow.to.kind === 'asset' ? `Internal: ${endName(flow.to)}` : endName(flow.to);
}

/** Art 30(1)(d)'s categories: a processing agreement makes a supplier a processor, a sharing agreement another organisation a controller. */
function recipientCategoriesOf(flow: FlowDetail): string {
  if (flow.to.kind === 'asset') return 'None outside the organisation';
  if (flow.to.kind === 'supplier') return flow.agreementType === 'data-processing-agreement' ? 'Supplier acting as processor' : 'Supplier';
  return flow.agreementType === 'data-sharing-agreement' ? 'Another controller' : 'Another organisation';
}

function categoriesText(flow: FlowDetail): string {
  if (!flow.dataCategories.length) return NOT_RECORDED;
  return flow.dataCategories
    .map((c) => `${DATA_CATEGORY_LABELS[c]}${isSpecialCategory(c) ? ' (special category)' : c === CRIMINAL_OFFENCE_DATA ? ' (criminal offence data)' : ''}`)
    .join('; ');
}

function subjectsText(flow: FlowDetail): string {
  return flow.dataSubjects.length ? flow.dataSubjects.map((s) => DATA_SUBJECT_LABELS[s]).join('; ') : NOT_RECORDED;
}

function transferCountryOf(flow: FlowDetail): string {
  if (!flow.internationalTransfer) return 'None: the data stays in the UK';
  return recorded(flow.destinationCountry);
}

function transferSafeguardOf(flow: FlowDetail): string {
  if (!flow.internationalTransfer) return NOT_APPLICABLE;
  if (flow.transferSafeguard === null) return NOT_RECORDED;
  return flow.transferSafeguard === 'none' ? 'None in place' : TRANSFER_SAFEGUARD_LABELS[flow.transferSafeguard];
}

const AT_REST: Record<AssetDetail['encryptionAtRest'], string> = { yes: 'encrypted at rest', no: 'not encrypted at rest', unknown: 'encryption at rest not known' };
const MFA: Record<AssetDetail['mfa'], string> = { yes: 'multi-factor authentication', no: 'no multi-factor authentication', 'not-applicable': 'multi-factor authentication not applicable', unknown: 'multi-factor authentication not known' };

/** An asset's own measures in general words: "encrypted at rest, multi-factor authentication". */
export function assetSecurity(asset: Pick<AssetDetail, 'encryptionAtRest' | 'mfa'>): string {
  return `${AT_REST[asset.encryptionAtRest]}, ${MFA[asset.mfa]}`;
}

function transitSecurity(flow: FlowDetail): string {
  const method = flow.transferMethod;
  const sent = method ? `sent by ${TRANSFER_METHOD_LABELS[method]}` : 'transfer method not recorded';
  if (method && UNENCRYPTABLE_TRANSFER_METHODS.includes(method)) return `Sent by ${TRANSFER_METHOD_LABELS[method]}, which cannot be encrypted`;
  const transit = { yes: 'Encrypted in transit', no: 'Not encrypted in transit', unknown: 'Encryption in transit not known' }[flow.encryptedInTransit];
  return `${transit}, ${sent}`;
}

/** Art 30(1)(g): the flow's transit, then each asset at its ends with its own measures. */
function securityOf(flow: FlowDetail, assets: ReadonlyMap<string, AssetDetail>): string {
  const ends = [flow.from, flow.to].filter((end) => end.kind === 'asset' && end.id !== null);
  const seen = new Set<string>();
  const atEnds = ends.flatMap((end) => {
    const asset = assets.get(end.id!);
    if (!asset || seen.has(asset.id)) return [];
    seen.add(asset.id);
    return [`${asset.name}: ${assetSecurity(asset)}`];
  });
  return [transitSecurity(flow), ...atEnds].join('. ');
}

function cldcOf(flow: FlowDetail): string {
  if (!flow.cldcBasis) return flow.patientData ? NOT_RECORDED : NOT_APPLICABLE;
  const cag = flow.cagReference ? `, CAG reference ${flow.cagReference}` : flow.cldcBasis === 's251-support' ? ', CAG reference not recorded' : '';
  return `${CLDC_BASIS_LABELS[flow.cldcBasis]}${cag}`;
}

function agreementOf(flow: FlowDetail, direction: RopaDirection): string {
  if (!flow.agreementType) return direction === 'internal' ? 'Not needed within the organisation' : NOT_RECORDED;
  if (flow.agreementType === 'none') return 'None';
  const reference = flow.agreementReference ? ` ${flow.agreementReference}` : '';
  const expires = flow.agreementExpiresOn ? `, expires ${flow.agreementExpiresOn}` : '';
  return `${AGREEMENT_TYPE_LABELS[flow.agreementType]}${reference}${expires}`;
}

/** The Art 30 fields (b) to (g) with nothing recorded, by their headings. */
function missingOf(activity: Omit<RopaActivity, 'missing'>, flow: FlowDetail): string[] {
  const art30 = ['purpose', 'dataSubjects', 'dataCategories', 'transferCountry', 'transferSafeguard', 'retention'] as const;
  const missing: string[] = art30.filter((field) => activity[field] === NOT_RECORDED).map((field) => ROPA_ACTIVITY_HEADINGS[field]);
  // (g) has something whenever the transit or the method is known; the assets' measures are always said.
  if (flow.transferMethod === null && flow.encryptedInTransit === 'unknown') missing.push(ROPA_ACTIVITY_HEADINGS.security);
  return missing;
}

export function activityOf(flow: FlowDetail, assets: ReadonlyMap<string, AssetDetail>): RopaActivity {
  const direction = directionOf(flow);
  const activity: Omit<RopaActivity, 'missing'> = {
    flowId: flow.id,
    direction,
    specialCategoryData: flow.specialCategoryData,
    name: flow.name,
    from: endName(flow.from),
    purpose: recorded(flow.purpose),
    directCare: flow.directCare ? 'Yes' : 'No',
    dataSubjects: subjectsText(flow),
    dataCategories: categoriesText(flow),
    recipients: recipientsOf(flow),
    recipientCategories: recipientCategoriesOf(flow),
    transferCountry: transferCountryOf(flow),
    transferSafeguard: transferSafeguardOf(flow),
    retention: recorded(flow.retention),
    security: securityOf(flow, assets),
    lawfulBasis: flow.lawfulBasis ? LAWFUL_BASIS_LABELS[flow.lawfulBasis] : NOT_RECORDED,
    specialCategoryCondition: flow.specialCategoryCondition ? SPECIAL_CATEGORY_CONDITION_LABELS[flow.specialCategoryCondition] : flow.specialCategoryData ? NOT_RECORDED : NOT_APPLICABLE,
    schedule1Condition: flow.schedule1Condition ?? (schedule1Need(flow) ? NOT_RECORDED : NOT_APPLICABLE),
    cldcBasis: cldcOf(flow),
    nationalDataOptOut: flow.nationalDataOptOut ? OPT_OUT_LABELS[flow.nationalDataOptOut] : NOT_RECORDED,
    agreement: agreementOf(flow, direction),
    flags: flow.flags.length ? [...new Set(flow.flags.map((f) => FLAG_RULE_LABELS[f.rule]))].join('; ') : 'None',
  };
  return { ...activity, missing: missingOf(activity, flow) };
}

const holdsPersonalData = (asset: AssetDetail) => asset.personalData || asset.specialCategoryData || asset.patientData;

export function unflowedAssetOf(asset: AssetDetail): RopaUnflowedAsset {
  const held = ['Personal data', asset.specialCategoryData ? 'special category data' : '', asset.patientData ? 'patient data' : ''].filter(Boolean).join('; ');
  return { assetId: asset.id, name: asset.name, owner: asset.owner?.name ?? NOT_RECORDED, dataHeld: held, security: assetSecurity(asset) };
}

/** The record as of `asOf`: activities and assets in the order given (the register's, by name). */
export function buildRecordOfProcessing(sources: RopaSources): RopaBody {
  const flows = sources.flows.filter((f) => liveAt(f, sources.asOf));
  const assets = new Map(sources.assets.map((a) => [a.id, a]));
  const named = new Set(flows.flatMap((f) => [f.from, f.to]).flatMap((end) => (end.kind === 'asset' && end.id ? [end.id] : [])));
  return {
    controller: controllerOf(sources.organisationName, sources.details),
    activities: flows.filter((f) => f.personalData).map((f) => activityOf(f, assets)),
    unflowedAssets: sources.assets.filter((a) => liveAt(a, sources.asOf) && holdsPersonalData(a) && !named.has(a.id)).map(unflowedAssetOf),
  };
}

/** How many activities have every Art 30 field recorded, of how many. */
export function completeActivities(activities: readonly Pick<RopaActivity, 'missing'>[]): { complete: number; of: number } {
  return { complete: activities.filter((a) => a.missing.length === 0).length, of: activities.length };
}
