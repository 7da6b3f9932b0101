// A supplier as its form holds it and as the API takes it: the contract, the DSPT status and a row
// per certification. A change sends only the fields that differ from the supplier the form was
// filled from; the certifications go as a whole, since the API replaces those held with those sent.
import type { FieldError } from '../../../lib/api-client';
import { changedFields } from './changed-fields';
import type { CertificationBody, CertificationScheme, DsptStatus, NewSupplierBody, SupplierChangeBody, SupplierDetail } from '../../../../contract/information-assets';

export interface CertificationRow {
  scheme: CertificationScheme | '';
  /** The scheme's name, for a scheme of another kind. */
  name: string;
  number: string;
  expiresOn: string;
}

export interface SupplierValues {
  name: string;
  companiesHouseNumber: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  services: string;
  contractReference: string;
  contractStartsOn: string;
  contractEndsOn: string;
  dsptStatus: DsptStatus | '';
  dsptYear: string;
  certifications: CertificationRow[];
  notes: string;
}

export const BLANK_CERTIFICATION: CertificationRow = { scheme: '', name: '', number: '', expiresOn: '' };

export const EMPTY_SUPPLIER: SupplierValues = {
  name: '',
  companiesHouseNumber: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  services: '',
  contractReference: '',
  contractStartsOn: '',
  contractEndsOn: '',
  dsptStatus: '',
  dsptYear: '',
  certifications: [],
  notes: '',
};

export function supplierValuesOf(supplier: SupplierDetail): SupplierValues {
  return {
    name: supplier.name,
    companiesHouseNumber: supplier.companiesHouseNumber ?? '',
    contactName: supplier.contactName ?? '',
    contactEmail: supplier.contactEmail ?? '',
    contactPhone: supplier.contactPhone ?? '',
    services: supplier.services ?? '',
    contractReference: supplier.contractReference ?? '',
    contractStartsOn: supplier.contractStartsOn ?? '',
    contractEndsOn: supplier.contractEndsOn ?? '',
    dsptStatus: supplier.dsptStatus ?? '',
    dsptYear: supplier.dsptYear ?? '',
    certifications: supplier.certifications.map((c) => ({ scheme: c.scheme, name: c.name ?? '', number: c.number ?? '', expiresOn: c.expiresOn ?? '' })),
    notes: supplier.notes ?? '',
  };
}

/**
 * The form's name for a certification row's field: the API names it `certifications.0.name`, which
 * the error summary would otherwise fold into the list as a whole.
 */
export const certificationField = (index: number, part: 'scheme' | 'name' | 'number' | 'expiresOn') => `certifications-${index + 1}-${part}`;

export function certificationFieldOf(apiField: string): string | undefined {
  const match = /^certifications\.(\d+)\.(scheme|name|number|expiresOn)$/.exec(apiField);
  return match ? certificationField(Number(match[1]), match[2] as 'scheme' | 'name' | 'number' | 'expiresOn') : undefined;
}

const isBlank = (row: CertificationRow) => !row.scheme && !row.name.trim() && !row.number.trim() && !row.expiresOn;

type SupplierFields = Required<NewSupplierBody>;

/** Every field for the API, and the problems that stop it being sent. Blank fields are null; wholly blank certification rows are left out. */
export function supplierBody(values: SupplierValues): { body: SupplierFields; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!values.name.trim()) errors.push({ field: 'name', message: 'Enter the supplier’s name' });
  const certifications: CertificationBody[] = [];
  values.certifications.forEach((row, index) => {
    if (isBlank(row)) return;
    if (!row.scheme) {
      errors.push({ field: certificationField(index, 'scheme'), message: `Choose the scheme of certification ${index + 1}` });
      return;
    }
    if (row.scheme === 'other' && !row.name.trim()) errors.push({ field: certificationField(index, 'name'), message: `Name the scheme of certification ${index + 1}` });
    certifications.push({ scheme: row.scheme, name: row.scheme === 'other' ? row.name.trim() || null : null, number: row.number.trim() || null, expiresOn: row.expiresOn || null });
  });
  const text = (value: string) => value.trim() || null;
  return {
    errors,
    body: {
      name: values.name.trim(),
      companiesHouseNumber: text(values.companiesHouseNumber),
      contactName: text(values.contactName),
      contactEmail: text(values.contactEmail),
      contactPhone: text(values.contactPhone),
      services: text(values.services),
      contractReference: text(values.contractReference),
      contractStartsOn: values.contractStartsOn || null,
      contractEndsOn: values.contractEndsOn || null,
      dsptStatus: values.dsptStatus || null,
      dsptYear: text(values.dsptYear),
      certifications,
      notes: text(values.notes),
    },
  };
}

/** The fields that differ from the values the form was filled from, with the version they rest on. */
export function supplierChangeBody(from: SupplierValues, values: SupplierValues, version: number): { body: SupplierChangeBody; errors: FieldError[] } {
  const { body, errors } = supplierBody(values);
  return { errors, body: { ...changedFields(supplierBody(from).body, body), version } };
}
