// The data flows' filters as a GET form: each choice is a named control, so a filtered list or map is
// an address that can be bookmarked or shared. Nothing changes until "Apply filters" (WCAG 3.2.2).
// The map shows the checks only; the list adds an asset and words.
import { type FormEvent, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { GridColumn, GridRow } from '../../../components/Content';
import { Select, type SelectOption } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import { Heading } from '../../../components/Typography';
import { FLOW_CHECK_LABELS, FLOW_CHECKS, type FlowCheck, type FlowFilter, isFlowFiltered } from './flow-filter';

export function FlowFilters({
  applied,
  action,
  assets,
  heading,
  onApply,
}: {
  applied: FlowFilter;
  action: string;
  /** The assets to choose among; without them, the form shows the checks only. */
  assets?: SelectOption[];
  heading: string;
  onApply: (filter: FlowFilter) => void;
}) {
  const [checks, setChecks] = useState<string[]>(applied.checks);
  const [assetId, setAssetId] = useState(applied.assetId ?? '');
  const [q, setQ] = useState(applied.q ?? '');
  const full = assets !== undefined;
  const assetOptions = assets && applied.assetId && !assets.some((option) => option.value === applied.assetId) ? [...assets, { value: applied.assetId, text: 'An asset no longer listed' }] : (assets ?? []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: FlowFilter = { checks: FLOW_CHECKS.filter((check) => checks.includes(check)) };
    if (full && assetId) next.assetId = assetId;
    if (full && q.trim()) next.q = q.trim();
    onApply(next);
  }

  function clear() {
    setChecks([]);
    setAssetId('');
    setQ('');
    onApply({ checks: [] });
  }

  return (
    <form className="app-filters" method="get" action={action} onSubmit={submit} noValidate role="search" aria-labelledby="flow-filters">
      <Heading level={2} size="s" id="flow-filters">
        {heading}
      </Heading>
      {full && (
        <GridRow>
          <GridColumn width="one-half">
            <Select id="filter-asset" name="assetId" label="Information asset at either end" value={assetId} onChange={setAssetId} options={[{ value: '', text: 'Any asset' }, ...assetOptions]} />
          </GridColumn>
          <GridColumn width="one-half">
            <TextInput id="filter-q" name="q" label="Words in the name, purpose or another organisation’s name" type="search" value={q} onChange={setQ} />
          </GridColumn>
        </GridRow>
      )}
      <Checkboxes
        id="filter-checks"
        legend="Only flows"
        legendSize="s"
        hint="Each one chosen narrows the flows further."
        small
        values={checks}
        onChange={setChecks}
        items={FLOW_CHECKS.map((check: FlowCheck) => ({ value: check, label: FLOW_CHECK_LABELS[check] }))}
      />
      <ButtonGroup>
        <Button variant="secondary">Apply filters</Button>
        {isFlowFiltered(applied) && (
          <Button variant="secondary" type="button" onClick={clear}>
            Clear filters
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
