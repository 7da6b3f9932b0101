// The ODS code and DSPT category fields, as both the add and the change forms ask for them.
import { Select } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import type { Reference } from '../../../lib/reference';

interface Field {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

export function OdsAndDsptFields({ odsCode, dsptCategory, reference, odsHint, dsptHint }: { odsCode: Field; dsptCategory: Field; reference: Reference; odsHint: string; dsptHint: string }) {
  return (
    <>
      <TextInput
        id={odsCode.id}
        label="ODS code (optional)"
        hint={odsHint}
        value={odsCode.value}
        onChange={odsCode.onChange}
        width={10}
        code
        spellCheck={false}
        autoComplete="off"
        error={odsCode.error}
      />
      <Select
        id={dsptCategory.id}
        label="DSPT category (optional)"
        hint={dsptHint}
        options={[{ value: '', text: 'Not set' }, ...reference.dsptCategories.map((item) => ({ value: item.id, text: item.label }))]}
        value={dsptCategory.value}
        onChange={dsptCategory.onChange}
        error={dsptCategory.error}
      />
    </>
  );
}
