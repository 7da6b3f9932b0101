// A labelled file input with optional hint and error message, as NHS.UK markup (the browser's own
// chooser, which every assistive technology knows).
import type { ReactNode } from 'react';
import { describedBy, FormGroup } from './field-parts';

export interface FileUploadProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** File types to offer first, e.g. ".yaml,.yml,.json". */
  accept?: string;
  onChange: (file: File | null) => void;
}

export function FileUpload({ id, label, hint, error, accept, onChange }: FileUploadProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        className="nhsuk-file-upload__input"
        id={id}
        name={id}
        type="file"
        accept={accept}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FormGroup>
  );
}
