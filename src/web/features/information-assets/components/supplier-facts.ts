// A supplier's every field in words, in the order the supplier's page lists them.
import type { SupplierDetail } from '../../../../contract/information-assets';
import type { Fact } from './facts';
import { CERTIFICATION_SCHEME_LABELS, dayWords, DSPT_STATUS_LABELS } from './words';

export type SupplierField =
  | 'name'
  | 'companiesHouseNumber'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'services'
  | 'contractReference'
  | 'contractStartsOn'
  | 'contractEndsOn'
  | 'dspt'
  | 'certifications'
  | 'notes';

type Certification = SupplierDetail['certifications'][number];

/** "Cyber Essentials Plus (CEP-5521), expires 15 July 2026"; a scheme of another kind by its name. */
export function certificationWords(certification: Certification): string {
  const scheme = certification.scheme === 'other' ? (certification.name ?? 'Other') : CERTIFICATION_SCHEME_LABELS[certification.scheme];
  const number = certification.number ? ` (${certification.number})` : '';
  const expiry = certification.expiresOn ? `, expires ${dayWords(certification.expiresOn)}` : ', no expiry recorded';
  return `${scheme}${number}${expiry}`;
}

/** "Standards met (2024-25)", or "Not recorded". */
export function dsptWords(supplier: Pick<SupplierDetail, 'dsptStatus' | 'dsptYear'>): string {
  if (!supplier.dsptStatus) return supplier.dsptYear ? `Not recorded (${supplier.dsptYear})` : 'Not recorded';
  return `${DSPT_STATUS_LABELS[supplier.dsptStatus]}${supplier.dsptYear ? ` (${supplier.dsptYear})` : ''}`;
}

export function supplierFacts(supplier: SupplierDetail): Array<Fact<SupplierField>> {
  const fact = (field: SupplierField, key: string, text: string): Fact<SupplierField> => ({ field, key, text });
  return [
    fact('name', 'Name', supplier.name),
    fact('companiesHouseNumber', 'Companies House number', supplier.companiesHouseNumber ?? 'Not recorded'),
    fact('contactName', 'Contact', supplier.contactName ?? 'Not recorded'),
    fact('contactEmail', 'Contact email', supplier.contactEmail ?? 'Not recorded'),
    fact('contactPhone', 'Contact phone', supplier.contactPhone ?? 'Not recorded'),
    fact('services', 'What they supply', supplier.services ?? 'Not recorded'),
    fact('contractReference', 'Contract reference', supplier.contractReference ?? 'Not recorded'),
    fact('contractStartsOn', 'Contract starts', dayWords(supplier.contractStartsOn)),
    fact('contractEndsOn', 'Contract ends', dayWords(supplier.contractEndsOn)),
    fact('dspt', 'DSPT status', dsptWords(supplier)),
    fact('certifications', 'Certifications', supplier.certifications.length ? supplier.certifications.map(certificationWords).join('; ') : 'None recorded'),
    fact('notes', 'Notes', supplier.notes ?? 'None'),
  ];
}
