// The staff register's filters as a GET form: each choice is a named control, so a filtered register
// is an address that can be bookmarked or shared. Nothing changes until "Apply filters" (WCAG 3.2.2).
// The day the register is shown for is kept; the page goes back to the first.
import { type FormEvent, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { GridColumn, GridRow } from '../../../components/Content';
import { Select } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import { Heading } from '../../../components/Typography';
import { isStaffFiltered, paramsFromStaffFilter, staffFilterFromParams, type StaffFilter } from './staff-filter';
import { entries, STAFF_FILTER_LABELS } from './words';

export function StaffFilters({ applied, action, onApply }: { applied: StaffFilter; action: string; onApply: (params: URLSearchParams) => void }) {
  const [draft, setDraft] = useState({ status: applied.status ?? '', department: applied.department ?? '', staffGroup: applied.staffGroup ?? '', q: applied.q ?? '' });
  const set = (name: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const asOf: Record<string, string> = applied.asOf ? { asOf: applied.asOf } : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(paramsFromStaffFilter(staffFilterFromParams(new URLSearchParams({ ...asOf, ...draft }))));
  }

  function clear() {
    setDraft({ status: '', department: '', staffGroup: '', q: '' });
    onApply(paramsFromStaffFilter(asOf));
  }

  return (
    <form className="app-filters" method="get" action={action} onSubmit={submit} noValidate role="search" aria-labelledby="staff-filters">
      <Heading level={2} size="s" id="staff-filters">
        Filter the register
      </Heading>
      <GridRow>
        <GridColumn width="one-quarter">
          <Select id="filter-status" name="status" label="Status" value={draft.status} onChange={set('status')} options={[{ value: '', text: 'Anyone' }, ...entries(STAFF_FILTER_LABELS).map(([value, text]) => ({ value, text }))]} />
        </GridColumn>
        <GridColumn width="one-quarter">
          <TextInput id="filter-department" name="department" label="Department" hint="Its whole name" value={draft.department} onChange={set('department')} />
        </GridColumn>
        <GridColumn width="one-quarter">
          <TextInput id="filter-staff-group" name="staffGroup" label="Staff group" hint="Its whole name" value={draft.staffGroup} onChange={set('staffGroup')} />
        </GridColumn>
        <GridColumn width="one-quarter">
          <TextInput id="filter-q" name="q" label="Name or employee number" hint="Part of either" type="search" value={draft.q} onChange={set('q')} />
        </GridColumn>
      </GridRow>
      <ButtonGroup>
        <Button variant="secondary">Apply filters</Button>
        {isStaffFiltered(applied) && (
          <Button variant="secondary" type="button" onClick={clear}>
            Clear filters
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
