// A labelled select with optional hint and error message, as NHS.UK markup.
import { classNames } from './class-names';
import { describedBy, type FieldProps, FormGroup } from './field-parts';

export interface SelectOption {
  value: string;
  text: string;
}

/** Options under a heading of their own (an optgroup). */
export interface SelectOptionGroup {
  group: string;
  options: SelectOption[];
}

export interface SelectProps extends FieldProps {
  options: Array<SelectOption | SelectOptionGroup>;
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
        {options.map((option) =>
          'group' in option ? (
            <optgroup key={option.group} label={option.group}>
              {option.options.map(renderOption)}
            </optgroup>
          ) : (
            renderOption(option)
          ),
        )}
      </select>
    </FormGroup>
  );
}

function renderOption(option: SelectOption) {
  return (
    <option key={option.value} value={option.value}>
      {option.text}
    </option>
  );
}
