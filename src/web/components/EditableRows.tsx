// A list edited row by row (an exercise's objectives and injects, a supplier's certifications): each
// row its own small group named by its number, with a button to remove it, and one to add another.
import type { ReactNode } from 'react';
import { Button } from './Button';
import { Fieldset } from './Fieldset';
import { VisuallyHidden } from './Typography';

export function EditableRows<Row>({
  id,
  legend,
  legendSize = 'm',
  hint,
  error,
  noun,
  rows,
  blank,
  onChange,
  renderRow,
}: {
  id: string;
  legend: string;
  legendSize?: 's' | 'm';
  hint?: ReactNode;
  error?: string | undefined;
  /** What one row is, for its legend and buttons: "inject" gives "Inject 2" and "Add an inject". */
  noun: { one: string; article: 'a' | 'an' };
  rows: Row[];
  blank: Row;
  onChange: (rows: Row[]) => void;
  renderRow: (row: Row, update: (row: Row) => void, rowId: string, name: string) => ReactNode;
}) {
  const name = (index: number) => `${noun.one[0]!.toUpperCase()}${noun.one.slice(1)} ${index + 1}`;
  return (
    <Fieldset id={id} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      {rows.map((row, index) => (
        // Rows have no identity of their own until sent; their place is their identity here.
        <Fieldset key={index} id={`${id}-${index + 1}`} legend={name(index)} legendSize="s">
          {renderRow(row, (next) => onChange(rows.map((current, at) => (at === index ? next : current))), `${id}-${index + 1}`, name(index).toLowerCase())}
          <Button type="button" variant="secondary" small onClick={() => onChange(rows.filter((_, at) => at !== index))}>
            Remove<VisuallyHidden> {name(index).toLowerCase()}</VisuallyHidden>
          </Button>
        </Fieldset>
      ))}
      <Button type="button" variant="secondary" onClick={() => onChange([...rows, blank])}>
        Add {noun.article} {noun.one}
      </Button>
    </Fieldset>
  );
}
