// One end of a data flow, chosen as one of the organisation's information assets, one of its
// suppliers, or another organisation by name: radios, each revealing its own select or text box.
import { Radios } from '../../../components/Radios';
import { Select, type SelectOption } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import type { EndValues } from './flow-values';

export function flowEndIds(id: string) {
  return { choice: id, asset: `${id}-asset`, supplier: `${id}-supplier`, party: `${id}-party` };
}

export function FlowEndChoice({
  id,
  legend,
  hint,
  value,
  onChange,
  error,
  assets,
  suppliers,
}: {
  id: string;
  legend: string;
  hint: string;
  value: EndValues;
  onChange: (value: EndValues) => void;
  error: string | undefined;
  assets: SelectOption[];
  suppliers: SelectOption[];
}) {
  const ids = flowEndIds(id);
  const set = (change: Partial<EndValues>) => onChange({ ...value, ...change });
  return (
    <Radios
      id={ids.choice}
      name={id}
      legend={legend}
      legendSize="s"
      hint={hint}
      value={value.kind}
      onChange={(kind) => set({ kind: kind as EndValues['kind'] })}
      error={error}
      items={[
        {
          value: 'asset',
          label: 'One of the organisation’s information assets',
          conditional: <Select id={ids.asset} label="Which information asset" value={value.assetId} onChange={(assetId) => set({ assetId })} options={[{ value: '', text: 'Choose an asset' }, ...assets]} />,
        },
        {
          value: 'supplier',
          label: 'One of its suppliers',
          conditional: <Select id={ids.supplier} label="Which supplier" value={value.supplierId} onChange={(supplierId) => set({ supplierId })} options={[{ value: '', text: 'Choose a supplier' }, ...suppliers]} />,
        },
        {
          value: 'party',
          label: 'Another organisation',
          conditional: <TextInput id={ids.party} label="The organisation’s name" hint="Such as “GP practices in Northshire” or “NHS England”." value={value.party} onChange={(party) => set({ party })} />,
        },
      ]}
    />
  );
}
