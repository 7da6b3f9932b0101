// What may happen to an NHS cyber alert next: new → acknowledged → remediated → closed. An alert a
// person has confirmed does not apply may be closed before it is remediated (there is nothing to fix);
// one that applies is closed only once remediated, so the register never loses an open exposure.
import type { Applicability, CyberAlertState } from './alert-deadlines.js';

/** A step refused: because of where the alert is (state), or because of a value given (field). */
export type Refusal = { kind: 'state'; message: string } | { kind: 'field'; field: string; message: string; value?: string };

export interface LifecycleFacts {
  state: CyberAlertState;
  applicability: Applicability | null;
  issuedAt: Date;
}

const closedAlready = (a: LifecycleFacts): Refusal | null => (a.state === 'closed' ? { kind: 'state', message: 'This alert is closed: nothing more can be recorded on it.' } : null);

/** Confirming whether it applies: before it is remediated (afterwards the work done says it did). */
export function refusalToConfirmApplicability(alert: LifecycleFacts, value: Applicability): Refusal | null {
  const closed = closedAlready(alert);
  if (closed) return closed;
  if (alert.state === 'remediated' && value === 'not-applicable') return { kind: 'state', message: 'This alert is marked remediated, so it applied: it cannot now be confirmed not applicable.' };
  return null;
}

/** Acknowledging: once, from new, at an instant not before the alert was issued and not in the future. */
export function refusalToAcknowledge(alert: LifecycleFacts, at: Date, now: Date): Refusal | null {
  const closed = closedAlready(alert);
  if (closed) return closed;
  if (alert.state !== 'new') return { kind: 'state', message: 'This alert has already been acknowledged.' };
  if (at.getTime() < alert.issuedAt.getTime()) return { kind: 'field', field: 'at', message: `An alert cannot be acknowledged before it was issued (${alert.issuedAt.toISOString()}).`, value: at.toISOString() };
  if (at.getTime() > now.getTime()) return { kind: 'field', field: 'at', message: 'An acknowledgement cannot be recorded for a time still to come.', value: at.toISOString() };
  return null;
}

/** Marking remediated: after acknowledging, and only for an alert confirmed to apply. */
export function refusalToMarkRemediated(alert: LifecycleFacts): Refusal | null {
  const closed = closedAlready(alert);
  if (closed) return closed;
  if (alert.state === 'remediated') return { kind: 'state', message: 'This alert is already marked remediated.' };
  if (alert.state !== 'acknowledged') return { kind: 'state', message: 'Acknowledge the alert before marking it remediated.' };
  if (alert.applicability !== 'applicable') return { kind: 'state', message: 'Confirm that the alert applies to our systems before marking it remediated.' };
  return null;
}

/** Closing: from remediated always; from new or acknowledged only once confirmed not applicable. */
export function refusalToClose(alert: LifecycleFacts): Refusal | null {
  const closed = closedAlready(alert);
  if (closed) return closed;
  if (alert.state === 'remediated') return null;
  if (alert.applicability === 'not-applicable') return null;
  return {
    kind: 'state',
    message: alert.applicability === 'applicable' ? 'This alert applies to our systems: mark it remediated before closing it.' : 'Confirm whether this alert applies before closing it: one that applies is closed once remediated.',
  };
}

/** Writing an update or changing the details: any time before the alert is closed. */
export function refusalToChange(alert: LifecycleFacts): Refusal | null {
  return closedAlready(alert);
}
