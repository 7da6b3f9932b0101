// The demo trust's DSPT work, so every assessment view has something to show: last year's DSPT
// (2024-25) submitted, this year's (2025-26) carried forward from it and part complete, with owners,
// due dates, evidence (one item expiring, one expired) and an independent review that disagrees on
// some outcomes. The expected levels are a made-up demo profile, not NHS England's.
import type { AppContext } from '../../platform/context.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import { ukDateOf } from '../../platform/as-of.js';
import * as accounts from '../accounts/service.js';
import * as assessments from '../assessments/service.js';
import * as catalogues from '../catalogues/service.js';
import * as evidence from '../evidence/service.js';
import { createHash } from 'node:crypto';

const DSPT_THIS_YEAR = { catalogue: 'dspt@2025-26', period: '2025-26', dueOn: '2026-06-30' };
const DSPT_LAST_YEAR = { catalogue: 'dspt@2024-25', period: '2024-25', dueOn: '2025-06-30' };

// Outcomes of this year's assessment still without a level (the rest are answered).
const STILL_OPEN = new Set(['B4.b', 'B4.c', 'B5.b', 'C1.b', 'C1.c', 'C1.d', 'C1.e', 'C2.a', 'C2.b', 'D1.c', 'D2.a', 'D2.b', 'E2.c', 'E3.b', 'E4.b']);
// Outcomes answered below the demo profile this year.
const BELOW = new Set(['A2.a', 'B2.c', 'B4.d', 'B6.b']);
// Where the independent reviewer rates differently from the trust.
const REVIEW_LOWER = new Set(['A1.c', 'B2.a', 'B3.a']);

export async function loadDemoAssessments(app: AppContext, acute: OrganisationRow, now: Date): Promise<{ created: boolean }> {
  const existing = await assessments.listAssessments(app.db, acute.id, now);
  if (existing.some((a) => a.catalogue.ref === DSPT_THIS_YEAR.catalogue && a.period === DSPT_THIS_YEAR.period)) return { created: false };
  const person = async (email: string) => (await accounts.findAccountByEmail(app.db, email))!;
  const [lead, igLead, analyst, dpo, staff, auditor] = await Promise.all(
    ['seclead', 'iglead', 'analyst', 'dpo', 'staff', 'auditor'].map((who) => person(`${who}@northshire-acute.example`)),
  );
  const as = (user: { id: string; email: string }) => ({ db: app.db, actor: { userId: user.id, label: user.email }, now });

  await setDemoProfile(app, acute, igLead!, now);

  // Last year: every outcome answered, then submitted.
  const last = await assessments.createAssessment(as(igLead!), acute.id, DSPT_LAST_YEAR);
  const lastWorkspace = await workspaceOf(app, acute.id, last.id, now);
  for (const r of lastWorkspace.responses) {
    const level = r.ref === 'E1.a' ? 'not-applicable' : r.levels.length === 3 && ['B2.a', 'B2.c', 'B4.d', 'B6.b', 'C1.a', 'C1.c'].includes(r.ref) ? 'not-achieved' : r.levels.length === 3 ? 'partially-achieved' : 'achieved';
    await assessments.saveResponse(as(igLead!), acute.id, last.id, r.ref, {
      version: r.version,
      level,
      ...(level === 'not-applicable' ? { notApplicableReason: 'Privacy information is published by the integrated care board for the whole system.' } : {}),
      narrative: `${r.title}: position agreed at the information governance group in May 2025.`,
    });
  }
  const inReview = await assessments.moveAssessment(as(igLead!), acute.id, last.id, 'in-review', (await assessments.getAssessment(app.db, acute.id, last.id, now)).version);
  await assessments.moveAssessment(as(igLead!), acute.id, last.id, 'submitted', inReview.version);

  // Evidence the trust keeps: a file, one expiring within the month, one expired, a link and a note.
  const today = ukDateOf(now);
  const inDays = (days: number) => ukDateOf(new Date(now.getTime() + days * 86_400_000));
  const items = [
    await evidence.addFileEvidence(as(igLead!), acute.id, 'board-cyber-report-2025.pdf', { title: 'Board cyber security report, 2025', expiresOn: inDays(200), ownerId: lead!.id }, pdfFile('Board cyber security report, 2025 (demo)')),
    await evidence.addFileEvidence(as(analyst!), acute.id, 'patching-dashboard-q3.pdf', { title: 'Patching dashboard, quarter 3', expiresOn: inDays(12), ownerId: analyst!.id }, pdfFile('Patching dashboard (demo)')),
    await evidence.addFileEvidence(as(dpo!), acute.id, 'ropa-2024.pdf', { title: 'Record of processing activities, 2024', expiresOn: inDays(-20), ownerId: dpo!.id }, pdfFile('Record of processing activities (demo)')),
    await evidence.addEvidence(as(lead!), acute.id, { kind: 'link', title: 'Incident response plan (intranet)', url: 'https://intranet.northshire-acute.example/policies/incident-response', ownerId: lead!.id }),
    await evidence.addEvidence(as(igLead!), acute.id, { kind: 'note', title: 'Training figures from ESR, November', noteText: 'Data security awareness: 91% of staff completed in the last 12 months.', ownerId: igLead!.id }),
  ];
  const evidenceFor: Record<string, number[]> = { 'A1.a': [0], 'A1.b': [0], 'A1.c': [0], 'B4.d': [1], 'B3.a': [2], 'E2.a': [2], 'D1.a': [3], 'D1.b': [3], 'B6.b': [4], 'B6.a': [4] };

  // This year: carried forward from last year, then worked on by several owners.
  const owners = [igLead!, lead!, analyst!, dpo!];
  const current = await assessments.createAssessment(as(lead!), acute.id, { ...DSPT_THIS_YEAR, fromAssessment: last.id });
  const workspace = await workspaceOf(app, acute.id, current.id, now);
  for (const [index, r] of workspace.responses.entries()) {
    const owner = r.ref === 'B6.b' ? staff! : owners[index % owners.length]!;
    const dueOn = index % 5 === 0 ? inDays(-9) : index % 5 === 1 ? inDays(5) : inDays(40 + index);
    const open = STILL_OPEN.has(r.ref);
    const level = open ? null : r.ref === 'E1.a' ? 'not-applicable' : BELOW.has(r.ref) ? r.levels[0]! : r.levels.at(-1)!;
    const view = await assessments.saveResponse(as(lead!), acute.id, current.id, r.ref, {
      version: r.version,
      ownerId: owner.id,
      dueOn,
      level,
      ...(level === 'not-applicable' ? { notApplicableReason: 'Privacy information is published by the integrated care board for the whole system.' } : {}),
      narrative: open ? null : narrativeFor(r.ref, r.title, BELOW.has(r.ref)),
    });
    for (const i of evidenceFor[r.ref] ?? []) await assessments.linkEvidence(as(lead!), acute.id, current.id, r.ref, items[i]!.id);
    if (!open && index % 3 === 0 && !BELOW.has(r.ref)) {
      await assessments.saveResponse(as(igLead!), acute.id, current.id, r.ref, { version: view.version, reviewState: 'agreed' });
    }
  }
  await assessments.moveAssessment(as(lead!), acute.id, current.id, 'in-review', (await assessments.getAssessment(app.db, acute.id, current.id, now)).version);

  // The independent reviewer's levels for the outcomes sampled, three of them lower than the trust's.
  for (const r of (await workspaceOf(app, acute.id, current.id, now)).responses.filter((x) => x.level && x.level !== 'not-applicable').slice(0, 14)) {
    await assessments.saveReviewLevel(as(auditor!), acute.id, current.id, r.ref, {
      level: REVIEW_LOWER.has(r.ref) ? r.levels[0]! : r.level!,
      note: REVIEW_LOWER.has(r.ref) ? 'The evidence seen does not yet show this for every site.' : null,
    });
  }
  await assessments.saveReview(as(auditor!), acute.id, current.id, {
    version: 0,
    reviewer: 'Northshire Internal Audit (demo)',
    opinion: 'moderate',
    summary: `Sample of 14 outcomes reviewed on ${today}. Governance is sound; access control and data mapping need evidence from every site.`,
  });
  return { created: true };
}

async function workspaceOf(app: AppContext, orgId: string, id: string, now: Date) {
  return assessments.getWorkspace(app.db, orgId, id, now, { manage: true, respond: true, respondAny: true, agree: true, review: false });
}

/** The demo profile: the top level for two-level outcomes and objective E, Partially achieved for the rest. */
async function setDemoProfile(app: AppContext, acute: OrganisationRow, igLead: { id: string; email: string }, now: Date): Promise<void> {
  const settings = await catalogues.getOrgSettings(app.db, acute.id, 'dspt', '2025-26');
  if (settings.version !== 0) return;
  // E1.a is the integrated care board's for the whole system, so the trust's profile makes it not applicable.
  const expected = Object.fromEntries(settings.expected.map((e) => [e.ref, e.ref === 'E1.a' ? 'not-applicable' : e.ref.startsWith('E') || e.levels.length === 2 ? e.levels.at(-1)! : 'partially-achieved']));
  await catalogues.setOrgSettings({ db: app.db, actor: { userId: igLead.id, label: igLead.email }, now }, acute.id, 'dspt', '2025-26', { version: 0, expected });
}

function narrativeFor(ref: string, title: string, below: boolean): string {
  return below
    ? `${title} (${ref}): not yet where we need to be. The improvement plan has owners and dates; the next review is at the digital board.`
    : `${title} (${ref}): in place across both hospital sites. Evidence is linked; the position was checked with the service owners this year.`;
}

/** A small, valid PDF holding one line of text, made here so the demo ships no documents. */
function pdfFile(text: string) {
  const stream = `BT /F1 14 Tf 72 760 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = Buffer.from(body, 'latin1');
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
