// The training rules on their own: when a completion expires, which completion decides, whether a
// person is in date on a day, what a course name matches, how a line is counted against the target,
// and the report's parts (new starters apart, induction on time, unmatched and ignored completions,
// overdue by line manager, CPD hours of security staff) from small lists whose answers are known.
import { describe, expect, it } from 'vitest';
import { assess, belowTargetFirst, type CompletionRecord, complianceLine, complianceReport, departmentDetail, type StaffOnDay } from '../../src/modules/training/domain/compliance.js';
import { courseMatcher, courseNameKey, DEFAULT_COURSES } from '../../src/modules/training/domain/courses.js';
import { addMonths, awarenessStateOn, expiryOf, latestOn } from '../../src/modules/training/domain/expiry.js';
import { DEFAULT_TRAINING_SETTINGS, settingsFrom } from '../../src/modules/training/domain/settings.js';
import { trainingFigureValues } from '../../src/modules/training/domain/training-figures.js';

describe('months later on the calendar', () => {
  it.each([
    ['an ordinary date', '2025-04-15', 12, '2026-04-15'],
    ['the end of January plus a month is the end of February', '2025-01-31', 1, '2025-02-28'],
    ['29 February plus 12 months is 28 February', '2024-02-29', 12, '2025-02-28'],
    ['into a leap February', '2023-03-31', 11, '2024-02-29'],
    ['across the end of the year', '2025-11-30', 3, '2026-02-28'],
    ['backwards a year', '2026-03-31', -12, '2025-03-31'],
    ['backwards onto a shorter month', '2026-03-31', -1, '2026-02-28'],
  ])('%s', (_, date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('when a completion expires', () => {
  it.each([
    ['the file’s expiry date wins over the course’s validity', { completedOn: '2025-03-15', expiresOn: '2025-12-31' }, 12, '2025-12-31'],
    ['no expiry in the file: completion plus validity', { completedOn: '2025-03-15', expiresOn: null }, 12, '2026-03-15'],
    ['no expiry and a course that never expires', { completedOn: '2025-03-15', expiresOn: null }, null, null],
  ])('%s', (_, completion, validity, expected) => {
    expect(expiryOf(completion, validity)).toBe(expected);
  });
});

describe('in date on a day', () => {
  const done = (completedOn: string, expiresOn: string | null) => ({ completedOn, expiresOn });
  it.each([
    ['the expiry day itself still counts', [done('2025-03-31', '2026-03-31')], '2026-03-31', 'in-date'],
    ['the day after expiry does not', [done('2025-03-31', '2026-03-31')], '2026-04-01', 'expired'],
    ['never done', [], '2026-03-31', 'never'],
    ['the latest decides, even when an older one lasts longer', [done('2024-01-01', '2030-01-01'), done('2025-01-01', '2026-01-01')], '2026-03-31', 'expired'],
    ['a completion after the day had not happened yet', [done('2026-04-10', '2027-04-10')], '2026-03-31', 'never'],
    ['an earlier one still counts when the later is after the day', [done('2025-06-01', '2026-06-01'), done('2026-04-10', '2027-04-10')], '2026-03-31', 'in-date'],
    ['one that never expires', [done('2020-01-01', null)], '2026-03-31', 'in-date'],
  ])('%s', (_, completions, day, state) => {
    expect(awarenessStateOn(completions, day).state).toBe(state);
  });

  it('of two on the same day, the one that lasts longer decides', () => {
    expect(latestOn([{ completedOn: '2025-01-01', expiresOn: '2025-06-01' }, { completedOn: '2025-01-01', expiresOn: '2026-01-01' }], '2025-12-31')?.expiresOn).toBe('2026-01-01');
  });
});

describe('course names', () => {
  const match = courseMatcher([...DEFAULT_COURSES, { code: 'fire', name: 'Fire Safety', kind: 'other' as const, validityMonths: 24, counts: false, knownAs: [] }]);
  it.each([
    ['a hyphen and spaces', 'Data Security Awareness - Level 1', 'data-security-awareness'],
    ['without the hyphen', 'Data Security Awareness Level 1', 'data-security-awareness'],
    ['with a comma, any case', 'data security awareness, LEVEL 1', 'data-security-awareness'],
    ['the national competence with its bars', 'NHS|CSTF|Information Governance and Data Security - 1 Year|', 'data-security-awareness'],
    ['the course’s own code', 'cyber-cpd', 'cyber-cpd'],
    ['a course that does not count is not matched', 'Fire Safety', null],
    ['a course nobody configured', 'Moving and Handling', null],
  ])('%s', (_, name, code) => {
    expect(match(name)?.code ?? null).toBe(code);
  });

  it('ignores case, spaces and punctuation but not letters or digits', () => {
    expect([courseNameKey(' Level-1 (Annual) '), courseNameKey('Level 2')]).toEqual(['level1annual', 'level2']);
  });
});

describe('a line against the target', () => {
  it.each([
    ['exactly on target is not below it', 19, 20, 95, { percent: 95, belowTarget: false }],
    ['a share that rounds to the target is still below it', 9499, 10000, 95, { percent: 95, belowTarget: true }],
    ['one decimal place', 8, 11, 95, { percent: 72.7, belowTarget: true }],
    ['nobody to count', 0, 0, 95, { percent: null, belowTarget: false }],
    ['a target of 0 nobody is below', 0, 5, 0, { percent: 0, belowTarget: false }],
  ])('%s', (_, compliant, staff, target, expected) => {
    const line = complianceLine('Ward 7', compliant, staff, target);
    expect({ percent: line.percent, belowTarget: line.belowTarget }).toEqual(expected);
  });

  it('below target first, lowest first; then the rest by name', () => {
    const lines = [complianceLine('Digital', 3, 3, 95), complianceLine('Theatres', 2, 3, 95), complianceLine('Ward 7', 3, 5, 95), complianceLine('Imaging', 4, 4, 95)];
    expect(lines.sort(belowTargetFirst).map((l) => l.name)).toEqual(['Ward 7', 'Theatres', 'Digital', 'Imaging']);
  });
});

describe('saved settings', () => {
  it('a field missing from a saved set takes our value', () => {
    expect(settingsFrom({ targetPercent: 90 })).toEqual({ ...DEFAULT_TRAINING_SETTINGS, targetPercent: 90 });
  });
});

describe('the report from small lists', () => {
  const staff = (employeeNumber: string, more: Partial<StaffOnDay> = {}): StaffOnDay => ({
    employeeNumber,
    name: `Person ${employeeNumber}`,
    status: 'current',
    newStarter: false,
    department: 'Ward 7',
    staffGroup: 'Nursing and Midwifery Registered',
    currentSince: '2015-01-01',
    lineManager: 'M1',
    ...more,
  });
  const done = (employeeNumber: string | null, courseName: string, completedOn: string, more: Partial<CompletionRecord> = {}): CompletionRecord => ({ employeeNumber, personName: null, courseName, completedOn, expiresOn: null, cpdHours: null, ...more });
  const day = '2026-03-31';
  const people = [
    staff('M1', { name: 'Mo Manager', lineManager: null }),
    staff('A'),
    staff('B', { department: null, staffGroup: null }),
    staff('N', { newStarter: true, currentSince: '2026-03-20' }),
    staff('L', { status: 'leaver', currentSince: null }),
    staff('F', { status: 'future', currentSince: null }),
    // Started 1 March: the 28-day window's last day was the 28th, so it ended on the 29th.
    staff('I', { currentSince: '2026-03-01', lineManager: 'GONE' }),
    staff('S', { department: 'Digital', staffGroup: 'Administrative and Clerical' }),
  ];
  const completions = [
    done('M1', 'Data Security Awareness', '2025-06-01'),
    done('A', 'Data Security Awareness', '2025-03-30'),
    done('N', 'Corporate Induction', '2026-03-21'),
    done('L', 'Data Security Awareness', '2026-01-01'),
    done('I', 'Corporate Induction', '2026-03-28'),
    done('I', 'Data Security Awareness', '2026-03-28'),
    done(null, 'Data Security Awareness', '2026-02-01', { personName: 'Agency Nurse' }),
    done('X999', 'Data Security Awareness', '2026-02-01', { personName: 'Locum' }),
    done('A', 'Fire Safety', '2026-01-01'),
    done('S', 'Cyber Security CPD', '2025-04-01', { cpdHours: 5 }),
    done('S', 'Cyber Security CPD', '2025-03-31', { cpdHours: 100 }),
    done('S', 'Cyber Security CPD', '2026-03-31', { cpdHours: 2.25 }),
    done('S', 'Data Security Awareness', '2026-01-01'),
  ];
  const settings = { ...DEFAULT_TRAINING_SETTINGS, securityStaff: { departments: ['digital'], staffGroups: [], employeeNumbers: ['A'] }, cpdHoursPerYear: 7 };
  const assessed = assess({ day, staff: people, completions, courses: [...DEFAULT_COURSES], settings });
  const report = complianceReport(assessed);

  it('counts current staff past their induction window: not new starters, leavers or future starters', () => {
    // M1, A, B, I, S: A expired the day before (30 March 2026), B never did it.
    expect(report.organisation).toEqual({ name: 'Organisation', compliant: 3, staff: 5, percent: 60, belowTarget: true });
  });

  it('puts people with no department recorded on a line of their own', () => {
    expect(report.departments.map((d) => [d.name, d.compliant, d.staff])).toEqual([
      ['Not recorded', 0, 1],
      ['Ward 7', 2, 3],
      ['Digital', 1, 1],
    ]);
  });

  it('shows new starters apart, with their induction', () => {
    expect(report.newStarters).toEqual({
      total: 1,
      inductionDone: 1,
      inductionNotDone: 0,
      people: [{ employeeNumber: 'N', name: 'Person N', department: 'Ward 7', staffGroup: 'Nursing and Midwifery Registered', startedOn: '2026-03-20', inductionDueBy: '2026-04-16', inductionCompletedOn: '2026-03-21' }],
    });
  });

  it('counts induction on time over windows that ended within the year, done on the last day included', () => {
    expect({ from: report.inductionOnTime.from, to: report.inductionOnTime.to, onTime: report.inductionOnTime.onTime, due: report.inductionOnTime.due }).toEqual({ from: '2025-04-01', to: day, onTime: 1, due: 1 });
  });

  it('keeps blank and unknown employee numbers out of every figure, and lists them', () => {
    expect(report.unmatched.map((u) => [u.employeeNumber, u.name, u.courseCode])).toEqual([
      [null, 'Agency Nurse', 'data-security-awareness'],
      ['X999', 'Locum', 'data-security-awareness'],
    ]);
    expect(report.completions).toEqual({ held: 13, matched: 10, unmatched: 2, ignored: 1, ignoredCourses: [{ courseName: 'Fire Safety', completions: 1 }] });
  });

  it('groups the overdue by line manager, named when in the register; a manager not in it goes by number', () => {
    expect(report.overdue.byLineManager.map((g) => [g.lineManager, g.lineManagerName, g.people.map((p) => `${p.employeeNumber} ${p.state}`)])).toEqual([['M1', 'Mo Manager', ['A expired', 'B never']]]);
    expect(report.overdue.total).toBe(2);
  });

  it('adds CPD hours of security staff over the 12 months to the day, by department (any case) or employee number', () => {
    expect(report.cpd.people.map((p) => [p.employeeNumber, p.hours, p.meetsExpected])).toEqual([
      ['A', 0, false],
      ['S', 7.25, true],
    ]);
  });

  it('drills into one department, whatever its case: not in date first, then by name', () => {
    const ward = departmentDetail(assessed, 'WARD 7');
    expect({ line: [ward.line.name, ward.line.compliant, ward.line.staff], people: ward.people.map((p) => p.employeeNumber), starters: ward.newStarters.map((p) => p.employeeNumber) }).toEqual({
      line: ['Ward 7', 2, 3],
      people: ['A', 'M1', 'I'],
      starters: ['N'],
    });
  });
});

describe('the live figures', () => {
  const line = (compliant: number, staff: number) => complianceLine('Organisation', compliant, staff, 95);
  it.each([
    ['awareness at the target is ok though not everyone', line(19, 20), 1, 1, ['19 of 20 (95%)', 'ok'], ['1 of 1 (100%)', 'ok']],
    ['awareness below the target needs attention', line(94, 100), 0, 1, ['94 of 100 (94%)', 'attention'], ['0 of 1 (0%)', 'attention']],
    ['nobody to count is a fact, not a pass', line(0, 0), 0, 0, ['None to count', 'info'], ['None to count', 'info']],
  ])('%s', (_, organisation, onTime, due, awareness, induction) => {
    const figures = trainingFigureValues('org-1', { organisation, inductionOnTime: { onTime, due } });
    expect(figures.map((f) => [f.text, f.state])).toEqual([awareness, induction]);
    expect(figures.map((f) => f.link)).toEqual(['/orgs/org-1/training', '/orgs/org-1/training']);
  });
});
