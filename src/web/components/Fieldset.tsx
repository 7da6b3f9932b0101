// A fieldset grouping several controls under one legend, with a hint and an error message for the
// group as a whole (such as "choose at least one scope" over several groups of checkboxes).
import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, ErrorMessage, Hint } from './field-parts';

export function Fieldset({
  id,
  legend,
  legendSize = 'm',
  hint,
  error,
  children,
}: {
  /** Its error message and hint are named after it, and an error summary link lands on it. */
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" id={id} tabIndex={-1} aria-describedby={describedBy(id, hint, error)}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        {children}
      </fieldset>
    </div>
  );
}
