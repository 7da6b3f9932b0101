// The incident register's words: the contract's codes as people say them, the tag colour of each
// severity, status and clock, and how long is left on a notification clock in hours and minutes.
// The labels are copied from the contract (the web app imports its types only, never its code); the
// Record types make the compiler notice when the contract gains a value.
import type { TagColour } from '../../../components/Tag';
import type {
  CiaCategory,
  ClockState,
  DetectionSource,
  EntryKind,
  IncidentKind,
  IncidentStatus,
  Milestone,
  Recipient,
  RootCause,
  Severity,
  TimelineKind,
} from '../../../../contract/incidents';

export const KIND_LABELS: Record<IncidentKind, string> = {
  cyber: 'Cyber incident',
  'data-breach': 'Data security and protection breach',
  'near-miss': 'Near miss',
};

export const SEVERITY_WORDS: Record<Severity, { text: string; colour: TagColour }> = {
  critical: { text: 'Critical', colour: 'red' },
  high: { text: 'High', colour: 'orange' },
  medium: { text: 'Medium', colour: 'yellow' },
  low: { text: 'Low', colour: 'grey' },
};

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  investigating: 'Investigating',
  contained: 'Contained',
  recovered: 'Recovered',
  closed: 'Closed',
};

/** The statuses an incident passes through while open, in order: the board's columns. */
export const OPEN_STATUSES = ['new', 'acknowledged', 'investigating', 'contained', 'recovered'] as const satisfies readonly IncidentStatus[];

export const CIA_LABELS: Record<CiaCategory, string> = {
  confidentiality: 'Confidentiality (information seen by people who should not see it)',
  integrity: 'Integrity (information changed or corrupted)',
  availability: 'Availability (systems or information could not be used)',
};

export const DETECTION_SOURCE_LABELS: Record<DetectionSource, string> = {
  'internal-monitoring': 'Internal monitoring',
  'user-report': 'Reported by a member of staff or the public',
  supplier: 'Supplier',
  'external-party': 'External party (NCSC, police, researcher, attacker)',
};

/** The milestones, in the order they must fall. */
export const MILESTONE_ORDER = ['occurred', 'detected', 'reported', 'acknowledged', 'triaged', 'contained', 'eradicated', 'recovered', 'closed'] as const satisfies readonly Milestone[];

export const MILESTONE_LABELS: Record<Milestone, string> = {
  occurred: 'Occurred',
  detected: 'Detected',
  reported: 'Reported internally',
  acknowledged: 'Acknowledged',
  triaged: 'Triaged',
  contained: 'Contained',
  eradicated: 'Eradicated',
  recovered: 'Recovered',
  closed: 'Closed',
};

export const ENTRY_LABELS: Record<EntryKind, string> = { note: 'Note', decision: 'Decision', evidence: 'Evidence' };

export function timelineKindLabel(kind: TimelineKind): string {
  return isMilestone(kind) ? MILESTONE_LABELS[kind] : ENTRY_LABELS[kind];
}

export function isMilestone(kind: string): kind is Milestone {
  return (MILESTONE_ORDER as readonly string[]).includes(kind);
}

export const RECIPIENT_LABELS: Record<Recipient, string> = {
  ico: 'Information Commissioner’s Office',
  'dhsc-nhse': 'DHSC and NHS England',
  'nis-authority': 'NIS competent authority',
  'senior-management': 'Senior management (SIRO)',
  'data-subjects': 'The people affected',
  police: 'Police',
  ncsc: 'NCSC',
  other: 'Someone else',
};

export const ROOT_CAUSE_LABELS: Record<RootCause, string> = {
  phishing: 'Phishing or social engineering',
  'credential-compromise': 'Stolen or weak credentials',
  'unpatched-vulnerability': 'Unpatched vulnerability',
  misconfiguration: 'Misconfiguration',
  supplier: 'Supplier or third party',
  malware: 'Malware or ransomware',
  'misdirected-information': 'Information sent to the wrong person',
  'lost-or-stolen': 'Lost or stolen device or records',
  'inappropriate-access': 'Inappropriate access by staff',
  'human-error': 'Other human error',
  'process-failure': 'Process failure',
  other: 'Other',
};

/** The reportability grid's two scales, 1 to 5, in our short words (as the server's rules use them). */
export const LIKELIHOOD_LABELS = ['Has not occurred', 'Not likely', 'Likely', 'Highly likely', 'Has occurred'] as const;
export const HARM_LABELS = ['No adverse effect', 'Minor', 'Adverse', 'Serious', 'Catastrophic'] as const;

/** "31 h 12 min", "2 h", "45 min": a duration in the units incidents are measured in. */
export function hoursAndMinutes(totalMinutes: number): string {
  const minutes = Math.max(0, Math.floor(totalMinutes));
  if (minutes === 0) return 'less than 1 min';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A running clock worked out again at `now`, so the page can count down between fetches. */
export function clockAt(clock: ClockState, now: number): ClockState {
  if (!['running', 'due-soon', 'overdue'].includes(clock.state) || !clock.dueAt || !clock.startsAt) return clock;
  const due = Date.parse(clock.dueAt);
  const starts = Date.parse(clock.startsAt);
  const minutesLeft = Math.floor((due - now) / 60_000);
  // The server's rule: past the deadline is overdue; past two thirds of the window is due soon.
  const state = now > due ? 'overdue' : now - starts >= ((due - starts) * 2) / 3 ? 'due-soon' : 'running';
  return { ...clock, state, minutesLeft };
}

/** Where a clock stands in words and the colour of its tag: "31 h 12 min left", "Overdue by 2 h", "Notified in time". */
export function clockWords(clock: ClockState): { text: string; colour: TagColour } {
  switch (clock.state) {
    case 'not-required':
      return { text: 'Not required', colour: 'grey' };
    case 'not-started':
      return { text: 'Starts when detected', colour: 'grey' };
    case 'met':
      return { text: 'Notified in time', colour: 'green' };
    case 'late':
      return { text: 'Notified late', colour: 'orange' };
    case 'overdue':
      return { text: `Overdue by ${hoursAndMinutes(-(clock.minutesLeft ?? 0))}`, colour: 'red' };
    case 'due-soon':
      return { text: `${hoursAndMinutes(clock.minutesLeft ?? 0)} left`, colour: 'yellow' };
    case 'running':
      return { text: `${hoursAndMinutes(clock.minutesLeft ?? 0)} left`, colour: 'blue' };
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
