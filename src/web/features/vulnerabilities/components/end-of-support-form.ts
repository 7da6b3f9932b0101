// The end-of-support row form: the fields as typed (the phrases scanners write one to a line), sent
// whole for the API to check, which names each bad field; its problems placed beside their inputs.
import type { EndOfSupportRowView, EndOfSupportTableView } from '../../../../contract/vulnerabilities';
import { formProblems, type FormProblems } from '../../../lib/form-problems';
import { type StaleChange, staleChangeOf } from '../../../lib/versioned-save';

/** A row to put in place, or a built-in row taken out. */
export type EndOfSupportEdit = Omit<EndOfSupportRowView, 'origin'> | { id: string; removed: true };

export const ROW_FIELDS = ['product', 'version', 'names', 'except', 'endOfSupport', 'support', 'source'] as const;
export type RowField = (typeof ROW_FIELDS)[number];
export type RowValues = Record<RowField, string>;

export const rowFieldId = (field: RowField) => `row-${field}`;

export const EMPTY_ROW: RowValues = { product: '', version: '', names: '', except: '', endOfSupport: '', support: 'extended support', source: '' };

export function rowValuesOf(row: EndOfSupportRowView): RowValues {
  return { product: row.product, version: row.version, names: row.names.join('\n'), except: row.except.join('\n'), endOfSupport: row.endOfSupport, support: row.support, source: row.source };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * A new row's id from its product and version ("Windows Server" "2012 R2" → windows-server-2012-r2),
 * the form the table's ids take.
 */
export function rowIdOf(product: string, version: string): string {
  return `${product} ${version}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The row to send: an existing row keeps its id (so an edit replaces it), a new one takes one from its names. */
export function rowFrom(values: RowValues, id: string | null): EndOfSupportEdit {
  return {
    id: id ?? rowIdOf(values.product, values.version),
    product: values.product.trim(),
    version: values.version.trim(),
    names: lines(values.names),
    except: lines(values.except),
    endOfSupport: values.endOfSupport.trim(),
    support: values.support.trim(),
    source: values.source.trim(),
  };
}

/** Each problem beside the field it names, in page order (a new row's id is made from the product and version). */
export function rowProblems(error: unknown): FormProblems | null {
  const ids: Record<string, string> = Object.fromEntries(ROW_FIELDS.map((field) => [field, rowFieldId(field)]));
  ids.id = rowFieldId('product');
  return formProblems(error, ids);
}

/** A colleague's change to the table since it was read, from a 409; null for anything else. */
export function staleTableOf(error: unknown): StaleChange<EndOfSupportTableView> | null {
  return staleChangeOf(error, (value): value is EndOfSupportTableView => typeof value === 'object' && value !== null && 'rows' in value && 'version' in value);
}
