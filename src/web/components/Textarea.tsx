// A labelled multi-line text box with optional hint and error message, as NHS.UK markup.
import { classNames } from './class-names';
import { describedBy, type FieldProps, FormGroup } from './field-parts';

export function Textarea({ id, name, label, labelSize, hint, error, value, onChange, className, rows = 5 }: FieldProps & { rows?: number }) {
  return (
    <FormGroup id={id} label={label} labelSize={labelSize} hint={hint} error={error} className={className}>
      <textarea
        className={classNames('nhsuk-textarea', error && 'nhsuk-textarea--error')}
        id={id}
        name={name ?? id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FormGroup>
  );
}
