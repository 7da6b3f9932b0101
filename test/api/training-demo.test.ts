// The demo trust's training records, as someone trying Bulwark sees them: an e-learning export for
// the demo staff register brought in through the import pipeline, giving a believable picture (most
// in date, two departments below target, new starters with and without induction, late inductions,
// agency staff and locums unmatched, security staff with CPD hours); loaded once however often the
// loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffList } from '../../src/contract/staff.js';
import type { TrainingCompliance } from '../../src/contract/training.js';
import { DEMO_DIRECTOR, loadDemoStaff } from '../../src/modules/demo/demo-staff.js';
import { demoCompletions, loadDemoTraining } from '../../src/modules/demo/demo-training.js';
import { type DemoTrust, openDemoTrust } from '../support/demo-trust.js';

let demo: DemoTrust;
let acute: string;
let report: TrainingCompliance;
const now = new Date();

beforeAll(async () => {
  demo = await openDemoTrust(now);
  acute = demo.trust.id;
  await loadDemoStaff(demo.loader, demo.trust);
  expect(await loadDemoTraining(demo.loader, demo.trust)).toBe(demoCompletions().length);
  report = await demo.read<TrainingCompliance>(`/api/v1/orgs/${acute}/training/compliance?asOf=${now.toISOString()}`);
});
afterAll(() => demo.t.close());

describe('the demo trust’s training', () => {
  it('most staff in date, the organisation under the 95% target', () => {
    expect(report.organisation).toEqual({ name: 'Organisation', compliant: 152, staff: 172, percent: 88.4, belowTarget: true });
  });

  it('the two departments where training has slipped are furthest below target, shown first', () => {
    expect(report.departments.map((d) => [d.name, d.compliant, d.staff, d.belowTarget])).toEqual([
      ['Emergency Department', 24, 36, true],
      ['Estates and Facilities', 12, 16, true],
      ['Staff Bank', 3, 4, true],
      ['Information Governance', 9, 10, true],
      ['Pathology', 15, 16, true],
      ['Digital Services', 12, 12, false],
      ['Imaging', 14, 14, false],
      ['Pharmacy', 9, 9, false],
      ['Theatres', 27, 27, false],
      ['Ward 7 (Respiratory)', 27, 28, false],
    ]);
  });

  it('new starters with and without induction, and late inductions over the year', () => {
    expect([report.newStarters.total, report.newStarters.inductionDone, report.inductionOnTime.onTime, report.inductionOnTime.due]).toEqual([13, 6, 3, 4]);
    expect(report.inductionOnTime.late.map((p) => p.name)).toEqual(['Fiona Kowalski']);
  });

  it('agency staff and locums unmatched; courses nobody configured ignored', () => {
    expect(report.unmatched.map((u) => [u.employeeNumber, u.name])).toEqual([
      [null, 'Adaeze Obi (Agency)'],
      ['29990002', 'Dr Freya Lund (Locum)'],
      ['29990001', 'Dr Omar Haddad (Locum)'],
      [null, 'Lucia Romano (Agency)'],
      [null, 'Mark Fenwick (Agency)'],
    ]);
    // The export's repeated row is collapsed on import.
    expect(report.completions).toMatchObject({ held: demoCompletions().length, unmatched: 5, ignored: 53 });
    expect(report.completions.ignoredCourses.map((c) => c.courseName).sort()).toEqual(['Conflict Resolution, Level 1', 'Fire Safety - Level 1', 'Moving and Handling - Level 2']);
  });

  it('overdue staff by their department’s manager', () => {
    expect(report.overdue.byLineManager.map((g) => [g.lineManager, g.lineManagerName, g.people.length])).toEqual([
      ['20000053', 'Gareth Quinlan', 12],
      ['20000056', 'Gareth Nwosu', 4],
      ['20000073', 'Dylan Hartley', 1],
      ['20000062', 'Dylan Quinlan', 1],
      ['20000051', 'Lena Jessop', 1],
      // Someone whose bank post outlived their substantive one: the bank names no line manager.
      [null, null, 1],
    ]);
    expect(report.overdue.total).toBe(report.organisation.staff - report.organisation.compliant);
  });

  it('security staff in Digital Services with their CPD hours', () => {
    expect(report.cpd.people.every((p) => p.department === 'Digital Services')).toBe(true);
    expect([report.cpd.people.length, report.cpd.meetingExpected, report.cpd.hoursExpected]).toEqual([16, 3, 20]);
    // New starters have had no time for CPD; everyone else has some.
    expect(report.cpd.people.filter((p) => p.hours === 0).map((p) => p.name)).toEqual(['Cara Iqbal', 'Dylan Fairbairn', 'Dylan Varga', 'Priya Abbott']);
  });

  it('everyone current has a line manager but those working on the bank; the department managers report to the director', async () => {
    const register = await demo.read<StaffList>(`/api/v1/orgs/${acute}/staff?asOf=${now.toISOString()}&status=current&pageSize=500`);
    const managed = register.items.filter((p) => p.lineManager !== null);
    expect(register.items.length - managed.length).toBe(4);
    // One manager in each of the nine departments.
    expect(managed.filter((p) => p.lineManager === DEMO_DIRECTOR).length).toBe(9);
  });

  it('loading again adds nothing', async () => {
    expect(await loadDemoTraining(demo.loader, demo.trust)).toBe(0);
  });
});
