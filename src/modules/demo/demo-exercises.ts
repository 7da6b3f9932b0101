// The demo trust's exercises of its incident response plan: the ransomware scenario run each spring for
// three years, getting faster, with bottlenecks that change — escalation and communication close, the
// recovery of the patient record recurs, a supplier gap appears — actions some done, some not, and a
// supplier exercise planned. Fixed data placed relative to now: the same now gives the same exercises.
// Every name here is made up.
import type { Bottleneck, ExerciseActionStatus, ExerciseDetail, FindingSeverity } from '../../contract/exercises.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import * as accounts from '../accounts/service.js';
import * as exercises from '../exercises/service.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const LENGTH_MINUTES = 180;

type Person = 'seclead' | 'analyst' | 'iglead' | 'siro';

export interface DemoFinding {
  title: string;
  detail: string;
  bottleneck: Bottleneck;
  severity: FindingSeverity;
  decisionKey?: string;
  actions: Array<{ title: string; owner: Person; dueAfterDays: number; status: ExerciseActionStatus }>;
}

export interface DemoExercise {
  title: string;
  scenarioId: string;
  /** Epoch ms; null for the one still planned. */
  startedAt: number | null;
  plannedFor: string;
  /** Minutes from the start each decision point was reached; absent means never. */
  reached: Record<string, number>;
  observations: Array<{ minute: number; by: Person; text: string }>;
  findings: DemoFinding[];
}

/** 22 April 09:00 UTC of the latest spring at least a month before now. */
function lastSpring(now: number): number {
  const year = Number(ukDateOf(new Date(now)).slice(0, 4));
  const thisYear = Date.UTC(year, 3, 22, 9);
  return thisYear <= now - 30 * DAY ? thisYear : Date.UTC(year - 1, 3, 22, 9);
}

const yearsBefore = (ms: number, years: number) => {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.getTime();
};

export function demoExercisePlan(now: Date): DemoExercise[] {
  const spring = lastSpring(now.getTime());
  const ransomware = (startedAt: number, title: string, more: Omit<DemoExercise, 'title' | 'scenarioId' | 'startedAt' | 'plannedFor'>): DemoExercise => ({
    title,
    scenarioId: 'ransomware-epr',
    startedAt,
    plannedFor: ukDateOf(new Date(startedAt)),
    ...more,
  });
  return [
    ransomware(yearsBefore(spring, 2), 'Ransomware on the patient record: first tabletop', {
      reached: { 'escalate-on-call': 38, 'declare-incident': 55, isolate: 80, 'brief-siro': 70, 'invoke-business-continuity': 95, 'report-nhs-england': 140 },
      observations: [
        { minute: 12, by: 'analyst', text: 'The service desk tried the on-call number in the plan; it belongs to someone who left last year.' },
        { minute: 75, by: 'iglead', text: 'Three different drafts of a message to staff are circulating; nobody owns it.' },
      ],
      findings: [
        {
          title: 'The on-call number in the plan was out of date',
          detail: 'Escalation took 38 minutes against a 15-minute target while the service desk found someone to ring.',
          bottleneck: 'escalation',
          severity: 'high',
          decisionKey: 'escalate-on-call',
          actions: [
            { title: 'Check the on-call numbers in the plan every month', owner: 'seclead', dueAfterDays: 30, status: 'done' },
            { title: 'Give the service desk a one-page escalation card', owner: 'analyst', dueAfterDays: 45, status: 'done' },
          ],
        },
        {
          title: 'No agreed holding statement for staff or the press',
          detail: 'Messages were written from scratch during the exercise and never approved.',
          bottleneck: 'communication',
          severity: 'medium',
          actions: [{ title: 'Write and approve holding statements for a cyber incident', owner: 'iglead', dueAfterDays: 60, status: 'done' }],
        },
        {
          title: 'Nobody knew how long restoring the patient record would take',
          detail: 'The decision to invoke business continuity waited on an estimate nobody could give.',
          bottleneck: 'technical-recovery',
          severity: 'high',
          decisionKey: 'invoke-business-continuity',
          actions: [{ title: 'Test a full restore of the patient record database', owner: 'seclead', dueAfterDays: 120, status: 'done' }],
        },
      ],
    }),
    ransomware(yearsBefore(spring, 1), 'Ransomware on the patient record: second tabletop', {
      reached: { 'escalate-on-call': 14, 'declare-incident': 28, isolate: 65, 'brief-siro': 50, 'invoke-business-continuity': 70, 'report-nhs-england': 100, 'notify-ico': 160 },
      observations: [
        { minute: 40, by: 'analyst', text: 'Isolation waited twenty minutes for the head of cyber, who was playing the part of being on leave.' },
        { minute: 90, by: 'iglead', text: 'The holding statement went out, but the out-of-hours sign-off for staff messages was unclear.' },
      ],
      findings: [
        {
          title: 'Out-of-hours sign-off for messages to staff was unclear',
          detail: 'The holding statement existed but waited for an approver.',
          bottleneck: 'communication',
          severity: 'medium',
          actions: [{ title: 'Agree who signs off messages to staff out of hours', owner: 'iglead', dueAfterDays: 30, status: 'done' }],
        },
        {
          title: 'Isolation waited for one person',
          detail: 'Only the head of cyber was thought able to order isolation.',
          bottleneck: 'decision',
          severity: 'high',
          decisionKey: 'isolate',
          actions: [{ title: 'Name in the plan who may order isolation when the head of cyber is away', owner: 'seclead', dueAfterDays: 60, status: 'in-progress' }],
        },
        {
          title: 'The restore test took longer than the plan allows',
          detail: 'The tested restore of the patient record took 19 hours; the plan assumes 8.',
          bottleneck: 'technical-recovery',
          severity: 'high',
          actions: [{ title: 'Restore the patient record in the recovery environment and time it each quarter', owner: 'analyst', dueAfterDays: 90, status: 'in-progress' }],
        },
      ],
    }),
    ransomware(spring, 'Ransomware on the patient record: third tabletop', {
      reached: { 'escalate-on-call': 9, 'declare-incident': 22, isolate: 40, 'brief-siro': 45, 'invoke-business-continuity': 58, 'report-nhs-england': 85, 'notify-ico': 175 },
      observations: [
        { minute: 30, by: 'analyst', text: 'Escalation and isolation well inside their targets; the deputy ordered isolation.' },
        { minute: 110, by: 'seclead', text: 'The patient record supplier could not say when their own incident team would join.' },
      ],
      findings: [
        {
          title: 'Recovery of the patient record is still slower than the plan',
          detail: 'The quarterly restore is down to 14 hours, still above the 8 the plan assumes.',
          bottleneck: 'technical-recovery',
          severity: 'high',
          actions: [{ title: 'Buy and test an isolated copy of the patient record backups', owner: 'seclead', dueAfterDays: 180, status: 'open' }],
        },
        {
          title: 'No agreed incident contact at the patient record supplier',
          detail: 'The contract names an account manager, not an incident team or response times.',
          bottleneck: 'supplier',
          severity: 'medium',
          actions: [{ title: 'Agree incident contacts and response times with the patient record supplier', owner: 'siro', dueAfterDays: 90, status: 'open' }],
        },
      ],
    }),
    { title: 'A supplier’s systems are compromised', scenarioId: 'supplier-compromise', startedAt: null, plannedFor: ukDateOf(new Date(now.getTime() + 45 * DAY)), reached: {}, observations: [], findings: [] },
  ];
}

/** The demo trust's exercises, written once: a trust that already has exercises keeps its own. How many were added. */
export async function loadDemoExercises(db: Db, acute: OrganisationRow, now: Date): Promise<number> {
  if ((await exercises.listExercises(db, acute.id, now)).items.length > 0) return 0;
  const people = new Map<Person, Actor>();
  for (const who of ['seclead', 'analyst', 'iglead', 'siro'] as const) {
    const account = (await accounts.findAccountByEmail(db, `${who}@northshire-acute.example`))!;
    people.set(who, { userId: account.id, label: account.email });
  }
  const as = (who: Person) => ({ db, actor: people.get(who)!, now });
  const plan = demoExercisePlan(now);
  for (const spec of plan) await runDemoExercise(spec, as, acute.id);
  return plan.length;
}

type As = (who: Person) => exercises.ExerciseChangeContext;

async function runDemoExercise(spec: DemoExercise, as: As, orgId: string): Promise<void> {
  let e: ExerciseDetail = await exercises.createExercise(as('seclead'), orgId, { title: spec.title, scenarioId: spec.scenarioId, format: 'tabletop', plannedFor: spec.plannedFor });
  if (spec.startedAt === null) return;
  const at = (minute: number) => new Date(spec.startedAt! + minute * MINUTE).toISOString();
  e = await exercises.startExercise(as('seclead'), orgId, e.id, { version: e.version, at: at(0) });
  for (const inject of e.injects) e = await exercises.releaseInject(as('seclead'), orgId, e.id, inject.id, { version: e.version, at: at(inject.atMinute + 1) });
  for (const point of e.decisionPoints) {
    const minute = spec.reached[point.key];
    if (minute !== undefined) e = await exercises.recordDecision(as('analyst'), orgId, e.id, point.id, { version: e.version, reachedAt: at(minute) });
  }
  for (const o of spec.observations) e = await exercises.addObservation(as(o.by), orgId, e.id, { text: o.text, at: at(o.minute) });
  e = await exercises.stopExercise(as('seclead'), orgId, e.id, { version: e.version, at: at(LENGTH_MINUTES) });
  const endedAt = spec.startedAt + LENGTH_MINUTES * MINUTE;
  for (const f of spec.findings) {
    const decisionPointId = f.decisionKey ? e.decisionPoints.find((d) => d.key === f.decisionKey)!.id : null;
    e = await exercises.addFinding(as('seclead'), orgId, e.id, {
      title: f.title,
      detail: f.detail,
      bottleneck: f.bottleneck,
      severity: f.severity,
      decisionPointId,
      actions: f.actions.map((a) => ({ title: a.title, ownerId: as(a.owner).actor.userId, dueOn: ukDateOf(new Date(endedAt + a.dueAfterDays * DAY)) })),
    });
    const added = e.findings.at(-1)!.actions;
    for (const [i, a] of f.actions.entries()) {
      if (a.status !== 'open') e = await exercises.changeAction(as(a.owner), orgId, e.id, added[i]!.id, { status: a.status, version: added[i]!.version });
    }
  }
}
