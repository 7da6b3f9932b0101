// What a data flow's categories of data say about it, and which of its legal bases are missing. Pure,
// shared by the service (which stores the derived flags, so they never disagree with the categories),
// the list's filters and the flag rules.
import {
  CONDITIONS_NEEDING_SCHEDULE_1,
  CRIMINAL_OFFENCE_DATA,
  type DataCategory,
  type CldcBasis,
  type LawfulBasis,
  SPECIAL_CATEGORIES,
  type SpecialCategoryCondition,
} from '../../../contract/data-flows.js';

export function isSpecialCategory(category: DataCategory): boolean {
  return SPECIAL_CATEGORIES.includes(category);
}

/** Ids once each, in the order of their list, so the same set is always stored the same way. */
export function inListOrder<T extends string>(given: readonly T[], order: readonly T[]): T[] {
  const wanted = new Set(given);
  return order.filter((id) => wanted.has(id));
}

/** What the data flags must be for the categories and what the caller said. */
export interface DataFlags {
  personalData: boolean;
  specialCategoryData: boolean;
  patientData: boolean;
}

/**
 * The flags a flow's categories imply. Every category on the list is a category of personal data, so
 * any sets personal data, as patient data does; special-category data is exactly a special category
 * among them. A caller may still say personal data with no categories named.
 */
export function derivedDataFlags(categories: readonly DataCategory[], said: Pick<DataFlags, 'personalData' | 'patientData'>): DataFlags {
  const specialCategoryData = categories.some(isSpecialCategory);
  return { personalData: said.personalData || said.patientData || categories.length > 0, specialCategoryData, patientData: said.patientData };
}

/** What the basis rules read of a flow. */
export interface BasisFacts {
  dataCategories: readonly DataCategory[];
  personalData: boolean;
  specialCategoryData: boolean;
  patientData: boolean;
  lawfulBasis: LawfulBasis | null;
  specialCategoryCondition: SpecialCategoryCondition | null;
  schedule1Condition: string | null;
  cldcBasis: CldcBasis | null;
}

/** Personal data without an Art 6 basis, or special-category data without an Art 9 condition. */
export function lacksLawfulBasis(flow: BasisFacts): { article6: boolean; article9: boolean } {
  return { article6: flow.personalData && !flow.lawfulBasis, article9: flow.specialCategoryData && !flow.specialCategoryCondition };
}

/** Patient data without a basis under the common law duty of confidentiality. */
export function lacksCldcBasis(flow: BasisFacts): boolean {
  return flow.patientData && !flow.cldcBasis;
}

/** Why the flow needs a DPA 2018 Schedule 1 condition (its Art 9 condition, or criminal offence data), or null when it does not. */
export function schedule1Need(flow: BasisFacts): { condition: SpecialCategoryCondition | null; criminalOffence: boolean } | null {
  const condition = flow.specialCategoryCondition && CONDITIONS_NEEDING_SCHEDULE_1.includes(flow.specialCategoryCondition) ? flow.specialCategoryCondition : null;
  const criminalOffence = flow.dataCategories.includes(CRIMINAL_OFFENCE_DATA);
  return condition || criminalOffence ? { condition, criminalOffence } : null;
}

/** The list's lackingBasis filter: an Art 6 basis, an Art 9 condition or a CLDC basis missing where it is needed. */
export function lacksBasis(flow: BasisFacts): boolean {
  const lawful = lacksLawfulBasis(flow);
  return lawful.article6 || lawful.article9 || lacksCldcBasis(flow);
}
