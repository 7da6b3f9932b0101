// DPIAs through the API, on both engines: a DPIA taken from screening to sign-off, the DPO's advice
// refused to anyone else and sign-off refused before it; a flow of special-category data at scale
// flagged until a signed-off DPIA covers it; a change to a signed-off assessment reopening it; a
// review overdue as of a later date; a high residual risk flagged and made an action; references
// unique under parallel creation; stale versions refused; another Trust's DPIAs looking absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowDetail } from '../../src/contract/data-flows.js';
import type { DpiaDetail, DpiaList } from '../../src/contract/dpias.js';
import type { AssetDetail, FlagReport } from '../../src/contract/information-assets.js';
import type { RegisterAction } from '../../src/contract/register-actions.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string, mentalHealth: string;
let iao: Client, dpo: Client, siro: Client, iglead: Client, auditor: Client, staff: Client, mhAdmin: Client;

const base = (org = acute) => `/api/v1/orgs/${org}`;
const dpias = (org = acute) => `${base(org)}/dpias`;
const REVIEW_ON = '2030-06-30';

type Problem = { errors?: Array<{ field: string; message: string }>; detail: string; current?: { version: number } };
type Answer = { statusCode: number; body: string; json: <J>() => J };

async function answered<T>(res: Answer, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

const lowRisk = { description: 'Records seen by staff without a care relationship', likelihood: 'possible', severity: 'significant', measures: 'Role-based access and audit of access', residualLikelihood: 'remote', residualSeverity: 'minimal' };
const highResidual = { description: 'Re-identification from linked extracts', likelihood: 'probable', severity: 'severe', measures: 'Pseudonymisation', residualLikelihood: 'possible', residualSeverity: 'severe' };

let epr: AssetDetail, otherAsset: AssetDetail;
let atScale: FlowDetail;

const flowFlags = async (flowId: string, asOf = '2026-06-30') => (await answered<FlowDetail>(await auditor.get(`${base()}/data-flows/${flowId}?asOf=${asOf}`))).flags.map((f) => f.rule);

/** A DPIA taken as far as awaiting sign-off: required by its screening, assessed, linked and advised on. */
async function advisedDpia(title: string, links: { assetIds?: string[]; flowIds?: string[] }, risks: unknown[] = [lowRisk]): Promise<DpiaDetail> {
  let d = await answered<DpiaDetail>(await iao.post(dpias(), { title, ownerId: iao.userId }), 201);
  d = await answered(await iao.put(`${dpias()}/${d.id}/screening`, { answers: { 'special-category-at-scale': true }, version: d.version }));
  d = await answered(await iao.patch(`${dpias()}/${d.id}`, { necessity: 'Needed for care', consultation: 'Patient panel', version: d.version }));
  d = await answered(await iao.put(`${dpias()}/${d.id}/links`, { assetIds: links.assetIds ?? [], flowIds: links.flowIds ?? [], version: d.version }));
  d = await answered(await iao.put(`${dpias()}/${d.id}/risks`, { risks, version: d.version }));
  return answered(await dpo.post(`${dpias()}/${d.id}/advice`, { advice: 'Proceed with the measures listed', version: d.version }));
}

beforeAll(async () => {
  t = await createTestApp();
  [acute, mentalHealth] = await Promise.all([orgId(t.app, 'RZZ'), orgId(t.app, 'RZY')]);
  [iao, dpo, siro, iglead, auditor, staff, mhAdmin] = await Promise.all([
    signIn(t.server, 'iao@northshire-acute.example'),
    signIn(t.server, 'dpo@northshire-acute.example'),
    signIn(t.server, 'siro@northshire-acute.example'),
    signIn(t.server, 'iglead@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
  ]);
  const asset = async (name: string) => answered<AssetDetail>(await iao.post(`${base()}/assets`, { name, type: 'system', criticality: 'high', ownerName: 'Head of IT', encryptionAtRest: 'yes' }), 201);
  epr = await asset('Electronic patient record');
  otherAsset = await asset('Shared care record portal');
  atScale = await answered<FlowDetail>(
    await iao.post(`${base()}/data-flows`, {
      name: 'EPR to the shared care record',
      from: { assetId: epr.id },
      to: { party: 'Northshire ICS shared care record' },
      dataCategories: ['health', 'identifiers'],
      dataSubjects: ['patients'],
      patientData: true,
      recordVolume: 250_000,
      purpose: 'Individual care across the system',
      directCare: true,
      lawfulBasis: 'public-task',
      specialCategoryCondition: 'health-or-social-care',
      schedule1Condition: 'Part 1, paragraph 2',
      cldcBasis: 'implied-consent-direct-care',
      transferMethod: 'api',
      encryptedInTransit: 'yes',
      agreementType: 'data-sharing-agreement',
      agreementReference: 'DSA-44',
    }),
    201,
  );
});
afterAll(() => t.close());

describe('a DPIA from screening to sign-off', () => {
  let d: DpiaDetail;

  it('starts at screening, numbered for the year, with every screening question unanswered', async () => {
    d = await answered(await iao.post(dpias(), { title: ' Shared care record ', description: 'Sharing the EPR with the ICS shared care record', ownerId: iao.userId }), 201);
    expect(d).toMatchObject({ title: 'Shared care record', state: 'screening', owner: { id: iao.userId, name: 'Mark Donnelly' }, assessmentVersion: 1, dpoAdvice: null, signOff: null, flags: [] });
    expect(d.reference).toMatch(/^DPIA-\d{4}-\d{3}$/);
    expect(d.screening.answers).toHaveLength(9);
    expect(d.screening.answers.every((a) => a.answer === null && a.label.endsWith('?'))).toBe(true);
  });

  it('is required once a screening answer is yes, and in progress once the assessment begins', async () => {
    d = await answered(await iao.put(`${dpias()}/${d.id}/screening`, { answers: { 'special-category-at-scale': true, 'vulnerable-people': true, 'transfer-outside-uk': false }, version: d.version }));
    expect(d.state).toBe('required');
    expect(d.screening.outcome).toBe('required');
    d = await answered(await iao.patch(`${dpias()}/${d.id}`, { necessity: 'Clinicians need the record at the point of care', version: d.version }));
    expect(d.state).toBe('in-progress');
  });

  it('refuses the DPO’s advice while the assessment is incomplete, saying what it lacks', async () => {
    const refused = await answered<Problem>(await dpo.post(`${dpias()}/${d.id}/advice`, { advice: 'Too early', version: d.version }), 409);
    expect(refused.detail).toContain('whom it consulted');
    expect(refused.detail).toContain('at least one risk');
  });

  it('links the organisation’s assets and flows, refusing another organisation’s and naming the field', async () => {
    const theirs = await answered<AssetDetail>(await mhAdmin.post(`${base(mentalHealth)}/assets`, { name: 'Their system', type: 'system', criticality: 'low' }), 201);
    const refused = await answered<Problem>(await iao.put(`${dpias()}/${d.id}/links`, { assetIds: [epr.id, theirs.id], flowIds: [], version: d.version }), 422);
    expect(refused.errors!.map((e) => e.field)).toEqual(['assetIds.1']);
    d = await answered(await iao.put(`${dpias()}/${d.id}/links`, { assetIds: [epr.id, epr.id], flowIds: [atScale.id], version: d.version }));
    expect(d.assets).toEqual([{ id: epr.id, name: 'Electronic patient record', archived: false }]);
    expect(d.flows).toEqual([{ id: atScale.id, name: 'EPR to the shared care record', archived: false }]);
  });

  it('scores each risk before and after its measures', async () => {
    d = await answered(await iao.patch(`${dpias()}/${d.id}`, { consultation: 'Patient panel, Caldicott Guardian', version: d.version }));
    d = await answered(await iao.put(`${dpias()}/${d.id}/risks`, { risks: [lowRisk], version: d.version }));
    expect(d.risks).toEqual([{ ...lowRisk, score: 'medium', residualScore: 'low' }]);
    expect(d.state).toBe('awaiting-dpo-advice');
  });

  it('refuses the DPO’s advice from anyone without the DPO role, and sign-off before the advice', async () => {
    expect((await iglead.post(`${dpias()}/${d.id}/advice`, { advice: 'Fine by me', version: d.version })).statusCode).toBe(403);
    expect((await iao.post(`${dpias()}/${d.id}/advice`, { advice: 'Fine by me', version: d.version })).statusCode).toBe(403);
    const early = await answered<Problem>(await siro.post(`${dpias()}/${d.id}/sign-off`, { outcome: 'approved', reviewOn: REVIEW_ON, version: d.version }), 409);
    expect(early.detail).toContain('DPO’s advice');
    expect((await answered<DpiaDetail>(await auditor.get(`${dpias()}/${d.id}`))).dpoAdvice).toBeNull();
  });

  it('takes the DPO’s advice, then is awaiting sign-off', async () => {
    d = await answered(await dpo.post(`${dpias()}/${d.id}/advice`, { advice: 'Proceed; review access audit quarterly', version: d.version }));
    expect(d.state).toBe('awaiting-sign-off');
    expect(d.dpoAdvice).toMatchObject({ advice: 'Proceed; review access audit quarterly', by: { id: dpo.userId, name: 'Fatima Begum' }, onEarlierVersion: false });
  });

  it('is signed off by the SIRO, not by the DPO, and approval needs its review date', async () => {
    expect((await dpo.post(`${dpias()}/${d.id}/sign-off`, { outcome: 'approved', reviewOn: REVIEW_ON, version: d.version })).statusCode).toBe(403);
    const undated = await answered<Problem>(await siro.post(`${dpias()}/${d.id}/sign-off`, { outcome: 'approved', version: d.version }), 422);
    expect(undated.errors!.map((e) => e.field)).toEqual(['reviewOn']);
    const unconditioned = await answered<Problem>(await siro.post(`${dpias()}/${d.id}/sign-off`, { outcome: 'approved-with-conditions', reviewOn: REVIEW_ON, version: d.version }), 422);
    expect(unconditioned.errors!.map((e) => e.field)).toEqual(['conditions']);
    d = await answered(await siro.post(`${dpias()}/${d.id}/sign-off`, { outcome: 'approved-with-conditions', conditions: 'Quarterly access audit', reviewOn: REVIEW_ON, version: d.version }));
    expect(d).toMatchObject({ state: 'signed-off', reviewOn: REVIEW_ON, signOff: { outcome: 'approved-with-conditions', conditions: 'Quarterly access audit', by: { id: siro.userId } } });
  });

  it('records every step in the audit trail', async () => {
    const audit = await t.app.db.selectFrom('audit_events').select(['action', 'entity_type']).where('entity_id', '=', d.id).orderBy('seq').execute();
    expect(audit.every((a) => a.entity_type === 'dpia')).toBe(true);
    expect(audit.map((a) => a.action)).toEqual(['dpia.create', 'dpia.screening', 'dpia.change', 'dpia.links', 'dpia.change', 'dpia.risks', 'dpia.advice', 'dpia.sign-off']);
  });

  it('appears on the asset and the flow it covers, with its state', async () => {
    const ref = { id: d.id, reference: d.reference, title: 'Shared care record', state: 'signed-off' };
    expect((await answered<AssetDetail>(await auditor.get(`${base()}/assets/${epr.id}`))).dpias).toEqual([ref]);
    expect((await answered<FlowDetail>(await auditor.get(`${base()}/data-flows/${atScale.id}`))).dpias).toEqual([ref]);
    expect((await answered<AssetDetail>(await auditor.get(`${base()}/assets/${otherAsset.id}`))).dpias).toEqual([]);
    const listed = await answered<DpiaList>(await auditor.get(`${dpias()}?flowId=${atScale.id}`));
    expect(listed.items.map((i) => i.id)).toEqual([d.id]);
  });

  it('reopens when its assessment changes after sign-off: the sign-off cleared, the advice kept as on an earlier version', async () => {
    const reopened = await answered<DpiaDetail>(await iao.put(`${dpias()}/${d.id}/risks`, { risks: [lowRisk, { ...lowRisk, description: 'Extracts kept too long' }], version: d.version }));
    expect(reopened).toMatchObject({ state: 'awaiting-dpo-advice', signOff: null, assessmentVersion: d.assessmentVersion + 1, dpoAdvice: { onEarlierVersion: true } });
    const audit = await t.app.db.selectFrom('audit_events').select('action').where('entity_id', '=', d.id).orderBy('seq').execute();
    expect(audit.slice(-2).map((a) => a.action)).toEqual(['dpia.risks', 'dpia.reopen']);
    // Advised and signed off again, for the flag tests below.
    d = await answered(await dpo.post(`${dpias()}/${d.id}/advice`, { advice: 'Still proceed', version: reopened.version }));
    d = await answered(await siro.post(`${dpias()}/${d.id}/sign-off`, { outcome: 'approved', reviewOn: REVIEW_ON, version: d.version }));
    expect(d.state).toBe('signed-off');
  });

  it('changes its title and review date without reopening it', async () => {
    d = await answered(await iao.patch(`${dpias()}/${d.id}`, { title: 'Shared care record (ICS)', reviewOn: '2030-07-31', version: d.version }));
    expect(d).toMatchObject({ state: 'signed-off', title: 'Shared care record (ICS)', reviewOn: '2030-07-31' });
    expect(d.signOff).not.toBeNull();
  });
});

describe('flags', () => {
  it('a special-category flow at scale is flagged until a DPIA signed off with approval covers it', async () => {
    const flow = await answered<FlowDetail>(
      await iao.post(`${base()}/data-flows`, { name: 'Pathology results to the research database', from: { assetId: otherAsset.id }, to: { party: 'University research unit' }, dataCategories: ['health'], recordVolume: 40_000, purpose: 'Research', agreementType: 'data-sharing-agreement' }),
      201,
    );
    expect(await flowFlags(flow.id)).toContain('special-category-at-scale-without-dpia');
    const d = await advisedDpia('Research extracts', { flowIds: [flow.id] });
    expect(await flowFlags(flow.id)).toContain('special-category-at-scale-without-dpia');
    const refused = await answered<DpiaDetail>(await siro.post(`${dpias()}/${d.id}/sign-off`, { outcome: 'not-approved', version: d.version }));
    expect(refused.state).toBe('not-approved');
    expect(await flowFlags(flow.id)).toContain('special-category-at-scale-without-dpia');
    // Not approved, it is changed and goes round again.
    let again = await answered<DpiaDetail>(await iao.patch(`${dpias()}/${d.id}`, { necessity: 'Needed for the approved study only', version: refused.version }));
    expect(again.state).toBe('awaiting-dpo-advice');
    again = await answered(await dpo.post(`${dpias()}/${d.id}/advice`, { advice: 'Proceed', version: again.version }));
    await answered(await iao.post(`${dpias()}/${d.id}/sign-off`, { outcome: 'approved', reviewOn: REVIEW_ON, version: again.version }));
    expect(await flowFlags(flow.id)).not.toContain('special-category-at-scale-without-dpia');
  });

  it('raises the review overdue as of a date after the review date, in the flags report and the DPIA list', async () => {
    const report = await answered<FlagReport>(await auditor.get(`${base()}/asset-flags?asOf=2030-08-01`));
    const overdue = report.flags.filter((f) => f.rule === 'dpia-review-overdue');
    expect(overdue.map((f) => f.subject.name)).toEqual(expect.arrayContaining([expect.stringContaining('Research extracts'), expect.stringContaining('Shared care record (ICS)')]));
    expect(overdue.map((f) => f.subject.kind)).toEqual(['dpia', 'dpia']);
    expect(report.counts.find((c) => c.rule === 'dpia-review-overdue')!.count).toBe(2);
    const asOfReview = await answered<FlagReport>(await auditor.get(`${base()}/asset-flags?asOf=2030-07-31`));
    expect(asOfReview.flags.filter((f) => f.rule === 'dpia-review-overdue').map((f) => f.subject.name)).toEqual([expect.stringContaining('Research extracts')]);
    const due = await answered<DpiaList>(await auditor.get(`${dpias()}?state=review-due&asOf=2030-08-01`));
    expect(due.items.map((i) => i.title).sort()).toEqual(['Research extracts', 'Shared care record (ICS)']);
    expect((await answered<DpiaList>(await auditor.get(`${dpias()}?state=review-due`))).items).toEqual([]);
  });

  it('raises a high residual risk on a signed-off DPIA, which can be made an action shown on the flag', async () => {
    const d = await advisedDpia('Linked research dataset', { assetIds: [otherAsset.id] }, [lowRisk, highResidual]);
    expect(d.risks.map((r) => r.residualScore)).toEqual(['low', 'high']);
    expect(d.flags).toEqual([]);
    const signed = await answered<DpiaDetail>(await siro.post(`${dpias()}/${d.id}/sign-off`, { outcome: 'approved', reviewOn: REVIEW_ON, version: d.version }));
    expect(signed.flags.map((f) => [f.rule, f.severity, f.key])).toEqual([['dpia-high-residual-risk', 'high', `dpia-high-residual-risk:dpia:${d.id}`]]);
    const action = await answered<RegisterAction>(await iglead.post(`${base()}/register-actions`, { flagKey: signed.flags[0]!.key }), 201);
    expect(action.subject).toEqual({ kind: 'dpia', id: d.id, name: `${d.reference}: Linked research dataset` });
    const seen = await answered<DpiaDetail>(await auditor.get(`${dpias()}/${d.id}`));
    expect(seen.flags[0]).toMatchObject({ actionId: action.id, actionStatus: 'open' });
  });
});

describe('refusals', () => {
  it('gives 20 DPIAs started at once 20 different references', async () => {
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => iao.post(dpias(), { title: `Parallel DPIA ${i}` })));
    expect(made.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    expect(new Set(made.map((r) => r.json<DpiaDetail>().reference)).size).toBe(20);
  });

  it('refuses a stale version with 409 and the DPIA as it now is, changing nothing', async () => {
    const d = await answered<DpiaDetail>(await iao.post(dpias(), { title: 'Staff wellbeing survey' }), 201);
    const changed = await answered<DpiaDetail>(await iao.patch(`${dpias()}/${d.id}`, { title: 'Staff wellbeing survey 2026', version: d.version }));
    const stale = await answered<Problem>(await iglead.put(`${dpias()}/${d.id}/risks`, { risks: [lowRisk], version: d.version }), 409);
    expect(stale.current?.version).toBe(changed.version);
    expect((await answered<DpiaDetail>(await auditor.get(`${dpias()}/${d.id}`))).risks).toEqual([]);
  });

  it('screens a DPIA out only with every answer no and a reason, and refuses a reason beside a yes', async () => {
    const d = await answered<DpiaDetail>(await iao.post(dpias(), { title: 'Car park permits' }), 201);
    const allNo = { 'special-category-at-scale': false, 'systematic-monitoring': false, 'new-technology': false, 'automated-decisions': false, 'matching-datasets': false, 'vulnerable-people': false, 'unexpected-processing': false, 'location-tracking': false, 'transfer-outside-uk': false };
    const mixed = await answered<Problem>(await iao.put(`${dpias()}/${d.id}/screening`, { answers: { ...allNo, 'location-tracking': true }, notRequiredReason: 'Low risk', version: d.version }), 422);
    expect(mixed.errors!.map((e) => e.field)).toEqual(['notRequiredReason']);
    const out = await answered<DpiaDetail>(await iao.put(`${dpias()}/${d.id}/screening`, { answers: allNo, notRequiredReason: 'Staff names and car registrations only', version: d.version }));
    expect(out.state).toBe('not-required');
  });

  it('keeps an asset archived since linked and shows it archived, but refuses to link an archived asset anew', async () => {
    const kept = await answered<AssetDetail>(await iao.post(`${base()}/assets`, { name: 'Old bed management system', type: 'system', criticality: 'low' }), 201);
    const gone = await answered<AssetDetail>(await iao.post(`${base()}/assets`, { name: 'Old theatre system', type: 'system', criticality: 'low' }), 201);
    let d = await answered<DpiaDetail>(await iao.post(dpias(), { title: 'Bed management' }), 201);
    d = await answered(await iao.put(`${dpias()}/${d.id}/links`, { assetIds: [kept.id], flowIds: [], version: d.version }));
    await answered(await iao.delete(`${base()}/assets/${kept.id}?version=${kept.version}`));
    await answered(await iao.delete(`${base()}/assets/${gone.id}?version=${gone.version}`));
    expect((await answered<DpiaDetail>(await auditor.get(`${dpias()}/${d.id}`))).assets).toEqual([{ id: kept.id, name: 'Old bed management system', archived: true }]);
    const refused = await answered<Problem>(await iao.put(`${dpias()}/${d.id}/links`, { assetIds: [kept.id, gone.id], flowIds: [], version: d.version }), 422);
    expect(refused.errors!.map((e) => e.field)).toEqual(['assetIds.1']);
    const still = await answered<DpiaDetail>(await iao.put(`${dpias()}/${d.id}/links`, { assetIds: [kept.id], flowIds: [atScale.id], version: d.version }));
    expect(still.assets.map((a) => a.archived)).toEqual([true]);
  });

  it('refuses an owner without a role here, and those who may not keep or read the register', async () => {
    const refused = await answered<Problem>(await iao.post(dpias(), { title: 'X', ownerId: mhAdmin.userId }), 422);
    expect(refused.errors!.map((e) => e.field)).toEqual(['ownerId']);
    expect((await staff.get(dpias())).statusCode).toBe(403);
    expect((await auditor.post(dpias(), { title: 'Audit' })).statusCode).toBe(403);
  });

  it('answers 404 for another organisation’s DPIA, as if it did not exist', async () => {
    const ours = (await answered<DpiaList>(await auditor.get(dpias()))).items[0]!;
    expect((await mhAdmin.get(`${dpias(mentalHealth)}/${ours.id}`)).statusCode).toBe(404);
    expect((await mhAdmin.patch(`${dpias(mentalHealth)}/${ours.id}`, { title: 'Taken', version: ours.version })).statusCode).toBe(404);
    expect((await mhAdmin.put(`${dpias(mentalHealth)}/${ours.id}/links`, { assetIds: [], flowIds: [], version: ours.version })).statusCode).toBe(404);
    expect((await answered<DpiaList>(await mhAdmin.get(dpias(mentalHealth)))).items).toEqual([]);
  });
});
