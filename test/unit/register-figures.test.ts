// The register's live figures worked out from lists, and which records the register held at an
// instant, with the edge cases written out as rows.
import { describe, expect, it } from 'vitest';
import type { FlowDetail } from '../../src/contract/data-flows.js';
import type { AssetDetail, FlagRule, RegisterFlag, SupplierDetail } from '../../src/contract/information-assets.js';
import { REGISTER_FIGURES, registerAt, registerFigureValues } from '../../src/modules/information-assets/domain/register-figures.js';
import { aFlow, anAsset } from '../support/register-records.js';

const ORG = 'org-1';

const flag = (rule: FlagRule, kind: 'asset' | 'supplier' | 'flow' = 'asset'): RegisterFlag => ({ key: `${rule}:${kind}:x`, rule, severity: 'medium', subject: { kind, id: 'x', name: 'x' }, reason: 'x', actionId: null, actionStatus: null });

const aSupplier = (facts: Partial<SupplierDetail> = {}): SupplierDetail => ({
  id: 's1',
  name: 'Northway Health Systems Ltd',
  companiesHouseNumber: null,
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  services: null,
  contractReference: null,
  contractStartsOn: null,
  contractEndsOn: null,
  dsptStatus: null,
  dsptYear: null,
  certifications: [],
  notes: null,
  assets: [],
  flows: [],
  flags: [],
  version: 1,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  ...facts,
});

const personal = { personalData: true, dataCategories: ['identifiers'] } as const satisfies Partial<FlowDetail>;
const patient = { personalData: true, patientData: true, specialCategoryData: true, dataCategories: ['identifiers', 'health'], lawfulBasis: 'public-task', specialCategoryCondition: 'health-or-social-care' } as const satisfies Partial<FlowDetail>;
const outward = { external: true, to: { kind: 'party', id: null, name: 'GP practices in Northshire', archived: false } } as const satisfies Partial<FlowDetail>;

function figure(key: string, assets: AssetDetail[], suppliers: SupplierDetail[] = [], flows: FlowDetail[] = []) {
  const found = registerFigureValues({ orgId: ORG, assets, suppliers, flows }).find((f) => f.key === key);
  if (!found) throw new Error(`no figure ${key}`);
  return { text: found.text, state: found.state };
}

describe('the register’s figures', () => {
  it.each<[string, string, AssetDetail[], SupplierDetail[], { text: string; state: string }]>([
    ['an empty register needs attention: no asset is known', 'information-assets', [], [], { text: '0', state: 'attention' }],
    ['assets in the register are a fact', 'information-assets', [anAsset(), anAsset()], [], { text: '2', state: 'info' }],
    ['every asset owned is all right', 'assets-with-owner', [anAsset(), anAsset({ owner: { id: 'u1', name: 'Mark' } })], [], { text: '2 of 2 (100%)', state: 'ok' }],
    ['one asset without an owner needs attention', 'assets-with-owner', [anAsset(), anAsset({ owner: null })], [], { text: '1 of 2 (50%)', state: 'attention' }],
    ['no assets: nothing to count, which is a fact and not a pass', 'assets-with-owner', [], [], { text: 'None to count', state: 'info' }],
    ['critical assets', 'critical-assets', [anAsset({ criticality: 'critical' }), anAsset()], [], { text: '1', state: 'info' }],
    ['support ended, ending, or fine: the first two count', 'assets-support-ending-or-ended', [anAsset({ flags: [flag('unsupported')] }), anAsset({ flags: [flag('support-ending')] }), anAsset({ flags: [flag('no-owner')] })], [], { text: '2', state: 'attention' }],
    ['no flags is all right', 'asset-flags', [anAsset()], [], { text: '0', state: 'ok' }],
    ['every flag on assets counts, one asset raising several', 'asset-flags', [anAsset({ flags: [flag('no-owner'), flag('unsupported')] }), anAsset({ flags: [flag('personal-data-unencrypted')] })], [], { text: '3', state: 'attention' }],
    [
      'suppliers of patient-data assets only; standards exceeded counts as met',
      'patient-data-suppliers-dspt-met',
      [anAsset({ patientData: true, supplier: { id: 's1', name: 'a' } }), anAsset({ patientData: true, supplier: { id: 's2', name: 'b' } }), anAsset({ supplier: { id: 's3', name: 'c' } })],
      [aSupplier({ id: 's1', dsptStatus: 'standards-exceeded' }), aSupplier({ id: 's2', dsptStatus: null }), aSupplier({ id: 's3', dsptStatus: 'standards-not-met' })],
      { text: '1 of 2 (50%)', state: 'attention' },
    ],
    ['certifications expired, one supplier with two', 'supplier-certifications-expired', [], [aSupplier({ flags: [flag('certification-expired', 'supplier'), flag('certification-expired', 'supplier'), flag('certification-expiring', 'supplier')] })], { text: '2', state: 'attention' }],
    ['personal data encrypted at rest: unknown is not encrypted', 'personal-data-assets-encrypted', [anAsset({ personalData: true, encryptionAtRest: 'yes' }), anAsset({ personalData: true }), anAsset({ encryptionAtRest: 'no' })], [], { text: '1 of 2 (50%)', state: 'attention' }],
    ['unsupported assets, with personal data or without', 'unsupported-assets', [anAsset({ flags: [flag('unsupported')] }), anAsset({ flags: [flag('unsupported-with-personal-data')] }), anAsset({ flags: [flag('support-ending')] })], [], { text: '2', state: 'attention' }],
    ['no unsupported asset holding personal data is all right', 'unsupported-assets-with-personal-data', [anAsset({ flags: [flag('unsupported')] })], [], { text: '0', state: 'ok' }],
    ['suppliers meeting the DSPT, of all suppliers', 'suppliers-dspt-met', [], [aSupplier({ dsptStatus: 'standards-met' }), aSupplier({ dsptStatus: 'standards-met' }), aSupplier({ dsptStatus: 'approaching-standards' })], { text: '2 of 3 (67%)', state: 'attention' }],
    ['suppliers with a flag are counted once however many they have', 'suppliers-flagged', [], [aSupplier({ flags: [flag('certification-expired', 'supplier'), flag('supplier-dspt-not-met', 'supplier')] }), aSupplier()], { text: '1', state: 'attention' }],
  ])('%s', (_, key, assets, suppliers, expected) => expect(figure(key, assets, suppliers)).toEqual(expected));
});

describe('the data flows’ figures', () => {
  it.each<[string, string, FlowDetail[], { text: string; state: string }]>([
    ['flows carrying personal data are a fact; one carrying none is not counted', 'personal-data-flows', [aFlow(personal), aFlow({ patientData: true, personalData: true }), aFlow()], { text: '2', state: 'info' }],
    ['no flow recorded: nothing to count', 'personal-data-flows-with-lawful-basis', [aFlow()], { text: 'None to count', state: 'info' }],
    ['every personal-data flow with an Article 6 basis is all right', 'personal-data-flows-with-lawful-basis', [aFlow({ ...personal, lawfulBasis: 'contract' }), aFlow()], { text: '1 of 1 (100%)', state: 'ok' }],
    [
      'special category data needs an Article 9 condition as well: an Article 6 basis alone is not enough',
      'personal-data-flows-with-lawful-basis',
      [aFlow(patient), aFlow({ ...patient, specialCategoryCondition: null }), aFlow(personal)],
      { text: '1 of 3 (33%)', state: 'attention' },
    ],
    ['patient-data flows only, with a common law basis or without', 'patient-data-flows-with-cldc-basis', [aFlow({ ...patient, cldcBasis: 'implied-consent-direct-care' }), aFlow(patient), aFlow({ ...personal, cldcBasis: null })], { text: '1 of 2 (50%)', state: 'attention' }],
    ['s251 support counts as a basis here (a missing CAG reference is a flag of its own)', 'patient-data-flows-with-cldc-basis', [aFlow({ ...patient, cldcBasis: 's251-support' })], { text: '1 of 1 (100%)', state: 'ok' }],
    [
      'encrypted in transit: unknown is not encrypted; paper by post is left out',
      'personal-data-flows-encrypted',
      [aFlow({ ...personal, encryptedInTransit: 'yes' }), aFlow(personal), aFlow({ ...personal, transferMethod: 'email', encryptedInTransit: 'no' }), aFlow({ ...personal, transferMethod: 'paper-post' }), aFlow({ encryptedInTransit: 'no' })],
      { text: '1 of 3 (33%)', state: 'attention' },
    ],
    [
      'external personal-data flows: missing or expired agreements do not count, one expiring still does, internal flows are left out',
      'external-personal-data-flows-with-agreement',
      [
        aFlow({ ...personal, ...outward, agreementType: 'data-sharing-agreement' }),
        aFlow({ ...personal, ...outward, agreementType: 'data-sharing-agreement', flags: [flag('flow-agreement-expiring', 'flow')] }),
        aFlow({ ...personal, ...outward, agreementType: 'data-sharing-agreement', flags: [flag('flow-agreement-expired', 'flow')] }),
        aFlow({ ...personal, ...outward, flags: [flag('flow-agreement-missing', 'flow')] }),
        aFlow(personal),
        aFlow(outward),
      ],
      { text: '2 of 4 (50%)', state: 'attention' },
    ],
  ])('%s', (_, key, flows, expected) => expect(figure(key, [], [], flows)).toEqual(expected));

  it('every figure links to the register’s page under the organisation, and says in words what it counts', () => {
    const values = registerFigureValues({ orgId: 'RZZ/1', assets: [], suppliers: [], flows: [] });
    expect(values.map((v) => v.key)).toEqual(REGISTER_FIGURES.map((f) => f.key));
    expect(new Set(values.map((v) => v.link))).toEqual(
      new Set([
        '/orgs/RZZ%2F1/assets',
        '/orgs/RZZ%2F1/assets?criticality=critical',
        '/orgs/RZZ%2F1/assets/flags',
        '/orgs/RZZ%2F1/suppliers',
        '/orgs/RZZ%2F1/suppliers?flagged=true',
        '/orgs/RZZ%2F1/data-flows?personal=true',
        '/orgs/RZZ%2F1/data-flows?lackingBasis=true',
        '/orgs/RZZ%2F1/data-flows?personal=true&unencrypted=true',
        '/orgs/RZZ%2F1/data-flows?personal=true&external=true',
      ]),
    );
    for (const v of values) expect(v.label).toMatch(/^[A-Z][a-z]/);
  });

  it('speaks to the same CAF outcome in the CAF and the CAF-aligned DSPT, and to the NDG standards by number', () => {
    const places = new Set(REGISTER_FIGURES.flatMap((f) => f.speaksTo.map((r) => `${r.family} ${r.ref}`)));
    expect([...places].sort()).toEqual(['caf A3.a', 'caf A4.a', 'caf B3.a', 'dspt A3.a', 'dspt A4.a', 'dspt B3.a', 'ndg-standards 1', 'ndg-standards 10', 'ndg-standards 8']);
  });
});

describe('the register at an instant', () => {
  const at = new Date('2026-06-30T12:00:00Z');
  it.each<[string, Partial<AssetDetail>, boolean]>([
    ['an asset added before the instant counts', { createdAt: '2026-06-30T11:59:59.999Z' }, true],
    ['an asset added at the instant counts', { createdAt: '2026-06-30T12:00:00.000Z' }, true],
    ['an asset added after the instant does not', { createdAt: '2026-06-30T12:00:00.001Z' }, false],
    ['an asset archived after the instant was still in the register then', { archivedAt: '2026-07-01T09:00:00.000Z' }, true],
    ['an asset archived before the instant was not', { archivedAt: '2026-06-29T09:00:00.000Z' }, false],
  ])('%s', (_, facts, counted) => expect(registerAt(ORG, [anAsset(facts)], [], [], at).assets).toHaveLength(counted ? 1 : 0));

  it('a supplier added after the instant is left out', () => {
    const suppliers = [aSupplier({ id: 'then' }), aSupplier({ id: 'later', createdAt: '2026-07-01T00:00:00.000Z' })];
    expect(registerAt(ORG, [], suppliers, [], at).suppliers.map((s) => s.id)).toEqual(['then']);
  });

  it('a data flow counts as an asset does: added by then and not archived before', () => {
    const flows = [
      aFlow({ id: 'then' }),
      aFlow({ id: 'archived-later', archivedAt: '2026-07-01T09:00:00.000Z' }),
      aFlow({ id: 'archived-before', archivedAt: '2026-06-29T09:00:00.000Z' }),
      aFlow({ id: 'added-later', createdAt: '2026-06-30T12:00:00.001Z' }),
    ];
    expect(registerAt(ORG, [], [], flows, at).flows.map((f) => f.id)).toEqual(['then', 'archived-later']);
  });
});
