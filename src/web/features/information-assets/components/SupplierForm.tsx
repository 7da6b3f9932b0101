// The supplier form's frame, for adding and for changing: the fields, then the button that sends them
// and a way back; and how a refusal is read, the API's certification fields named as the form's rows.
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { formProblems, type FormProblems, withFormFieldNames } from '../../../lib/form-problems';
import { SupplierFields, supplierFieldIds } from './SupplierFields';
import { certificationFieldOf, type SupplierValues } from './supplier-values';

/** A failed save as the form shows it: each problem beside its field, a certification's beside its row. */
export function supplierProblems(error: unknown, values: SupplierValues): FormProblems | null {
  return formProblems(withFormFieldNames(error, certificationFieldOf), supplierFieldIds(values.certifications.length));
}

export function SupplierForm({
  values,
  onChange,
  problems,
  submitLabel,
  busy,
  cancelTo,
  onSubmit,
}: {
  values: SupplierValues;
  onChange: (values: SupplierValues) => void;
  problems: FormProblems | null;
  submitLabel: string;
  busy: boolean;
  cancelTo: string;
  onSubmit: () => void;
}) {
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate>
      <SupplierFields values={values} onChange={onChange} errors={problems?.byField} />
      <ButtonGroup>
        <Button busy={busy}>{submitLabel}</Button>
        <Link to={cancelTo}>Cancel</Link>
      </ButtonGroup>
    </form>
  );
}
