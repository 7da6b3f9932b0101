// The NHS cyber alert rules: 48 real hours to acknowledge, whatever the clocks on the wall do; the
// date to remediate by from the organisation's deadlines; what is overdue at an as-of instant; and
// which step of the response may come next.
import { describe, expect, it } from 'vitest';
import {
  acknowledgeDueAt,
  acknowledgedLate,
  acknowledgementDueWithin,
  acknowledgementOverdue,
  type AlertTimeline,
  defaultRemediateBy,
  remediationOverdue,
} from '../../src/modules/cyber-alerts/domain/alert-deadlines.js';
import { type LifecycleFacts, refusalToAcknowledge, refusalToChange, refusalToClose, refusalToConfirmApplicability, refusalToMarkRemediated } from '../../src/modules/cyber-alerts/domain/alert-lifecycle.js';

const at = (iso: string) => new Date(iso);
const alert = (more: Partial<AlertTimeline> = {}): AlertTimeline => ({ issuedAt: at('2026-05-01T09:00:00Z'), applicability: null, acknowledgedAt: null, remediatedAt: null, closedAt: null, ...more });
const DAYS = { critical: 14, high: 14, medium: 30, low: null, kev: 21 };

describe('the 48 hours to acknowledge', () => {
  it.each([
    ['an ordinary weekday', '2026-05-01T09:00:00Z', '2026-05-03T09:00:00.000Z'],
    ['across the clocks going forward (47 hours on the wall)', '2026-03-28T10:00:00Z', '2026-03-30T10:00:00.000Z'],
    ['across the clocks going back (49 hours on the wall)', '2026-10-24T10:00:00Z', '2026-10-26T10:00:00.000Z'],
    ['issued with a summer-time offset', '2026-07-01T10:30:00+01:00', '2026-07-03T09:30:00.000Z'],
  ])('run 48 real hours from issue: %s', (_, issued, due) => {
    expect(acknowledgeDueAt(at(issued)).toISOString()).toBe(due);
  });

  it.each([
    ['not acknowledged, one millisecond before the due time', alert(), '2026-05-03T08:59:59.999Z', false, false],
    ['not acknowledged, exactly at the due time', alert(), '2026-05-03T09:00:00Z', false, false],
    ['not acknowledged, just after the due time', alert(), '2026-05-03T09:00:00.001Z', true, true],
    ['acknowledged in time', alert({ acknowledgedAt: at('2026-05-02T12:00:00Z') }), '2026-06-01T00:00:00Z', false, false],
    ['acknowledged after the 48 hours', alert({ acknowledgedAt: at('2026-05-04T12:00:00Z') }), '2026-06-01T00:00:00Z', false, true],
    ['acknowledged late, seen before the acknowledgement was made', alert({ acknowledgedAt: at('2026-05-04T12:00:00Z') }), '2026-05-04T00:00:00Z', true, true],
    ['closed as not applicable without acknowledging', alert({ applicability: 'not-applicable', closedAt: at('2026-05-02T00:00:00Z') }), '2026-06-01T00:00:00Z', false, false],
  ])('%s: overdue %s, late %s', (_, timeline, asOf, overdue, late) => {
    expect(acknowledgementOverdue(timeline, at(asOf))).toBe(overdue);
    expect(acknowledgedLate(timeline, at(asOf))).toBe(late);
  });

  it.each([
    ['13 hours before the due time', '2026-05-02T20:00:00Z', false],
    ['12 hours before the due time', '2026-05-02T21:00:00Z', true],
    ['at the due time', '2026-05-03T09:00:00Z', true],
    ['after the due time (overdue instead)', '2026-05-03T09:00:01Z', false],
  ])('is due soon within 12 hours: %s → %s', (_, asOf, soon) => {
    expect(acknowledgementDueWithin(alert(), 12, at(asOf))).toBe(soon);
  });
});

describe('the date to remediate by', () => {
  it.each([
    ['critical: the issue date plus its 14 days', '2026-05-01T09:00:00Z', 'critical', '2026-05-15'],
    ['medium: its 30 days', '2026-05-01T09:00:00Z', 'medium', '2026-05-31'],
    ['low has no finding deadline, so the known-exploited days', '2026-05-01T09:00:00Z', 'low', '2026-05-22'],
    ['issued at 00:30 in London on 1 July (23:30 UTC on 30 June) counts from the UK date', '2026-06-30T23:30:00Z', 'high', '2026-07-15'],
  ] as const)('%s', (_, issued, severity, date) => {
    expect(defaultRemediateBy(at(issued), severity, DAYS)).toBe(date);
  });

  it.each([
    ['applicable, on the remediate-by date itself', alert({ applicability: 'applicable' }), '2026-05-15T22:59:59Z', false],
    ['applicable, the UK day after', alert({ applicability: 'applicable' }), '2026-05-15T23:00:00Z', true],
    ['not yet confirmed', alert(), '2026-06-01T00:00:00Z', false],
    ['confirmed not applicable', alert({ applicability: 'not-applicable' }), '2026-06-01T00:00:00Z', false],
    ['applicable and remediated', alert({ applicability: 'applicable', remediatedAt: at('2026-05-20T00:00:00Z') }), '2026-06-01T00:00:00Z', false],
    ['applicable, remediated after the as-of instant', alert({ applicability: 'applicable', remediatedAt: at('2026-05-20T00:00:00Z') }), '2026-05-18T00:00:00Z', true],
  ])('remediation overdue: %s → %s', (_, timeline, asOf, overdue) => {
    expect(remediationOverdue(timeline, '2026-05-15', at(asOf))).toBe(overdue);
  });
});

describe('the steps of the response', () => {
  const facts = (more: Partial<LifecycleFacts> = {}): LifecycleFacts => ({ state: 'new', applicability: null, issuedAt: at('2026-05-01T09:00:00Z'), ...more });
  const NOW = at('2026-05-02T09:00:00Z');

  it.each([
    ['a new alert, at issue', facts(), '2026-05-01T09:00:00Z', null],
    ['a new alert, now', facts(), '2026-05-02T09:00:00Z', null],
    ['before it was issued', facts(), '2026-05-01T08:59:59Z', 'at'],
    ['in the future', facts(), '2026-05-02T09:00:01Z', 'at'],
    ['already acknowledged', facts({ state: 'acknowledged' }), '2026-05-02T09:00:00Z', 'state'],
    ['closed', facts({ state: 'closed', applicability: 'not-applicable' }), '2026-05-02T09:00:00Z', 'state'],
  ])('acknowledging %s → %s', (_, alertFacts, when, refused) => {
    const refusal = refusalToAcknowledge(alertFacts, at(when), NOW);
    expect(refusal === null ? null : refusal.kind === 'field' ? refusal.field : 'state').toBe(refused);
  });

  it.each([
    ['acknowledged and applicable', facts({ state: 'acknowledged', applicability: 'applicable' }), null],
    ['new, though applicable', facts({ applicability: 'applicable' }), 'Acknowledge the alert before marking it remediated.'],
    ['acknowledged, not yet confirmed', facts({ state: 'acknowledged' }), 'Confirm that the alert applies to our systems before marking it remediated.'],
    ['acknowledged, not applicable', facts({ state: 'acknowledged', applicability: 'not-applicable' }), 'Confirm that the alert applies to our systems before marking it remediated.'],
    ['already remediated', facts({ state: 'remediated', applicability: 'applicable' }), 'This alert is already marked remediated.'],
  ])('marking remediated when %s', (_, alertFacts, message) => {
    expect(refusalToMarkRemediated(alertFacts)?.message ?? null).toBe(message);
  });

  it.each([
    ['remediated', facts({ state: 'remediated', applicability: 'applicable' }), true],
    ['new, confirmed not applicable', facts({ applicability: 'not-applicable' }), true],
    ['acknowledged, confirmed not applicable', facts({ state: 'acknowledged', applicability: 'not-applicable' }), true],
    ['new, not yet confirmed', facts(), false],
    ['acknowledged and applicable, not remediated', facts({ state: 'acknowledged', applicability: 'applicable' }), false],
    ['already closed', facts({ state: 'closed', applicability: 'not-applicable' }), false],
  ])('closing when %s: allowed %s', (_, alertFacts, allowed) => {
    expect(refusalToClose(alertFacts) === null).toBe(allowed);
  });

  it.each([
    ['new, either way', facts(), 'not-applicable', true],
    ['acknowledged, changing its mind', facts({ state: 'acknowledged', applicability: 'applicable' }), 'not-applicable', true],
    ['remediated: it did apply', facts({ state: 'remediated', applicability: 'applicable' }), 'not-applicable', false],
    ['remediated, confirming again that it applies', facts({ state: 'remediated', applicability: 'applicable' }), 'applicable', true],
    ['closed', facts({ state: 'closed', applicability: 'not-applicable' }), 'applicable', false],
  ] as const)('confirming applicability when %s: allowed %s', (_, alertFacts, value, allowed) => {
    expect(refusalToConfirmApplicability(alertFacts, value) === null).toBe(allowed);
  });

  it('takes no updates or changed details once closed', () => {
    expect(refusalToChange(facts({ state: 'closed' }))?.message).toMatch(/closed/);
    expect(refusalToChange(facts({ state: 'remediated' }))).toBeNull();
  });
});
