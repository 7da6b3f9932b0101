// The workspace's filters as a GET form: every choice is a named control, so the filtered view is an
// address that can be bookmarked or shared, and the form works as plain HTML too.
import { type FormEvent, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { GridColumn, GridRow } from '../../../components/Content';
import { Select } from '../../../components/Select';
import { Heading } from '../../../components/Typography';
import type { Workspace } from '../api/get-workspace';
import { anyFilter, type OutcomeFilters } from './outcome-filters';
import { REVIEW_STATES } from './words';

export function OutcomesFilters({
  workspace,
  applied,
  action,
  onApply,
}: {
  workspace: Workspace;
  applied: OutcomeFilters;
  /** The page's own path, where the form sends its query. */
  action: string;
  onApply: (params: URLSearchParams) => void;
}) {
  const [draft, setDraft] = useState(applied);
  const set = (name: keyof OutcomeFilters) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const tops = workspace.outline.filter((entry) => entry.parentRef === null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const name of ['owner', 'review', 'objective', 'standing'] as const) if (draft[name]) params.set(name, draft[name]);
    if (draft.mine) params.set('mine', 'yes');
    onApply(params);
  }

  return (
    <form className="app-filters" method="get" action={action} onSubmit={submit} noValidate aria-labelledby="outcome-filters">
      <Heading level={2} size="s" id="outcome-filters">
        Filter the outcomes
      </Heading>
      <GridRow>
        <GridColumn width="one-quarter">
          <Select
            id="filter-owner"
            name="owner"
            label="Owner"
            value={draft.owner}
            onChange={set('owner')}
            options={[{ value: '', text: 'Anyone' }, { value: 'none', text: 'Unassigned' }, ...workspace.owners.map((o) => ({ value: o.id, text: o.name }))]}
          />
        </GridColumn>
        <GridColumn width="one-quarter">
          <Select
            id="filter-review"
            name="review"
            label="Review state"
            value={draft.review}
            onChange={set('review')}
            options={[{ value: '', text: 'Any' }, ...Object.entries(REVIEW_STATES).map(([value, text]) => ({ value, text }))]}
          />
        </GridColumn>
        <GridColumn width="one-quarter">
          <Select
            id="filter-objective"
            name="objective"
            label={tops[0]?.type === 'objective' ? 'Objective' : 'Part'}
            value={draft.objective}
            onChange={set('objective')}
            options={[{ value: '', text: 'All' }, ...tops.map((t) => ({ value: t.ref, text: `${t.ref} ${t.title}` }))]}
          />
        </GridColumn>
        <GridColumn width="one-quarter">
          <Select
            id="filter-standing"
            name="standing"
            label="Against the profile"
            value={draft.standing}
            onChange={set('standing')}
            options={[
              { value: '', text: 'Any' },
              { value: 'attention', text: 'Below the profile or unanswered' },
              { value: 'below', text: 'Below the profile' },
              { value: 'unanswered', text: 'Unanswered' },
            ]}
          />
        </GridColumn>
      </GridRow>
      <Checkboxes
        id="filter-mine"
        name="mine"
        legend="Whose"
        legendSize="s"
        small
        items={[{ value: 'yes', label: 'Only outcomes assigned to me' }]}
        values={draft.mine ? ['yes'] : []}
        onChange={(values) => setDraft((current) => ({ ...current, mine: values.includes('yes') }))}
      />
      <ButtonGroup>
        <Button variant="secondary">Apply filters</Button>
        {anyFilter(applied) && (
          <Button variant="secondary" type="button" onClick={() => onApply(new URLSearchParams())}>
            Clear filters
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
