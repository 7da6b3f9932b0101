// The controller's and DPO's details for the record of processing (Art 30(1)(a)): each a box of its
// own, every one optional, sent whole; and how a refusal is read, each problem beside its box.
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { formProblems, type FormProblems } from '../../../lib/form-problems';
import { ROPA_DETAILS_LABELS, type RopaDetailsField, type RopaDetailsValues } from './ropa-values';

export const ROPA_DETAILS_FIELD_IDS: Record<RopaDetailsField, string> = {
  controllerContact: 'ropa-controller-contact',
  dpoName: 'ropa-dpo-name',
  dpoContact: 'ropa-dpo-contact',
  representative: 'ropa-representative',
  jointControllers: 'ropa-joint-controllers',
};

/** A failed save as the form shows it: each problem beside its box, in the summary in page order. */
export function ropaDetailsProblems(error: unknown): FormProblems | null {
  return formProblems(error, ROPA_DETAILS_FIELD_IDS);
}

export function RopaDetailsForm({
  values,
  onChange,
  problems,
  busy,
  cancelTo,
  onSubmit,
}: {
  values: RopaDetailsValues;
  onChange: (values: RopaDetailsValues) => void;
  problems: FormProblems | null;
  busy: boolean;
  cancelTo: string;
  onSubmit: () => void;
}) {
  const set = (field: RopaDetailsField) => (value: string) => onChange({ ...values, [field]: value });
  const ids = ROPA_DETAILS_FIELD_IDS;
  const errors = problems?.byField;
  const label = (field: RopaDetailsField) => `${ROPA_DETAILS_LABELS[field]} (optional)`;
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate>
      <Textarea id={ids.controllerContact} label={label('controllerContact')} hint="How to reach the organisation about its processing: a postal address, a telephone number, an email." value={values.controllerContact} onChange={set('controllerContact')} error={errors?.controllerContact} rows={4} />
      <TextInput id={ids.dpoName} label={label('dpoName')} hint="Left blank, the record names the people holding the DPO role here." value={values.dpoName} onChange={set('dpoName')} error={errors?.dpoName} autoComplete="off" />
      <Textarea id={ids.dpoContact} label={label('dpoContact')} hint="An address, telephone number or email that reaches the DPO, such as a shared mailbox." value={values.dpoContact} onChange={set('dpoContact')} error={errors?.dpoContact} rows={3} />
      <Textarea id={ids.representative} label={label('representative')} hint="Only for a controller outside the UK; a Trust seldom has one." value={values.representative} onChange={set('representative')} error={errors?.representative} rows={3} />
      <Textarea id={ids.jointControllers} label={label('jointControllers')} hint="Any organisation deciding with this one why and how the data is used, by name and contact." value={values.jointControllers} onChange={set('jointControllers')} error={errors?.jointControllers} rows={3} />
      <ButtonGroup>
        <Button busy={busy}>Save the details</Button>
        <Link to={cancelTo}>Cancel</Link>
      </ButtonGroup>
    </form>
  );
}
