// The record of processing's headings, as the contract words them (copied: the web app imports the
// contract's types only; the Record types make the compiler notice a heading added there).
import type { RopaActivityField, RopaAssetField, RopaControllerField } from '../../../../contract/records-of-processing';

export const ROPA_CONTROLLER_HEADINGS: Record<RopaControllerField, string> = {
  controller: '(a) Controller',
  controllerContact: '(a) Controller’s contact details',
  jointControllers: '(a) Joint controllers',
  representative: '(a) Representative',
  dpo: '(a) Data Protection Officer',
  dpoContact: '(a) Data Protection Officer’s contact details',
};

/** The controller block in the record's order. */
export const ROPA_CONTROLLER_ORDER = Object.keys(ROPA_CONTROLLER_HEADINGS) as RopaControllerField[];

/** The activity fields the page's table shows after the name, of the many the files carry. */
export const ROPA_ACTIVITY_COLUMNS: ReadonlyArray<{ field: RopaActivityField; heading: string }> = [
  { field: 'purpose', heading: '(b) Purpose' },
  { field: 'dataSubjects', heading: '(c) Data subjects' },
  { field: 'dataCategories', heading: '(c) Personal data' },
  { field: 'recipients', heading: '(d) Recipients' },
  { field: 'retention', heading: '(f) Retention' },
];

export const ROPA_ASSET_HEADINGS: Record<RopaAssetField, string> = {
  name: 'Information asset',
  owner: 'Information Asset Owner',
  dataHeld: 'Personal data held',
  security: '(g) Security measures',
};
