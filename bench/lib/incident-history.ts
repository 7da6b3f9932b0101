// A generated incident history for the benchmarks: a large Trust's incidents over some months, with
// milestones that fall in order and durations spread as real ones are (mostly quick, a long tail),
// some milestones never recorded, recent incidents still open, the ICO told of reportable breaches
// (usually within 72 hours, sometimes late, now and then not at all), and lessons learned on the
// serious ones. The generator is pure and seeded: the same shape gives the same records on every run
// and machine. prepareIncidentMetrics writes the benchmark's history through the incidents service.
import type { CiaCategory, DetectionSource, IncidentKind, Milestone, Recipient, RootCause, Severity } from '../../src/contract/incidents.js';
import { MILESTONES } from '../../src/contract/incidents.js';
import type { Db } from '../../src/platform/db/database.js';
import { type IncidentHistoryRecord, recordIncidentHistory } from '../../src/modules/incidents/service.js';
import type { Session } from './sign-in.js';
import { mulberry32 as seeded } from '../../src/platform/seeded-random.js';

export interface HistoryShape {
  /** Seed of the generator. */
  seed: number;
  incidents: number;
  /** Calendar months before `end` over which incidents are detected. */
  months: number;
  /** The instant the history is read at: nothing happens after it, and what is not done by then is open. */
  end: Date;
  /** Who owns cyber incidents (the security team) and breaches and near misses (information governance). */
  owners: { security: readonly string[]; governance: readonly string[] };
}

export interface HistorySummary {
  incidents: number;
  months: number;
  from: string;
  to: string;
  byKind: Record<IncidentKind, number>;
  bySeverity: Record<Severity, number>;
  /** Milestone entries written, and incidents without each milestone (never recorded, or not reached yet). */
  milestones: number;
  missing: Record<Milestone, number>;
  open: number;
  icoReportable: number;
  icoNotified: number;
  icoNotifiedLate: number;
  notifications: number;
  reviews: number;
  actions: number;
}

const HOUR = 3_600_000;

function generators(random: () => number) {
  const chance = (p: number) => random() < p;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const weighted = <T extends string | number>(weights: ReadonlyArray<readonly [T, number]>): T => {
    let r = random() * weights.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of weights) if ((r -= w) < 0) return value;
    return weights.at(-1)![0];
  };
  /** Milliseconds, log-normally spread about a median in hours: response times have a long tail, never a negative one. */
  const duration = (medianHours: number, sigma: number) => {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return medianHours * Math.exp(sigma * normal) * HOUR;
  };
  return { chance, pick, weighted, duration };
}

const KINDS = [
  ['data-breach', 55],
  ['cyber', 30],
  ['near-miss', 15],
] as const;

const SEVERITY_BY_KIND: Record<IncidentKind, ReadonlyArray<readonly [Severity, number]>> = {
  cyber: [
    ['critical', 5],
    ['high', 20],
    ['medium', 40],
    ['low', 35],
  ],
  'data-breach': [
    ['critical', 2],
    ['high', 10],
    ['medium', 38],
    ['low', 50],
  ],
  'near-miss': [
    ['high', 5],
    ['medium', 30],
    ['low', 65],
  ],
};

const SOURCE_BY_KIND: Record<IncidentKind, ReadonlyArray<readonly [DetectionSource, number]>> = {
  cyber: [
    ['internal-monitoring', 55],
    ['user-report', 20],
    ['supplier', 10],
    ['external-party', 15],
  ],
  'data-breach': [
    ['user-report', 70],
    ['internal-monitoring', 15],
    ['external-party', 10],
    ['supplier', 5],
  ],
  'near-miss': [
    ['user-report', 80],
    ['internal-monitoring', 20],
  ],
};

const TITLES: Record<IncidentKind, readonly string[]> = {
  cyber: [
    'Phishing email with a credential-harvesting link reported by several staff',
    'Malware blocked on a ward workstation',
    'Unusual sign-ins to a clinician’s account from abroad',
    'Ransomware alert on a file server in the finance department',
    'Denial of service against the public website',
    'Supplier reports a compromise of its remote support tool',
    'Exposed remote desktop service found on an imaging modality',
    'Vulnerability in the VPN appliance exploited by a scanner',
    'Mailbox rule forwarding mail outside the Trust',
    'Unauthorised device on the clinical network',
  ],
  'data-breach': [
    'Discharge letter sent to the wrong patient',
    'Email with a clinic list sent to an external address in error',
    'Handover sheet found in a public area',
    'Staff member viewed a relative’s record without a reason',
    'Unencrypted memory stick with patient details lost',
    'Referral faxed to the wrong GP practice',
    'Results posted to a previous address',
    'Spreadsheet of staff details shared with the wrong team',
    'Laptop stolen from a car',
    'Patient photographs stored on a personal phone',
  ],
  'near-miss': [
    'Letter to the wrong patient stopped before posting',
    'Email to an external address recalled before it was read',
    'Smartcard left in a shared terminal found by a colleague',
    'Phishing simulation clicked, no details entered',
    'Records trolley left unattended, recovered at once',
    'Access request approved in error, withdrawn before use',
  ],
};

const CYBER_CIA: ReadonlyArray<readonly CiaCategory[]> = [['availability'], ['confidentiality'], ['confidentiality', 'integrity'], ['integrity', 'availability']];

const ASSETS = [
  'Electronic patient record',
  'Picture archiving and communication system',
  'Trust email (NHSmail)',
  'Pathology laboratory system',
  'ESR (HR and payroll)',
  'Patient administration system',
  'Maternity system',
  'Remote access VPN',
  'Public website',
  'Shared drives',
];

const CAUSES: Record<IncidentKind, readonly RootCause[]> = {
  cyber: ['phishing', 'credential-compromise', 'unpatched-vulnerability', 'misconfiguration', 'supplier', 'malware'],
  'data-breach': ['misdirected-information', 'misdirected-information', 'lost-or-stolen', 'inappropriate-access', 'human-error', 'process-failure'],
  'near-miss': ['human-error', 'process-failure', 'misdirected-information'],
};

const WENT_WELL = [
  'The member of staff reported it at once and knew whom to tell.',
  'Containment was quick because the runbook was current.',
  'The supplier answered within the hour and shared its logs.',
  'The IG team graded the breach and decided on reporting within the day.',
];
const TO_IMPROVE = [
  'Out-of-hours escalation depended on one person.',
  'Address checks before sending were not done consistently.',
  'Logs older than thirty days were not kept, which slowed the investigation.',
  'It took too long to find the owner of the affected system.',
];
const ACTION_TITLES = [
  'Refresh the team’s training on checking recipients',
  'Add the system to central log collection',
  'Review the out-of-hours on-call rota',
  'Update the incident runbook for this kind of incident',
  'Apply the supplier’s patch across the estate',
  'Turn on conditional access for the affected accounts',
  'Remind staff of the clear-desk policy',
];

/** The forward chain's median hours from the milestone before, by severity; sigma spreads the tail. */
const ACKNOWLEDGE: Record<Severity, number> = { critical: 0.25, high: 1, medium: 3, low: 8 };
const TRIAGE: Record<Severity, number> = { critical: 1, high: 3, medium: 8, low: 20 };
const CONTAIN: Record<Severity, number> = { critical: 10, high: 30, medium: 60, low: 90 };

const iso = (ms: number) => new Date(Math.round(ms / 60_000) * 60_000).toISOString();
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function generateIncidentHistory(shape: HistoryShape): { records: IncidentHistoryRecord[]; summary: HistorySummary } {
  const random = seeded(shape.seed);
  const { chance, pick, weighted, duration } = generators(random);
  const end = shape.end.getTime();
  const startDate = new Date(shape.end);
  startDate.setUTCMonth(startDate.getUTCMonth() - shape.months);
  const start = startDate.getTime();

  // Detection instants across the period, in order, so references run with time.
  const detections = Array.from({ length: shape.incidents }, () => start + random() * (end - start)).sort((a, b) => a - b);
  const numberInYear = new Map<number, number>();
  const summary: HistorySummary = {
    incidents: shape.incidents,
    months: shape.months,
    from: new Date(start).toISOString(),
    to: shape.end.toISOString(),
    byKind: { cyber: 0, 'data-breach': 0, 'near-miss': 0 },
    bySeverity: { critical: 0, high: 0, medium: 0, low: 0 },
    milestones: 0,
    missing: Object.fromEntries(MILESTONES.map((m) => [m, 0])) as Record<Milestone, number>,
    open: 0,
    icoReportable: 0,
    icoNotified: 0,
    icoNotifiedLate: 0,
    notifications: 0,
    reviews: 0,
    actions: 0,
  };

  const records = detections.map((detected): IncidentHistoryRecord => {
    const kind = weighted(KINDS);
    const severity = weighted(SEVERITY_BY_KIND[kind]);
    const cyber = kind === 'cyber';
    const nearMiss = kind === 'near-miss';
    const breach = kind === 'data-breach';
    const title = pick(TITLES[kind]);

    // Every milestone's instant along one chain, so that they fall in order whichever are left out.
    const at: Partial<Record<Milestone, number>> = { detected };
    at.occurred = detected - duration(cyber ? 30 : nearMiss ? 1 : 10, cyber ? 1.8 : 1.4);
    at.reported = detected + duration(0.5, 1);
    at.acknowledged = at.reported + duration(ACKNOWLEDGE[severity], 0.9);
    at.triaged = at.acknowledged + duration(TRIAGE[severity], 1);
    at.contained = at.triaged + duration(CONTAIN[severity], 1);
    at.eradicated = at.contained + duration(48, 0.9);
    at.recovered = at.eradicated + duration(cyber ? 72 : 24, 1);
    at.closed = at.recovered + duration(336, 0.8);

    // Milestones a Trust often does not record: when it started, the acknowledgement, the triage.
    const leftOut = new Set<Milestone>();
    if (chance(0.1)) leftOut.add('occurred');
    if (chance(0.06)) leftOut.add('reported');
    if (chance(0.08)) leftOut.add('acknowledged');
    if (chance(0.1)) leftOut.add('triaged');
    if (!cyber || chance(0.15)) leftOut.add('eradicated');
    if (nearMiss) ['contained', 'recovered'].forEach((m) => leftOut.add(m as Milestone));
    else if (chance(0.1)) leftOut.add('recovered');

    const milestones: Partial<Record<Milestone, string>> = {};
    for (const m of MILESTONES) {
      // Past the end, the incident has not got there yet: still open.
      if (leftOut.has(m) || at[m]! > end) continue;
      milestones[m] = iso(at[m]!);
    }
    for (const m of MILESTONES) if (!milestones[m]) summary.missing[m] += 1;
    summary.milestones += Object.keys(milestones).length;
    if (!milestones.closed) summary.open += 1;

    // The ICO grid: breaches graded, near misses "has not occurred", cyber incidents only when data was at risk.
    const cia: CiaCategory[] = cyber ? [...CYBER_CIA[weighted([[0, 30], [1, 30], [2, 25], [3, 15]] as const)]!] : ['confidentiality'];
    let likelihood: number | null = null;
    let harm: number | null = null;
    if (breach ? chance(0.96) : cyber ? cia.includes('confidentiality') && chance(0.6) : chance(0.5)) {
      likelihood = nearMiss ? 1 : weighted([[1, 10], [2, 35], [3, 25], [4, 15], [5, 15]] as const);
      harm = nearMiss ? 1 : weighted([[1, 70], [2, 18], [3, 8], [4, 3], [5, 1]] as const);
    }
    const icoReportable = likelihood !== null && harm !== null && likelihood >= 3 && harm >= 2;
    const nis = cyber && severity === 'critical' && cia.includes('availability');

    const notifications: IncidentHistoryRecord['notifications'] = [];
    const notify = (recipient: Recipient, sentAt: number, reference: string | null = null) => {
      if (sentAt <= end) notifications.push({ recipient, sentAt: iso(sentAt), reference });
    };
    if (icoReportable) {
      summary.icoReportable += 1;
      // Usually inside 72 hours; about one in ten late; a few never sent.
      if (!chance(0.03)) {
        const sentAt = detected + duration(36, 0.55);
        notify('ico', sentAt, `IC-${String(100_000 + Math.floor(random() * 900_000))}`);
        if (sentAt <= end) {
          summary.icoNotified += 1;
          if (sentAt - detected > 72 * HOUR) summary.icoNotifiedLate += 1;
        }
        // Above the default DHSC and NHS England threshold, the same report reaches them.
        if (likelihood! >= 3 && harm! >= 4) notify('dhsc-nhse', sentAt);
        if (harm! >= 3) notify('data-subjects', sentAt + duration(48, 0.7));
      }
    }
    if (!nearMiss && (severity !== 'low' || chance(0.3))) notify('senior-management', detected + duration(4, 0.9));
    if (nis) notify('nis-authority', detected + duration(24, 0.6));
    if (cyber && (severity === 'critical' || (severity === 'high' && chance(0.5)))) notify('ncsc', detected + duration(8, 0.8));
    notifications.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
    summary.notifications += notifications.length;

    const ownerId = pick(cyber ? shape.owners.security : shape.owners.governance);
    let review: IncidentHistoryRecord['review'] = null;
    const actions: IncidentHistoryRecord['actions'] = [];
    if (milestones.closed && (severity === 'critical' || severity === 'high' || chance(0.3))) {
      const closed = Date.parse(milestones.closed);
      // Usually a few days before closing, never before the incident was known.
      const heldOn = day(Math.max(detected, closed - duration(72, 0.5)));
      review = { heldOn, rootCause: pick(CAUSES[kind]), summary: `${title}: reviewed with the teams involved.`, wentWell: pick(WENT_WELL), toImprove: pick(TO_IMPROVE) };
      summary.reviews += 1;
      for (const actionTitle of new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(ACTION_TITLES)))) {
        const due = Date.parse(heldOn) + (30 + Math.floor(random() * 60)) * 24 * HOUR;
        const done = due - duration(72, 1.2);
        actions.push({ title: actionTitle, ownerId, dueOn: day(due), doneOn: done <= end && chance(0.8) ? day(Math.max(done, Date.parse(heldOn))) : null });
      }
      summary.actions += actions.length;
    }

    const year = new Date(detected).getUTCFullYear();
    const n = (numberInYear.get(year) ?? 0) + 1;
    numberInYear.set(year, n);
    summary.byKind[kind] += 1;
    summary.bySeverity[severity] += 1;
    const subjects = breach ? (chance(0.9) ? 1 + Math.floor(random() * 5) : 10 + Math.floor(random() * 5000)) : null;
    return {
      reference: `INC-${year}-${String(n).padStart(4, '0')}`,
      title,
      description: chance(0.5) ? `${title}. Recorded from the first report; details were added as the investigation went on.` : null,
      kind,
      severity,
      cia,
      nis,
      detectionSource: weighted(SOURCE_BY_KIND[kind]),
      ownerId,
      affectedAssets: chance(0.7) ? [...new Set([pick(ASSETS), ...(chance(0.3) ? [pick(ASSETS)] : [])])] : [],
      dataSubjects: breach || likelihood !== null ? (chance(0.8) ? ['patients'] : chance(0.5) ? ['staff'] : ['patients', 'staff']) : [],
      subjectsCount: subjects,
      // One to three records of each person affected.
      recordsCount: subjects === null ? null : subjects * (1 + Math.floor(random() * 3)),
      breachLikelihood: likelihood,
      breachHarm: harm,
      milestones,
      occurredEstimated: milestones.occurred !== undefined && chance(0.3),
      notifications,
      review,
      actions,
    };
  });
  return { records, summary };
}

/** The bench's history: 2,000 incidents of the demo trust over the 24 months to a fixed instant. */
export const BENCH_HISTORY = { seed: 20_261_201, incidents: 2000, months: 24, end: new Date('2026-12-01T00:00:00.000Z') } as const;

/**
 * Writes the bench's history for the organisation through the incidents service, as its head of cyber,
 * and gives the route that reads its metrics. The metrics are read as of the history's end, so the
 * answer is the same on every run whatever the date.
 */
export async function prepareIncidentMetrics(db: Db, orgId: string, lead: Session, label: string): Promise<{ route: string; dataset: HistorySummary }> {
  const idsOf = async (emails: string[]) => (await db.selectFrom('users').select('id').where('email', 'in', emails).orderBy('email').execute()).map((u) => u.id);
  const owners = { security: await idsOf(['seclead@northshire-acute.example', 'analyst@northshire-acute.example']), governance: await idsOf(['iglead@northshire-acute.example', 'dpo@northshire-acute.example']) };
  if (owners.security.length !== 2 || owners.governance.length !== 2) throw new Error('the demo trust’s security and IG people were not found');
  const { records, summary } = generateIncidentHistory({ ...BENCH_HISTORY, owners });
  const outcome = await recordIncidentHistory({ db, actor: { userId: lead.userId, label }, now: new Date() }, orgId, records);
  if (outcome.inserted !== records.length) throw new Error(`the incident history wrote ${outcome.inserted} of ${records.length} incidents`);
  return { route: `/api/v1/orgs/${orgId}/incident-metrics?asOf=${BENCH_HISTORY.end.toISOString()}`, dataset: summary };
}
