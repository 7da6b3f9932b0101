// The fields that describe an incident, for recording one and for editing its details: what happened,
// how severe, what was affected, who owns it, and the reportability grid's two scores.
import { Checkboxes } from '../../../components/Checkboxes';
import { Radios } from '../../../components/Radios';
import { Select } from '../../../components/Select';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import type { Member } from '../api/get-owners';
import type { DetailValues } from './detail-values';
import { CIA_LABELS, DETECTION_SOURCE_LABELS, HARM_LABELS, KIND_LABELS, LIKELIHOOD_LABELS, SEVERITY_WORDS } from './words';

export const DETAIL_FIELD_IDS = {
  title: 'incident-title',
  kind: 'incident-kind',
  severity: 'incident-severity',
  cia: 'incident-cia',
  nis: 'incident-nis',
  detectionSource: 'incident-detection-source',
  description: 'incident-description',
  ownerId: 'incident-owner',
  breachLikelihood: 'incident-likelihood',
  breachHarm: 'incident-harm',
  recordsCount: 'incident-records',
  subjectsCount: 'incident-subjects-count',
  dataSubjects: 'incident-data-subjects',
};

const entries = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as Array<[K, string]>;

/** The first part of the form: what happened, down to who owns it. */
export function DescriptionFields({ values, onChange, errors, members, me }: DetailFieldProps) {
  const set = <K extends keyof DetailValues>(field: K) => (value: DetailValues[K]) => onChange({ ...values, [field]: value });
  const people = members?.filter((m) => m.status === 'active').map((m) => ({ value: m.userId, text: m.name })) ?? (me ? [{ value: me.id, text: `${me.name} (you)` }] : []);
  // Keep the current owner choosable even when they are not in the list offered.
  if (values.ownerId && !people.some((p) => p.value === values.ownerId)) people.unshift({ value: values.ownerId, text: 'The current owner' });
  return (
    <>
      <TextInput id={DETAIL_FIELD_IDS.title} label="Title" hint="A few words that say what happened, such as “Ransomware on the radiology file server”." value={values.title} onChange={set('title')} error={errors?.title} />
      <Radios
        id={DETAIL_FIELD_IDS.kind}
        legend="Kind of incident"
        legendSize="s"
        value={values.kind}
        onChange={(value) => set('kind')(value as DetailValues['kind'])}
        error={errors?.kind}
        items={entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <Radios
        id={DETAIL_FIELD_IDS.severity}
        legend="Severity"
        legendSize="s"
        hint="How badly it affects services: this sets the response targets."
        value={values.severity}
        onChange={(value) => set('severity')(value as DetailValues['severity'])}
        error={errors?.severity}
        items={(Object.keys(SEVERITY_WORDS) as Array<keyof typeof SEVERITY_WORDS>).map((value) => ({ value, label: SEVERITY_WORDS[value].text }))}
      />
      <Checkboxes
        id={DETAIL_FIELD_IDS.cia}
        legend="What was affected (optional)"
        legendSize="s"
        hint="Select all that apply."
        small
        values={values.cia}
        onChange={(chosen) => set('cia')(chosen as DetailValues['cia'])}
        error={errors?.cia}
        items={entries(CIA_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <Radios
        id={DETAIL_FIELD_IDS.nis}
        legend="Is it a NIS incident?"
        legendSize="s"
        hint="One that disrupts an essential service under the Network and Information Systems Regulations: the NIS authority must be told within 72 hours."
        value={values.nis}
        onChange={(value) => set('nis')(value === 'yes' ? 'yes' : 'no')}
        error={errors?.nis}
        items={[
          { value: 'no', label: 'No' },
          { value: 'yes', label: 'Yes' },
        ]}
      />
      <Select
        id={DETAIL_FIELD_IDS.detectionSource}
        label="How it was detected (optional)"
        value={values.detectionSource}
        onChange={(value) => set('detectionSource')(value as DetailValues['detectionSource'])}
        error={errors?.detectionSource}
        options={[{ value: '', text: 'Not known yet' }, ...entries(DETECTION_SOURCE_LABELS).map(([value, text]) => ({ value, text }))]}
      />
      <Textarea id={DETAIL_FIELD_IDS.description} label="Description (optional)" hint="What is known so far: systems, services and people affected." value={values.description} onChange={set('description')} error={errors?.description} rows={4} />
      <Select
        id={DETAIL_FIELD_IDS.ownerId}
        label="Owner (optional)"
        hint="The person who leads the response."
        value={values.ownerId}
        onChange={set('ownerId')}
        error={errors?.ownerId}
        options={[{ value: '', text: 'No owner yet' }, ...people]}
      />
    </>
  );
}

/** The second part: the ICO grid's two scores, and how many records and people. */
export function HarmFields({ values, onChange, errors }: DetailFieldProps) {
  const set = <K extends keyof DetailValues>(field: K) => (value: DetailValues[K]) => onChange({ ...values, [field]: value });
  const scale = (labels: readonly string[]) => [{ value: '', label: 'Not graded yet' }, ...labels.map((label, index) => ({ value: String(index + 1), label: `${index + 1}: ${label}` }))];
  return (
    <>
      <Radios
        id={DETAIL_FIELD_IDS.breachLikelihood}
        legend="Likelihood that people’s information has been affected"
        legendSize="s"
        hint="The first axis of the grid for deciding whether to tell the ICO."
        value={values.breachLikelihood}
        onChange={set('breachLikelihood')}
        error={errors?.breachLikelihood}
        items={scale(LIKELIHOOD_LABELS)}
      />
      <Radios
        id={DETAIL_FIELD_IDS.breachHarm}
        legend="Severity of the harm to the people affected"
        legendSize="s"
        hint="The grid’s second axis."
        value={values.breachHarm}
        onChange={set('breachHarm')}
        error={errors?.breachHarm}
        items={scale(HARM_LABELS)}
      />
      <TextInput id={DETAIL_FIELD_IDS.recordsCount} label="Number of records affected (optional)" value={values.recordsCount} onChange={set('recordsCount')} error={errors?.recordsCount} width={10} inputMode="numeric" />
      <TextInput id={DETAIL_FIELD_IDS.subjectsCount} label="Number of people affected (optional)" value={values.subjectsCount} onChange={set('subjectsCount')} error={errors?.subjectsCount} width={10} inputMode="numeric" />
      <TextInput
        id={DETAIL_FIELD_IDS.dataSubjects}
        label="Groups of people affected (optional)"
        hint="Separated by commas, for example: patients, staff, visitors."
        value={values.dataSubjects}
        onChange={set('dataSubjects')}
        error={errors?.dataSubjects}
      />
    </>
  );
}

export interface DetailFieldProps {
  values: DetailValues;
  onChange: (values: DetailValues) => void;
  errors: Record<string, string> | undefined;
  /** The people who may own it; when not known, the person can choose themselves or nobody. */
  members?: Member[] | undefined;
  me?: { id: string; name: string } | undefined;
}
