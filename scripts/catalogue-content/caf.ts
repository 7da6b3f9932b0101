// NCSC Cyber Assessment Framework v3.2 and v4.0 as compact tables: identifiers, short titles, whether an
// outcome has a Partially achieved level, and indicator-of-good-practice counts (NA / PA / A), all taken from
// the project's framework fact sheet (sources named in provenance). Descriptions are our own words.
import type { CatalogueDocument, CatalogueNode, Provenance } from '../../src/modules/catalogues/domain/catalogue-format.js';

export const CAF_LEVELS = [
  { id: 'not-achieved', label: 'Not achieved' },
  { id: 'partially-achieved', label: 'Partially achieved' },
  { id: 'achieved', label: 'Achieved' },
];
export const TWO_LEVELS = ['not-achieved', 'achieved'];
export const THREE_LEVELS = ['not-achieved', 'partially-achieved', 'achieved'];

export const CAF_OBJECTIVES: Array<[string, string, string]> = [
  ['A', 'Managing security risk', 'Governance, risk management, assets and suppliers: knowing what to protect and deciding how.'],
  ['B', 'Protecting against cyber attack', 'The protective measures that keep attackers out and data safe.'],
  ['C', 'Detecting cyber security events', 'Seeing attacks and security events early enough to act on them.'],
  ['D', 'Minimising the impact of cyber security incidents', 'Responding, recovering and learning when something does go wrong.'],
];

export const CAF_PRINCIPLES_V4: Array<[string, string]> = [
  ['A1', 'Governance'],
  ['A2', 'Risk Management'],
  ['A3', 'Asset Management'],
  ['A4', 'Supply Chain'],
  ['B1', 'Service Protection Policies, Processes and Procedures'],
  ['B2', 'Identity and Access Control'],
  ['B3', 'Data Security'],
  ['B4', 'System Security'],
  ['B5', 'Resilient Networks and Systems'],
  ['B6', 'Staff Awareness and Training'],
  ['C1', 'Security Monitoring'],
  ['C2', 'Threat Hunting'],
  ['D1', 'Response and Recovery Planning'],
  ['D2', 'Lessons Learned'],
];
export const CAF_PRINCIPLES_V32: Array<[string, string]> = CAF_PRINCIPLES_V4.map(([ref, title]) => [ref, ref === 'C2' ? 'Proactive Security Event Discovery' : title]);

/** ref | short title | IGPs NA/PA/A | has a Partially achieved level | our description */
type OutcomeRow = [string, string, string, boolean, string];

const D = {
  boardDirection: 'The board owns the approach to securing the organisation’s essential functions and steers it.',
  roles: 'People with security duties are named, know what is expected of them and have the authority to act.',
  decisions: 'Security risk is weighed when decisions are taken, by people with the authority to accept it.',
  riskProcess: 'A working process finds, rates and treats security risks to essential functions, and is kept current.',
  assurance: 'Evidence, not assumption, shows that the security measures you rely on work as intended.',
  assets: 'You know which systems, data, people and services your essential functions depend on, and keep the record current.',
  supplyChain: 'Security risk from suppliers and the services they run for you is understood and managed for the life of the contract.',
  policyDev: 'Security policies, processes and procedures exist, fit the organisation and are kept up to date.',
  policyImpl: 'Those policies are followed in practice, and their effect is checked.',
  identity: 'Only verified, authenticated and authorised people and systems reach the systems behind essential functions.',
  devices: 'Only known, managed and trusted devices can reach those systems.',
  privileged: 'Administrative and other powerful accounts are few, tightly controlled and watched.',
  idam: 'Accounts and access rights are granted, reviewed and removed through a managed process.',
  understandingData: 'You know which data matters to essential functions, where it is, and the harm its loss or misuse would cause.',
  transit: 'Important data is protected while it moves between systems, sites and organisations.',
  stored: 'Important data is protected where it is stored, backups included.',
  mobile: 'Important data on laptops, phones and removable media is protected.',
  sanitisation: 'Data is removed securely before equipment or media is reused, repaired or disposed of.',
  secureDesign: 'Systems are designed so that an attack is hard to carry out, quick to notice and limited in effect.',
  secureConfig: 'Systems are built to, and kept at, a known hardened configuration.',
  secureMgmt: 'The systems and networks used to administer essential functions are themselves protected.',
  vulnMgmt: 'Weaknesses are found and fixed or mitigated promptly, and unsupported software is dealt with.',
  resiliencePrep: 'You have planned how essential functions keep running through disruption.',
  resilienceDesign: 'Systems are built so that the failure or compromise of one part does not stop the whole.',
  backups: 'Backups of what essential functions need are taken, kept safe from attack and tested by restoring them.',
  culture: 'Staff see security as part of their job and feel able to raise concerns.',
  training: 'Staff get security training suited to their roles and keep it current.',
  logSecurity: 'Logs are protected from tampering and kept long enough to be useful.',
  alerts: 'Monitoring raises alerts on signs of attack, tuned so that analysts are not swamped.',
  responsePlan: 'An incident response plan built on realistic scenarios exists, and the people in it know it.',
  responseCapability: 'The people, tools and arrangements needed to carry out the plan and restore essential functions are in place.',
  exercising: 'The plan is exercised regularly, and what the exercises show changes it.',
  improvements: 'Lessons from incidents lead to changes in defences, plans and training.',
};

export const CAF_V32_OUTCOMES: OutcomeRow[] = [
  ['A1.a', 'Board Direction', '4/0/4', false, D.boardDirection],
  ['A1.b', 'Roles and Responsibilities', '3/0/3', false, D.roles],
  ['A1.c', 'Decision-making', '5/0/4', false, D.decisions],
  ['A2.a', 'Risk Management Process', '8/6/9', true, D.riskProcess],
  ['A2.b', 'Assurance', '3/0/5', false, D.assurance],
  ['A3.a', 'Asset Management', '5/0/5', false, D.assets],
  ['A4.a', 'Supply Chain', '4/6/7', true, D.supplyChain],
  ['B1.a', 'Policy, Process and Procedure Development', '7/2/6', true, D.policyDev],
  ['B1.b', 'Policy, Process and Procedure Implementation', '6/4/4', true, D.policyImpl],
  ['B2.a', 'Identity Verification, Authentication and Authorisation', '5/7/6', true, D.identity],
  ['B2.b', 'Device Management', '4/5/4', true, D.devices],
  ['B2.c', 'Privileged User Management', '7/4/4', true, D.privileged],
  ['B2.d', 'Identity and Access Management (IdAM)', '5/4/5', true, D.idam],
  ['B3.a', 'Understanding Data', '4/6/9', true, D.understandingData],
  ['B3.b', 'Data in Transit', '3/2/3', true, D.transit],
  ['B3.c', 'Stored Data', '3/4/5', true, D.stored],
  ['B3.d', 'Mobile Data', '3/3/3', true, D.mobile],
  ['B3.e', 'Media / Equipment Sanitisation', '1/1/2', true, D.sanitisation],
  ['B4.a', 'Secure by Design', '4/5/5', true, D.secureDesign],
  ['B4.b', 'Secure Configuration', '5/6/8', true, D.secureConfig],
  ['B4.c', 'Secure Management', '2/3/3', true, D.secureMgmt],
  ['B4.d', 'Vulnerability Management', '5/5/4', true, D.vulnMgmt],
  ['B5.a', 'Resilience Preparation', '3/2/2', true, D.resiliencePrep],
  ['B5.b', 'Design for Resilience', '3/2/4', true, D.resilienceDesign],
  ['B5.c', 'Backups', '3/2/2', true, D.backups],
  ['B6.a', 'Cyber Security Culture', '4/3/6', true, D.culture],
  ['B6.b', 'Cyber Security Training', '3/3/4', true, D.training],
  ['C1.a', 'Monitoring Coverage', '4/4/6', true, 'Monitoring reaches the systems and data sources needed to spot attacks on essential functions.'],
  ['C1.b', 'Securing Logs', '5/3/7', true, D.logSecurity],
  ['C1.c', 'Generating Alerts', '5/5/6', true, D.alerts],
  ['C1.d', 'Identifying Security Incidents', '4/4/4', true, 'Alerts are examined in context to decide which are real security incidents.'],
  ['C1.e', 'Monitoring Tools and Skills', '7/6/7', true, 'The people who monitor have the tools and skills the job needs.'],
  ['C2.a', 'System Abnormalities for Attack Detection', '2/0/4', false, 'Unusual system behaviour is used to find attacks that signature-based monitoring misses.'],
  ['C2.b', 'Proactive Attack Discovery', '1/0/2', false, 'You look for signs of attackers already inside rather than waiting for an alert.'],
  ['D1.a', 'Response Plan', '3/4/4', true, D.responsePlan],
  ['D1.b', 'Response and Recovery Capability', '3/0/6', false, D.responseCapability],
  ['D1.c', 'Testing and Exercising', '4/0/4', false, D.exercising],
  ['D2.a', 'Incident Root Cause Analysis', '2/0/3', false, 'After an incident you establish why it happened, not only what happened.'],
  ['D2.b', 'Using Incidents to Drive Improvements', '2/0/5', false, D.improvements],
];

export const CAF_V4_OUTCOMES: OutcomeRow[] = [
  ['A1.a', 'Board Direction', '4/0/6', false, D.boardDirection],
  ['A1.b', 'Roles and Responsibilities', '3/0/3', false, D.roles],
  ['A1.c', 'Decision-making', '6/0/4', false, D.decisions],
  ['A2.a', 'Risk Management Process', '8/5/9', true, D.riskProcess],
  ['A2.b', 'Understanding Threat', '4/5/8', true, 'You understand who might attack your essential functions, why, and the methods they are likely to use.'],
  ['A2.c', 'Assurance', '3/0/5', false, D.assurance],
  ['A3.a', 'Asset Management', '5/0/5', false, D.assets],
  ['A4.a', 'Supply Chain', '4/7/10', true, D.supplyChain],
  ['A4.b', 'Secure Software Development and Support', '4/10/5', true, 'Software you build or commission is developed and supported with security built into the process.'],
  ['B1.a', 'Policy, Process and Procedure Development', '7/2/7', true, D.policyDev],
  ['B1.b', 'Policy, Process and Procedure Implementation', '6/4/4', true, D.policyImpl],
  ['B2.a', 'Identity Verification, Authentication and Authorisation', '5/7/6', true, D.identity],
  ['B2.b', 'Device Management', '4/5/4', true, D.devices],
  ['B2.c', 'Privileged User Management', '7/4/4', true, D.privileged],
  ['B2.d', 'Identity and Access Management (IdAM)', '5/4/5', true, D.idam],
  ['B3.a', 'Understanding Data', '4/6/9', true, D.understandingData],
  ['B3.b', 'Data in Transit', '3/2/3', true, D.transit],
  ['B3.c', 'Stored Data', '3/4/5', true, D.stored],
  ['B3.d', 'Mobile Data', '3/3/3', true, D.mobile],
  ['B3.e', 'Media / Equipment Sanitisation', '1/1/2', true, D.sanitisation],
  ['B4.a', 'Secure by Design', '4/5/6', true, D.secureDesign],
  ['B4.b', 'Secure Configuration', '6/7/7', true, D.secureConfig],
  ['B4.c', 'Secure Management', '2/3/3', true, D.secureMgmt],
  ['B4.d', 'Vulnerability Management', '5/5/4', true, D.vulnMgmt],
  ['B5.a', 'Resilience Preparation', '3/2/2', true, D.resiliencePrep],
  ['B5.b', 'Design for Resilience', '3/3/5', true, D.resilienceDesign],
  ['B5.c', 'Backups', '3/2/2', true, D.backups],
  ['B6.a', 'Cyber Security Culture', '5/4/6', true, D.culture],
  ['B6.b', 'Cyber Security Training', '6/3/4', true, D.training],
  ['C1.a', 'Sources and Tools for Logging and Monitoring', '9/7/9', true, 'The log sources and tools needed to see what happens on the systems behind essential functions are in place.'],
  ['C1.b', 'Securing Logs', '4/4/5', true, D.logSecurity],
  ['C1.c', 'Generating Alerts', '6/9/9', true, D.alerts],
  ['C1.d', 'Triage of Security Alerts', '5/5/6', true, 'Alerts are triaged quickly and consistently, so real incidents are found and false positives set aside.'],
  ['C1.e', 'Personnel Skills for Monitoring and Detection', '6/6/9', true, 'The people who monitor and detect have the skills, knowledge and time they need.'],
  ['C1.f', 'Understanding User\u2019s and System\u2019s Behaviour, and Threat Intelligence', '7/4/8', true, 'Normal behaviour of users and systems is understood, and threat intelligence helps spot what is not normal.'],
  ['C2.a', 'Threat Hunting', '3/4/8', true, 'Analysts search proactively for attacker activity that automated detection has missed.'],
  ['D1.a', 'Response Plan', '3/6/4', true, D.responsePlan],
  ['D1.b', 'Response and Recovery Capability', '3/0/6', false, D.responseCapability],
  ['D1.c', 'Testing and Exercising', '4/0/4', false, D.exercising],
  ['D2.a', 'Post Incident Analysis', '4/0/4', false, 'After an incident you analyse what happened and why, root causes included.'],
  ['D2.b', 'Using Incidents to Drive Improvements', '4/0/7', false, D.improvements],
];

/** Central-government Baseline and Enhanced targets for v3.2 outcomes, as WebCAF encodes them (outcome:level). */
const BASELINE_V32 =
  'A1.a:A A1.b:A A1.c:A A2.a:PA A2.b:A A3.a:A A4.a:PA B1.a:PA B1.b:PA B2.a:PA B2.b:PA B2.c:PA B2.d:PA B3.a:PA B3.b:PA B3.c:PA B3.d:PA B3.e:PA ' +
  'B4.a:PA B4.b:PA B4.c:PA B4.d:PA B5.a:PA B5.b:PA B5.c:PA B6.a:PA B6.b:PA C1.a:PA C1.b:PA C1.c:PA C1.d:PA C1.e:PA C2.a:NA C2.b:NA ' +
  'D1.a:A D1.b:A D1.c:A D2.a:A D2.b:A';
const ENHANCED_V32 =
  'A1.a:A A1.b:A A1.c:A A2.a:A A2.b:A A3.a:A A4.a:A B1.a:PA B1.b:PA B2.a:A B2.b:A B2.c:A B2.d:A B3.a:PA B3.b:PA B3.c:PA B3.d:PA B3.e:A ' +
  'B4.a:PA B4.b:A B4.c:PA B4.d:PA B5.a:PA B5.b:PA B5.c:A B6.a:PA B6.b:PA C1.a:A C1.b:A C1.c:A C1.d:A C1.e:A C2.a:NA C2.b:NA ' +
  'D1.a:A D1.b:A D1.c:A D2.a:A D2.b:A';
const LEVEL_OF: Record<string, string> = { NA: 'not-achieved', PA: 'partially-achieved', A: 'achieved' };

function profileFrom(codes: string): Record<string, string> {
  const pairs = codes.split(' ').map((pair) => pair.split(':') as [string, string]);
  if (pairs.map(([ref]) => ref).join() !== CAF_V32_OUTCOMES.map(([ref]) => ref).join()) throw new Error('profile table does not match the outcome table');
  return Object.fromEntries(pairs.map(([ref, code]) => [ref, LEVEL_OF[code]!]));
}

function outcomeNodes(rows: OutcomeRow[]): CatalogueNode[] {
  return rows.map(([ref, title, igps, hasPartial, description]) => {
    const [na, pa, a] = igps.split('/').map(Number) as [number, number, number];
    if (hasPartial !== pa > 0) throw new Error(`${ref}: Partially achieved level and PA indicator count disagree`);
    return {
      ref,
      parentRef: ref.slice(0, 2),
      type: 'outcome',
      title,
      description,
      assessable: true,
      levels: hasPartial ? THREE_LEVELS : TWO_LEVELS,
      attributes: { indicatorsNotAchieved: na, indicatorsPartiallyAchieved: pa, indicatorsAchieved: a },
    } satisfies CatalogueNode;
  });
}

export function structureNodes(objectives: Array<[string, string, string?]>, principles: Array<[string, string]>): CatalogueNode[] {
  const nodes: CatalogueNode[] = [];
  for (const [ref, title, description] of objectives) {
    nodes.push({ ref, parentRef: null, type: 'objective', title, ...(description ? { description } : {}), assessable: false });
    for (const [pref, ptitle] of principles.filter(([p]) => p.startsWith(ref))) {
      nodes.push({ ref: pref, parentRef: ref, type: 'principle', title: ptitle, assessable: false });
    }
  }
  return nodes;
}

/** Objectives, then each principle followed by its outcomes: the order people read the CAF in. */
export function cafTree(objectives: Array<[string, string, string?]>, principles: Array<[string, string]>, outcomes: CatalogueNode[]): CatalogueNode[] {
  const nodes: CatalogueNode[] = [];
  for (const node of structureNodes(objectives, principles)) {
    nodes.push(node);
    if (node.type === 'principle') nodes.push(...outcomes.filter((o) => o.parentRef === node.ref));
  }
  return nodes;
}

const NCSC_URL = 'https://www.ncsc.gov.uk/collection/cyber-assessment-framework';
const cafProvenance = (version: string, date: string, sources: Provenance['sources']): Provenance => ({
  publisher: 'National Cyber Security Centre (NCSC)',
  version,
  date,
  licence: 'Crown copyright; Open Government Licence v3.0 presumed (not yet confirmed for the CAF)',
  url: NCSC_URL,
  attribution: 'Identifiers and short titles: © Crown copyright, National Cyber Security Centre.',
  sources,
  note:
    'Identifiers, short titles, the levels each outcome allows and indicator-of-good-practice counts only. The indicator statements are NCSC’s text and are not included: an installation can import them (see docs/catalogues.md). Descriptions are Bulwark’s own words.',
});

export function caf32(): CatalogueDocument {
  return {
    format: 'bulwark.catalogue/1',
    id: 'caf',
    version: '3.2',
    name: 'NCSC Cyber Assessment Framework',
    shortName: 'CAF 3.2',
    kind: 'framework',
    description: 'Four objectives, fourteen principles and thirty-nine contributing outcomes for organisations running essential services. The basis of the CAF-aligned DSPT for 2024-25 and 2025-26.',
    provenance: cafProvenance('3.2', '2024-04', [
      { title: 'co-cddo/domains-webcaf frameworks/cyber-assessment-framework-v3.2.yaml @ 83873e6866e72b425a828c471c028a2d89df6fa0', url: 'https://github.com/co-cddo/domains-webcaf' },
      { title: 'intuitem/ciso-assistant-community backend/library/libraries/ncsc-caf-3.2.yaml @ f990d7b1b9a9f56e391acbc247c9076262a11412', url: 'https://github.com/intuitem/ciso-assistant-community' },
    ]),
    levels: CAF_LEVELS,
    defaultLevels: THREE_LEVELS,
    nodes: cafTree(CAF_OBJECTIVES, CAF_PRINCIPLES_V32, outcomeNodes(CAF_V32_OUTCOMES)),
    profiles: [
      {
        id: 'central-government-baseline',
        name: 'Central government Baseline profile (as encoded by WebCAF)',
        description: 'The Baseline target levels WebCAF records for central government. Not the NHS DSPT profile; included to compare against.',
        expected: profileFrom(BASELINE_V32),
      },
      {
        id: 'central-government-enhanced',
        name: 'Central government Enhanced profile (as encoded by WebCAF)',
        description: 'The Enhanced target levels WebCAF records for central government. Not the NHS DSPT profile; included to compare against.',
        expected: profileFrom(ENHANCED_V32),
      },
    ],
  };
}

export function caf40(): CatalogueDocument {
  return {
    format: 'bulwark.catalogue/1',
    id: 'caf',
    version: '4.0',
    name: 'NCSC Cyber Assessment Framework',
    shortName: 'CAF 4.0',
    kind: 'framework',
    description: 'The August 2025 edition: adds understanding the threat (A2.b) and secure software development (A4.b), and rebuilds security monitoring (C1) and threat hunting (C2). Forty-one contributing outcomes.',
    provenance: cafProvenance('4.0', '2025-08', [
      { title: 'co-cddo/domains-webcaf frameworks/cyber-assessment-framework-v4.0.md and .yaml @ 83873e6866e72b425a828c471c028a2d89df6fa0', url: 'https://github.com/co-cddo/domains-webcaf' },
      { title: 'intuitem/ciso-assistant-community tools/excel/ncsc/tools/ncsc-caf_v4_framework_builder.py @ f990d7b1b9a9f56e391acbc247c9076262a11412', url: 'https://github.com/intuitem/ciso-assistant-community' },
    ]),
    levels: CAF_LEVELS,
    defaultLevels: THREE_LEVELS,
    nodes: cafTree(CAF_OBJECTIVES, CAF_PRINCIPLES_V4, outcomeNodes(CAF_V4_OUTCOMES)),
  };
}
