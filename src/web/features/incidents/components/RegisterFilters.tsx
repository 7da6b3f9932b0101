// The register's filters as a GET form: each choice is a named control, so a filtered register is an
// address that can be bookmarked or shared. Nothing changes until "Apply filters" (WCAG 3.2.2).
import { type FormEvent, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { GridColumn, GridRow } from '../../../components/Content';
import { Select } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import { Heading } from '../../../components/Typography';
import type { IncidentFilter } from '../api/get-incidents';
import { KIND_LABELS, SEVERITY_WORDS, STATUS_LABELS } from './words';

export const FILTER_NAMES = ['status', 'kind', 'severity', 'q'] as const;

export function RegisterFilters({ applied, action, onApply }: { applied: IncidentFilter; action: string; onApply: (params: URLSearchParams) => void }) {
  const [draft, setDraft] = useState<Record<(typeof FILTER_NAMES)[number], string>>({
    status: applied.status ?? '',
    kind: applied.kind ?? '',
    severity: applied.severity ?? '',
    q: applied.q ?? '',
  });
  const set = (name: (typeof FILTER_NAMES)[number]) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const anyApplied = FILTER_NAMES.some((name) => applied[name]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const name of FILTER_NAMES) if (draft[name].trim()) params.set(name, draft[name].trim());
    onApply(params);
  }

  function clear() {
    setDraft({ status: '', kind: '', severity: '', q: '' });
    onApply(new URLSearchParams());
  }

  return (
    <form className="app-filters" method="get" action={action} onSubmit={submit} noValidate role="search" aria-labelledby="incident-filters">
      <Heading level={2} size="s" id="incident-filters">
        Filter the incidents
      </Heading>
      <GridRow>
        <GridColumn width="one-quarter">
          <Select
            id="filter-status"
            name="status"
            label="Status"
            value={draft.status}
            onChange={set('status')}
            options={[{ value: '', text: 'Any status' }, { value: 'open', text: 'Open (not closed)' }, ...Object.entries(STATUS_LABELS).map(([value, text]) => ({ value, text }))]}
          />
        </GridColumn>
        <GridColumn width="one-quarter">
          <Select id="filter-kind" name="kind" label="Kind" value={draft.kind} onChange={set('kind')} options={[{ value: '', text: 'Any kind' }, ...Object.entries(KIND_LABELS).map(([value, text]) => ({ value, text }))]} />
        </GridColumn>
        <GridColumn width="one-quarter">
          <Select
            id="filter-severity"
            name="severity"
            label="Severity"
            value={draft.severity}
            onChange={set('severity')}
            options={[{ value: '', text: 'Any severity' }, ...Object.entries(SEVERITY_WORDS).map(([value, words]) => ({ value, text: words.text }))]}
          />
        </GridColumn>
        <GridColumn width="one-quarter">
          <TextInput id="filter-q" name="q" label="Words" type="search" value={draft.q} onChange={set('q')} />
        </GridColumn>
      </GridRow>
      <ButtonGroup>
        <Button variant="secondary">Apply filters</Button>
        {anyApplied && (
          <Button variant="secondary" type="button" onClick={clear}>
            Clear filters
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
