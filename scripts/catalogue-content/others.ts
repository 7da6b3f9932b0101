// What Good Looks Like, Technology Code of Practice point 6, UK GDPR Article 5 and the Caldicott Principles.
// Names and numbers are facts; expectations, items and descriptions are our own words unless marked as OGL text.
import type { CatalogueDocument, CatalogueNode } from '../../src/modules/catalogues/domain/catalogue-format.js';

const SELF_CHECK_LEVELS = [
  { id: 'not-met', label: 'Not met' },
  { id: 'partly-met', label: 'Partly met' },
  { id: 'met', label: 'Met' },
];
const SELF_CHECK = SELF_CHECK_LEVELS.map((l) => l.id);
const OGL = 'Open Government Licence v3.0';
const OGL_ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0.';

const WGLL_MEASURES: Array<[string, string, string, Array<[string, string]>]> = [
  ['1', 'Well led', 'Leadership owns the digital and data strategy, and its risks.', [
    ['Board ownership of cyber risk', 'The board owns digital, data and cyber risk: a named senior information risk owner, and board members trained in cyber security.'],
    ['Cyber risk reviewed at board', 'Cyber risk sits on the board’s risk register and is reviewed regularly with the evidence behind it.'],
  ]],
  ['2', 'Ensure smart foundations', 'Modern, reliable and secure infrastructure and systems.', [
    ['Supported, resilient infrastructure', 'Infrastructure and systems are supported, kept up to date and resilient to failure and attack.'],
    ['Secure by design', 'New and changed systems meet the Technology Code of Practice and are secure by design.'],
  ]],
  ['3', 'Safe practice', 'Digital services are safe, secure and meet the standards that apply to them.', [
    ['Systems reviewed routinely', 'Digital and data systems are reviewed routinely so they stay robust, safe and secure.'],
    ['National standards met', 'The organisation meets the Data Security and Protection Toolkit and national cyber security standards.'],
    ['Response plans exercised', 'Incident response and business continuity plans exist and are exercised.'],
  ]],
  ['4', 'Support people', 'Staff are supported to use digital tools safely and well.', [
    ['Basic cyber literacy for all', 'Every member of staff reaches basic cyber security literacy.'],
    ['Continuing development', 'Staff keep their cyber security knowledge current through continuing development.'],
  ]],
  ['5', 'Empower citizens', 'People can use digital services and see how their information is used.', []],
  ['6', 'Improve care', 'Digital and data improve the quality and safety of care.', []],
  ['7', 'Healthy populations', 'Data is used to plan and improve the health of the population.', []],
];

export function wgll(): CatalogueDocument {
  const nodes: CatalogueNode[] = [];
  for (const [ref, title, description, expectations] of WGLL_MEASURES) {
    nodes.push({ ref, parentRef: null, type: 'measure', title, description, assessable: false });
    expectations.forEach(([etitle, edescription], i) =>
      nodes.push({ ref: `${ref}.${i + 1}`, parentRef: ref, type: 'expectation', title: etitle, description: edescription, assessable: true }),
    );
  }
  return {
    format: 'bulwark.catalogue/1',
    id: 'wgll',
    version: '2021',
    name: 'What Good Looks Like',
    shortName: 'WGLL',
    kind: 'success-measures',
    description: 'The seven success measures for digital transformation in the NHS, with the cyber security expectations Bulwark tracks under them.',
    provenance: {
      publisher: 'NHSX (now NHS England Transformation Directorate)',
      version: 'What Good Looks Like framework, updated 4 October 2021',
      date: '2021-08-31',
      licence: 'Crown copyright; Open Government Licence v3.0 presumed (not yet confirmed)',
      url: 'https://www.nhsx.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/',
      sources: [
        { title: 'What Good Looks Like publication', url: 'https://www.nhsx.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/' },
        { title: 'NHS England Transformation Directorate: cyber security', url: 'https://transform.england.nhs.uk/key-tools-and-info/cyber-security' },
      ],
      note: 'The seven success measure names are the publication’s. The cyber expectations (n.1, n.2, …) are Bulwark’s own summary; their numbering is ours and the publication’s exact wording was not available.',
    },
    levels: SELF_CHECK_LEVELS,
    defaultLevels: SELF_CHECK,
    nodes,
  };
}

/** Point 6 items: our numbering; the six mitigations are the ones GOV.UK lists for cloud security (OGL). */
const TCOP_ITEMS: Array<[string, string]> = [
  ['Assess security risks and resources', 'Assess the risks, the sensitive data involved, connections to other systems, the Minimum Cyber Security Standard and the skills you need.'],
  ['Plan for risk', 'Track, mitigate or accept each risk, with timetables, documented security processes, user training and access control plans.'],
  ['Secure networks and infrastructure', 'Plan to identify, protect, detect, respond and recover quickly, and collect and analyse attack data.'],
  ['Secure the data', 'Manage the risk to data following NCSC risk management guidance.'],
  ['Secure the service', 'Meet the Service Standard’s security point for the service as a whole.'],
  ['Secure cloud services', 'Follow the NCSC Cloud Security Principles when using cloud services.'],
  ['Data encryption', 'Encrypt data in transit and at rest.'],
  ['Single sign-on', 'Let people sign in once with the organisation’s identity.'],
  ['Two-factor authentication', 'Require a second factor when people sign in.'],
  ['Fine-grained access control', 'Give each person only the access their role needs.'],
  ['Usage monitoring and alerts', 'Record use and raise alerts on what looks wrong.'],
  ['Timely patching', 'Apply security updates promptly.'],
  ['Provide assurance', 'Keep checking that controls give the right access, record activity, find anomalies and support decisions.'],
  ['Improve continuously', 'Keep responsibility for security, assurance, testing, updates and incident response for the life of the system.'],
];

export function tcop(): CatalogueDocument {
  return {
    format: 'bulwark.catalogue/1',
    id: 'tcop',
    version: '2019',
    name: 'Technology Code of Practice — point 6, Make things secure',
    shortName: 'TCoP point 6',
    kind: 'code-of-practice',
    description: 'The UK government standard for technology projects; Bulwark carries point 6, which every NHS project, programme and service is expected to meet.',
    provenance: {
      publisher: 'Central Digital and Data Office / Government Digital Service (GOV.UK)',
      version: 'Technology Code of Practice, point 6 “Make things secure”',
      date: '2019',
      licence: OGL,
      url: 'https://www.gov.uk/guidance/make-things-secure',
      attribution: `${OGL_ATTRIBUTION} Source: GOV.UK, “Make things secure” (Technology Code of Practice point 6).`,
      sources: [
        { title: 'GOV.UK: Make things secure', url: 'https://www.gov.uk/guidance/make-things-secure' },
        { title: 'GOV.UK: The Technology Code of Practice', url: 'https://www.gov.uk/guidance/the-technology-code-of-practice' },
      ],
      note: 'Item numbering (6.1–6.14) is Bulwark’s. Items 6.7–6.12 are the mitigations the guidance lists; the rest summarise its sections in Bulwark’s words.',
    },
    levels: SELF_CHECK_LEVELS,
    defaultLevels: SELF_CHECK,
    nodes: [
      {
        ref: '6',
        parentRef: null,
        type: 'point',
        title: 'Make things secure',
        description: 'Plans must show how data and systems are kept secure, across the whole life of the technology.',
        assessable: false,
      },
      ...TCOP_ITEMS.map(([title, description], i): CatalogueNode => ({ ref: `6.${i + 1}`, parentRef: '6', type: 'item', title, description, assessable: true })),
    ],
  };
}

const ART5: Array<[string, string, string]> = [
  ['5(1)(a)', 'Lawfulness, fairness and transparency', 'Each use of personal data has a lawful basis, is fair to the people concerned, and is explained to them.'],
  ['5(1)(b)', 'Purpose limitation', 'Data collected for one purpose is not reused for an incompatible one.'],
  ['5(1)(c)', 'Data minimisation', 'Only the data needed for the purpose is collected and kept.'],
  ['5(1)(d)', 'Accuracy', 'Data is accurate and corrected or erased when it is not.'],
  ['5(1)(e)', 'Storage limitation', 'Data that identifies people is kept no longer than the purpose needs, under a retention schedule.'],
  ['5(1)(f)', 'Integrity and confidentiality (security)', 'Data is protected against unauthorised use, loss and damage by appropriate technical and organisational measures.'],
  ['5(2)', 'Accountability', 'The organisation can show, with records, that it complies with the other principles.'],
];

export function ukGdprArticle5(): CatalogueDocument {
  return {
    format: 'bulwark.catalogue/1',
    id: 'uk-gdpr-art5',
    version: '2021',
    name: 'UK GDPR Article 5 principles (data protection self-check)',
    shortName: 'UK GDPR Art 5',
    kind: 'principles',
    description: 'The seven principles for processing personal data, as a self-check for IG leads and Data Protection Officers.',
    provenance: {
      publisher: 'legislation.gov.uk (The National Archives)',
      version: 'UK GDPR, retained Regulation (EU) 2016/679 as amended, in force from 1 January 2021',
      date: '2021-01-01',
      licence: OGL,
      url: 'https://www.legislation.gov.uk/eur/2016/679/article/5',
      attribution: OGL_ATTRIBUTION,
      note: 'Principle names follow Article 5; the one-line descriptions are Bulwark’s summary, not the legislation’s text.',
    },
    levels: SELF_CHECK_LEVELS,
    defaultLevels: SELF_CHECK,
    nodes: [
      { ref: 'Art 5', parentRef: null, type: 'article', title: 'Principles relating to processing of personal data', assessable: false },
      ...ART5.map(([ref, title, description]): CatalogueNode => ({ ref, parentRef: 'Art 5', type: 'principle', title, description, assessable: true })),
    ],
  };
}

const CALDICOTT: Array<[string, string]> = [
  ['Justify the purpose(s) for using confidential information', 'Every proposed use is defined, written down and reviewed by an appropriate guardian.'],
  ['Use confidential information only when it is necessary', 'Identifiable information is used only where the purpose cannot be met without it.'],
  ['Use the minimum necessary confidential information', 'Where it is needed, only the smallest amount that serves the purpose is used.'],
  ['Access to confidential information should be on a strict need-to-know basis', 'Only people who need the information for their role can see it, and only the parts they need.'],
  ['Everyone with access to confidential information should be aware of their responsibilities', 'Staff with access understand their duty of confidentiality and the consequences of breaching it.'],
  ['Comply with the law', 'Every use of confidential information is lawful, and someone in the organisation checks that it is.'],
  [
    'The duty to share information for individual care is as important as the duty to protect patient confidentiality',
    'Staff share information for individual care with confidence, within the law and professional guidance.',
  ],
  ['Inform patients and service users about how their confidential information is used', 'People are told how their information is used, so there are no surprises.'],
];

export function caldicott(): CatalogueDocument {
  return {
    format: 'bulwark.catalogue/1',
    id: 'caldicott',
    version: '2020',
    name: 'The Caldicott Principles (data protection self-check)',
    shortName: 'Caldicott Principles',
    kind: 'principles',
    description: 'The eight principles for handling confidential information in health and care, as revised in December 2020; a self-check for Caldicott Guardians.',
    provenance: {
      publisher: 'National Data Guardian for Health and Care',
      version: 'Eight principles, revised December 2020',
      date: '2020-12',
      licence: `Crown copyright; ${OGL} presumed`,
      url: 'https://www.gov.uk/government/publications/the-caldicott-principles',
      attribution: OGL_ATTRIBUTION,
      sources: [{ title: 'Caldicott Principles as published by NHS trusts (lhch.nhs.uk, wwl.nhs.uk)' }],
      note: 'Principle statements are the National Data Guardian’s; the one-line descriptions are Bulwark’s.',
    },
    levels: SELF_CHECK_LEVELS,
    defaultLevels: SELF_CHECK,
    nodes: CALDICOTT.map(([title, description], i): CatalogueNode => ({ ref: String(i + 1), parentRef: null, type: 'principle', title, description, assessable: true })),
  };
}
