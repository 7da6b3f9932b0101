// An information asset's every field in words, in the order the asset's page lists them.
import type { AssetDetail, AssetPerson } from '../../../../contract/information-assets';
import type { Fact } from './facts';
import { ANSWER_LABELS, ASSET_TYPE_LABELS, CRITICALITY_LABELS, dayWords, HOSTING_LABELS, yesNo } from './words';

export type AssetField =
  | 'name'
  | 'type'
  | 'description'
  | 'owner'
  | 'administrator'
  | 'criticality'
  | 'hosting'
  | 'hostingRegion'
  | 'supplier'
  | 'supportEndsOn'
  | 'personalData'
  | 'specialCategoryData'
  | 'patientData'
  | 'recordVolume'
  | 'encryptionAtRest'
  | 'mfa'
  | 'backupRestoreTestedOn'
  | 'continuityPlan'
  | 'continuityPlanReference'
  | 'notes';

export type AssetFact = Fact<AssetField>;

function personWords(person: AssetPerson | null, nobody: string): string {
  if (!person) return nobody;
  return person.id ? person.name : `${person.name} (no account in Bulwark)`;
}

export function assetFacts(asset: AssetDetail): AssetFact[] {
  const fact = (field: AssetField, key: string, text: string): AssetFact => ({ field, key, text });
  return [
    fact('name', 'Name', asset.name),
    fact('type', 'Type', ASSET_TYPE_LABELS[asset.type]),
    fact('description', 'Description', asset.description ?? 'None'),
    fact('owner', 'Information Asset Owner', personWords(asset.owner, 'No owner')),
    fact('administrator', 'Information Asset Administrator', personWords(asset.administrator, 'None')),
    fact('criticality', 'Business criticality', CRITICALITY_LABELS[asset.criticality]),
    fact('hosting', 'Hosting', asset.hosting ? HOSTING_LABELS[asset.hosting] : 'Not recorded'),
    fact('hostingRegion', 'Hosting region', asset.hostingRegion ?? 'Not recorded'),
    fact('supplier', 'Supplier', asset.supplier?.name ?? 'None'),
    fact('supportEndsOn', 'Support ends', dayWords(asset.supportEndsOn)),
    fact('personalData', 'Personal data', yesNo(asset.personalData)),
    fact('specialCategoryData', 'Special category data', yesNo(asset.specialCategoryData)),
    fact('patientData', 'Patient data', yesNo(asset.patientData)),
    fact('recordVolume', 'Number of records', asset.recordVolume === null ? 'Not recorded' : asset.recordVolume.toLocaleString('en-GB')),
    fact('encryptionAtRest', 'Encrypted at rest', ANSWER_LABELS[asset.encryptionAtRest]),
    fact('mfa', 'Multi-factor authentication', ANSWER_LABELS[asset.mfa]),
    fact('backupRestoreTestedOn', 'Restore from backup last tested', dayWords(asset.backupRestoreTestedOn, 'Never recorded')),
    fact('continuityPlan', 'Business continuity plan', yesNo(asset.continuityPlan)),
    fact('continuityPlanReference', 'Continuity plan reference', asset.continuityPlanReference ?? 'None'),
    fact('notes', 'Notes', asset.notes ?? 'None'),
  ];
}
