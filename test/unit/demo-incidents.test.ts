// The demo trust's two years of incidents: the same history for the same day, every record one the
// API would accept, and a register that shows what a real one does — each kind, gaps in the record,
// clocks met and missed, and live incidents whose clocks are running as of now.
import { describe, expect, it } from 'vitest';
import { actionBody, INCIDENT_KINDS, newIncidentBody, notificationBody, reviewBody } from '../../src/contract/incidents.js';
import { demoIncidentHistory, type DemoIncidentPeople } from '../../src/modules/demo/demo-incidents.js';
import type { IncidentHistoryRecord } from '../../src/modules/incidents/service.js';
import { clockOf, REGULATOR_HOURS, SENIOR_HOURS } from '../../src/modules/incidents/domain/clock.js';
import { awarenessOf, type MilestoneInstants, orderProblems, statusOf } from '../../src/modules/incidents/domain/milestones.js';
import { reportabilityOf } from '../../src/modules/incidents/domain/reportability.js';
import { ukDateOf } from '../../src/platform/as-of.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const people: DemoIncidentPeople = { securityLead: 'p-seclead', analyst: 'p-analyst', igLead: 'p-iglead', dpo: 'p-dpo', siro: 'p-siro', iao: 'p-iao' };
const NOW = new Date('2026-03-10T11:00:00Z');
const history = demoIncidentHistory(NOW, people);

const timesOf = (r: IncidentHistoryRecord): MilestoneInstants =>
  Object.fromEntries(Object.entries(r.milestones).map(([m, at]) => [m, Date.parse(at)]));
const detectedAt = (r: IncidentHistoryRecord) => Date.parse(r.milestones.detected!);
const firstSent = (r: IncidentHistoryRecord, ...to: string[]) => {
  const sent = r.notifications.filter((n) => to.includes(n.recipient)).map((n) => Date.parse(n.sentAt));
  return sent.length ? Math.min(...sent) : null;
};
// As the register reads it: an ungraded breach runs the ICO clock too.
const icoRequired = (r: IncidentHistoryRecord) => {
  const ico = reportabilityOf(r.breachLikelihood, r.breachHarm).ico;
  return ico === true || (ico === null && r.kind === 'data-breach');
};
const icoClock = (r: IncidentHistoryRecord, asOf: Date) =>
  clockOf({ required: icoRequired(r), startsAt: awarenessOf(timesOf(r)), hours: REGULATOR_HOURS, notifiedAt: firstSent(r, 'ico'), asOf: asOf.getTime() });
const nisClock = (r: IncidentHistoryRecord, asOf: Date) =>
  clockOf({ required: r.nis, startsAt: awarenessOf(timesOf(r)), hours: REGULATOR_HOURS, notifiedAt: firstSent(r, 'nis-authority', 'dhsc-nhse'), asOf: asOf.getTime() });
// As the register reads it: senior management are told of everything but a near miss.
const seniorClock = (r: IncidentHistoryRecord, asOf: Date) =>
  clockOf({ required: r.kind !== 'near-miss', startsAt: awarenessOf(timesOf(r)), hours: SENIOR_HOURS, notifiedAt: firstSent(r, 'senior-management'), asOf: asOf.getTime() });
const reportable = (r: IncidentHistoryRecord) => reportabilityOf(r.breachLikelihood, r.breachHarm).ico === true;

describe('the demo incident history', () => {
  it('is the same for the same now, and moves with now', () => {
    expect(demoIncidentHistory(NOW, people)).toEqual(history);
    const weekLater = demoIncidentHistory(new Date(NOW.getTime() + 7 * DAY), people);
    expect(weekLater.map((r) => r.title)).toEqual(history.map((r) => r.title));
    expect(detectedAt(weekLater[0]!) - detectedAt(history[0]!)).toBe(7 * DAY);
  });

  it('holds 70 to 90 incidents over the two years before now, none in the future, with unique references', () => {
    expect(history.length).toBeGreaterThanOrEqual(70);
    expect(history.length).toBeLessThanOrEqual(90);
    const detected = history.map(detectedAt);
    expect(Math.min(...detected)).toBeGreaterThan(NOW.getTime() - 731 * DAY);
    expect(Math.min(...detected)).toBeLessThan(NOW.getTime() - 700 * DAY);
    const instants = history.flatMap((r) => [...Object.values(r.milestones), ...r.notifications.map((n) => n.sentAt)]).map((at) => Date.parse(at));
    expect(Math.max(...instants)).toBeLessThanOrEqual(NOW.getTime());
    expect(new Set(history.map((r) => r.reference)).size).toBe(history.length);
    for (const r of history) expect(r.reference).toMatch(new RegExp(`^INC-${ukDateOf(new Date(detectedAt(r))).slice(0, 4)}-\\d{3}$`));
  });

  it('has incidents in every month of the two years', () => {
    const months = new Set(history.map((r) => ukDateOf(new Date(detectedAt(r))).slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(24);
  });

  it('every record has its milestones in order, the way the API requires', () => {
    for (const r of history) expect(orderProblems(timesOf(r)), r.reference).toEqual([]);
  });

  it('every record passes the API’s own checks on details, notifications, reviews and actions', () => {
    for (const r of history) {
      const { reference: _ref, notifications, review, actions, ...details } = r;
      expect(newIncidentBody.safeParse(details).success, r.reference).toBe(true);
      for (const at of Object.values(r.milestones)) expect(new Date(at).toISOString()).toBe(at);
      for (const n of notifications) expect(notificationBody.safeParse(n).success, r.reference).toBe(true);
      if (review) expect(reviewBody.safeParse({ ...review, version: 0 }).success, r.reference).toBe(true);
      for (const a of actions) expect(actionBody.safeParse(a).success, r.reference).toBe(true);
    }
  });

  it('is mostly breaches, then cyber incidents and near misses; mostly low and medium, a few high, one or two critical', () => {
    const kinds = Object.fromEntries(INCIDENT_KINDS.map((k) => [k, history.filter((r) => r.kind === k).length]));
    expect(kinds['data-breach']).toBeGreaterThan(kinds.cyber!);
    expect(kinds.cyber).toBeGreaterThan(10);
    expect(kinds['near-miss']).toBeGreaterThan(5);
    const bySeverity = (s: string) => history.filter((r) => r.severity === s).length;
    expect(bySeverity('low') + bySeverity('medium')).toBeGreaterThan(0.8 * history.length);
    expect(bySeverity('high')).toBeGreaterThanOrEqual(3);
    expect([1, 2]).toContain(bySeverity('critical'));
  });

  it.each([
    ['the two years', 731],
    ['the last 12 months, what the metrics show first', 365],
  ])('detects 40–60% of incidents by its own monitoring over %s', (_, days) => {
    const known = history.filter((r) => r.detectionSource !== null && detectedAt(r) > NOW.getTime() - days * DAY);
    const share = known.filter((r) => r.detectionSource === 'internal-monitoring').length / known.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it('leaves some milestones unrecorded and some occurrences estimated, so the metrics have honest gaps', () => {
    expect(history.filter((r) => r.milestones.occurred === undefined).length).toBeGreaterThanOrEqual(3);
    expect(history.filter((r) => r.milestones.closed !== undefined && r.milestones.triaged === undefined).length).toBeGreaterThanOrEqual(3);
    expect(history.filter((r) => r.occurredEstimated).length).toBeGreaterThanOrEqual(10);
    // An estimate needs a time to be an estimate of.
    expect(history.filter((r) => r.occurredEstimated && r.milestones.occurred === undefined)).toEqual([]);
  });

  it('told the ICO in time about almost every reportable breach, once late, with made-up references', () => {
    const closedReportable = history.filter((r) => reportable(r) && r.milestones.closed !== undefined);
    expect(closedReportable.length).toBeGreaterThanOrEqual(8);
    const states = closedReportable.map((r) => icoClock(r, NOW).state);
    expect(states.filter((s) => s === 'late')).toHaveLength(1);
    expect(states.filter((s) => s !== 'met' && s !== 'late')).toEqual([]);
    for (const n of history.flatMap((r) => r.notifications).filter((n) => n.recipient === 'ico')) expect(n.reference).toMatch(/^ICO\/\d{8}$/);
    // Nothing graded below the threshold went to the ICO.
    expect(history.filter((r) => !reportable(r) && firstSent(r, 'ico') !== null)).toEqual([]);
  });

  it('told senior management of every breach and cyber incident, within 12 hours for most', () => {
    const needed = history.filter((r) => r.kind !== 'near-miss');
    const states = needed.map((r) => seniorClock(r, NOW).state);
    expect(states.filter((s) => s !== 'met' && s !== 'late')).toEqual([]);
    const inTime = states.filter((s) => s === 'met').length;
    expect(inTime / needed.length).toBeGreaterThan(0.8);
    expect(inTime).toBeLessThan(needed.length);
  });

  it('held lessons learned on every closed high and critical incident, with root causes and actions done, overdue and to come', () => {
    const serious = history.filter((r) => (r.severity === 'high' || r.severity === 'critical') && r.milestones.closed !== undefined);
    expect(serious.length).toBeGreaterThanOrEqual(5);
    const today = ukDateOf(NOW);
    for (const r of serious) {
      expect(r.review?.rootCause, r.reference).toBeTruthy();
      expect(r.review!.heldOn! <= today, r.reference).toBe(true);
      expect(r.review!.heldOn! >= ukDateOf(new Date(detectedAt(r))), r.reference).toBe(true);
      expect(r.actions.length, r.reference).toBeGreaterThanOrEqual(2);
    }
    const actions = serious.flatMap((r) => r.actions);
    expect(actions.filter((a) => a.doneOn !== null).length).toBeGreaterThan(actions.length / 2);
    expect(actions.every((a) => a.doneOn === null || a.doneOn < today)).toBe(true);
    expect(actions.filter((a) => a.doneOn === null && a.dueOn! < today).length).toBeGreaterThanOrEqual(2);
    expect(actions.filter((a) => a.doneOn === null && a.dueOn! > today).length).toBeGreaterThanOrEqual(1);
  });

  it('gives incidents and actions only to the demo people', () => {
    const ids = new Set(Object.values(people));
    for (const r of history) {
      if (r.ownerId !== null) expect(ids.has(r.ownerId)).toBe(true);
      for (const a of r.actions) expect(ids.has(a.ownerId!)).toBe(true);
    }
  });

  describe('as of now', () => {
    const open = history.filter((r) => r.milestones.closed === undefined);

    it('has three open incidents, all from the last few days', () => {
      expect(open).toHaveLength(3);
      for (const r of open) expect(NOW.getTime() - detectedAt(r)).toBeLessThan(3 * DAY);
    });

    it('a reportable breach detected about 50 hours ago has its ICO clock due soon', () => {
      const breach = open.find((r) => r.kind === 'data-breach')!;
      expect((NOW.getTime() - detectedAt(breach)) / HOUR).toBeCloseTo(50, 0);
      expect(reportable(breach)).toBe(true);
      expect(icoClock(breach, NOW)).toMatchObject({ state: 'due-soon', minutesLeft: 22 * 60 });
      expect(seniorClock(breach, NOW).state).toBe('met');
      // A day later it is overdue: the demo shows a clock that matters.
      expect(icoClock(breach, new Date(NOW.getTime() + DAY)).state).toBe('overdue');
    });

    it('a NIS cyber incident is contained, not recovered, and was reported in time', () => {
      const cyber = open.find((r) => r.kind === 'cyber')!;
      expect(cyber.nis).toBe(true);
      expect(statusOf(timesOf(cyber))).toBe('contained');
      expect(nisClock(cyber, NOW).state).toBe('met');
      expect(icoClock(cyber, NOW).state).toBe('not-required');
    });

    it('a near miss recorded this morning is new, with no owner and not yet graded', () => {
      const nearMiss = open.find((r) => r.kind === 'near-miss')!;
      expect(statusOf(timesOf(nearMiss))).toBe('new');
      expect(nearMiss.ownerId).toBeNull();
      expect(reportabilityOf(nearMiss.breachLikelihood, nearMiss.breachHarm).ico).toBeNull();
    });

    it('an incident closed last week met its clocks', () => {
      const lastWeek = history.filter((r) => r.milestones.closed && NOW.getTime() - Date.parse(r.milestones.closed) < 8 * DAY);
      expect(lastWeek).toHaveLength(1);
      const closed = lastWeek[0]!;
      expect(NOW.getTime() - Date.parse(closed.milestones.closed!)).toBeGreaterThan(5 * DAY);
      expect(icoClock(closed, NOW).state).toBe('met');
      expect(seniorClock(closed, NOW).state).toBe('met');
    });
  });

  it.each([
    ['a summer afternoon', '2025-07-15T15:30:00Z'],
    ['just before midnight in a UK winter', '2026-01-31T23:59:00Z'],
    ['just after the clocks go forward', '2026-03-29T01:05:00Z'],
  ])('keeps its shape on %s', (_, iso) => {
    const now = new Date(iso);
    const records = demoIncidentHistory(now, people);
    for (const r of records) expect(orderProblems(timesOf(r)), r.reference).toEqual([]);
    const instants = records.flatMap((r) => [...Object.values(r.milestones), ...r.notifications.map((n) => n.sentAt)]).map((at) => Date.parse(at));
    expect(Math.max(...instants)).toBeLessThanOrEqual(now.getTime());
    expect(records.filter((r) => r.milestones.closed === undefined)).toHaveLength(3);
    const breach = records.find((r) => r.milestones.closed === undefined && r.kind === 'data-breach')!;
    expect(icoClock(breach, now).state).toBe('due-soon');
    expect(new Set(records.map((r) => r.reference)).size).toBe(records.length);
    for (const a of records.flatMap((r) => r.actions)) expect(a.doneOn === null || a.doneOn < ukDateOf(now)).toBe(true);
  });
});
