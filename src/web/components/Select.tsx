// A labelled select with optional hint and error message, as NHS.UK markup.
import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, FormGroup } from './field-parts';

export interface SelectOption {
  value: string;
  text: string;
}

export interface SelectProps {
  id: string;
  name?: string;
  label: ReactNode;
  labelSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string | undefined;
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
  /** Render without the form-group wrapper's bottom margin, for inline controls. */
  className?: string;
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
