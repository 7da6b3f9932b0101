// A search box for identifiers (B2.a, 4.1) or words. The search lives in the address, so it can be shared.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { TextInput } from '../../../components/TextInput';

export function NodeSearchForm({ initial, label, hint, onSearch }: { initial: string; label: string; hint: string; onSearch: (q: string) => void }) {
  const [draft, setDraft] = useState(initial);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(draft.trim());
  }
  return (
    <form className="app-filters" role="search" onSubmit={submit} noValidate aria-label={label}>
      <TextInput id="catalogue-search" label={label} hint={hint} type="search" value={draft} onChange={setDraft} spellCheck={false} autoComplete="off" width={20} />
      <Button variant="secondary">Search</Button>
    </form>
  );
}
