// The data flow form's frame, for adding and for changing: the fields (with the organisation's assets
// and suppliers to choose ends among), then the button that sends them and a way back.
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import type { FormProblems } from '../../../lib/form-problems';
import { useAssets } from '../api/get-assets';
import type { FlowDetail } from '../api/get-flow';
import { useSuppliers } from '../api/get-suppliers';
import { FlowFields } from './FlowFields';
import type { FlowValues } from './flow-values';

export function FlowForm({
  orgId,
  values,
  onChange,
  problems,
  submitLabel,
  busy,
  cancelTo,
  onSubmit,
  current,
}: {
  orgId: string;
  /** The flow being changed: an end no longer in the lists (an archived asset) stays choosable. */
  current?: FlowDetail;
  values: FlowValues;
  onChange: (values: FlowValues) => void;
  problems: FormProblems | null;
  submitLabel: string;
  busy: boolean;
  cancelTo: string;
  onSubmit: () => void;
}) {
  const assets = useAssets(orgId, {});
  const suppliers = useSuppliers(orgId);
  const options = (items: Array<{ id: string; name: string }> | undefined, kind: 'asset' | 'supplier') => {
    const listed = items?.map((item) => ({ value: item.id, text: item.name })) ?? [];
    const kept = [current?.from, current?.to].filter((end) => end?.kind === kind && end.id && !listed.some((option) => option.value === end.id));
    return [...listed, ...kept.map((end) => ({ value: end!.id!, text: `${end!.name}${end!.archived ? ' (archived)' : ''}` }))];
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate>
      <FlowFields values={values} onChange={onChange} errors={problems?.byField} assets={options(assets.data?.items, 'asset')} suppliers={options(suppliers.data?.items, 'supplier')} />
      <ButtonGroup>
        <Button busy={busy}>{submitLabel}</Button>
        <Link to={cancelTo}>Cancel</Link>
      </ButtonGroup>
    </form>
  );
}
