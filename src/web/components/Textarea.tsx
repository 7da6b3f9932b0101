// A labelled multi-line text box with optional hint and error message, as NHS.UK markup.
import { classNames } from './class-names';
import { describedBy, type FieldProps, FormGroup } from './field-parts';

export interface TextareaProps extends FieldProps {
  rows?: number;
  spellCheck?: boolean;
}

export function Textarea({ id, name, label, labelSize, hint, error, value, onChange, rows = 5, spellCheck, className }: TextareaProps) {
  return (
    <FormGroup id={id} label={label} labelSize={labelSize} hint={hint} error={error} className={className}>
      <textarea
        className={classNames('nhsuk-textarea', error && 'nhsuk-textarea--error')}
        id={id}
        name={name ?? id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        spellCheck={spellCheck}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FormGroup>
  );
}
