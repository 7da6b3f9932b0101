// Every field of an information asset, for adding one and for changing it: what it is, who answers
// for it, where it runs and who supplies it, what personal data it holds and how it is protected,
// and how it would be recovered.
import { Checkboxes } from '../../../components/Checkboxes';
import { Radios } from '../../../components/Radios';
import { Select, type SelectOption } from '../../../components/Select';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { Heading } from '../../../components/Typography';
import { type AssetValues, DATA_HELD, type DataHeld } from './asset-values';
import { PersonChoice, personChoiceIds } from './PersonChoice';
import { ANSWER_LABELS, ASSET_TYPE_LABELS, CRITICALITY_LABELS, entries, HOSTING_LABELS } from './words';

const OWNER = personChoiceIds('asset-owner');
const ADMINISTRATOR = personChoiceIds('asset-administrator');

/** Each field the API or this form may name, with its control, in the order they are on the page. */
export const ASSET_FIELD_IDS = {
  name: 'asset-name',
  type: 'asset-type',
  criticality: 'asset-criticality',
  description: 'asset-description',
  ownerId: OWNER.account,
  ownerName: OWNER.name,
  administratorId: ADMINISTRATOR.account,
  administratorName: ADMINISTRATOR.name,
  hosting: 'asset-hosting',
  hostingRegion: 'asset-hosting-region',
  supplierId: 'asset-supplier',
  supportEndsOn: 'asset-support-ends',
  personalData: 'asset-holds',
  specialCategoryData: 'asset-holds',
  patientData: 'asset-holds',
  recordVolume: 'asset-record-volume',
  encryptionAtRest: 'asset-encryption',
  mfa: 'asset-mfa',
  backupRestoreTestedOn: 'asset-restore-tested',
  continuityPlan: 'asset-continuity-plan',
  continuityPlanReference: 'asset-continuity-plan-reference',
  notes: 'asset-notes',
};

const HELD_LABELS: Record<DataHeld, { label: string; hint: string }> = {
  personal: { label: 'Personal data', hint: 'About people who can be identified: patients, staff, the public.' },
  'special-category': { label: 'Special category data', hint: 'Health, ethnicity, religion, sexuality and the other kinds UK GDPR Article 9 names.' },
  patient: { label: 'Patient data', hint: 'Confidential patient information, under the common law duty of confidentiality too.' },
};

export function AssetFields({
  values,
  onChange,
  errors,
  people,
  suppliers,
}: {
  values: AssetValues;
  onChange: (values: AssetValues) => void;
  errors: Record<string, string> | undefined;
  /** Who may be chosen as owner or administrator. */
  people: SelectOption[];
  suppliers: SelectOption[];
}) {
  const set = <K extends keyof AssetValues>(field: K) => (value: AssetValues[K]) => onChange({ ...values, [field]: value });
  const held = errors?.personalData ?? errors?.specialCategoryData ?? errors?.patientData;
  return (
    <>
      <Heading spaceAbove>What it is</Heading>
      <TextInput id={ASSET_FIELD_IDS.name} label="Name" hint="What people call it, such as “Electronic patient record” or “Pathology results archive”." value={values.name} onChange={set('name')} error={errors?.name} />
      <Select
        id={ASSET_FIELD_IDS.type}
        label="Type"
        value={values.type}
        onChange={(type) => set('type')(type as AssetValues['type'])}
        error={errors?.type}
        options={[{ value: '', text: 'Choose a type' }, ...entries(ASSET_TYPE_LABELS).map(([value, text]) => ({ value, text }))]}
      />
      <Radios
        id={ASSET_FIELD_IDS.criticality}
        legend="Business criticality"
        legendSize="s"
        hint="How much the organisation’s services depend on it."
        value={values.criticality}
        onChange={(criticality) => set('criticality')(criticality as AssetValues['criticality'])}
        error={errors?.criticality}
        items={entries(CRITICALITY_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <Textarea id={ASSET_FIELD_IDS.description} label="Description (optional)" hint="What it does and who uses it." value={values.description} onChange={set('description')} error={errors?.description} rows={3} />

      <Heading spaceAbove>Who answers for it</Heading>
      <PersonChoice
        ids={OWNER}
        legend="Information Asset Owner (optional)"
        hint="The senior person accountable for the asset and the risks to it."
        value={values.owner}
        onChange={set('owner')}
        people={people}
        errors={{ account: errors?.ownerId, name: errors?.ownerName }}
      />
      <PersonChoice
        ids={ADMINISTRATOR}
        legend="Information Asset Administrator (optional)"
        hint="The person who looks after it day to day for the owner."
        value={values.administrator}
        onChange={set('administrator')}
        people={people}
        errors={{ account: errors?.administratorId, name: errors?.administratorName }}
      />

      <Heading spaceAbove>Where it runs</Heading>
      <Select
        id={ASSET_FIELD_IDS.hosting}
        label="Hosting (optional)"
        value={values.hosting}
        onChange={(hosting) => set('hosting')(hosting as AssetValues['hosting'])}
        error={errors?.hosting}
        options={[{ value: '', text: 'Not recorded' }, ...entries(HOSTING_LABELS).map(([value, text]) => ({ value, text }))]}
      />
      <TextInput id={ASSET_FIELD_IDS.hostingRegion} label="Hosting region (optional)" hint="Where a cloud or hybrid service runs, such as UK South." value={values.hostingRegion} onChange={set('hostingRegion')} error={errors?.hostingRegion} width={20} />
      <Select
        id={ASSET_FIELD_IDS.supplierId}
        label="Supplier (optional)"
        hint="One of the organisation’s suppliers: add a new one on the suppliers page first."
        value={values.supplierId}
        onChange={set('supplierId')}
        error={errors?.supplierId}
        options={[{ value: '', text: 'No supplier' }, ...suppliers]}
      />
      <TextInput
        id={ASSET_FIELD_IDS.supportEndsOn}
        label="Support ends (optional)"
        hint="The last day the product is supported by its maker or supplier."
        type="date"
        value={values.supportEndsOn}
        onChange={set('supportEndsOn')}
        error={errors?.supportEndsOn}
        width={10}
      />

      <Heading spaceAbove>Personal data and how it is protected</Heading>
      <Checkboxes
        id={ASSET_FIELD_IDS.personalData}
        legend="What it holds"
        legendSize="s"
        hint="Select all that apply. Special category and patient data are personal data too."
        values={values.holds}
        onChange={(holds) => set('holds')(holds as DataHeld[])}
        error={held}
        items={DATA_HELD.map((value) => ({ value, ...HELD_LABELS[value] }))}
      />
      <TextInput id={ASSET_FIELD_IDS.recordVolume} label="Number of records (optional)" hint="Roughly how many, such as 250000." value={values.recordVolume} onChange={set('recordVolume')} error={errors?.recordVolume} width={10} inputMode="numeric" />
      <Radios
        id={ASSET_FIELD_IDS.encryptionAtRest}
        legend="Is it encrypted at rest?"
        legendSize="s"
        value={values.encryptionAtRest}
        onChange={(answer) => set('encryptionAtRest')(answer as AssetValues['encryptionAtRest'])}
        error={errors?.encryptionAtRest}
        items={(['yes', 'no', 'unknown'] as const).map((value) => ({ value, label: ANSWER_LABELS[value] }))}
      />
      <Radios
        id={ASSET_FIELD_IDS.mfa}
        legend="Does signing in to it need multi-factor authentication?"
        legendSize="s"
        value={values.mfa}
        onChange={(answer) => set('mfa')(answer as AssetValues['mfa'])}
        error={errors?.mfa}
        items={entries(ANSWER_LABELS).map(([value, label]) => ({ value, label }))}
      />

      <Heading spaceAbove>Recovering it</Heading>
      <TextInput
        id={ASSET_FIELD_IDS.backupRestoreTestedOn}
        label="Restore from backup last tested (optional)"
        hint="The day a restore was last tested. A critical asset should have had one in the last 12 months."
        type="date"
        value={values.backupRestoreTestedOn}
        onChange={set('backupRestoreTestedOn')}
        error={errors?.backupRestoreTestedOn}
        width={10}
      />
      <Radios
        id={ASSET_FIELD_IDS.continuityPlan}
        legend="Does a business continuity plan cover it?"
        legendSize="s"
        value={values.continuityPlan}
        onChange={(answer) => set('continuityPlan')(answer === 'yes' ? 'yes' : 'no')}
        error={errors?.continuityPlan}
        items={[
          {
            value: 'yes',
            label: 'Yes',
            conditional: (
              <TextInput
                id={ASSET_FIELD_IDS.continuityPlanReference}
                label="The plan’s reference (optional)"
                value={values.continuityPlanReference}
                onChange={set('continuityPlanReference')}
                error={errors?.continuityPlanReference}
                width={20}
              />
            ),
          },
          { value: 'no', label: 'No' },
        ]}
      />
      <Textarea id={ASSET_FIELD_IDS.notes} label="Notes (optional)" value={values.notes} onChange={set('notes')} error={errors?.notes} rows={3} />
    </>
  );
}
