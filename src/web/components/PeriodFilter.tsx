// A period of UK calendar days (from and to) kept in the page's address, so a view can be bookmarked
// or shared, with the small form that changes it. Either end left out of the address is `fallback`'s.
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from './Button';
import { GridColumn, GridRow } from './Content';
import { TextInput } from './TextInput';
import { Heading } from './Typography';

export interface Period {
  from: string;
  to: string;
}

/** The period in the address, and a way to put a new one there. */
export function usePeriodInAddress(fallback: Period): [Period, (period: Period) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const period = { from: searchParams.get('from') || fallback.from, to: searchParams.get('to') || fallback.to };
  function show(next: Period) {
    const params = new URLSearchParams();
    if (next.from.trim()) params.set('from', next.from.trim());
    if (next.to.trim()) params.set('to', next.to.trim());
    setSearchParams(params);
  }
  return [period, show];
}

/** "Period": from and to as date boxes, and "Show this period"; `ids` name the boxes for an error summary. */
export function PeriodFilter({ period, onShow, ids, errors }: { period: Period; onShow: (period: Period) => void; ids: Period; errors?: { from?: string | undefined; to?: string | undefined } | undefined }) {
  const [draft, setDraft] = useState(period);
  const headingId = `${ids.from}-period`;
  function submit(event: FormEvent) {
    event.preventDefault();
    onShow(draft);
  }
  return (
    <form className="app-filters" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Heading size="s" id={headingId}>
        Period
      </Heading>
      <GridRow>
        <GridColumn width="one-third">
          <TextInput id={ids.from} label="From" hint="On or after this day" type="date" value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} error={errors?.from} />
        </GridColumn>
        <GridColumn width="one-third">
          <TextInput id={ids.to} label="To" hint="On or before this day" type="date" value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} error={errors?.to} />
        </GridColumn>
      </GridRow>
      <Button variant="secondary">Show this period</Button>
    </form>
  );
}
