// A labelled text input with optional hint and error message, as NHS.UK markup.
import type { HTMLInputAutoCompleteAttribute } from 'react';
import { classNames } from './class-names';
import { describedBy, type FieldProps, FormGroup } from './field-parts';

export interface TextInputProps extends FieldProps {
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  spellCheck?: boolean;
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  code?: boolean;
  /** The on-screen keyboard to offer: 'numeric' for one-time codes and numbers of days. */
  inputMode?: 'text' | 'numeric' | 'email';
}

export function TextInput({
  id,
  name,
  label,
  labelSize,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  autoComplete,
  spellCheck,
  width,
  code,
  inputMode,
  className,
}: TextInputProps) {
  return (
    <FormGroup id={id} label={label} labelSize={labelSize} hint={hint} error={error} className={className}>
      <input
        className={classNames(
          'nhsuk-input',
          width && `nhsuk-input--width-${width}`,
          code && 'nhsuk-input--code',
          error && 'nhsuk-input--error',
        )}
        id={id}
        name={name ?? id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        inputMode={inputMode}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FormGroup>
  );
}
