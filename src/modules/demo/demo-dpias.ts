// The demo trust's DPIAs, one at each stage a Trust's IG team sees: two signed off (one now overdue
// for review), one approved with conditions though a risk stays high, one waiting for the DPO, one
// just screened in and one screened out. Each is written step by step through the register's service,
// as the people who would do it and on the days they would have, so the states, the audit trail and
// the flags are the product's own. Titles and words are ours; the flows and assets are the demo's.
import type { RiskBody, ScreeningQuestion, SignOffOutcome } from '../../contract/dpias.js';
import { SCREENING_QUESTIONS } from '../../contract/dpias.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import * as accounts from '../accounts/service.js';
import * as register from '../information-assets/service.js';
import { dateIn } from './demo-register.js';

type Person = 'iglead' | 'iao' | 'dpo' | 'siro';
const PEOPLE: readonly Person[] = ['iglead', 'iao', 'dpo', 'siro'];
const DAY = 86_400_000;

/** A DPIA as the demo writes it: what each step says, and how many days ago it was taken. */
export interface DemoDpia {
  title: string;
  description: string;
  startedDaysAgo: number;
  /** The screening questions answered yes; every other one is answered no. */
  yes: readonly ScreeningQuestion[];
  notRequiredReason?: string;
  /** The assessment, written a week after the DPIA was started. */
  assessment?: { necessity: string; consultation: string; assets: readonly string[]; flows: readonly string[]; risks: readonly RiskBody[] };
  advice?: { daysAgo: number; text: string };
  signOff?: { daysAgo: number; outcome: SignOffOutcome; conditions?: string; reviewAfterDays: number };
}

const EPR = 'Electronic patient record';

export const DEMO_DPIAS: readonly DemoDpia[] = [
  {
    title: 'Electronic patient record and letters to GPs',
    description: 'The Trust’s patient record, and the discharge summaries and clinic letters it sends to patients’ GP practices.',
    startedDaysAgo: 300,
    yes: ['special-category-at-scale', 'vulnerable-people'],
    assessment: {
      necessity: 'Clinicians need the whole record to treat patients safely, and GPs need to know what was done. Only the summary and the letter are sent, not the record.',
      consultation: 'Clinical safety officer, the Caldicott Guardian, the patient panel and the record’s supplier.',
      assets: [EPR, 'Digital dictation and clinic letters'],
      flows: ['Discharge summaries to GPs', 'Outpatient clinic letters to GPs'],
      risks: [
        {
          description: 'Staff look at the records of patients they are not caring for.',
          likelihood: 'possible',
          severity: 'severe',
          measures: 'Access by role, reasons asked for out-of-team access, and a monthly audit of access to the records of staff and of patients in the news.',
          residualLikelihood: 'remote',
          residualSeverity: 'severe',
        },
        {
          description: 'A letter goes to the wrong GP practice.',
          likelihood: 'possible',
          severity: 'significant',
          measures: 'The practice is checked against the national record at discharge, and letters go by electronic transfer rather than post.',
          residualLikelihood: 'remote',
          residualSeverity: 'significant',
        },
        {
          description: 'The record cannot be reached during a cyber attack or an outage.',
          likelihood: 'possible',
          severity: 'severe',
          measures: 'A read-only copy refreshed every hour, and downtime procedures exercised twice a year.',
          residualLikelihood: 'remote',
          residualSeverity: 'significant',
        },
      ],
    },
    advice: { daysAgo: 250, text: 'The measures are proportionate. Keep the monthly access audit and report its findings to the IG group.' },
    signOff: { daysAgo: 245, outcome: 'approved', reviewAfterDays: 365 },
  },
  {
    title: 'Sharing images with the regional imaging network',
    description: 'Radiology images and reports shared with the other hospitals of the regional imaging network, for patients referred between them.',
    startedDaysAgo: 460,
    yes: ['special-category-at-scale', 'matching-datasets'],
    assessment: {
      necessity: 'Patients referred between hospitals would otherwise be scanned again. Only the images and reports of referred patients are shared.',
      consultation: 'The network’s IG leads, the radiology directorate and the PACS supplier.',
      assets: ['Picture archiving and communication system'],
      flows: ['Images shared with the regional imaging network'],
      risks: [
        {
          description: 'Images are seen at a hospital that is not caring for the patient.',
          likelihood: 'possible',
          severity: 'significant',
          measures: 'Images open only through the network’s referral workflow, and each member audits its access.',
          residualLikelihood: 'remote',
          residualSeverity: 'significant',
        },
      ],
    },
    advice: { daysAgo: 425, text: 'Proceed. Ask each member hospital for its access audit once a year.' },
    signOff: { daysAgo: 420, outcome: 'approved', reviewAfterDays: 365 },
  },
  {
    title: 'Research database and extracts for the University of Northshire',
    description: 'Pseudonymised extracts of the research database for approved studies at the University of Northshire.',
    startedDaysAgo: 120,
    yes: ['special-category-at-scale', 'matching-datasets', 'unexpected-processing'],
    assessment: {
      necessity: 'The studies need linked records over several years; fewer fields would not answer their questions. Names, addresses and NHS numbers are never sent.',
      consultation: 'The patient research panel, the university’s data protection officer and the Trust’s data access committee.',
      assets: ['Research database'],
      flows: ['Research extract for the University of Northshire'],
      risks: [
        {
          description: 'People are identified again from linked, pseudonymised records.',
          likelihood: 'probable',
          severity: 'severe',
          measures: 'Pseudonymised at source, small numbers suppressed, and each study approved by the data access committee.',
          residualLikelihood: 'possible',
          residualSeverity: 'severe',
        },
        {
          description: 'The university keeps the data longer than the study needs it.',
          likelihood: 'possible',
          severity: 'significant',
          measures: 'A deletion certificate is required when each study ends.',
          residualLikelihood: 'remote',
          residualSeverity: 'significant',
        },
      ],
    },
    advice: { daysAgo: 70, text: 'The risk of re-identification stays high. Reduce it further, or consult the ICO before the first extract is sent.' },
    signOff: {
      daysAgo: 60,
      outcome: 'approved-with-conditions',
      conditions: 'The first three extracts are reviewed by the DPO before they are sent, and the university confirms deletion when each study ends.',
      reviewAfterDays: 180,
    },
  },
  {
    title: 'Overflow transcription of clinic letters in the cloud',
    description: 'Clinic dictations sent to a cloud transcription service when the Trust’s own typists are behind.',
    startedDaysAgo: 30,
    yes: ['special-category-at-scale', 'new-technology', 'transfer-outside-uk'],
    assessment: {
      necessity: 'Letters are taking more than four weeks to reach GPs. Only dictations over the typists’ capacity are sent, and they are deleted once typed.',
      consultation: 'Medical secretaries, the outpatients directorate and the transcription company.',
      assets: ['Digital dictation and clinic letters'],
      flows: ['Overflow transcription of clinic letters'],
      risks: [
        {
          description: 'Dictations are held outside the UK with no safeguard in place.',
          likelihood: 'probable',
          severity: 'significant',
          measures: 'A contract that keeps the data in the UK, or an international data transfer agreement before any dictation is sent.',
          residualLikelihood: 'remote',
          residualSeverity: 'significant',
        },
      ],
    },
  },
  {
    title: 'Patient feedback survey',
    description: 'An online survey sent to patients after their appointment, through the patient portal.',
    startedDaysAgo: 10,
    yes: ['vulnerable-people'],
  },
  {
    title: 'Staff car parking permits',
    description: 'Permits for staff who drive to work, and the monthly charge taken through payroll.',
    startedDaysAgo: 200,
    yes: [],
    notRequiredReason: 'Names, payroll numbers and vehicle registrations of staff who ask for a permit, used only to issue it and take the charge: nothing about health, no monitoring, nothing unexpected.',
  },
];

/** The names of the assets and flows the demo DPIAs cover, for a check that the demo register has them all. */
export function demoDpiaLinkNames() {
  const covered = DEMO_DPIAS.flatMap((d) => (d.assessment ? [d.assessment] : []));
  return { assets: [...new Set(covered.flatMap((a) => a.assets))], flows: [...new Set(covered.flatMap((a) => a.flows))] };
}

/** Writes the demo DPIAs once, after the register and its flows; a trust that has any DPIA keeps its own. How many were added. */
export async function loadDemoDpias(ctx: { db: Db; now: Date }, acute: OrganisationRow): Promise<number> {
  if ((await register.listDpias(ctx.db, acute.id, {}, ctx.now)).items.length) return 0;
  const [assets, flows] = await Promise.all([register.listAssets(ctx.db, acute.id, {}, ctx.now), register.listFlows(ctx.db, acute.id, {}, ctx.now)]);
  const assetIds = new Map(assets.items.map((a) => [a.name, a.id]));
  const flowIds = new Map(flows.items.map((f) => [f.name, f.id]));
  const needed = demoDpiaLinkNames();
  if (!needed.assets.every((name) => assetIds.has(name)) || !needed.flows.every((name) => flowIds.has(name))) return 0;

  const people = new Map<Person, string>();
  for (const who of PEOPLE) people.set(who, (await accounts.findAccountByEmail(ctx.db, `${who}@northshire-acute.example`))!.id);
  const as = (who: Person, daysAgo: number): register.RegisterChangeContext => ({
    db: ctx.db,
    now: new Date(ctx.now.getTime() - daysAgo * DAY),
    actor: { userId: people.get(who)!, label: `${who}@northshire-acute.example` },
  });

  // Oldest first, so the references run in the order the DPIAs were started.
  for (const spec of [...DEMO_DPIAS].sort((a, b) => b.startedDaysAgo - a.startedDaysAgo)) {
    const started = spec.startedDaysAgo;
    let dpia = await register.createDpia(as('iglead', started), acute.id, { title: spec.title, description: spec.description, ownerId: people.get('iao')! });
    const answers = Object.fromEntries(SCREENING_QUESTIONS.map((q) => [q, spec.yes.includes(q)]));
    dpia = await register.answerScreening(as('iglead', started), acute.id, dpia.id, { answers, notRequiredReason: spec.notRequiredReason ?? null, version: dpia.version });
    const assessment = spec.assessment;
    if (assessment) {
      const written = as('iao', started - 7);
      dpia = await register.changeDpia(written, acute.id, dpia.id, { necessity: assessment.necessity, consultation: assessment.consultation, version: dpia.version });
      const links = { assetIds: assessment.assets.map((n) => assetIds.get(n)!), flowIds: assessment.flows.map((n) => flowIds.get(n)!) };
      dpia = await register.replaceLinks(written, acute.id, dpia.id, { ...links, version: dpia.version });
      dpia = await register.replaceRisks(written, acute.id, dpia.id, { risks: [...assessment.risks], version: dpia.version });
    }
    if (spec.advice) dpia = await register.giveDpoAdvice(as('dpo', spec.advice.daysAgo), acute.id, dpia.id, { advice: spec.advice.text, version: dpia.version });
    if (spec.signOff) {
      const { daysAgo, outcome, conditions, reviewAfterDays } = spec.signOff;
      const signed = as('siro', daysAgo);
      await register.signOffDpia(signed, acute.id, dpia.id, { outcome, conditions: conditions ?? null, reviewOn: dateIn(ukDateOf(signed.now), reviewAfterDays), version: dpia.version });
    }
  }
  return DEMO_DPIAS.length;
}
