// Live evidence on assessment outcomes, through the API on both engines: the information asset
// register's figures (its data flows' too) on CAF, DSPT and NDG outcomes with exact numbers; a submitted assessment keeping
// the figures of its submission; figures shown only to readers who may also read the register; a
// failing source leaving the outcome readable; and another Trust's register never counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentSummary, OutcomeDetail, Workspace } from '../../src/contract/assessments.js';
import type { FlowDetail } from '../../src/contract/data-flows.js';
import type { AssetDetail, SupplierDetail } from '../../src/contract/information-assets.js';
import type { LiveFigure } from '../../src/contract/live-evidence.js';
import { ukDateOf } from '../../src/platform/as-of.js';
import { contributeLiveEvidence, logLiveEvidenceTo } from '../../src/platform/live-evidence.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string, mentalHealth: string;
let iglead: Client, auditor: Client, staff: Client, icsLead: Client, mhAdmin: Client;
let caf: AssessmentSummary;

const assessments = (org = acute) => `/api/v1/orgs/${org}/assessments`;
const outcomeUrl = (id: string, ref: string, org = acute) => `${assessments(org)}/${id}/outcomes/${encodeURIComponent(ref)}`;
/** A UK date this many days from today. */
const day = (offset: number) => ukDateOf(new Date(Date.now() + offset * 86_400_000));

async function ok<T>(res: { statusCode: number; body: string; json: <J>() => J }, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

async function outcome(client: Client, id: string, ref: string, org = acute): Promise<OutcomeDetail> {
  return ok<OutcomeDetail>(await client.get(outcomeUrl(id, ref, org)));
}

/** The figures on an outcome as key → words, in the order shown. */
async function figureWords(client: Client, id: string, ref: string, org = acute): Promise<Array<[string, string, LiveFigure['state']]>> {
  return (await outcome(client, id, ref, org)).liveEvidence.map((f) => [f.key, f.text, f.state]);
}

async function start(client: Client, catalogue: string, period: string, org = acute): Promise<AssessmentSummary> {
  return ok<AssessmentSummary>(await client.post(assessments(org), { catalogue, period }), 201);
}

async function supplier(body: Record<string, unknown>, client = iglead, org = acute): Promise<SupplierDetail> {
  return ok<SupplierDetail>(await client.post(`/api/v1/orgs/${org}/suppliers`, body), 201);
}

async function asset(body: Record<string, unknown>, client = iglead, org = acute): Promise<AssetDetail> {
  return ok<AssetDetail>(await client.post(`/api/v1/orgs/${org}/assets`, body), 201);
}

async function flow(body: Record<string, unknown>): Promise<FlowDetail> {
  return ok<FlowDetail>(await iglead.post(`/api/v1/orgs/${acute}/data-flows`, body), 201);
}

beforeAll(async () => {
  t = await createTestApp();
  [acute, mentalHealth] = await Promise.all([orgId(t.app, 'RZZ'), orgId(t.app, 'RZY')]);
  [iglead, auditor, staff, icsLead, mhAdmin] = await Promise.all([
    signIn(t.server, 'iglead@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'icslead@northshire-ics.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
  ]);
  const owner = (await signIn(t.server, 'iao@northshire-acute.example')).userId;

  // Three suppliers: one meeting the DSPT with an expired certificate, one not meeting it whose
  // contract has ended while an asset depends on it, one exceeding it that nothing depends on.
  const northway = await supplier({ name: 'Northway Health Systems', dsptStatus: 'standards-met', contractEndsOn: '2099-03-31', certifications: [{ scheme: 'cyber-essentials', number: 'CE-1', expiresOn: '2020-01-31' }] });
  const eastgate = await supplier({ name: 'Eastgate Diagnostics', dsptStatus: 'standards-not-met', contractStartsOn: '2018-01-01', contractEndsOn: '2020-12-31' });
  await supplier({ name: 'Westbrook Cloud', dsptStatus: 'standards-exceeded' });

  // Four live assets and one archived.
  const epr = await asset({
    name: 'Electronic patient record',
    type: 'system',
    criticality: 'critical',
    ownerId: owner,
    supplierId: northway.id,
    patientData: true,
    specialCategoryData: true,
    encryptionAtRest: 'yes',
    supportEndsOn: '2099-12-31',
    backupRestoreTestedOn: day(-30),
    continuityPlan: true,
  });
  // Unsupported, holding patient data, encryption not known: two flags.
  const pathology = await asset({ name: 'Pathology system', type: 'application', criticality: 'high', ownerName: 'Pathology lab manager', supplierId: eastgate.id, patientData: true, supportEndsOn: '2020-01-01' });
  // No owner, personal data unencrypted, support ending soon: three flags.
  const rota = await asset({ name: 'Staff rota spreadsheet', type: 'dataset', criticality: 'low', personalData: true, encryptionAtRest: 'no', supportEndsOn: day(90) });
  // Unsupported, no personal data: one flag.
  const telephony = await asset({ name: 'Old telephony', type: 'system', criticality: 'medium', ownerId: owner, supportEndsOn: '2021-06-30' });
  const fax = await asset({ name: 'Fax server', type: 'system', criticality: 'low', personalData: true, supportEndsOn: '2019-01-01' });
  await ok(await iglead.delete(`/api/v1/orgs/${acute}/assets/${fax.id}?version=${fax.version}`));

  // Six flows: four live ones carrying personal data, one carrying none, one archived.
  const forCare = { dataCategories: ['identifiers', 'health'], patientData: true, purpose: 'Individual care', lawfulBasis: 'public-task', specialCategoryCondition: 'health-or-social-care', schedule1Condition: 'Part 1, paragraph 2' };
  // In order: every basis, encrypted, a current agreement.
  await flow({ name: 'Discharge summaries', from: { assetId: epr.id }, to: { party: 'GP practices' }, ...forCare, cldcBasis: 'implied-consent-direct-care', encryptedInTransit: 'yes', agreementType: 'data-sharing-agreement', agreementExpiresOn: '2099-12-31' });
  // No Art 9 condition, no common law basis, encryption not known, its agreement expired.
  await flow({ name: 'Cancer registration', from: { assetId: pathology.id }, to: { party: 'Cancer registry' }, ...forCare, specialCategoryCondition: null, agreementType: 'data-sharing-agreement', agreementExpiresOn: '2020-01-31' });
  // Staff data on paper to a supplier, with no agreement: paper cannot be encrypted, so it is left out of that figure.
  await flow({ name: 'Rota printouts', from: { assetId: rota.id }, to: { supplierId: northway.id }, dataCategories: ['identifiers', 'employment'], purpose: 'Rostering', lawfulBasis: 'contract', transferMethod: 'paper-post', agreementType: 'none' });
  // Between two assets: no agreement needed.
  await flow({ name: 'Results to the record', from: { assetId: pathology.id }, to: { assetId: epr.id }, ...forCare, cldcBasis: 'implied-consent-direct-care', encryptedInTransit: 'yes' });
  await flow({ name: 'Call volumes', from: { assetId: telephony.id }, to: { party: 'Telephony supplier' } });
  const old = await flow({ name: 'Old fax feed', from: { assetId: epr.id }, to: { party: 'Community clinics' }, dataCategories: ['health'], purpose: 'Referrals' });
  await ok(await iglead.delete(`/api/v1/orgs/${acute}/data-flows/${old.id}?version=${old.version}`));

  caf = await start(iglead, 'caf@4.0', '2026-27');
});
afterAll(() => t.close());

describe('the register’s figures on CAF and DSPT outcomes', () => {
  it('A3.a asset management: live assets, owners, critical assets, support ending or ended, flags', async () => {
    const detail = await outcome(iglead, caf.id, 'A3.a');
    expect(detail.liveEvidence.map((f) => [f.key, f.text, f.state])).toEqual([
      ['information-assets', '4', 'info'],
      ['assets-with-owner', '3 of 4 (75%)', 'attention'],
      ['critical-assets', '1', 'info'],
      ['assets-support-ending-or-ended', '3', 'attention'],
      ['asset-flags', '6', 'attention'],
    ]);
    expect(detail.liveEvidenceBasis).toMatchObject({ reason: 'working', kept: false });
    expect(detail.liveEvidence[1]).toEqual({
      key: 'assets-with-owner',
      label: 'Information assets with an Information Asset Owner',
      value: 3,
      of: 4,
      text: '3 of 4 (75%)',
      asOf: detail.liveEvidenceBasis.asOf,
      state: 'attention',
      source: 'Information asset register',
      link: `/orgs/${acute}/assets`,
    });
    expect(detail.liveEvidence.find((f) => f.key === 'critical-assets')!.link).toBe(`/orgs/${acute}/assets?criticality=critical`);
  });

  it('A4.a supply chain: suppliers, DSPT of patient-data suppliers, expired certificates, ended contracts', async () => {
    expect(await figureWords(iglead, caf.id, 'A4.a')).toEqual([
      ['suppliers', '3', 'info'],
      ['patient-data-suppliers-dspt-met', '1 of 2 (50%)', 'attention'],
      ['supplier-certifications-expired', '1', 'attention'],
      ['supplier-contracts-ended-with-dependants', '1', 'attention'],
    ]);
  });

  it('B3.a understanding data: what personal, special category and patient data is held, and how much is encrypted', async () => {
    expect((await figureWords(iglead, caf.id, 'B3.a')).slice(0, 4)).toEqual([
      ['assets-personal-data', '3', 'info'],
      ['assets-special-category-data', '1', 'info'],
      ['assets-patient-data', '2', 'info'],
      ['personal-data-assets-encrypted', '1 of 3 (33%)', 'attention'],
    ]);
  });

  it('B3.a understanding data: the live personal-data flows, their legal bases, encryption in transit and agreements', async () => {
    const detail = await outcome(iglead, caf.id, 'B3.a');
    expect(detail.liveEvidence.slice(4).map((f) => [f.key, f.text, f.state])).toEqual([
      ['personal-data-flows', '4', 'info'],
      ['personal-data-flows-with-lawful-basis', '3 of 4 (75%)', 'attention'],
      ['patient-data-flows-with-cldc-basis', '2 of 3 (67%)', 'attention'],
      ['personal-data-flows-encrypted', '2 of 3 (67%)', 'attention'],
      ['external-personal-data-flows-with-agreement', '1 of 3 (33%)', 'attention'],
      // None of the four records its retention, so none is a complete Art 30 activity.
      ['processing-activities-complete', '0 of 4 (0%)', 'attention'],
    ]);
    expect(detail.liveEvidence.slice(4).map((f) => f.link)).toEqual([
      `/orgs/${acute}/data-flows?personal=true`,
      `/orgs/${acute}/data-flows?lackingBasis=true`,
      `/orgs/${acute}/data-flows?lackingBasis=true`,
      `/orgs/${acute}/data-flows?personal=true&unencrypted=true`,
      `/orgs/${acute}/data-flows?personal=true&external=true`,
      `/orgs/${acute}/data-flows?personal=true`,
    ]);
  });

  it('the flows’ links list what needs attention: the API’s filters answer the flows the figures count against', async () => {
    const names = async (query: string) => (await ok<{ items: FlowDetail[] }>(await iglead.get(`/api/v1/orgs/${acute}/data-flows?${query}`))).items.map((f) => f.name);
    expect(await names('lackingBasis=true')).toEqual(['Cancer registration']);
    expect(await names('personal=true&unencrypted=true')).toEqual(['Cancer registration', 'Rota printouts']);
    expect(await names('personal=true&external=true')).toEqual(['Cancer registration', 'Discharge summaries', 'Rota printouts']);
  });

  it('an outcome the register says nothing about has no figures', async () => {
    const detail = await outcome(iglead, caf.id, 'B4.d');
    expect(detail.liveEvidence).toEqual([]);
  });

  it('one contribution covers CAF 3.2 and the CAF-aligned DSPT, which keep the same refs', async () => {
    const [older, dspt] = [await start(iglead, 'caf@3.2', '2026-27'), await start(iglead, 'dspt@2025-26', '2025-26')];
    const expected = await figureWords(iglead, caf.id, 'A3.a');
    expect(await figureWords(iglead, older.id, 'A3.a')).toEqual(expected);
    expect(await figureWords(iglead, dspt.id, 'A3.a')).toEqual(expected);
  });

  it('the workspace counts each outcome’s figures, so the outline can mark them', async () => {
    const workspace = await ok<Workspace>(await iglead.get(`${assessments()}/${caf.id}`));
    // Training compliance speaks to B6.b even before any completion is imported: nobody to count yet.
    expect(workspace.liveFigures).toEqual({ 'A3.a': 5, 'A4.a': 4, 'B3.a': 10, 'B6.b': 2 });
  });
});

describe('the register’s figures on the NDG standards', () => {
  let ndg: AssessmentSummary;
  beforeAll(async () => {
    ndg = await start(iglead, 'ndg-standards@2016', '2026-27');
  });

  it('standard 1: personal data encrypted at rest, the assets flagged for it, and the personal-data flows’ bases, encryption and agreements', async () => {
    expect(await figureWords(iglead, ndg.id, '1')).toEqual([
      ['personal-data-assets-encrypted', '1 of 3 (33%)', 'attention'],
      ['personal-data-unencrypted-flags', '2', 'attention'],
      ['personal-data-flows-with-lawful-basis', '3 of 4 (75%)', 'attention'],
      ['patient-data-flows-with-cldc-basis', '2 of 3 (67%)', 'attention'],
      ['personal-data-flows-encrypted', '2 of 3 (67%)', 'attention'],
      ['external-personal-data-flows-with-agreement', '1 of 3 (33%)', 'attention'],
    ]);
  });

  it('standard 8: unsupported systems, those holding personal data, and support ending within 180 days', async () => {
    expect(await figureWords(iglead, ndg.id, '8')).toEqual([
      ['unsupported-assets', '2', 'attention'],
      ['unsupported-assets-with-personal-data', '1', 'attention'],
      ['assets-support-ending', '1', 'attention'],
    ]);
  });

  it('standard 10: suppliers meeting the DSPT, and suppliers with a flag', async () => {
    const detail = await outcome(iglead, ndg.id, '10');
    expect(detail.liveEvidence.map((f) => [f.key, f.text, f.state])).toEqual([
      ['suppliers-dspt-met', '2 of 3 (67%)', 'attention'],
      ['suppliers-flagged', '2', 'attention'],
    ]);
    expect(detail.liveEvidence[1]!.link).toBe(`/orgs/${acute}/suppliers?flagged=true`);
  });
});

describe('who sees the figures', () => {
  it('an auditor, who may read the register, sees them', async () => {
    expect((await outcome(auditor, caf.id, 'A3.a')).liveEvidence).toHaveLength(5);
  });

  it('staff and ICS oversight read the assessment but not the register, so they see no figures', async () => {
    for (const reader of [staff, icsLead]) {
      const detail = await outcome(reader, caf.id, 'A3.a');
      expect(detail.node.ref).toBe('A3.a');
      expect(detail.liveEvidence).toEqual([]);
      expect((await ok<Workspace>(await reader.get(`${assessments()}/${caf.id}`))).liveFigures).toEqual({});
    }
  });

  it('an API token sees only the figures its scopes would let it read at the source', async () => {
    const read = async (scopes: string[]) => {
      const { token } = await ok<{ token: string }>(await iglead.post('/api/v1/me/tokens', { name: scopes.join(' '), scopes }), 201);
      const res = await t.server.inject({ method: 'GET', url: outcomeUrl(caf.id, 'A4.a'), headers: { authorization: `Bearer ${token}` } });
      return (await ok<OutcomeDetail>(res)).liveEvidence.map((f) => f.key);
    };
    expect(await read(['assessment:read'])).toEqual([]);
    // The DSPT of patient-data suppliers reads both assets and suppliers.
    expect(await read(['assessment:read', 'supplier:read'])).toEqual(['suppliers', 'supplier-certifications-expired', 'supplier-contracts-ended-with-dependants']);
    expect(await read(['assessment:read', 'asset:read', 'supplier:read'])).toHaveLength(4);
  });

  it('an API token sees the data flows’ figures only with the scope to read data flows', async () => {
    const read = async (scopes: string[]) => {
      const { token } = await ok<{ token: string }>(await iglead.post('/api/v1/me/tokens', { name: `flows ${scopes.join(' ')}`, scopes }), 201);
      const res = await t.server.inject({ method: 'GET', url: outcomeUrl(caf.id, 'B3.a'), headers: { authorization: `Bearer ${token}` } });
      return (await ok<OutcomeDetail>(res)).liveEvidence.map((f) => f.key);
    };
    expect(await read(['assessment:read', 'asset:read'])).toEqual(['assets-personal-data', 'assets-special-category-data', 'assets-patient-data', 'personal-data-assets-encrypted']);
    expect(await read(['assessment:read', 'flow:read'])).toEqual([
      'personal-data-flows',
      'personal-data-flows-with-lawful-basis',
      'patient-data-flows-with-cldc-basis',
      'personal-data-flows-encrypted',
      'external-personal-data-flows-with-agreement',
      'processing-activities-complete',
    ]);
  });
});

describe('a source that fails', () => {
  it('is logged and left out; the outcome and the register’s figures are still shown', async () => {
    const warnings: Array<{ details: object; message: string }> = [];
    logLiveEvidenceTo({ warn: (details, message) => warnings.push({ details, message }) });
    const withdraw = contributeLiveEvidence({
      source: 'Broken register',
      figures: [{ key: 'broken', readActions: ['asset.read'], speaksTo: [{ family: 'caf', ref: 'A3.a' }] }],
      compute: () => Promise.reject(new Error('the register could not be read')),
    });
    try {
      const detail = await outcome(iglead, caf.id, 'A3.a');
      expect(detail.response.ref).toBe('A3.a');
      expect(detail.liveEvidence.map((f) => f.source)).toEqual(Array(5).fill('Information asset register'));
      expect((await ok<Workspace>(await iglead.get(`${assessments()}/${caf.id}`))).liveFigures['A3.a']).toBe(5);
      expect(warnings[0]).toEqual({ details: { source: 'Broken register', orgId: acute, error: 'Error: the register could not be read' }, message: 'live evidence left out: its source failed' });
    } finally {
      withdraw();
      logLiveEvidenceTo({ warn: () => undefined });
    }
  });
});

describe('between organisations', () => {
  it('another Trust’s register is never counted, and its own assessment shows only its own', async () => {
    await asset({ name: 'Community mental health record', type: 'system', criticality: 'critical', patientData: true, encryptionAtRest: 'yes' }, mhAdmin, mentalHealth);
    expect((await figureWords(iglead, caf.id, 'A3.a'))[0]).toEqual(['information-assets', '4', 'info']);
    const theirs = await start(mhAdmin, 'caf@4.0', '2026-27', mentalHealth);
    expect((await figureWords(mhAdmin, theirs.id, 'A3.a', mentalHealth)).slice(0, 2)).toEqual([
      ['information-assets', '1', 'info'],
      ['assets-with-owner', '0 of 1 (0%)', 'attention'],
    ]);
    expect((await mhAdmin.get(outcomeUrl(caf.id, 'A3.a'))).statusCode).toBe(404);
    expect((await mhAdmin.get(outcomeUrl(caf.id, 'A3.a', mentalHealth))).statusCode).toBe(404);
  });
});

describe('a submitted assessment', () => {
  let submitted: AssessmentSummary;
  beforeAll(async () => {
    submitted = await start(iglead, 'ndg-standards@2016', '2025-26');
    for (const ref of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']) {
      const current = await outcome(iglead, submitted.id, ref);
      await ok(await iglead.patch(outcomeUrl(submitted.id, ref), { version: current.response.version, level: 'met' }));
    }
    const answered = await ok<Workspace>(await iglead.get(`${assessments()}/${submitted.id}`));
    const reviewing = await ok<AssessmentSummary>(await iglead.post(`${assessments()}/${submitted.id}/state`, { version: answered.assessment.version, to: 'in-review' }));
    submitted = await ok<AssessmentSummary>(await iglead.post(`${assessments()}/${submitted.id}/state`, { version: reviewing.version, to: 'submitted' }));
  });

  it('keeps the figures of the moment it was submitted: an asset added or changed later does not move them', async () => {
    const before = await figureWords(iglead, submitted.id, '8');
    await asset({ name: 'Legacy PACS', type: 'system', criticality: 'high', patientData: true, supportEndsOn: '2019-06-30' });
    const rota = (await ok<{ items: AssetDetail[] }>(await iglead.get(`/api/v1/orgs/${acute}/assets?q=rota`))).items[0]!;
    await ok(await iglead.patch(`/api/v1/orgs/${acute}/assets/${rota.id}`, { version: rota.version, encryptionAtRest: 'yes' }));

    const detail = await outcome(iglead, submitted.id, '8');
    expect(detail.liveEvidenceBasis).toEqual({ asOf: submitted.submittedAt, reason: 'submitted', kept: true });
    expect(detail.liveEvidence.map((f) => [f.key, f.text, f.state])).toEqual(before);
    expect(before[0]).toEqual(['unsupported-assets', '2', 'attention']);
    expect(detail.liveEvidence.every((f) => f.asOf === submitted.submittedAt)).toBe(true);
    expect((await figureWords(iglead, submitted.id, '1'))[0]).toEqual(['personal-data-assets-encrypted', '1 of 3 (33%)', 'attention']);

    // An assessment still being worked on sees the register as it is now.
    const working = await start(iglead, 'ndg-standards@2016', '2027-28');
    expect((await figureWords(iglead, working.id, '8'))[0]).toEqual(['unsupported-assets', '3', 'attention']);
    expect((await figureWords(iglead, working.id, '1'))[0]).toEqual(['personal-data-assets-encrypted', '2 of 4 (50%)', 'attention']);
  });

  it('shows its kept figures only to readers who may read the register', async () => {
    expect((await outcome(staff, submitted.id, '8')).liveEvidence).toEqual([]);
    expect((await outcome(auditor, submitted.id, '8')).liveEvidence).toHaveLength(3);
  });

  it('one submitted before figures were kept shows the register for the instant of submission: what existed then', async () => {
    const row = await t.app.db.selectFrom('assessments').select('snapshot_json').where('id', '=', submitted.id).executeTakeFirstOrThrow();
    const { liveEvidence: _kept, ...older } = JSON.parse(row.snapshot_json!) as Record<string, unknown>;
    await t.app.db.updateTable('assessments').set({ snapshot_json: JSON.stringify(older) }).where('id', '=', submitted.id).execute();
    const detail = await outcome(iglead, submitted.id, '8');
    expect(detail.liveEvidenceBasis).toEqual({ asOf: submitted.submittedAt, reason: 'submitted', kept: false });
    // Legacy PACS was added after the submission, so it is not counted.
    expect(detail.liveEvidence[0]).toMatchObject({ key: 'unsupported-assets', value: 2 });
  });
});
