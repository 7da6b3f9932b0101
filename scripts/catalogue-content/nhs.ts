// The CAF-aligned DSPT (2024-25, 2025-26) and the 10 National Data Guardian standards, as compact tables.
// Identifiers and short titles come from the project's framework fact sheet; descriptions are our own words.
import type { CatalogueDocument, CatalogueNode } from '../../src/modules/catalogues/domain/catalogue-format.js';
import { CAF_LEVELS, CAF_PRINCIPLES_V32, CAF_V32_OUTCOMES, cafTree, THREE_LEVELS, TWO_LEVELS } from './caf.js';

const DSPT_OBJECTIVES: Array<[string, string, string]> = [
  ['A', 'Managing risk', 'Governance, risk, assets and suppliers, as the CAF’s objective A, read for health and care.'],
  ['B', 'Protecting against cyber attacks and data breaches', 'Protective measures for systems and for the personal data they hold.'],
  ['C', 'Detecting cyber security events', 'Seeing attacks and security events early enough to act on them.'],
  ['D', 'Minimising the impact of incidents', 'Responding, recovering and learning when something goes wrong.'],
  ['E', 'Using and sharing information appropriately', 'The NHS addition to the CAF: transparency, individuals’ rights, lawful use and sharing, and records.'],
];

/** Objective E principle names are not confirmed by a primary source (marked in each node's attributes). */
const E_PRINCIPLES: Array<[string, string]> = [
  ['E1', 'Transparency'],
  ['E2', 'Upholding the rights of individuals'],
  ['E3', 'Using and sharing information'],
  ['E4', 'Records management'],
];
const E_PRINCIPLE_TITLE_CONFIRMED: Record<string, boolean> = { E1: false, E2: false, E3: true, E4: false };

const E_OUTCOMES: Array<[string, string, string]> = [
  ['E1.a', 'Privacy information', 'People are told clearly how their information is used, and the privacy information is kept current.'],
  ['E2.a', 'Managing data subject rights under UK GDPR', 'Requests from people exercising their data protection rights are recognised and answered correctly and on time.'],
  ['E2.b', 'Consent', 'Where consent is the basis for using information, it is sought properly, recorded, and can be withdrawn.'],
  ['E2.c', 'National data opt-out policy', 'The national data opt-out is applied wherever confidential patient information is used beyond individual care.'],
  ['E3.a', 'Using and sharing information for direct care', 'Information is shared for individual care when it should be, with a basis under both UK GDPR and the common law duty of confidentiality.'],
  ['E3.b', 'Using and sharing information for other purposes', 'Uses beyond individual care have a lawful basis, a common-law route where one is needed (consent, law, public interest or s251 support), and are recorded.'],
  ['E4.a', 'Managing records', 'Records are created, kept, retained and destroyed according to a records management policy.'],
  ['E4.b', 'Clinical coding', 'Clinical coding is accurate, timely and audited.'],
];

export const DSPT_STATUS_LABELS = [
  { id: 'standards-exceeded', label: 'Standards Exceeded' },
  { id: 'standards-met', label: 'Standards Met', description: 'Every outcome is at or above the level the profile expects.' },
  { id: 'approaching-standards', label: 'Approaching Standards', description: 'Some outcomes are below the profile, with an improvement plan.' },
  { id: 'standards-not-met', label: 'Standards Not Met', description: 'Outcomes are below the profile; an improvement plan is required.' },
];

function dsptNodes(): CatalogueNode[] {
  const twoLevel = new Set(CAF_V32_OUTCOMES.filter(([, , , hasPartial]) => !hasPartial).map(([ref]) => ref));
  const cafOutcomes: CatalogueNode[] = CAF_V32_OUTCOMES.map(([ref, title, , , description]) => ({
    ref,
    parentRef: ref.slice(0, 2),
    type: 'outcome',
    title,
    description,
    assessable: true,
    levels: twoLevel.has(ref) ? TWO_LEVELS : THREE_LEVELS,
    attributes: { cafOutcome: ref },
  }));
  const eOutcomes: CatalogueNode[] = E_OUTCOMES.map(([ref, title, description]) => ({
    ref,
    parentRef: ref.slice(0, 2),
    type: 'outcome',
    title,
    description,
    assessable: true,
    levels: THREE_LEVELS,
    attributes: { nhsAddition: true },
  }));
  const nodes = cafTree(DSPT_OBJECTIVES, [...CAF_PRINCIPLES_V32, ...E_PRINCIPLES], [...cafOutcomes, ...eOutcomes]);
  return nodes.map((node) =>
    node.ref in E_PRINCIPLE_TITLE_CONFIRMED ? { ...node, attributes: { titleConfirmed: E_PRINCIPLE_TITLE_CONFIRMED[node.ref]! } } : node,
  );
}

export function dspt(year: '2024-25' | '2025-26'): CatalogueDocument {
  return {
    format: 'bulwark.catalogue/1',
    id: 'dspt',
    version: year,
    name: `Data Security and Protection Toolkit ${year} (CAF-aligned)`,
    shortName: `DSPT ${year}`,
    kind: 'assurance-toolkit',
    description: `The CAF-aligned toolkit for NHS trusts, ICBs, CSUs and arm’s-length bodies: the 39 CAF v3.2 outcomes under NHS objective titles, plus objective E (8 outcomes), 47 in all. Deadline 30 June ${year === '2024-25' ? '2025' : '2026'}.`,
    provenance: {
      publisher: 'NHS England',
      version: year,
      date: year === '2024-25' ? '2024-09' : '2025',
      licence: 'Crown copyright; Open Government Licence v3.0 presumed (not yet confirmed for the DSPT)',
      url: 'https://www.dsptoolkit.nhs.uk/News/154',
      attribution: 'Outcome identifiers and short titles: NHS England and the National Cyber Security Centre.',
      sources: [
        { title: 'DSPT News 154: Data Security and Protection Toolkit 2024-25 for large NHS organisations (47 outcomes)', url: 'https://www.dsptoolkit.nhs.uk/News/154' },
        { title: 'NHS England CAF-aligned DSPT guidance (objective titles)', url: 'https://production-like.nhsd.io/cyber-and-data-security/guidance-and-assurance/caf-aligned-dspt-guidance' },
        { title: 'londonaicentre/FLIP docs/source/governance-and-compliance.rst (objective E identifiers and titles; Apache-2.0)', url: 'https://github.com/londonaicentre/FLIP' },
        { title: 'DSPT News 155: changes to guidance for E3.a and E4.a', url: 'https://dsptoolkit.nhs.uk/News/155' },
      ],
      note:
        'Objectives A–D use CAF v3.2 outcomes and levels. The names of principles E1, E2 and E4, and whether objective E outcomes allow Partially achieved, are not confirmed by a primary source. NHS England’s per-outcome profile is not shipped: set or import it (profile "nhs-england"). Status labels are configurable. Descriptions are Bulwark’s own words; DSPT guidance text is not included.',
    },
    levels: CAF_LEVELS,
    defaultLevels: THREE_LEVELS,
    statusLabels: DSPT_STATUS_LABELS,
    nodes: dsptNodes(),
    profiles: [
      {
        id: 'nhs-england',
        name: `NHS England profile ${year}`,
        description: 'The level NHS England expects for each outcome to reach Standards Met. Not shipped with Bulwark: a system administrator sets or imports it.',
        expected: {},
      },
    ],
  };
}

const NDG_STANDARDS: Array<[string, string, string, string]> = [
  ['1', 'Personal confidential data', 'People', 'Personal confidential data is handled, stored and sent securely, and shared only when that is lawful and appropriate.'],
  ['2', 'Staff responsibilities', 'People', 'Staff know their data security duties and that they answer personally for breaches.'],
  ['3', 'Training', 'People', 'Staff complete data security training every year and pass its test.'],
  ['4', 'Managing data access', 'Process', 'People reach only the personal data their work needs, lose access when they no longer need it, and every access can be traced to a person.'],
  ['5', 'Process reviews', 'Process', 'Processes are reviewed at least every year to find and fix what lets breaches happen.'],
  ['6', 'Responding to incidents', 'Process', 'Cyber attacks are spotted and resisted, national cyber alerts are acted on, and breaches and near misses reach senior management within 12 hours.'],
  ['7', 'Continuity planning', 'Process', 'A plan to keep services running through a data security incident exists and is tested.'],
  ['8', 'Unsupported systems', 'Technology', 'No unsupported operating systems, software or browsers are in use, or their risk is managed and recorded.'],
  ['9', 'IT protection', 'Technology', 'A strategy based on a recognised framework protects IT from cyber threats and is reviewed every year.'],
  ['10', 'Accountable suppliers', 'Technology', 'IT suppliers are held to account for data security through their contracts.'],
];

export function ndgStandards(): CatalogueDocument {
  return {
    format: 'bulwark.catalogue/1',
    id: 'ndg-standards',
    version: '2016',
    name: 'National Data Guardian data security standards',
    shortName: 'NDG standards',
    kind: 'standards',
    description: 'The ten standards behind the standards-based DSPT, still used by organisations that are not on the CAF-aligned toolkit.',
    provenance: {
      publisher: 'National Data Guardian for Health and Care',
      version: 'Review of Data Security, Consent and Opt-Outs (2016)',
      date: '2016',
      licence: 'Crown copyright; Open Government Licence v3.0 presumed',
      url: 'https://www.dsptoolkit.nhs.uk/Help/big-picture-guides',
      sources: [
        { title: 'DSPT big picture guides', url: 'https://www.dsptoolkit.nhs.uk/Help/big-picture-guides' },
        { title: 'National Data Guardian, Review of Data Security, Consent and Opt-Outs (2016)' },
      ],
      note:
        'Standard numbers and short names only. The grouping under the three leadership obligations (People, Process, Technology) is widely cited but not confirmed from the review itself. Legacy assertions and evidence items are not shipped; they can be imported. Descriptions are Bulwark’s own words.',
    },
    levels: [
      { id: 'not-met', label: 'Not met' },
      { id: 'met', label: 'Met' },
    ],
    defaultLevels: ['not-met', 'met'],
    nodes: NDG_STANDARDS.map(([ref, title, obligation, description]) => ({
      ref,
      parentRef: null,
      type: 'standard',
      title,
      description,
      assessable: true,
      attributes: { leadershipObligation: obligation },
    })),
  };
}
