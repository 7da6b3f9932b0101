// When something happened, as a UK date and a time on the 24-hour clock (converted to an instant with
// its offset by wall-time.ts), and optionally whether it is an estimate. The fieldset carries the
// problem with the moment as a whole (out of order); the date or the time its own.
import { Checkboxes } from '../../../components/Checkboxes';
import { Fieldset } from '../../../components/Fieldset';
import { TextInput } from '../../../components/TextInput';

export interface DateTimeValue {
  date: string;
  time: string;
  estimated: boolean;
}

export const BLANK_DATE_TIME: DateTimeValue = { date: '', time: '', estimated: false };

/** The ids of the controls, for linking problems to them: the fieldset, its date and its time. */
export function dateTimeIds(id: string) {
  return { fieldset: id, date: `${id}-date`, time: `${id}-time` };
}

export function DateTimeFields({
  id,
  legend,
  hint,
  value,
  onChange,
  errors,
  withEstimate = false,
}: {
  id: string;
  legend: string;
  hint?: string;
  value: DateTimeValue;
  onChange: (value: DateTimeValue) => void;
  errors?: { whole?: string | undefined; date?: string | undefined; time?: string | undefined };
  withEstimate?: boolean;
}) {
  const ids = dateTimeIds(id);
  return (
    <Fieldset id={ids.fieldset} legend={legend} legendSize="s" hint={hint ?? 'UK time.'} error={errors?.whole}>
      <TextInput id={ids.date} label="Date" type="date" value={value.date} onChange={(date) => onChange({ ...value, date })} error={errors?.date} width={10} />
      <TextInput
        id={ids.time}
        label="Time"
        hint="On the 24-hour clock, for example 14:30."
        value={value.time}
        onChange={(time) => onChange({ ...value, time })}
        error={errors?.time}
        width={5}
        autoComplete="off"
      />
      {withEstimate && (
        <Checkboxes
          id={`${id}-estimated`}
          legend="How sure is this time?"
          legendSize="s"
          small
          items={[{ value: 'yes', label: 'This is an estimate' }]}
          values={value.estimated ? ['yes'] : []}
          onChange={(values) => onChange({ ...value, estimated: values.includes('yes') })}
        />
      )}
    </Fieldset>
  );
}
