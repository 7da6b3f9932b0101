// The day a page's figures are worked out for: a date box under a "Which day" heading, shown on its
// button. The page keeps the day in its address (the register's flags, training, directory findings).
import { type FormEvent, useState } from 'react';
import { Button } from './Button';
import { TextInput } from './TextInput';
import { Heading } from './Typography';

export function AsOfForm({ id, label, hint, button, asOf, error, onShow }: { id: string; label: string; hint: string; button: string; asOf: string; error: string | undefined; onShow: (day: string) => void }) {
  const [day, setDay] = useState(asOf);
  function submit(event: FormEvent) {
    event.preventDefault();
    onShow(day.trim());
  }
  return (
    <form className="app-filters" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading size="s" id={`${id}-heading`}>
        Which day
      </Heading>
      <TextInput id={id} name="asOf" label={label} hint={hint} type="date" value={day} onChange={setDay} error={error} width={10} />
      <Button variant="secondary">{button}</Button>
    </form>
  );
}
