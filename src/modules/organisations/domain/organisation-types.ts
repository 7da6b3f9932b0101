// The kinds of organisation in the tree, and which kinds may sit under which.
export const ORGANISATION_TYPES = [
  'national-body',
  'ics',
  'icb',
  'nhs-trust',
  'nhs-foundation-trust',
  'csu',
  'gp-practice',
  'social-care-provider',
  'independent-provider',
  'supplier',
  'site',
  'department',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  'national-body': 'National body',
  ics: 'Integrated care system',
  icb: 'Integrated care board',
  'nhs-trust': 'NHS trust',
  'nhs-foundation-trust': 'NHS foundation trust',
  csu: 'Commissioning support unit',
  'gp-practice': 'GP practice',
  'social-care-provider': 'Social care provider',
  'independent-provider': 'Independent healthcare provider',
  supplier: 'Supplier',
  site: 'Site',
  department: 'Department',
};

/**
 * Nodes that oversee others rather than run services: a role held here lets a person read the
 * organisations below (the ICS roll-up) but not act in them.
 */
export const OVERSIGHT_TYPES: ReadonlySet<string> = new Set<OrganisationType>(['national-body', 'ics']);

/** Which parent types each type may sit under (null: it may be a root of the tree). */
export function allowedParentTypes(type: OrganisationType): ReadonlyArray<OrganisationType | null> {
  switch (type) {
    case 'national-body':
      return [null];
    case 'ics':
      return [null, 'national-body'];
    case 'site':
    case 'department':
      return ORGANISATION_TYPES.filter((t) => !OVERSIGHT_TYPES.has(t));
    default:
      return [null, 'national-body', 'ics'];
  }
}

// DSPT categories. Category 1 (trusts, ICBs, CSUs, arm's-length bodies, key IT suppliers, operators of
// essential services) uses the CAF-aligned toolkit (DSPT News/131, March 2024); 2–4 the standards-based one.
export const DSPT_CATEGORIES = ['category-1', 'category-2', 'category-3', 'category-4'] as const;
export type DsptCategory = (typeof DSPT_CATEGORIES)[number];
