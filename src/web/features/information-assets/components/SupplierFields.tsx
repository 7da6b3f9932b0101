// Every field of a supplier, for adding one and for changing it: who they are and how to reach them,
// the contract, the DSPT status, and a row per certification (added and removed one by one).
import { EditableRows } from '../../../components/EditableRows';
import { GridColumn, GridRow } from '../../../components/Content';
import { Select } from '../../../components/Select';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { Heading, VisuallyHidden } from '../../../components/Typography';
import { BLANK_CERTIFICATION, type CertificationRow, certificationField, type SupplierValues } from './supplier-values';
import { CERTIFICATION_SCHEME_LABELS, DSPT_STATUS_LABELS, entries } from './words';

const CERTIFICATIONS_ID = 'supplier-certifications';
const PARTS = ['scheme', 'name', 'number', 'expiresOn'] as const;
/** A control's id is its field's name after "supplier-": the rows' ids follow from EditableRows' "supplier-certifications-2". */
const controlId = (field: string) => `supplier-${field}`;

export const SUPPLIER_FIELD_IDS = {
  name: controlId('name'),
  companiesHouseNumber: controlId('companies-house-number'),
  services: controlId('services'),
  contactName: controlId('contact-name'),
  contactEmail: controlId('contact-email'),
  contactPhone: controlId('contact-phone'),
  contractReference: controlId('contract-reference'),
  contractStartsOn: controlId('contract-starts'),
  contractEndsOn: controlId('contract-ends'),
  dsptStatus: controlId('dspt-status'),
  dsptYear: controlId('dspt-year'),
  certifications: CERTIFICATIONS_ID,
  notes: controlId('notes'),
};

/** Each field the API or this form may name, with its control, in the order they are on the page: a row's fields for each certification in the form. */
export function supplierFieldIds(certifications: number): Record<string, string> {
  const rows: Record<string, string> = {};
  for (let index = 0; index < certifications; index += 1) for (const part of PARTS) rows[certificationField(index, part)] = controlId(certificationField(index, part));
  const { notes, ...before } = SUPPLIER_FIELD_IDS;
  return { ...before, ...rows, notes };
}

export function SupplierFields({ values, onChange, errors }: { values: SupplierValues; onChange: (values: SupplierValues) => void; errors: Record<string, string> | undefined }) {
  const set = <K extends keyof SupplierValues>(field: K) => (value: SupplierValues[K]) => onChange({ ...values, [field]: value });
  const ids = SUPPLIER_FIELD_IDS;
  const rowError = (rowId: string, part: (typeof PARTS)[number]) => errors?.[`${rowId.slice(controlId('').length)}-${part}`];
  return (
    <>
      <Heading spaceAbove>Who they are</Heading>
      <TextInput id={ids.name} label="Name" hint="The company’s name as on its contract." value={values.name} onChange={set('name')} error={errors?.name} />
      <TextInput id={ids.companiesHouseNumber} label="Companies House number (optional)" value={values.companiesHouseNumber} onChange={set('companiesHouseNumber')} error={errors?.companiesHouseNumber} width={10} spellCheck={false} />
      <Textarea id={ids.services} label="What they supply (optional)" hint="The products and services, such as hosting and support of the patient record." value={values.services} onChange={set('services')} error={errors?.services} rows={3} />
      <TextInput id={ids.contactName} label="Contact name (optional)" value={values.contactName} onChange={set('contactName')} error={errors?.contactName} autoComplete="off" />
      <TextInput id={ids.contactEmail} label="Contact email (optional)" type="email" value={values.contactEmail} onChange={set('contactEmail')} error={errors?.contactEmail} autoComplete="off" spellCheck={false} />
      <TextInput id={ids.contactPhone} label="Contact phone (optional)" value={values.contactPhone} onChange={set('contactPhone')} error={errors?.contactPhone} width={20} autoComplete="off" />

      <Heading spaceAbove>Contract</Heading>
      <TextInput id={ids.contractReference} label="Contract reference (optional)" value={values.contractReference} onChange={set('contractReference')} error={errors?.contractReference} width={20} />
      <TextInput id={ids.contractStartsOn} label="Contract starts (optional)" type="date" value={values.contractStartsOn} onChange={set('contractStartsOn')} error={errors?.contractStartsOn} width={10} />
      <TextInput id={ids.contractEndsOn} label="Contract ends (optional)" hint="Its last day." type="date" value={values.contractEndsOn} onChange={set('contractEndsOn')} error={errors?.contractEndsOn} width={10} />

      <Heading spaceAbove>Data Security and Protection Toolkit</Heading>
      <Select
        id={ids.dsptStatus}
        label="DSPT status (optional)"
        hint="What the supplier’s latest published assessment says."
        value={values.dsptStatus}
        onChange={(status) => set('dsptStatus')(status as SupplierValues['dsptStatus'])}
        error={errors?.dsptStatus}
        options={[{ value: '', text: 'Not recorded' }, ...entries(DSPT_STATUS_LABELS).map(([value, text]) => ({ value, text }))]}
      />
      <TextInput id={ids.dsptYear} label="DSPT year (optional)" hint="The year the status is for, such as 2024-25." value={values.dsptYear} onChange={set('dsptYear')} error={errors?.dsptYear} width={5} spellCheck={false} />

      <EditableRows<CertificationRow>
        id={CERTIFICATIONS_ID}
        legend="Certifications"
        hint="Cyber Essentials, Cyber Essentials Plus, ISO/IEC 27001 or another scheme, each with its certificate number and expiry."
        error={errors?.certifications}
        noun={{ one: 'certification', article: 'a' }}
        rows={values.certifications}
        blank={BLANK_CERTIFICATION}
        onChange={set('certifications')}
        renderRow={(row, update, rowId, name) => (
          <GridRow>
            <GridColumn width="one-half">
              <Select
                id={`${rowId}-scheme`}
                label={<>Scheme<VisuallyHidden> of {name}</VisuallyHidden></>}
                value={row.scheme}
                onChange={(scheme) => update({ ...row, scheme: scheme as CertificationRow['scheme'] })}
                error={rowError(rowId, 'scheme')}
                options={[{ value: '', text: 'Choose a scheme' }, ...entries(CERTIFICATION_SCHEME_LABELS).map(([value, text]) => ({ value, text }))]}
              />
              {row.scheme === 'other' && (
                <TextInput
                  id={`${rowId}-name`}
                  label={<>Name of the scheme<VisuallyHidden> of {name}</VisuallyHidden></>}
                  value={row.name}
                  onChange={(schemeName) => update({ ...row, name: schemeName })}
                  error={rowError(rowId, 'name')}
                />
              )}
            </GridColumn>
            <GridColumn width="one-half">
              <TextInput
                id={`${rowId}-number`}
                label={<>Certificate number (optional)<VisuallyHidden> of {name}</VisuallyHidden></>}
                value={row.number}
                onChange={(number) => update({ ...row, number })}
                error={rowError(rowId, 'number')}
                spellCheck={false}
              />
              <TextInput
                id={`${rowId}-expiresOn`}
                label={<>Expires (optional)<VisuallyHidden> for {name}</VisuallyHidden></>}
                type="date"
                value={row.expiresOn}
                onChange={(expiresOn) => update({ ...row, expiresOn })}
                error={rowError(rowId, 'expiresOn')}
                width={10}
              />
            </GridColumn>
          </GridRow>
        )}
      />
      <Textarea id={ids.notes} label="Notes (optional)" value={values.notes} onChange={set('notes')} error={errors?.notes} rows={3} />
    </>
  );
}
