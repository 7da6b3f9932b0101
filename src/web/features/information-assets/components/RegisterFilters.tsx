// The register's filters as a GET form: each choice is a named control, so a filtered register is an
// address that can be bookmarked or shared. Nothing changes until "Apply filters" (WCAG 3.2.2).
import { type FormEvent, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { GridColumn, GridRow } from '../../../components/Content';
import { Select, type SelectOption } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import { Heading } from '../../../components/Typography';
import { filterFromParams, isFiltered, paramsFromFilter, type RegisterFilter } from './register-filter';
import { ASSET_TYPE_LABELS, CRITICALITY_LABELS, entries } from './words';

interface Draft {
  type: string;
  criticality: string;
  supplierId: string;
  flagged: boolean;
  q: string;
}

export function RegisterFilters({ applied, action, suppliers, onApply }: { applied: RegisterFilter; action: string; suppliers: SelectOption[]; onApply: (params: URLSearchParams) => void }) {
  const [draft, setDraft] = useState<Draft>({
    type: applied.type ?? '',
    criticality: applied.criticality ?? '',
    supplierId: applied.supplierId ?? '',
    flagged: applied.flagged ?? false,
    q: applied.q ?? '',
  });
  const set = <K extends keyof Draft>(name: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [name]: value }));
  // A supplier named in the address but no longer in the list stays choosable, so the form shows what is applied.
  const supplierOptions = applied.supplierId && !suppliers.some((option) => option.value === applied.supplierId) ? [...suppliers, { value: applied.supplierId, text: 'A supplier no longer listed' }] : suppliers;

  function submit(event: FormEvent) {
    event.preventDefault();
    const params = new URLSearchParams({ type: draft.type, criticality: draft.criticality, supplierId: draft.supplierId, flagged: draft.flagged ? 'true' : '', q: draft.q });
    onApply(paramsFromFilter(filterFromParams(params)));
  }

  function clear() {
    setDraft({ type: '', criticality: '', supplierId: '', flagged: false, q: '' });
    onApply(new URLSearchParams());
  }

  return (
    <form className="app-filters" method="get" action={action} onSubmit={submit} noValidate role="search" aria-labelledby="asset-filters">
      <Heading level={2} size="s" id="asset-filters">
        Filter the register
      </Heading>
      <GridRow>
        <GridColumn width="one-quarter">
          <Select id="filter-type" name="type" label="Type" value={draft.type} onChange={set('type')} options={[{ value: '', text: 'Any type' }, ...entries(ASSET_TYPE_LABELS).map(([value, text]) => ({ value, text }))]} />
        </GridColumn>
        <GridColumn width="one-quarter">
          <Select
            id="filter-criticality"
            name="criticality"
            label="Criticality"
            value={draft.criticality}
            onChange={set('criticality')}
            options={[{ value: '', text: 'Any criticality' }, ...entries(CRITICALITY_LABELS).map(([value, text]) => ({ value, text }))]}
          />
        </GridColumn>
        <GridColumn width="one-quarter">
          <Select id="filter-supplier" name="supplierId" label="Supplier" value={draft.supplierId} onChange={set('supplierId')} options={[{ value: '', text: 'Any supplier' }, ...supplierOptions]} />
        </GridColumn>
        <GridColumn width="one-quarter">
          <TextInput id="filter-q" name="q" label="Words in the name or description" type="search" value={draft.q} onChange={set('q')} />
        </GridColumn>
      </GridRow>
      <Checkboxes
        id="filter-flagged"
        name="flagged"
        legend="Risk flags"
        legendSize="s"
        small
        values={draft.flagged ? ['true'] : []}
        onChange={(values) => set('flagged')(values.includes('true'))}
        items={[{ value: 'true', label: 'Only assets with a risk flag' }]}
      />
      <ButtonGroup>
        <Button variant="secondary">Apply filters</Button>
        {isFiltered(applied) && (
          <Button variant="secondary" type="button" onClick={clear}>
            Clear filters
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
