// A labelled select with optional hint and error message, as NHS.UK markup.
import { classNames } from './class-names';
import { describedBy, type FieldProps, FormGroup } from './field-parts';

export interface SelectOption {
  value: string;
  text: string;
}

export interface SelectProps extends FieldProps {
  options: SelectOption[];
}

export function Select({ id, name, label, labelSize, hint, error, options, value, onChange, className }: SelectProps) {
  return (
    <FormGroup id={id} label={label} labelSize={labelSize} hint={hint} error={error} className={className}>
      <select
        className={classNames('nhsuk-select', error && 'nhsuk-select--error')}
        id={id}
        name={name ?? id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
