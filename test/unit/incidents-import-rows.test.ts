// The incident import's row rules, without a database: kinds, severities, CIA, detection and root
// cause as people write them in their incident logs; anything else refused naming the file's own
// column, the value and why; milestones out of order; and the notification columns.
import { describe, expect, it } from 'vitest';
import { checkIncidentRow, type IncidentImportRow } from '../../src/modules/incidents/incidents-import.js';
import type { FieldValue } from '../../src/platform/imports/types.js';

// The Trust's own headings, as a mapping would resolve them.
const HEADINGS: Record<string, string> = {
  reference: 'Incident ID',
  kind: 'Incident type',
  severity: 'Grade',
  cia: 'CIA impact',
  detectionSource: 'How detected',
  rootCause: 'Root cause',
  occurred: 'Date occurred',
  detected: 'Date detected',
  acknowledged: 'Acknowledged',
  triaged: 'Triaged',
  contained: 'Contained',
  recovered: 'Recovered',
  closed: 'Closed',
  icoNotified: 'ICO reported',
  icoReference: 'ICO case ref',
  seniorNotified: 'SIRO informed',
};
const columnOf = (field: string) => HEADINGS[field] ?? field;

/** A row as the pipeline hands it over: typed values, datetimes already UTC instants. */
function check(values: Record<string, FieldValue>) {
  return checkIncidentRow({ reference: 'DX-25-0001', title: 'Phishing email reported by a ward clerk', kind: 'cyber', severity: 'medium', ...values }, 9, columnOf);
}

function accepted(values: Record<string, FieldValue>): IncidentImportRow {
  const result = check(values);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.value;
}

function problemsOf(values: Record<string, FieldValue>) {
  const result = check(values);
  if (result.ok) throw new Error('accepted');
  return result.problems;
}

describe('kinds and severities as people write them', () => {
  it.each([
    ['Data security and protection breach', 'data-breach'],
    ['data breach', 'data-breach'],
    ['DSPT', 'data-breach'],
    ['IG incident', 'data-breach'],
    ['Cyber incident', 'cyber'],
    ['cyber security', 'cyber'],
    ['CYBER', 'cyber'],
    ['near miss', 'near-miss'],
    ['Near-Miss', 'near-miss'],
    ['near_miss', 'near-miss'],
  ])('kind "%s" is %s', (written, kind) => expect(accepted({ kind: written }).kind).toBe(kind));

  it.each([
    ['P1', 'critical'],
    ['p2', 'high'],
    ['P3', 'medium'],
    ['P4', 'low'],
    ['Moderate', 'medium'],
    ['HIGH', 'high'],
    ['Critical', 'critical'],
    ['low', 'low'],
  ])('severity "%s" is %s', (written, severity) => expect(accepted({ severity: written }).severity).toBe(severity));
});

describe('CIA, detection and root cause as people write them', () => {
  it.each([
    ['C', ['confidentiality']],
    ['C, I', ['confidentiality', 'integrity']],
    ['C;I;A', ['confidentiality', 'integrity', 'availability']],
    ['a/i', ['availability', 'integrity']],
    ['Confidentiality, Availability', ['confidentiality', 'availability']],
    ['integrity + C', ['integrity', 'confidentiality']],
    ['C, c', ['confidentiality']],
    [null, []],
  ])('CIA "%s" is %j', (written, cia) => expect(accepted({ cia: written }).cia).toEqual(cia));

  it.each([
    ['SOC', 'internal-monitoring'],
    ['Internal monitoring', 'internal-monitoring'],
    ['SIEM', 'internal-monitoring'],
    ['Staff', 'user-report'],
    ['Reported by a member of staff or the public', 'user-report'],
    ['Supplier', 'supplier'],
    ['NCSC', 'external-party'],
    ['Police', 'external-party'],
    [null, null],
  ])('detected by "%s" is %s', (written, source) => expect(accepted({ detectionSource: written }).detectionSource).toBe(source));

  it.each([
    ['Phishing or social engineering', 'phishing'],
    ['misdirected information', 'misdirected-information'],
    ['Information sent to the wrong person', 'misdirected-information'],
    ['Unpatched vulnerability', 'unpatched-vulnerability'],
  ])('root cause "%s" is %s, kept as the start of the lessons learned', (written, rootCause) =>
    expect(accepted({ rootCause: written }).review).toEqual({ heldOn: null, rootCause, summary: null, wentWell: null, toImprove: null }),
  );

  it('a row with no root cause brings no review', () => expect(accepted({ rootCause: null }).review).toBeNull());
});

describe('values that are not ours are refused, naming the column, the value and why', () => {
  it.each([
    ['a kind', { kind: 'Ransomware attack' }, 'Incident type', 'Ransomware attack', /is not a kind of incident: cyber, data breach .* or near miss/],
    ['a severity', { severity: 'Major' }, 'Grade', 'Major', /is not a severity: critical, high, medium or low \(P1 to P4\)/],
    ['a CIA category', { cia: 'C, privacy' }, 'CIA impact', 'C, privacy', /other than confidentiality, integrity and availability \(or C, I, A\)/],
    ['a way of detecting', { detectionSource: 'Carrier pigeon' }, 'How detected', 'Carrier pigeon', /is not a way of detecting/],
    ['a root cause', { rootCause: 'Bad luck' }, 'Root cause', 'Bad luck', /is not a root cause we know: phishing, .*other/],
  ])('%s', (_, values, column, value, reason) => {
    expect(problemsOf(values)).toEqual([{ row: 9, column, value, reason: expect.stringMatching(reason) }]);
  });

  it('every problem in a row is reported at once', () => {
    expect(problemsOf({ kind: 'Spaceship', severity: 'P9', cia: 'X' }).map((p) => p.column)).toEqual(['Incident type', 'Grade', 'CIA impact']);
  });

  it('values are read trimmed, so trailing spaces from a spreadsheet do not matter', () => {
    expect(accepted({ severity: 'P2 ', kind: ' Near miss ', reference: 'DX-25-0104 ' })).toMatchObject({ severity: 'high', kind: 'near-miss', reference: 'DX-25-0104' });
  });
});

describe('milestones must fall in their order', () => {
  it('keeps milestones in order, equal times included, as the instants given', () => {
    const row = accepted({ occurred: '2025-03-28T20:00:00.000Z', detected: '2025-03-28T22:00:00.000Z', acknowledged: '2025-03-28T22:00:00.000Z', contained: '2025-03-31T09:00:00.000Z' });
    expect(row.milestones).toEqual({ occurred: '2025-03-28T20:00:00.000Z', detected: '2025-03-28T22:00:00.000Z', acknowledged: '2025-03-28T22:00:00.000Z', contained: '2025-03-31T09:00:00.000Z' });
  });

  it('refuses containment before detection, naming the contained column and both times', () => {
    expect(problemsOf({ detected: '2025-06-11T14:00:00.000Z', contained: '2025-06-11T09:00:00.000Z' })).toEqual([
      {
        row: 9,
        column: 'Contained',
        value: '2025-06-11T09:00:00.000Z',
        reason: 'Contained cannot be before detected: contained is 2025-06-11T09:00:00.000Z and detected is 2025-06-11T14:00:00.000Z.',
      },
    ]);
  });

  it('refuses detection before occurrence in the detected column', () => {
    const [problem] = problemsOf({ occurred: '2025-06-10T02:00:00.000Z', detected: '2025-06-09T23:00:00.000Z' });
    expect(problem).toMatchObject({ column: 'Date detected', reason: expect.stringMatching(/^Detected cannot be before occurred/) });
  });

  it('refuses a closure before recovery even with milestones between them missing', () => {
    const [problem] = problemsOf({ detected: '2025-05-12T07:00:00.000Z', recovered: '2025-05-20T07:00:00.000Z', closed: '2025-05-19T07:00:00.000Z' });
    expect(problem).toMatchObject({ column: 'Closed', reason: expect.stringMatching(/^Closed cannot be before recovered/) });
  });
});

describe('the rest of the row', () => {
  it('the ICO and senior management columns become notifications, with the ICO case reference', () => {
    const row = accepted({ kind: 'data breach', icoNotified: '2025-01-08T11:00:00.000Z', icoReference: 'IC-000101-TEST', seniorNotified: '2025-01-06T17:00:00.000Z' });
    expect(row.notifications).toEqual([
      { recipient: 'ico', sentAt: '2025-01-08T11:00:00.000Z', reference: 'IC-000101-TEST' },
      { recipient: 'senior-management', sentAt: '2025-01-06T17:00:00.000Z', reference: null },
    ]);
  });

  it('no notification columns, no notifications', () => expect(accepted({}).notifications).toEqual([]));

  it('an ICO case reference without the time the ICO was told is refused rather than dropped', () => {
    expect(problemsOf({ icoReference: 'IC-000101-TEST' })).toEqual([{ row: 9, column: 'ICO case ref', value: 'IC-000101-TEST', reason: expect.stringMatching(/when the ICO was told.*ICO reported/) }]);
  });

  it('keeps the grading, counts, NIS, the estimate flag, the owner and the lists as given', () => {
    const row = accepted({
      nis: true,
      occurredEstimated: true,
      occurred: '2025-03-29T18:00:00.000Z',
      likelihood: 4,
      harm: 3,
      subjectsCount: 1250,
      recordsCount: null,
      ownerEmail: 'dpo@northshire-acute.example',
      dataSubjects: 'staff; patients',
      affectedAssets: 'Email | Payroll\nHR system',
      description: '  Sent to an all-staff list.  ',
    });
    expect(row).toMatchObject({
      nis: true,
      occurredEstimated: true,
      breachLikelihood: 4,
      breachHarm: 3,
      subjectsCount: 1250,
      recordsCount: null,
      ownerEmail: 'dpo@northshire-acute.example',
      dataSubjects: ['staff', 'patients'],
      affectedAssets: ['Email', 'Payroll', 'HR system'],
      description: 'Sent to an all-staff list.',
      actions: [],
    });
  });

  it('a blank description, owner and NIS are none, not empty text or a guess', () => {
    expect(accepted({ description: '', ownerEmail: null, nis: null })).toMatchObject({ description: null, ownerEmail: null, nis: false, occurredEstimated: false });
  });
});
