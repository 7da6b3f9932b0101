import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { rowFrom, rowIdOf, rowProblems, rowValuesOf } from './end-of-support-form';

const ROW = {
  id: 'windows-server-2012-r2',
  product: 'Windows Server',
  version: '2012 R2',
  names: ['windows server 2012 r2', 'windows 2012 r2'],
  except: [],
  endOfSupport: '2023-10-10',
  support: 'extended support',
  source: 'https://learn.microsoft.com/lifecycle/products/windows-server-2012-r2',
  origin: 'built-in' as const,
};

describe('the end-of-support row form', () => {
  it('shows a row’s phrases one to a line and sends them back as they were', () => {
    const values = rowValuesOf(ROW);
    expect(values.names).toBe('windows server 2012 r2\nwindows 2012 r2');
    const { origin: _origin, ...sent } = ROW;
    expect(rowFrom(values, ROW.id)).toEqual(sent);
  });

  it('trims what is typed and drops blank lines', () => {
    const row = rowFrom({ product: ' Ubuntu ', version: '20.04 LTS', names: 'ubuntu 20 04\r\n\r\n  ubuntu 20.04 \n', except: ' ', endOfSupport: '2025-05-31 ', support: 'standard support', source: 'https://ubuntu.com/about/release-cycle' }, null);
    expect(row).toEqual({
      id: 'ubuntu-20-04-lts',
      product: 'Ubuntu',
      version: '20.04 LTS',
      names: ['ubuntu 20 04', 'ubuntu 20.04'],
      except: [],
      endOfSupport: '2025-05-31',
      support: 'standard support',
      source: 'https://ubuntu.com/about/release-cycle',
    });
  });

  it.each([
    ['Windows Server', '2012 R2', 'windows-server-2012-r2'],
    ['  Red Hat Enterprise Linux ', '7', 'red-hat-enterprise-linux-7'],
    ['SQL Server', '2008 (SP4)', 'sql-server-2008-sp4'],
    ['', '', ''],
  ])('a new row for “%s” “%s” has the id %s', (product, version, id) => {
    expect(rowIdOf(product, version)).toBe(id);
  });

  it('puts a problem with the made-up id beside the product, and the others beside their fields', () => {
    const refused = new ApiError({
      status: 422,
      title: 'Invalid',
      detail: 'The end-of-support row cannot be saved',
      errors: [
        { field: 'source', message: 'source must be the web address…' },
        { field: 'id', message: 'id must be…' },
      ],
    });
    const problems = rowProblems(refused)!;
    expect(problems.items).toEqual([
      { text: 'id must be…', fieldId: 'row-product' },
      { text: 'source must be the web address…', fieldId: 'row-source' },
    ]);
    expect(problems.byField.source).toBe('source must be the web address…');
  });
});
