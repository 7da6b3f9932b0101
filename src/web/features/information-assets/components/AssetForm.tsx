// The asset form's frame, for adding and for changing: the fields, then the button that sends them
// and a way back. The pages decide what is sent and what a refusal shows.
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import type { SelectOption } from '../../../components/Select';
import type { FormProblems } from '../../../lib/form-problems';
import { useSuppliers } from '../api/get-suppliers';
import { AssetFields } from './AssetFields';
import type { AssetValues } from './asset-values';

export function AssetForm({
  orgId,
  values,
  onChange,
  problems,
  people,
  submitLabel,
  busy,
  cancelTo,
  onSubmit,
}: {
  orgId: string;
  values: AssetValues;
  onChange: (values: AssetValues) => void;
  problems: FormProblems | null;
  people: SelectOption[];
  submitLabel: string;
  busy: boolean;
  cancelTo: string;
  onSubmit: () => void;
}) {
  const suppliers = useSuppliers(orgId);
  const supplierOptions = suppliers.data?.items.map((supplier) => ({ value: supplier.id, text: supplier.name })) ?? [];
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate>
      <AssetFields values={values} onChange={onChange} errors={problems?.byField} people={people} suppliers={supplierOptions} />
      <ButtonGroup>
        <Button busy={busy}>{submitLabel}</Button>
        <Link to={cancelTo}>Cancel</Link>
      </ButtonGroup>
    </form>
  );
}
