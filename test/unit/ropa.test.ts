// The record of processing built from the register: each Art 30 field filled from the right part of a
// data flow or its assets, "Not recorded" where the register is silent, recipients inside and outside
// the organisation, special categories marked, international transfers with and without a safeguard,
// the controller's block, and the assets holding personal data that no live flow names.
import { describe, expect, it } from 'vitest';
import type { FlowDetail } from '../../src/contract/data-flows.js';
import type { AssetDetail, RegisterFlag } from '../../src/contract/information-assets.js';
import { NOT_RECORDED, ROPA_ACTIVITY_HEADINGS } from '../../src/contract/records-of-processing.js';
import { activityOf, buildRecordOfProcessing, completeActivities, controllerOf, directionOf, type RopaSources } from '../../src/modules/information-assets/domain/ropa.js';
import { aFlow as aRegisterFlow, anAsset as aRegisterAsset } from '../support/register-records.js';

const AS_OF = new Date('2026-06-30T22:59:59.999Z');

/** The patient record: critical, holding patient data, encrypted at rest and behind MFA. */
const anAsset = (facts: Partial<AssetDetail> = {}): AssetDetail =>
  aRegisterAsset({
    id: 'epr',
    name: 'Electronic patient record',
    owner: { id: null, name: 'Chief clinical information officer' },
    criticality: 'critical',
    personalData: true,
    specialCategoryData: true,
    patientData: true,
    encryptionAtRest: 'yes',
    mfa: 'yes',
    ...facts,
  });

/** A flow with nothing recorded beyond its ends and that it carries personal data; each case adds what it needs. */
const aFlow = (facts: Partial<FlowDetail> = {}): FlowDetail =>
  aRegisterFlow({
    name: 'Discharge summaries to GPs',
    from: { kind: 'asset', id: 'epr', name: 'Electronic patient record', archived: false },
    to: { kind: 'party', id: null, name: 'GP practices in Northshire', archived: false },
    external: true,
    personalData: true,
    ...facts,
  });

const assets = (...list: AssetDetail[]) => new Map(list.map((a) => [a.id, a]));
const EPR = anAsset();
const WAREHOUSE = anAsset({ id: 'dw', name: 'Clinical data warehouse', encryptionAtRest: 'unknown', mfa: 'no' });

describe('a processing activity from a data flow', () => {
  it('fills each Art 30 field from the flow and its assets', () => {
    const flag: RegisterFlag = { key: 'k', rule: 'opt-out-not-applied', severity: 'medium', subject: { kind: 'flow', id: 'f1', name: 'x' }, reason: 'x', actionId: null, actionStatus: null };
    const activity = activityOf(
      aFlow({
        dataCategories: ['identifiers', 'health', 'criminal-offence'],
        dataSubjects: ['patients', 'carers'],
        specialCategoryData: true,
        patientData: true,
        purpose: 'Continuing care after discharge',
        directCare: true,
        lawfulBasis: 'public-task',
        specialCategoryCondition: 'health-or-social-care',
        schedule1Condition: 'Part 1, paragraph 2',
        cldcBasis: 's251-support',
        cagReference: '21/CAG/0123',
        nationalDataOptOut: 'not-applied',
        transferMethod: 'nhsmail',
        encryptedInTransit: 'yes',
        agreementType: 'data-sharing-agreement',
        agreementReference: 'DSA-7',
        agreementExpiresOn: '2027-03-31',
        retention: 'Eight years after discharge',
        flags: [flag],
      }),
      assets(EPR),
    );
    expect(activity).toEqual({
      flowId: 'f1',
      direction: 'outbound',
      specialCategoryData: true,
      missing: [],
      name: 'Discharge summaries to GPs',
      from: 'Electronic patient record',
      purpose: 'Continuing care after discharge',
      directCare: 'Yes',
      dataSubjects: 'Patients; Carers',
      dataCategories: 'Identifiers; Health (special category); Criminal offences (criminal offence data)',
      recipients: 'GP practices in Northshire',
      recipientCategories: 'Another controller',
      transferCountry: 'None: the data stays in the UK',
      transferSafeguard: 'Not applicable',
      retention: 'Eight years after discharge',
      security: 'Encrypted in transit, sent by NHSmail. Electronic patient record: encrypted at rest, multi-factor authentication',
      lawfulBasis: '6(1)(e) Public task',
      specialCategoryCondition: '9(2)(h) Health or social care',
      schedule1Condition: 'Part 1, paragraph 2',
      cldcBasis: 's251 support, CAG reference 21/CAG/0123',
      nationalDataOptOut: 'Not applied',
      agreement: 'Data sharing agreement DSA-7, expires 2027-03-31',
      flags: 'National data opt-out not applied',
    });
  });

  it('says "Not recorded" for every gap, and lists the Art 30 headings missing', () => {
    const activity = activityOf(aFlow({ specialCategoryData: true, dataCategories: [], patientData: true }), assets(EPR));
    expect(activity).toMatchObject({
      purpose: NOT_RECORDED,
      dataSubjects: NOT_RECORDED,
      dataCategories: NOT_RECORDED,
      retention: NOT_RECORDED,
      lawfulBasis: NOT_RECORDED,
      specialCategoryCondition: NOT_RECORDED,
      cldcBasis: NOT_RECORDED,
      nationalDataOptOut: NOT_RECORDED,
      agreement: NOT_RECORDED,
      security: 'Encryption in transit not known, transfer method not recorded. Electronic patient record: encrypted at rest, multi-factor authentication',
      flags: 'None',
    });
    expect(activity.missing).toEqual([
      ROPA_ACTIVITY_HEADINGS.purpose,
      ROPA_ACTIVITY_HEADINGS.dataSubjects,
      ROPA_ACTIVITY_HEADINGS.dataCategories,
      ROPA_ACTIVITY_HEADINGS.retention,
      ROPA_ACTIVITY_HEADINGS.security,
    ]);
  });

  it.each([
    ['no special category data: no Art 9 condition is needed', {}, 'specialCategoryCondition', 'Not applicable'],
    ['no Art 9 condition needing Schedule 1, no criminal offence data', { specialCategoryCondition: 'explicit-consent' as const, specialCategoryData: true }, 'schedule1Condition', 'Not applicable'],
    ['an Art 9(2)(h) condition without its Schedule 1 condition', { specialCategoryCondition: 'health-or-social-care' as const, specialCategoryData: true }, 'schedule1Condition', NOT_RECORDED],
    ['not patient data: no common law basis is needed', {}, 'cldcBasis', 'Not applicable'],
    ['s251 support without its CAG reference', { cldcBasis: 's251-support' as const, patientData: true }, 'cldcBasis', 's251 support, CAG reference not recorded'],
    ['an agreement said to be none', { agreementType: 'none' as const }, 'agreement', 'None'],
    ['paper by post', { transferMethod: 'paper-post' as const }, 'security', 'Sent by Paper by post, which cannot be encrypted. Electronic patient record: encrypted at rest, multi-factor authentication'],
  ] as const)('%s', (_, facts, field, expected) => {
    expect(activityOf(aFlow(facts), assets(EPR))[field]).toBe(expected);
  });

  describe('recipients (d)', () => {
    it.each([
      ['between two of our assets: internal, and no agreement is needed', { to: { kind: 'asset' as const, id: 'dw', name: 'Clinical data warehouse', archived: false } }, 'internal', 'Internal: Clinical data warehouse', 'None outside the organisation'],
      ['to a supplier under a processing agreement', { to: { kind: 'supplier' as const, id: 's1', name: 'Meridian Ltd', archived: false }, agreementType: 'data-processing-agreement' as const }, 'outbound', 'Meridian Ltd (supplier)', 'Supplier acting as processor'],
      ['to a supplier with no agreement recorded', { to: { kind: 'supplier' as const, id: 's1', name: 'Meridian Ltd', archived: false } }, 'outbound', 'Meridian Ltd (supplier)', 'Supplier'],
      ['to another organisation with no agreement recorded', {}, 'outbound', 'GP practices in Northshire', 'Another organisation'],
      [
        'from another organisation into ours',
        { from: { kind: 'party' as const, id: null, name: 'NHS England', archived: false }, to: { kind: 'asset' as const, id: 'epr', name: 'Electronic patient record', archived: false } },
        'inbound',
        'Internal: Electronic patient record',
        'None outside the organisation',
      ],
    ])('%s', (_, facts, direction, recipients, categories) => {
      const activity = activityOf(aFlow(facts), assets(EPR, WAREHOUSE));
      expect([activity.direction, activity.recipients, activity.recipientCategories]).toEqual([direction, recipients, categories]);
    });

    it('internal flows need no agreement, and say the measures of both assets once each', () => {
      const activity = activityOf(aFlow({ to: { kind: 'asset', id: 'dw', name: 'Clinical data warehouse', archived: false }, transferMethod: 'direct-database-link', encryptedInTransit: 'no' }), assets(EPR, WAREHOUSE));
      expect(activity.agreement).toBe('Not needed within the organisation');
      expect(activity.security).toBe(
        'Not encrypted in transit, sent by Direct database link. Electronic patient record: encrypted at rest, multi-factor authentication. Clinical data warehouse: encryption at rest not known, no multi-factor authentication',
      );
    });

    it('a flow between two others is neither ours in nor ours out', () => {
      expect(directionOf({ from: { kind: 'supplier', id: 's', name: 'S', archived: false }, to: { kind: 'party', id: null, name: 'P', archived: false } })).toBe('between-others');
    });
  });

  describe('international transfers (e)', () => {
    it.each([
      ['none', {}, 'None: the data stays in the UK', 'Not applicable', []],
      ['with country and safeguard', { internationalTransfer: true, destinationCountry: 'United States', transferSafeguard: 'idta' as const }, 'United States', 'International data transfer agreement (IDTA)', []],
      ['with a safeguard said to be none', { internationalTransfer: true, destinationCountry: 'India', transferSafeguard: 'none' as const }, 'India', 'None in place', []],
      [
        'with neither recorded',
        { internationalTransfer: true },
        NOT_RECORDED,
        NOT_RECORDED,
        [ROPA_ACTIVITY_HEADINGS.transferCountry, ROPA_ACTIVITY_HEADINGS.transferSafeguard],
      ],
    ])('%s', (_, facts, country, safeguard, missing) => {
      const activity = activityOf(aFlow({ purpose: 'p', dataSubjects: ['staff'], dataCategories: ['employment'], retention: 'r', transferMethod: 'api', ...facts }), assets(EPR));
      expect([activity.transferCountry, activity.transferSafeguard, activity.missing]).toEqual([country, safeguard, missing]);
    });
  });
});

describe('the controller (a)', () => {
  const none = { controllerContact: null, dpoName: null, dpoContact: null, representative: null, jointControllers: null, dpoRoleHolders: [] };

  it('takes the details recorded, and the organisation’s name', () => {
    const details = { ...none, controllerContact: 'Trust HQ, Northshire', dpoName: 'Dana Price', dpoContact: 'dpo@trust.example', dpoRoleHolders: [{ name: 'Someone Else', email: 'x@trust.example' }] };
    expect(controllerOf('Northshire Acute', details)).toEqual({
      controller: 'Northshire Acute',
      controllerContact: 'Trust HQ, Northshire',
      jointControllers: NOT_RECORDED,
      representative: NOT_RECORDED,
      dpo: 'Dana Price',
      dpoContact: 'dpo@trust.example',
    });
  });

  it('names the people holding the DPO role, with their email, when no DPO is recorded', () => {
    const details = { ...none, dpoRoleHolders: [{ name: 'Dana Price', email: 'dpo@trust.example' }] };
    expect(controllerOf('Northshire Acute', details)).toMatchObject({ dpo: 'Dana Price (dpo@trust.example)', dpoContact: 'dpo@trust.example' });
  });

  it('says not recorded when there is neither', () => {
    expect(controllerOf('Northshire Acute', none)).toMatchObject({ dpo: NOT_RECORDED, dpoContact: NOT_RECORDED, controllerContact: NOT_RECORDED });
  });
});

describe('the whole record', () => {
  const sources = (flows: FlowDetail[], assetList: AssetDetail[]): RopaSources => ({
    organisationName: 'Northshire Acute',
    details: { controllerContact: null, dpoName: null, dpoContact: null, representative: null, jointControllers: null, dpoRoleHolders: [] },
    flows,
    assets: assetList,
    asOf: AS_OF,
  });

  it('has one activity per flow carrying personal data that was live at the instant', () => {
    const record = buildRecordOfProcessing(
      sources(
        [
          aFlow({ id: 'live' }),
          aFlow({ id: 'no-personal-data', personalData: false }),
          aFlow({ id: 'archived-before', archivedAt: '2026-05-01T00:00:00.000Z' }),
          aFlow({ id: 'archived-after', archivedAt: '2026-07-05T00:00:00.000Z' }),
          aFlow({ id: 'added-after', createdAt: '2026-07-01T09:00:00.000Z' }),
        ],
        [EPR],
      ),
    );
    expect(record.activities.map((a) => a.flowId)).toEqual(['live', 'archived-after']);
  });

  it('lists the live assets holding personal data that no live flow names, whatever that flow carries', () => {
    const hr = anAsset({ id: 'hr', name: 'Electronic staff record', owner: null, specialCategoryData: false, patientData: false, mfa: 'not-applicable' });
    const cctv = anAsset({ id: 'cctv', name: 'CCTV recordings', personalData: true, specialCategoryData: false, patientData: false });
    const noPersonal = anAsset({ id: 'rota', name: 'Theatre rota', personalData: false, specialCategoryData: false, patientData: false });
    const archived = anAsset({ id: 'old', name: 'Old PAS', archivedAt: '2026-03-01T00:00:00.000Z' });
    // A flow with no personal data still documents what the CCTV system is for.
    const flows = [aFlow(), aFlow({ id: 'f2', personalData: false, from: { kind: 'asset', id: 'cctv', name: 'CCTV recordings', archived: false } })];
    const record = buildRecordOfProcessing(sources(flows, [EPR, hr, cctv, noPersonal, archived]));
    expect(record.unflowedAssets).toEqual([{ assetId: 'hr', name: 'Electronic staff record', owner: NOT_RECORDED, dataHeld: 'Personal data', security: 'encrypted at rest, multi-factor authentication not applicable' }]);
    const patientAsset = buildRecordOfProcessing(sources([], [EPR])).unflowedAssets[0]!;
    expect(patientAsset).toMatchObject({ owner: 'Chief clinical information officer', dataHeld: 'Personal data; special category data; patient data' });
  });

  it('counts the activities with every Art 30 field recorded', () => {
    expect(completeActivities([{ missing: [] }, { missing: ['(b) Purpose'] }, { missing: [] }])).toEqual({ complete: 2, of: 3 });
  });
});
