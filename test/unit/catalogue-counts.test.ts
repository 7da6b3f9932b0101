// The shipped catalogues hold the counts the frameworks publish: if a table in scripts/catalogue-content
// changes, these say exactly which fact moved. Every crosswalk link must name nodes that exist.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CatalogueDocument,
  checkCrosswalkRefs,
  type CrosswalkDocument,
  levelsOf,
  RELATIONS,
  validateCatalogue,
  validateCrosswalk,
} from '../../src/modules/catalogues/domain/catalogue-format.js';
import { countByType } from '../../src/modules/catalogues/domain/catalogue-tree.js';
import { readShippedContent } from '../../src/modules/catalogues/shipped-content.js';

const catalogues = new Map<string, CatalogueDocument>();
const crosswalks: Array<{ fileName: string; doc: CrosswalkDocument }> = [];

beforeAll(() => {
  const content = readShippedContent();
  for (const f of content.catalogues) {
    const doc = validateCatalogue(f.value, f.fileName);
    catalogues.set(`${doc.id}@${doc.version}`, doc);
  }
  for (const f of content.crosswalks) crosswalks.push({ fileName: f.fileName, doc: validateCrosswalk(f.value, f.fileName) });
});

function catalogue(ref: string): CatalogueDocument {
  const doc = catalogues.get(ref);
  if (!doc) throw new Error(`${ref} is not shipped`);
  return doc;
}
const ofType = (doc: CatalogueDocument, type: string) => doc.nodes.filter((n) => n.type === type);
const withoutPartial = (doc: CatalogueDocument) =>
  ofType(doc, 'outcome')
    .filter((n) => !levelsOf(doc, n).includes('partially-achieved'))
    .map((n) => n.ref);
const indicatorTotals = (doc: CatalogueDocument) =>
  ofType(doc, 'outcome').reduce(
    (t, n) => ({
      na: t.na + Number(n.attributes?.indicatorsNotAchieved),
      pa: t.pa + Number(n.attributes?.indicatorsPartiallyAchieved),
      a: t.a + Number(n.attributes?.indicatorsAchieved),
    }),
    { na: 0, pa: 0, a: 0 },
  );

describe('what ships', () => {
  it('ten catalogues and twelve crosswalks, each valid against the format', () => {
    expect([...catalogues.keys()].sort()).toEqual([
      'caf@3.2',
      'caf@4.0',
      'caldicott@2020',
      'cis-controls@8.1',
      'dspt@2024-25',
      'dspt@2025-26',
      'ndg-standards@2016',
      'tcop@2019',
      'uk-gdpr-art5@2021',
      'wgll@2021',
    ]);
    expect(crosswalks).toHaveLength(12);
  });

  it('every catalogue names its publisher, edition, date, licence and where it comes from', () => {
    for (const doc of catalogues.values()) {
      expect(doc.provenance.publisher, doc.id).toMatch(/\w/);
      expect(doc.provenance.licence, doc.id).toMatch(/\w/);
      expect(doc.provenance.url, doc.id).toMatch(/^https:\/\//);
    }
  });
});

describe('NCSC CAF v3.2', () => {
  it('has 4 objectives, 14 principles and 39 outcomes', () => {
    expect(countByType(catalogue('caf@3.2').nodes)).toEqual({ objective: 4, principle: 14, outcome: 39 });
  });
  it('11 outcomes have no Partially achieved level; the other 28 have three levels', () => {
    const doc = catalogue('caf@3.2');
    expect(withoutPartial(doc)).toEqual(['A1.a', 'A1.b', 'A1.c', 'A2.b', 'A3.a', 'C2.a', 'C2.b', 'D1.b', 'D1.c', 'D2.a', 'D2.b']);
    expect(ofType(doc, 'outcome').filter((n) => levelsOf(doc, n).length === 3)).toHaveLength(28);
  });
  it('carries indicator counts NA 154 / PA 111 / A 184', () => {
    expect(indicatorTotals(catalogue('caf@3.2'))).toEqual({ na: 154, pa: 111, a: 184 });
  });
  it('names C2 Proactive Security Event Discovery, as v3.2 did', () => {
    expect(catalogue('caf@3.2').nodes.find((n) => n.ref === 'C2')?.title).toBe('Proactive Security Event Discovery');
  });
  it('ships the central-government Baseline and Enhanced profiles for all 39 outcomes', () => {
    const profiles = catalogue('caf@3.2').profiles ?? [];
    expect(profiles.map((p) => [p.id, Object.keys(p.expected).length])).toEqual([
      ['central-government-baseline', 39],
      ['central-government-enhanced', 39],
    ]);
    expect(profiles[0]!.expected['C2.a']).toBe('not-achieved');
    expect(profiles[1]!.expected['B2.a']).toBe('achieved');
  });
});

describe('NCSC CAF v4.0', () => {
  it('has 4 objectives, 14 principles and 41 outcomes', () => {
    expect(countByType(catalogue('caf@4.0').nodes)).toEqual({ objective: 4, principle: 14, outcome: 41 });
  });
  it('9 outcomes have no Partially achieved level', () => {
    expect(withoutPartial(catalogue('caf@4.0'))).toEqual(['A1.a', 'A1.b', 'A1.c', 'A2.c', 'A3.a', 'D1.b', 'D1.c', 'D2.a', 'D2.b']);
  });
  it('carries indicator counts NA 184 / PA 148 / A 225', () => {
    expect(indicatorTotals(catalogue('caf@4.0'))).toEqual({ na: 184, pa: 148, a: 225 });
  });
  it('adds A2.b Understanding Threat, A4.b and C1.f, and drops C2.b', () => {
    const refs = new Set(catalogue('caf@4.0').nodes.map((n) => n.ref));
    expect(['A2.b', 'A4.b', 'C1.f'].every((r) => refs.has(r))).toBe(true);
    expect(refs.has('C2.b')).toBe(false);
    expect(catalogue('caf@4.0').nodes.find((n) => n.ref === 'A2.b')?.title).toBe('Understanding Threat');
  });
});

describe.each(['2024-25', '2025-26'])('CAF-aligned DSPT %s', (year) => {
  const dspt = () => catalogue(`dspt@${year}`);
  it('has 47 outcomes: the 39 of CAF v3.2 and 8 under objective E', () => {
    const outcomes = ofType(dspt(), 'outcome').map((n) => n.ref);
    expect(outcomes).toHaveLength(47);
    expect(outcomes.filter((r) => !r.startsWith('E'))).toEqual(ofType(catalogue('caf@3.2'), 'outcome').map((n) => n.ref));
    expect(outcomes.filter((r) => r.startsWith('E'))).toEqual(['E1.a', 'E2.a', 'E2.b', 'E2.c', 'E3.a', 'E3.b', 'E4.a', 'E4.b']);
  });
  it('uses the NHS objective titles', () => {
    expect(ofType(dspt(), 'objective').map((n) => `${n.ref} ${n.title}`)).toEqual([
      'A Managing risk',
      'B Protecting against cyber attacks and data breaches',
      'C Detecting cyber security events',
      'D Minimising the impact of incidents',
      'E Using and sharing information appropriately',
    ]);
  });
  it('keeps the CAF v3.2 levels for objectives A–D', () => {
    expect(withoutPartial(dspt())).toEqual(withoutPartial(catalogue('caf@3.2')));
  });
  it('has a profile for the year, shipped empty for an administrator to set or import, and configurable status labels', () => {
    expect(dspt().profiles).toEqual([expect.objectContaining({ id: 'nhs-england', name: `NHS England profile ${year}`, expected: {} })]);
    expect(dspt().statusLabels?.map((s) => s.label)).toEqual(['Standards Exceeded', 'Standards Met', 'Approaching Standards', 'Standards Not Met']);
  });
});

describe('National Data Guardian standards', () => {
  it('has the 10 standards, numbered 1 to 10', () => {
    const doc = catalogue('ndg-standards@2016');
    expect(ofType(doc, 'standard').map((n) => n.ref)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(doc.nodes.find((n) => n.ref === '8')?.title).toBe('Unsupported systems');
  });
});

describe('CIS Controls v8.1', () => {
  const cis = () => catalogue('cis-controls@8.1');
  const safeguards = () => ofType(cis(), 'safeguard');
  const inGroup = (g: string) => safeguards().filter((n) => n.implementationGroups?.includes(g)).length;

  it('has 18 controls and 153 safeguards', () => {
    expect(countByType(cis().nodes)).toEqual({ control: 18, safeguard: 153 });
  });
  it('IG1 has 56 safeguards, IG2 130 and IG3 153, cumulatively', () => {
    expect([inGroup('ig1'), inGroup('ig2'), inGroup('ig3')]).toEqual([56, 130, 153]);
    // Cumulative: every IG1 safeguard is also in IG2 and IG3.
    expect(safeguards().every((n) => !n.implementationGroups?.includes('ig1') || n.implementationGroups.includes('ig2'))).toBe(true);
  });
  it('controls 13, 16 and 18 have no IG1 safeguards', () => {
    const controlsWithIg1 = new Set(safeguards().filter((n) => n.implementationGroups?.includes('ig1')).map((n) => n.parentRef));
    expect(['13', '16', '18'].filter((c) => controlsWithIg1.has(c))).toEqual([]);
  });
  it('asset types and security functions add up as the sources say', () => {
    const tally = (k: string) => countByType(safeguards().map((n) => ({ type: String(n.attributes?.[k]) })));
    expect(tally('assetType')).toEqual({ Data: 32, Users: 29, Devices: 25, Software: 24, Network: 23, Documentation: 20 });
    expect(tally('securityFunction')).toEqual({ Protect: 78, Govern: 25, Detect: 24, Identify: 14, Respond: 6, Recover: 6 });
    expect(safeguards().find((n) => n.ref === '16.3')?.attributes).toEqual({ assetType: 'Software', securityFunction: 'Detect' });
  });
  it('ships no CIS text: safeguards carry only their identifier', () => {
    expect(safeguards().every((n) => n.title === `Safeguard ${n.ref}` && !n.description && !n.guidance && !n.officialText)).toBe(true);
    expect(cis().provenance.licence).toMatch(/CC BY-NC-ND 4\.0/);
  });
});

describe('What Good Looks Like, TCoP point 6 and the data protection self-check', () => {
  it('WGLL has its 7 success measures', () => {
    expect(ofType(catalogue('wgll@2021'), 'measure').map((n) => n.title)).toEqual([
      'Well led',
      'Ensure smart foundations',
      'Safe practice',
      'Support people',
      'Empower citizens',
      'Improve care',
      'Healthy populations',
    ]);
  });
  it('TCoP carries point 6 "Make things secure" with 14 items, under the Open Government Licence with attribution', () => {
    const doc = catalogue('tcop@2019');
    expect(ofType(doc, 'point').map((n) => `${n.ref} ${n.title}`)).toEqual(['6 Make things secure']);
    expect(ofType(doc, 'item')).toHaveLength(14);
    expect(ofType(doc, 'item').map((n) => n.title)).toEqual(
      expect.arrayContaining(['Data encryption', 'Single sign-on', 'Two-factor authentication', 'Fine-grained access control', 'Usage monitoring and alerts', 'Timely patching']),
    );
    expect(doc.provenance.licence).toBe('Open Government Licence v3.0');
    expect(doc.provenance.attribution).toMatch(/Open Government Licence v3\.0/);
  });
  it('UK GDPR Article 5 has 7 principles, from 5(1)(a) to 5(2)', () => {
    expect(ofType(catalogue('uk-gdpr-art5@2021'), 'principle').map((n) => n.ref)).toEqual(['5(1)(a)', '5(1)(b)', '5(1)(c)', '5(1)(d)', '5(1)(e)', '5(1)(f)', '5(2)']);
  });
  it('there are 8 Caldicott Principles, the eighth about informing patients', () => {
    const principles = ofType(catalogue('caldicott@2020'), 'principle');
    expect(principles).toHaveLength(8);
    expect(principles[7]!.title).toMatch(/^Inform patients and service users/);
  });
});

describe('crosswalks', () => {
  it('every link names a node that exists in its source and its target, with a known relation', () => {
    for (const { fileName, doc } of crosswalks) {
      const source = catalogue(`${doc.source.catalogue}@${doc.source.version}`);
      const target = catalogue(`${doc.target.catalogue}@${doc.target.version}`);
      const refs = (c: CatalogueDocument) => new Set(c.nodes.map((n) => n.ref));
      expect(checkCrosswalkRefs(doc, fileName, refs(source), refs(target), { source: 's', target: 't' }), fileName).toEqual([]);
      expect(doc.links.every((l) => (RELATIONS as readonly string[]).includes(l.relation)), fileName).toBe(true);
    }
  });
  it('we author CAF ↔ DSPT, CIS, NDG, WGLL and TCoP crosswalks', () => {
    const pairs = crosswalks.map(({ doc }) => `${doc.source.catalogue}@${doc.source.version} → ${doc.target.catalogue}@${doc.target.version}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'caf@3.2 → caf@4.0',
        'caf@3.2 → dspt@2024-25',
        'caf@3.2 → dspt@2025-26',
        'caf@3.2 → cis-controls@8.1',
        'caf@4.0 → cis-controls@8.1',
        'caf@3.2 → ndg-standards@2016',
        'caf@3.2 → wgll@2021',
        'caf@3.2 → tcop@2019',
      ]),
    );
  });
  it('the v3.2 → v4.0 crosswalk carries every v3.2 outcome forward, following the renumbering', () => {
    const doc = crosswalks.find(({ doc }) => doc.id === 'caf-3.2-to-caf-4.0')!.doc;
    expect(new Set(doc.links.map((l) => l.source)).size).toBe(39);
    const link = (s: string) => doc.links.filter((l) => l.source === s).map((l) => `${l.relation} ${l.target}`);
    expect(link('A2.b')).toEqual(['equal A2.c']);
    expect(link('C2.b')).toEqual(['intersects C2.a']);
    expect(link('D2.a')).toEqual(['subset D2.a']);
  });
  it('CAF v3.2 maps to the same 39 outcomes of each DSPT year', () => {
    for (const year of ['2024-25', '2025-26']) {
      const doc = crosswalks.find(({ doc }) => doc.id === `caf-3.2-to-dspt-${year}`)!.doc;
      expect(doc.links).toHaveLength(39);
      expect(doc.links.every((l) => l.source === l.target)).toBe(true);
    }
  });
});
