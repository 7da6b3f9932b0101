// The accounts list's filters as a GET form, kept in the address. Nothing changes until "Apply
// filters" (WCAG 3.2.2); the day is kept and the page goes back to the first.
import { type FormEvent, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { GridColumn, GridRow } from '../../../components/Content';
import { Select, type SelectOption } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import { Heading } from '../../../components/Typography';
import { ACCOUNT_STATES, accountFilterFromParams, isAccountFiltered, paramsFromAccountFilter, type AccountFilter } from './account-filter';
import { ACCOUNT_KIND_LABELS, entries, FINDING_LABELS } from './words';

const EMPTY = { directory: '', kind: '', finding: '', state: '', q: '' };

export function AccountFilters({ applied, action, directories, onApply }: { applied: AccountFilter; action: string; directories: SelectOption[]; onApply: (params: URLSearchParams) => void }) {
  const [draft, setDraft] = useState({ directory: applied.directory ?? '', kind: applied.kind ?? '', finding: applied.finding ?? '', state: applied.state ?? '', q: applied.q ?? '' });
  const set = (name: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const asOf: Record<string, string> = applied.asOf ? { asOf: applied.asOf } : {};
  // A directory named in the address but no longer listed stays choosable, so the form shows what is applied.
  const directoryOptions = applied.directory && !directories.some((option) => option.value === applied.directory) ? [...directories, { value: applied.directory, text: 'A directory no longer listed' }] : directories;

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(paramsFromAccountFilter(accountFilterFromParams(new URLSearchParams({ ...asOf, ...draft }))));
  }

  function clear() {
    setDraft(EMPTY);
    onApply(paramsFromAccountFilter(asOf));
  }

  return (
    <form className="app-filters" method="get" action={action} onSubmit={submit} noValidate role="search" aria-labelledby="account-filters">
      <Heading level={2} size="s" id="account-filters">
        Filter the accounts
      </Heading>
      <GridRow>
        <GridColumn width="one-third">
          <Select id="filter-directory" name="directory" label="Directory" value={draft.directory} onChange={set('directory')} options={[{ value: '', text: 'Any directory' }, ...directoryOptions]} />
        </GridColumn>
        <GridColumn width="one-third">
          <Select id="filter-kind" name="kind" label="Kind of account" value={draft.kind} onChange={set('kind')} options={[{ value: '', text: 'Any kind' }, ...entries(ACCOUNT_KIND_LABELS).map(([value, text]) => ({ value, text }))]} />
        </GridColumn>
        <GridColumn width="one-third">
          <Select id="filter-finding" name="finding" label="Finding" value={draft.finding} onChange={set('finding')} options={[{ value: '', text: 'Any or none' }, ...entries(FINDING_LABELS).map(([value, text]) => ({ value, text }))]} />
        </GridColumn>
      </GridRow>
      <GridRow>
        <GridColumn width="one-third">
          <Select
            id="filter-state"
            name="state"
            label="In the directory"
            value={draft.state}
            onChange={set('state')}
            options={entries(ACCOUNT_STATES).map(([value, text]) => ({ value: value === 'present' ? '' : value, text }))}
          />
        </GridColumn>
        <GridColumn width="two-thirds">
          <TextInput id="filter-q" name="q" label="Account name, display name or employee ID" hint="Part of any" type="search" value={draft.q} onChange={set('q')} />
        </GridColumn>
      </GridRow>
      <ButtonGroup>
        <Button variant="secondary">Apply filters</Button>
        {isAccountFiltered(applied) && (
          <Button variant="secondary" type="button" onClick={clear}>
            Clear filters
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
