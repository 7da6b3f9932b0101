// The crosswalks we author. Each link reads "source <relation> target" (see catalogue-format.ts); the
// judgements are ours, made on the identifiers and subjects of each item, and are meant to be reviewed.
import type { CatalogueDocument, CrosswalkDocument, MappingLink, Provenance, Relation } from '../../src/modules/catalogues/domain/catalogue-format.js';
import { CAF_V32_OUTCOMES, CAF_V4_OUTCOMES } from './caf.js';

const OURS = (note: string, sources: Provenance['sources'] = []): Provenance => ({
  publisher: 'Bulwark project',
  version: '1',
  date: '2026',
  licence: 'MIT',
  ...(sources.length ? { sources } : {}),
  note,
});

/** "A1.a>B3.c:intersects A1.b>…" or, with one relation for a group, a target list. */
function links(relation: Relation, table: Record<string, string>): MappingLink[] {
  return Object.entries(table).flatMap(([source, targets]) =>
    targets
      .split(/\s+/)
      .filter(Boolean)
      .map((target) => ({ source, target, relation })),
  );
}

// --- CAF v3.2 → CAF v4.0 -------------------------------------------------------------------------
export function caf32To40(): CrosswalkDocument {
  const v4 = new Map(CAF_V4_OUTCOMES.map((row) => [row[0], row]));
  const renamed: Record<string, [string, Relation, string]> = {
    'A2.b': ['A2.c', 'equal', 'Renumbered: Assurance moved from A2.b to A2.c.'],
    'C1.a': ['C1.a', 'intersects', 'Rewritten in v4.0: Monitoring Coverage became Sources and Tools for Logging and Monitoring.'],
    'C1.b': ['C1.b', 'intersects', 'Security monitoring was rewritten in v4.0.'],
    'C1.c': ['C1.c', 'intersects', 'Security monitoring was rewritten in v4.0.'],
    'C1.d': ['C1.d', 'intersects', 'Rewritten in v4.0: Identifying Security Incidents became Triage of Security Alerts.'],
    'C1.e': ['C1.e', 'intersects', 'Rewritten in v4.0: Monitoring Tools and Skills became Personnel Skills for Monitoring and Detection.'],
    'C2.a': ['C2.a', 'intersects', 'C2 became Threat Hunting; v3.2’s two outcomes were folded into one.'],
    'C2.b': ['C2.a', 'intersects', 'C2 became Threat Hunting; v3.2’s two outcomes were folded into one, and C2.b removed.'],
    'D2.a': ['D2.a', 'subset', 'Incident Root Cause Analysis became Post Incident Analysis, which includes root causes.'],
  };
  const result: MappingLink[] = CAF_V32_OUTCOMES.map(([ref, , igps]) => {
    const special = renamed[ref];
    if (special) return { source: ref, target: special[0], relation: special[1], note: special[2] };
    const target = v4.get(ref)!;
    const changed = target[2] !== igps;
    return { source: ref, target: ref, relation: 'equal', ...(changed ? { note: `Same outcome; indicators revised (NA/PA/A ${igps} → ${target[2]}).` } : {}) };
  });
  return {
    format: 'bulwark.crosswalk/1',
    id: 'caf-3.2-to-caf-4.0',
    name: 'CAF v3.2 to CAF v4.0',
    description: 'Carries a v3.2 assessment forward to v4.0. New in v4.0 with no v3.2 source: A2.b Understanding Threat, A4.b Secure Software Development and Support, C1.f.',
    source: { catalogue: 'caf', version: '3.2' },
    target: { catalogue: 'caf', version: '4.0' },
    provenance: OURS('Identifier changes as published by NCSC between v3.2 and v4.0; relations are Bulwark’s reading.', [
      { title: 'co-cddo/domains-webcaf v3.2 and v4.0 framework files @ 83873e6866e72b425a828c471c028a2d89df6fa0', url: 'https://github.com/co-cddo/domains-webcaf' },
    ]),
    links: result,
  };
}

// --- CAF v3.2 → DSPT ------------------------------------------------------------------------------
export function cafToDspt(year: string): CrosswalkDocument {
  return {
    format: 'bulwark.crosswalk/1',
    id: `caf-3.2-to-dspt-${year}`,
    name: `CAF v3.2 to DSPT ${year}`,
    description: 'Objectives A–D of the CAF-aligned DSPT are the CAF v3.2 outcomes, read for health and care. Objective E has no CAF source.',
    source: { catalogue: 'caf', version: '3.2' },
    target: { catalogue: 'dspt', version: year },
    provenance: OURS('Same identifiers in both; B3.a is marked subset because the NHS reading also asks for a record of processing activities.', [
      { title: 'DSPT News 154', url: 'https://www.dsptoolkit.nhs.uk/News/154' },
    ]),
    links: CAF_V32_OUTCOMES.map(([ref]) =>
      ref === 'B3.a'
        ? { source: ref, target: ref, relation: 'subset', note: 'The NHS reading of B3.a also asks for a record of processing activities (UK GDPR Article 30).' }
        : { source: ref, target: ref, relation: 'equal' },
    ),
  };
}

// --- CAF → CIS safeguards -------------------------------------------------------------------------
const CAF32_CIS_INTERSECTS: Record<string, string> = {
  'A2.b': '18.1 18.2 18.3 18.4 18.5',
  'A3.a': '1.1 2.1 3.2 5.1 12.4 15.1',
  'A4.a': '15.1 15.2 15.3 15.4 15.5 15.6 15.7',
  'B2.a': '5.2 6.3 6.4 6.5 6.7',
  'B2.b': '1.2 13.5 13.9',
  'B2.c': '4.7 5.4 6.5 12.8',
  'B2.d': '5.1 5.3 5.5 5.6 6.1 6.2 6.7 6.8',
  'B3.a': '3.1 3.2 3.7 3.8',
  'B3.b': '3.10',
  'B3.c': '3.3 3.11',
  'B3.d': '3.6 3.9 4.10 4.11 4.12',
  'B3.e': '3.5',
  'B4.a': '12.2 16.10',
  'B4.b': '2.5 2.6 2.7 4.1 4.2 4.4 4.5 4.7 4.8 4.9',
  'B4.c': '4.6 12.3 12.6 12.8',
  'B4.d': '2.2 7.1 7.2 7.3 7.4 7.5 7.6 7.7 12.1',
  'B5.c': '11.1 11.2 11.3 11.4 11.5',
  'B6.a': '14.1',
  'B6.b': '14.1 14.2 14.3 14.4 14.5 14.6 14.7 14.8 14.9',
  'C1.a': '8.2 8.5 8.6 8.7 8.8 8.12 13.2 13.3 13.6',
  'C1.b': '8.3 8.4 8.9 8.10',
  'C1.c': '13.1 13.11',
  'C1.d': '8.11',
  'C2.a': '10.7',
  'D1.a': '17.2 17.3 17.4 17.5 17.6 17.9',
  'D1.b': '17.1 17.5',
  'D1.c': '17.7',
  'D2.a': '17.8',
  'D2.b': '17.8',
};
const CAF32_CIS_RELATED: Record<string, string> = {
  'A1.b': '17.1 17.5',
  'A2.b': '8.11',
  'A3.a': '1.3 1.4 1.5 2.3 2.4 6.6',
  'A4.a': '8.12',
  'B1.a': '3.1 4.1 6.1 6.2 7.1 8.1 11.1 15.2 16.1',
  'B1.b': '14.1',
  'B2.a': '12.5',
  'B2.b': '1.1 4.6 12.7',
  'B3.a': '3.4',
  'B3.b': '12.6',
  'B3.c': '3.12 11.3',
  'B3.d': '10.3',
  'B4.a': '3.12 13.4 16.8 16.14',
  'B4.b': '4.3 9.4 10.1 10.5 16.7',
  'B4.d': '9.1 16.2 16.5',
  'B5.a': '11.1 17.4',
  'B5.b': '11.4 12.2',
  'B6.a': '14.6',
  'C1.a': '1.4',
  'C1.c': '3.14 10.1 10.7',
  'C1.d': '13.1',
  'C1.e': '13.1 14.9',
  'C2.a': '13.2 13.3',
  'C2.b': '13.3 18.4',
  'D1.a': '17.1',
  'D1.b': '11.1 11.5',
  'D1.c': '11.5',
  'D2.a': '16.3',
  'D2.b': '18.3',
};

export function cafToCis(version: '3.2' | '4.0'): CrosswalkDocument {
  const v32 = [...links('intersects', CAF32_CIS_INTERSECTS), ...links('related', CAF32_CIS_RELATED)];
  let result = v32;
  if (version === '4.0') {
    // v4.0 keeps most identifiers; follow the renumbering and add the new outcomes.
    const renumber: Record<string, string> = { 'A2.b': 'A2.c', 'C2.b': 'C2.a' };
    const added = [
      ...links('intersects', { 'A4.b': '16.1 16.2 16.3 16.4 16.5 16.6 16.7 16.8 16.9 16.10 16.11 16.12 16.13 16.14' }),
      ...links('related', { 'A2.b': '16.14', 'C1.f': '8.11 10.7 13.3' }),
    ];
    const seen = new Set<string>();
    result = [...v32.map((l) => ({ ...l, source: renumber[l.source] ?? l.source })), ...added].filter((l) => {
      const k = `${l.source} ${l.target} ${l.relation}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  return {
    format: 'bulwark.crosswalk/1',
    id: `caf-${version}-to-cis-controls-8.1`,
    name: `CAF v${version} to CIS Controls v8.1 safeguards`,
    description: 'Which CIS safeguards contribute to each CAF outcome. A safeguard is narrower than an outcome, so most links are “intersects” (a concrete part of it) or “related”.',
    source: { catalogue: 'caf', version },
    target: { catalogue: 'cis-controls', version: '8.1' },
    provenance: OURS('Bulwark’s own mapping, made on safeguard identifiers and subjects; no CIS text is reproduced.'),
    links: result,
  };
}

// --- CAF v3.2 → NDG standards, WGLL, TCoP ---------------------------------------------------------
const CAF_NDG: Array<[Relation, Record<string, string>]> = [
  ['intersects', {
    'A1.b': '2', 'A2.a': '9', 'A4.a': '10', 'B1.b': '5', 'B2.a': '4', 'B2.c': '4', 'B2.d': '4', 'B3.a': '1', 'B3.b': '1', 'B3.c': '1', 'B3.d': '1',
    'B4.b': '9', 'B4.d': '8', 'B5.a': '7', 'B6.a': '2', 'B6.b': '3', 'C1.d': '6', 'D1.a': '6', 'D1.b': '7', 'D1.c': '7',
  }],
  ['related', { 'A2.b': '5', 'A3.a': '8', 'B4.a': '9', 'B5.c': '7', 'C1.c': '6', 'D2.b': '5' }],
];
const CAF_WGLL: Array<[Relation, Record<string, string>]> = [
  ['intersects', { 'A1.a': '1.1', 'A2.a': '1.2', 'A2.b': '3.1', 'B4.a': '2.2', 'B4.d': '2.1', 'B6.b': '4.1 4.2', 'D1.a': '3.3', 'D1.c': '3.3' }],
  ['related', { 'A1.b': '1.1', 'B1.b': '3.1', 'B5.b': '2.1', 'B6.a': '4.1' }],
];
const CAF_TCOP: Array<[Relation, Record<string, string>]> = [
  ['intersects', {
    'A2.a': '6.1 6.2', 'A2.b': '6.13', 'B2.a': '6.8 6.9 6.10', 'B2.d': '6.10', 'B3.b': '6.7', 'B3.c': '6.7', 'B4.a': '6.3',
    'B4.d': '6.12', 'C1.a': '6.11', 'C1.c': '6.11',
  }],
  ['related', { 'B3.a': '6.4', 'B6.b': '6.2', 'D2.b': '6.14', 'A4.a': '6.6' }],
];

function authored(id: string, name: string, target: { catalogue: string; version: string }, table: Array<[Relation, Record<string, string>]>, note: string): CrosswalkDocument {
  return {
    format: 'bulwark.crosswalk/1',
    id,
    name,
    source: { catalogue: 'caf', version: '3.2' },
    target,
    provenance: OURS(note),
    links: table.flatMap(([relation, t]) => links(relation, t)),
  };
}

export const cafToNdg = () =>
  authored('caf-3.2-to-ndg-standards-2016', 'CAF v3.2 to the National Data Guardian standards', { catalogue: 'ndg-standards', version: '2016' }, CAF_NDG, 'Bulwark’s own mapping, for organisations moving from the standards-based to the CAF-aligned toolkit.');
export const cafToWgll = () =>
  authored('caf-3.2-to-wgll-2021', 'CAF v3.2 to What Good Looks Like cyber expectations', { catalogue: 'wgll', version: '2021' }, CAF_WGLL, 'Bulwark’s own mapping to its own summary of the WGLL cyber expectations.');
export const cafToTcop = () =>
  authored('caf-3.2-to-tcop-2019', 'CAF v3.2 to Technology Code of Practice point 6', { catalogue: 'tcop', version: '2019' }, CAF_TCOP, 'Bulwark’s own mapping to its numbering of TCoP point 6.');

// --- DSPT objective E → UK GDPR Article 5 and Caldicott ------------------------------------------
export function dsptToGdpr(year: string): CrosswalkDocument {
  return authoredFrom({ catalogue: 'dspt', version: year }, `dspt-${year}-to-uk-gdpr-art5-2021`, `DSPT ${year} objective E to UK GDPR Article 5`, { catalogue: 'uk-gdpr-art5', version: '2021' }, [
    ['intersects', { 'E1.a': '5(1)(a)', 'E4.a': '5(1)(e)', 'B3.a': '5(2)', 'B3.c': '5(1)(f)', 'B3.b': '5(1)(f)' }],
    ['related', { 'E2.b': '5(1)(a)', 'E3.b': '5(1)(b)', 'E4.a': '5(1)(d)', 'E4.b': '5(1)(d)' }],
  ]);
}
export function dsptToCaldicott(year: string): CrosswalkDocument {
  return authoredFrom({ catalogue: 'dspt', version: year }, `dspt-${year}-to-caldicott-2020`, `DSPT ${year} objective E to the Caldicott Principles`, { catalogue: 'caldicott', version: '2020' }, [
    ['intersects', { 'E3.a': '7', 'E1.a': '8', 'B2.d': '4', 'B6.b': '5' }],
    ['related', { 'E3.b': '1 2 3 6', 'E2.c': '8' }],
  ]);
}

function authoredFrom(
  source: { catalogue: string; version: string },
  id: string,
  name: string,
  target: { catalogue: string; version: string },
  table: Array<[Relation, Record<string, string>]>,
): CrosswalkDocument {
  return { ...authored(id, name, target, table, 'Bulwark’s own mapping, for the data protection self-check.'), source };
}

/** Every node ref in a catalogue, for checking that crosswalks name real nodes. */
export function refsOf(doc: CatalogueDocument): Set<string> {
  return new Set(doc.nodes.map((n) => n.ref));
}
