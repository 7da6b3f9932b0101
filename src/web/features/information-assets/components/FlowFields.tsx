// Every field of a data flow, for adding one and for changing it: its name, where the data comes from
// and goes to, what it carries and about whom, the legal bases (with their article letters), how it
// travels, the agreement behind it, and any transfer outside the UK. A field that only means something
// beside another (a CAG reference, a destination country) is shown only while that other says so.
import { Checkboxes } from '../../../components/Checkboxes';
import { Radios } from '../../../components/Radios';
import { Select, type SelectOption } from '../../../components/Select';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { Heading } from '../../../components/Typography';
import { FlowEndChoice } from './FlowEndChoice';
import { CARRIED, type Carried, type FlowValues } from './flow-values';
import {
  AGREEMENT_TYPE_LABELS,
  CLDC_BASIS_LABELS,
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_LABELS,
  FREQUENCY_LABELS,
  LAWFUL_BASIS_LABELS,
  OPT_OUT_LABELS,
  SPECIAL_CATEGORIES,
  SPECIAL_CATEGORY_CONDITION_LABELS,
  TRANSFER_METHOD_LABELS,
  TRANSFER_SAFEGUARD_LABELS,
  TRANSIT_ENCRYPTION_LABELS,
} from './flow-words';
import { entries } from './words';

/** Each field the API or this form may name, with its control, in the order they are on the page. */
export const FLOW_FIELD_IDS = {
  name: 'flow-name',
  description: 'flow-description',
  from: 'flow-from',
  to: 'flow-to',
  personalData: 'flow-carries',
  patientData: 'flow-carries',
  dataCategories: 'flow-categories',
  specialCategoryData: 'flow-categories',
  dataSubjects: 'flow-subjects',
  recordVolume: 'flow-record-volume',
  purpose: 'flow-purpose',
  directCare: 'flow-direct-care',
  lawfulBasis: 'flow-lawful-basis',
  specialCategoryCondition: 'flow-special-category-condition',
  schedule1Condition: 'flow-schedule-1',
  cldcBasis: 'flow-cldc-basis',
  cagReference: 'flow-cag-reference',
  nationalDataOptOut: 'flow-opt-out',
  transferMethod: 'flow-transfer-method',
  encryptedInTransit: 'flow-encrypted',
  frequency: 'flow-frequency',
  agreementType: 'flow-agreement-type',
  agreementReference: 'flow-agreement-reference',
  agreementExpiresOn: 'flow-agreement-expires',
  internationalTransfer: 'flow-international',
  destinationCountry: 'flow-destination-country',
  transferSafeguard: 'flow-transfer-safeguard',
  retention: 'flow-retention',
  notes: 'flow-notes',
};

const CARRIED_LABELS: Record<Carried, { label: string; hint: string }> = {
  personal: { label: 'Personal data', hint: 'About people who can be identified. Any data category chosen below makes it personal data too.' },
  patient: { label: 'Patient data', hint: 'Confidential patient information, under the common law duty of confidentiality too.' },
};

const optionsOf = <K extends string>(labels: Record<K, string>, none: string) => [{ value: '', text: none }, ...entries(labels).map(([value, text]) => ({ value, text }))];

export function FlowFields({
  values,
  onChange,
  errors,
  assets,
  suppliers,
}: {
  values: FlowValues;
  onChange: (values: FlowValues) => void;
  errors: Record<string, string> | undefined;
  assets: SelectOption[];
  suppliers: SelectOption[];
}) {
  const set = <K extends keyof FlowValues>(field: K) => (value: FlowValues[K]) => onChange({ ...values, [field]: value });
  const pick = <K extends keyof FlowValues>(field: K) => (value: string) => onChange({ ...values, [field]: value as FlowValues[K] });
  return (
    <>
      <Heading spaceAbove>The flow</Heading>
      <TextInput id={FLOW_FIELD_IDS.name} label="Name" hint="What people call it, such as “Discharge summaries to GPs”." value={values.name} onChange={set('name')} error={errors?.name} />
      <Textarea id={FLOW_FIELD_IDS.description} label="Description (optional)" value={values.description} onChange={set('description')} error={errors?.description} rows={3} />

      <Heading spaceAbove>Where the data goes</Heading>
      <FlowEndChoice id={FLOW_FIELD_IDS.from} legend="Where the data comes from" hint="At least one end is one of the organisation’s information assets or suppliers." value={values.from} onChange={set('from')} error={errors?.from} assets={assets} suppliers={suppliers} />
      <FlowEndChoice id={FLOW_FIELD_IDS.to} legend="Where the data goes" hint="Somewhere other than where it comes from." value={values.to} onChange={set('to')} error={errors?.to} assets={assets} suppliers={suppliers} />

      <Heading spaceAbove>What it carries</Heading>
      <Checkboxes
        id={FLOW_FIELD_IDS.personalData}
        legend="Personal and patient data"
        legendSize="s"
        hint="Select all that apply."
        values={values.carries}
        onChange={(carries) => set('carries')(carries as Carried[])}
        error={errors?.personalData ?? errors?.patientData}
        items={CARRIED.map((value) => ({ value, ...CARRIED_LABELS[value] }))}
      />
      <Checkboxes
        id={FLOW_FIELD_IDS.dataCategories}
        legend="Categories of personal data"
        legendSize="s"
        hint="Select all that apply. Those marked special category (UK GDPR Article 9) make it special category data."
        small
        values={values.dataCategories}
        onChange={(categories) => set('dataCategories')(categories as FlowValues['dataCategories'])}
        error={errors?.dataCategories ?? errors?.specialCategoryData}
        items={entries(DATA_CATEGORY_LABELS).map(([value, label]) => ({ value, label: SPECIAL_CATEGORIES.includes(value) ? `${label} (special category)` : label }))}
      />
      <Checkboxes
        id={FLOW_FIELD_IDS.dataSubjects}
        legend="Whom the data is about"
        legendSize="s"
        hint="Select all that apply."
        small
        values={values.dataSubjects}
        onChange={(subjects) => set('dataSubjects')(subjects as FlowValues['dataSubjects'])}
        error={errors?.dataSubjects}
        items={entries(DATA_SUBJECT_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <TextInput id={FLOW_FIELD_IDS.recordVolume} label="People’s records a year (optional)" hint="Roughly how many, such as 120000." value={values.recordVolume} onChange={set('recordVolume')} error={errors?.recordVolume} width={10} inputMode="numeric" />
      <Textarea id={FLOW_FIELD_IDS.purpose} label="Purpose" hint="Why the data flows. Needed when it carries personal data." value={values.purpose} onChange={set('purpose')} error={errors?.purpose} rows={3} />
      <Radios
        id={FLOW_FIELD_IDS.directCare}
        legend="Is it for the individual care of the people the data is about?"
        legendSize="s"
        value={values.directCare}
        onChange={(answer) => set('directCare')(answer === 'yes' ? 'yes' : 'no')}
        error={errors?.directCare}
        items={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
      />

      <Heading spaceAbove>Legal bases</Heading>
      <Select id={FLOW_FIELD_IDS.lawfulBasis} label="Lawful basis (UK GDPR Article 6)" value={values.lawfulBasis} onChange={pick('lawfulBasis')} error={errors?.lawfulBasis} options={optionsOf(LAWFUL_BASIS_LABELS, 'Not recorded')} />
      <Select
        id={FLOW_FIELD_IDS.specialCategoryCondition}
        label="Special category condition (Article 9)"
        hint="Needed when it carries special category data."
        value={values.specialCategoryCondition}
        onChange={pick('specialCategoryCondition')}
        error={errors?.specialCategoryCondition}
        options={optionsOf(SPECIAL_CATEGORY_CONDITION_LABELS, 'Not recorded')}
      />
      <TextInput
        id={FLOW_FIELD_IDS.schedule1Condition}
        label="DPA 2018 Schedule 1 condition (optional)"
        hint="Needed with conditions (b), (g), (h), (i) and (j), and for criminal offence data, such as “Part 1, paragraph 2”."
        value={values.schedule1Condition}
        onChange={set('schedule1Condition')}
        error={errors?.schedule1Condition}
      />
      <Select
        id={FLOW_FIELD_IDS.cldcBasis}
        label="Common law duty of confidentiality basis"
        hint="Needed when it carries patient data."
        value={values.cldcBasis}
        onChange={pick('cldcBasis')}
        error={errors?.cldcBasis}
        options={optionsOf(CLDC_BASIS_LABELS, 'Not recorded')}
      />
      {values.cldcBasis === 's251-support' && (
        <TextInput
          id={FLOW_FIELD_IDS.cagReference}
          label="Confidentiality Advisory Group reference"
          hint="The reference of the s251 support, such as 21/CAG/0123."
          value={values.cagReference}
          onChange={set('cagReference')}
          error={errors?.cagReference}
          width={10}
        />
      )}
      <Select id={FLOW_FIELD_IDS.nationalDataOptOut} label="National data opt-out (optional)" value={values.nationalDataOptOut} onChange={pick('nationalDataOptOut')} error={errors?.nationalDataOptOut} options={optionsOf(OPT_OUT_LABELS, 'Not recorded')} />

      <Heading spaceAbove>How it travels</Heading>
      <Select id={FLOW_FIELD_IDS.transferMethod} label="How it is sent (optional)" value={values.transferMethod} onChange={pick('transferMethod')} error={errors?.transferMethod} options={optionsOf(TRANSFER_METHOD_LABELS, 'Not recorded')} />
      <Radios
        id={FLOW_FIELD_IDS.encryptedInTransit}
        legend="Is it encrypted in transit?"
        legendSize="s"
        value={values.encryptedInTransit}
        onChange={pick('encryptedInTransit')}
        error={errors?.encryptedInTransit}
        items={entries(TRANSIT_ENCRYPTION_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <Select id={FLOW_FIELD_IDS.frequency} label="How often (optional)" value={values.frequency} onChange={pick('frequency')} error={errors?.frequency} options={optionsOf(FREQUENCY_LABELS, 'Not recorded')} />

      <Heading spaceAbove>The agreement behind it</Heading>
      <Select id={FLOW_FIELD_IDS.agreementType} label="Agreement (optional)" value={values.agreementType} onChange={pick('agreementType')} error={errors?.agreementType} options={optionsOf(AGREEMENT_TYPE_LABELS, 'Not recorded')} />
      <TextInput id={FLOW_FIELD_IDS.agreementReference} label="Agreement reference (optional)" value={values.agreementReference} onChange={set('agreementReference')} error={errors?.agreementReference} width={20} />
      <TextInput
        id={FLOW_FIELD_IDS.agreementExpiresOn}
        label="Agreement expires (optional)"
        hint="The last day it holds."
        type="date"
        value={values.agreementExpiresOn}
        onChange={set('agreementExpiresOn')}
        error={errors?.agreementExpiresOn}
        width={10}
      />

      <Heading spaceAbove>Outside the UK</Heading>
      <Radios
        id={FLOW_FIELD_IDS.internationalTransfer}
        legend="Does the data leave the UK?"
        legendSize="s"
        value={values.internationalTransfer}
        onChange={(answer) => set('internationalTransfer')(answer === 'yes' ? 'yes' : 'no')}
        error={errors?.internationalTransfer}
        items={[
          {
            value: 'yes',
            label: 'Yes',
            conditional: (
              <>
                <TextInput id={FLOW_FIELD_IDS.destinationCountry} label="Which country (optional)" value={values.destinationCountry} onChange={set('destinationCountry')} error={errors?.destinationCountry} width={20} />
                <Select
                  id={FLOW_FIELD_IDS.transferSafeguard}
                  label="Transfer safeguard"
                  hint="What makes the transfer lawful (UK GDPR Chapter V)."
                  value={values.transferSafeguard}
                  onChange={pick('transferSafeguard')}
                  error={errors?.transferSafeguard}
                  options={optionsOf(TRANSFER_SAFEGUARD_LABELS, 'Not recorded')}
                />
              </>
            ),
          },
          { value: 'no', label: 'No' },
        ]}
      />

      <Heading spaceAbove>Keeping it</Heading>
      <TextInput id={FLOW_FIELD_IDS.retention} label="How long the data is kept (optional)" value={values.retention} onChange={set('retention')} error={errors?.retention} />
      <Textarea id={FLOW_FIELD_IDS.notes} label="Notes (optional)" value={values.notes} onChange={set('notes')} error={errors?.notes} rows={3} />
    </>
  );
}
