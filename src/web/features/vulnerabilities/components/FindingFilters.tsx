// The findings list's filters as a GET form: each choice is a named control, so a filtered list is an
// address that can be bookmarked or shared. Nothing changes until "Apply filters" (WCAG 3.2.2); the
// list goes back to its first page. An asset chosen from its own page stays until cleared.
import { type FormEvent, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { GridColumn, GridRow } from '../../../components/Content';
import { Select } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import { Heading } from '../../../components/Typography';
import { type FindingFilter, findingFilterFromParams, isFindingFiltered, paramsFromFindingFilter } from './finding-filter';
import { SEVERITY_LABELS, SEVERITY_ORDER, STATE_LABELS, STATE_ORDER } from './words';

export const FILTER_IDS = { asOf: 'filter-as-of', state: 'filter-state', severity: 'filter-severity', host: 'filter-host', cveId: 'filter-cve', kevListed: 'filter-kev', knownRansomwareUse: 'filter-ransomware', pastDue: 'filter-past-due' };

type Draft = Record<'asOf' | 'state' | 'severity' | 'host' | 'cveId' | 'kevListed' | 'knownRansomwareUse' | 'pastDue', string>;

function draftOf(filter: FindingFilter): Draft {
  return {
    asOf: filter.asOf ?? '',
    state: filter.state ?? '',
    severity: filter.severity ?? '',
    host: filter.host ?? '',
    cveId: filter.cveId ?? '',
    kevListed: filter.kevListed ?? '',
    knownRansomwareUse: filter.knownRansomwareUse ?? '',
    pastDue: filter.pastDue ?? '',
  };
}

export function FindingFilters({ applied, action, errors, onApply }: { applied: FindingFilter; action: string; errors?: Record<string, string> | undefined; onApply: (params: URLSearchParams) => void }) {
  const [draft, setDraft] = useState(() => draftOf(applied));
  const set = (name: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const kept: Record<string, string> = applied.assetId ? { assetId: applied.assetId } : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(paramsFromFindingFilter(findingFilterFromParams(new URLSearchParams({ ...kept, ...draft }))));
  }

  function clear() {
    setDraft(draftOf({ ...(applied.asOf ? { asOf: applied.asOf } : {}) }));
    onApply(paramsFromFindingFilter(applied.asOf ? { asOf: applied.asOf } : {}));
  }

  const any = { value: '', text: 'Any' };
  return (
    <form className="app-filters" method="get" action={action} onSubmit={submit} noValidate role="search" aria-labelledby="finding-filters">
      <Heading level={2} size="s" id="finding-filters">
        Filter the findings
      </Heading>
      <GridRow>
        <GridColumn width="one-quarter">
          <Select id={FILTER_IDS.state} name="state" label="State" value={draft.state} onChange={set('state')} options={[any, ...STATE_ORDER.map((value) => ({ value, text: STATE_LABELS[value] }))]} />
        </GridColumn>
        <GridColumn width="one-quarter">
          <Select id={FILTER_IDS.severity} name="severity" label="Severity" value={draft.severity} onChange={set('severity')} options={[any, ...SEVERITY_ORDER.map((value) => ({ value, text: SEVERITY_LABELS[value] }))]} />
        </GridColumn>
        <GridColumn width="one-quarter">
          <TextInput id={FILTER_IDS.host} name="host" label="Host" hint="Its whole name or IP address" value={draft.host} onChange={set('host')} error={errors?.host} spellCheck={false} />
        </GridColumn>
        <GridColumn width="one-quarter">
          <TextInput id={FILTER_IDS.cveId} name="cveId" label="CVE" hint="Such as CVE-2024-3400" value={draft.cveId} onChange={set('cveId')} error={errors?.cveId} spellCheck={false} />
        </GridColumn>
      </GridRow>
      <GridRow>
        <GridColumn width="one-quarter">
          <Select
            id={FILTER_IDS.kevListed}
            name="kevListed"
            label="Known exploited"
            value={draft.kevListed}
            onChange={set('kevListed')}
            options={[any, { value: 'true', text: 'Listed in the catalogue' }, { value: 'false', text: 'Not listed' }]}
          />
        </GridColumn>
        <GridColumn width="one-quarter">
          <Select
            id={FILTER_IDS.knownRansomwareUse}
            name="knownRansomwareUse"
            label="Ransomware use"
            value={draft.knownRansomwareUse}
            onChange={set('knownRansomwareUse')}
            options={[any, { value: 'true', text: 'Known' }, { value: 'false', text: 'Not known' }]}
          />
        </GridColumn>
        <GridColumn width="one-quarter">
          <Select id={FILTER_IDS.pastDue} name="pastDue" label="Deadline" value={draft.pastDue} onChange={set('pastDue')} options={[any, { value: 'true', text: 'Open and past due' }]} />
        </GridColumn>
        <GridColumn width="one-quarter">
          <TextInput id={FILTER_IDS.asOf} name="asOf" label="Deadlines as of" hint="Today if blank" type="date" value={draft.asOf} onChange={set('asOf')} error={errors?.asOf} width={10} />
        </GridColumn>
      </GridRow>
      <ButtonGroup>
        <Button variant="secondary">Apply filters</Button>
        {isFindingFiltered(applied) && (
          <Button variant="secondary" type="button" onClick={clear}>
            Clear filters
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
