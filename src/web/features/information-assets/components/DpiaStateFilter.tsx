// The DPIAs list's state filter as a GET form: the state is a named control, so a filtered list is an
// address that can be bookmarked or shared. Nothing changes until "Filter by state" (WCAG 3.2.2).
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { Select } from '../../../components/Select';
import { Heading } from '../../../components/Typography';
import type { DpiaState } from '../../../../contract/information-assets';
import { DPIA_STATE_WORDS } from './dpia-words';

export function DpiaStateFilter({ state, action, onApply }: { state: DpiaState | undefined; action: string; onApply: (state: string) => void }) {
  const [draft, setDraft] = useState<string>(state ?? '');
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }
  const options = [{ value: '', text: 'Any state' }, ...(Object.keys(DPIA_STATE_WORDS) as DpiaState[]).map((value) => ({ value, text: DPIA_STATE_WORDS[value].text }))];
  return (
    <form className="app-filters" method="get" action={action} onSubmit={submit} noValidate aria-labelledby="dpia-filters">
      <Heading size="s" id="dpia-filters">
        Filter the DPIAs
      </Heading>
      <Select id="filter-state" name="state" label="State" value={draft} onChange={setDraft} options={options} />
      <Button variant="secondary">Filter by state</Button>
    </form>
  );
}
