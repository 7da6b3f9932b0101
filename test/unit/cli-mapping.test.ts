// The command line's --map and --date-format flags as one column mapping.
import { describe, expect, it } from 'vitest';
import { mappingFrom } from '../../src/cli/commands/import.js';
import '../../src/modules/incidents/service.js';

describe('--map and --date-format', () => {
  it.each([
    ['a format with its own --map keeps the column named', ['contained=Containment time'], ['contained=DD/MM/YYYY HH:mm'], { contained: { column: 'Containment time', format: 'DD/MM/YYYY HH:mm' } }],
    ['a format without a --map reads the column under the field’s usual heading', [], ['contained=DD/MM/YYYY HH:mm'], { contained: { column: 'Contained', format: 'DD/MM/YYYY HH:mm' } }],
    ['a multi-word heading is the label, not the field', [], ['icoNotified=YYYY-MM-DD HH:mm'], { icoNotified: { column: 'ICO notified', format: 'YYYY-MM-DD HH:mm' } }],
    ['a field the kind does not have is left for the pipeline to name', [], ['nonsense=DD/MM/YYYY'], { nonsense: { column: '', format: 'DD/MM/YYYY' } }],
  ])('%s', (_, maps, formats, expected) => {
    expect(mappingFrom(maps, formats, 'incidents')).toEqual(expected);
  });

  it('refuses a flag without field=value', () => {
    expect(() => mappingFrom(['contained'], [], 'incidents')).toThrow(/--map takes field=value/);
  });
});
