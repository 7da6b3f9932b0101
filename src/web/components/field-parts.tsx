// The label, hint and error message shared by every form field, wired up with aria-describedby.
import type { ReactNode } from 'react';
import { classNames } from './class-names';

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="nhsuk-hint" id={id}>
      {children}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error: </span>
      {children}
    </span>
  );
}

/** The ids a field's aria-describedby should list: its hint, then its error. */
export function describedBy(id: string, hint: ReactNode, error: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** What every single-value form control takes: its id, words around it, and its value. */
export interface FieldProps {
  id: string;
  name?: string;
  label: ReactNode;
  labelSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** Extra classes on the form group, such as one without the bottom margin for inline controls. */
  className?: string;
}

/** The NHS.UK form group around one control: label, hint and error, then the control itself. */
export function FormGroup(props: {
  id: string;
  label: ReactNode;
  labelSize?: 's' | 'm' | 'l' | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string | undefined;
  children: ReactNode;
}) {
  const { id, label, labelSize, hint, error, className, children } = props;
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error', className)}>
      <label className={classNames('nhsuk-label', labelSize && `nhsuk-label--${labelSize}`)} htmlFor={id}>
        {label}
      </label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      {children}
    </div>
  );
}
