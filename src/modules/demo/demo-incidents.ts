// The demo trust's incident register: two years of what an English acute trust records — mostly data
// security and protection breaches, some cyber incidents, near misses — and four live incidents placed
// relative to now, so the register, the notification clocks and the metrics all have something honest
// to show, gaps included. Pure and deterministic: the same now gives the same history. Every name,
// reference and number here is made up.
import type { CiaCategory, DetectionSource, IncidentKind, Milestone, Recipient, RootCause, Severity } from '../../contract/incidents.js';
import { MILESTONES } from '../../contract/incidents.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { IncidentHistoryRecord } from '../incidents/service.js';
import { mulberry32 } from '../../platform/seeded-random.js';

/** The demo trust's people who own incidents and actions (account ids). */
export interface DemoIncidentPeople {
  securityLead: string;
  analyst: string;
  igLead: string;
  dpo: string;
  siro: string;
  iao: string;
}
type Owner = keyof DemoIncidentPeople;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SEED = 0x6e6f7274; // fixed, so every demo trust gets the same history

// The notification grid (NHS guide to notifying incidents): reportable to the ICO from likelihood 3 and
// harm 2. The everyday incidents stay below harm 4, so only the notable ones go to DHSC and NHS England.
const icoReportable = (g: Grade | null) => g !== null && g.likelihood >= 3 && g.harm >= 2;

// ---- A small seeded generator (mulberry32): reproducible, and no Math.random ----

type Weighted<T> = ReadonlyArray<readonly [T, number]>;

class Random {
  constructor(private readonly next: () => number) {}
  unit(): number {
    return this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: Weighted<T>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items.at(-1)![0];
  }
  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
  /** A duration around a median with a long right tail, as response times are: log-normal. */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
    return median * Math.exp(sigma * z);
  }
}

// ---- What one incident is before it becomes a record ----

interface Grade {
  likelihood: number;
  harm: number;
}

interface DraftAction {
  title: string;
  owner: Owner;
  /** Due this many days after the review. */
  dueAfterDays: number;
  done: boolean;
}

interface DraftReview {
  /** Held this many days after detection. */
  afterDays: number;
  rootCause: RootCause;
  summary: string;
  wentWell: string;
  toImprove: string;
  actions: DraftAction[];
}

interface Draft {
  title: string;
  description: string | null;
  kind: IncidentKind;
  severity: Severity;
  cia: CiaCategory[];
  nis: boolean;
  detectionSource: DetectionSource | null;
  owner: Owner | null;
  affectedAssets: string[];
  dataSubjects: string[];
  subjectsCount: number | null;
  grade: Grade | null;
  /** Epoch ms; detected is always there. */
  times: Partial<Record<Milestone, number>> & { detected: number };
  occurredEstimated: boolean;
  notifications: Array<{ recipient: Recipient; sentAt: number }>;
  review: DraftReview | null;
}

// ---- The everyday incidents, by scenario ----

interface Scenario {
  kind: IncidentKind;
  /** How many in the two years. */
  count: number;
  titles: readonly string[];
  /** {site} and {dept} are filled in. */
  description: string;
  cia: CiaCategory[];
  severity: Weighted<Severity>;
  sources: Weighted<DetectionSource | null>;
  owners: readonly Owner[];
  /** What it affected: every one of them. */
  assets: string[];
  subjects: string[];
  /** People affected [fewest, most], or null when no personal data is involved. */
  people: readonly [number, number] | null;
  /** The grid scores, or null when the incident involves no personal data and is not graded. */
  likelihood: Weighted<number> | null;
  harm: Weighted<number>;
  /** Median hours from occurrence to detection; the share where occurrence is an estimate, or unknown. */
  detectHours: number;
  estimated: number;
  unknown: number;
  /** Median hours from triage to containment, and from containment to recovery. */
  containHours: number;
  recoverHours: number;
  /** Malware and stolen accounts have an eradication step of their own. */
  eradicate: boolean;
}

const SITES = ['Northshire General Hospital', 'Riverside Community Hospital'];
const DEPARTMENTS = ['outpatients', 'maternity', 'radiology', 'cardiology', 'orthopaedics', 'the emergency department', 'pharmacy', 'the children’s ward', 'endoscopy', 'oncology', 'physiotherapy', 'the discharge lounge'];

const SCENARIOS: Scenario[] = [
  {
    kind: 'data-breach',
    count: 9,
    titles: ['Clinic letter emailed to the wrong patient', 'Discharge summary emailed to the wrong GP practice', 'Test results emailed to a patient with the same name', 'Referral emailed to the wrong team outside the trust'],
    description: 'An email with one patient’s details from {dept} at {site} went to the wrong address after the address book filled in a similar name. The recipient was asked to delete it and confirmed they had.',
    cia: ['confidentiality'], severity: [['low', 0.65], ['medium', 0.35]], sources: [['user-report', 0.8], ['internal-monitoring', 0.2]], owners: ['igLead', 'dpo'],
    assets: ['Email'], subjects: ['Patients'], people: [1, 3],
    likelihood: [[5, 0.6], [4, 0.2], [3, 0.2]], harm: [[1, 0.6], [2, 0.35], [3, 0.05]],
    detectHours: 3, estimated: 0.2, unknown: 0,
    containHours: 20, recoverHours: 24, eradicate: false,
  },
  {
    kind: 'data-breach',
    count: 5,
    titles: ['Outpatient letter posted to a previous address', 'Two patients’ letters sent in one envelope', 'Appointment letter posted to the wrong patient', 'Clinic letter posted to a neighbour’s address'],
    description: 'A letter about care in {dept} reached the wrong person. They phoned the trust and returned it, and the cause was put right with the team that sent it.',
    cia: ['confidentiality'], severity: [['low', 0.6], ['medium', 0.4]], sources: [['user-report', 0.9], [null, 0.1]], owners: ['igLead', 'dpo'],
    assets: ['Outpatient letters', 'Patient administration system'], subjects: ['Patients'], people: [1, 2],
    likelihood: [[5, 0.5], [4, 0.2], [3, 0.2], [2, 0.1]], harm: [[1, 0.5], [2, 0.4], [3, 0.1]],
    detectHours: 70, estimated: 0.6, unknown: 0.1,
    containHours: 30, recoverHours: 48, eradicate: false,
  },
  {
    kind: 'data-breach',
    count: 9,
    titles: ['Member of staff viewed a relative’s record', 'Colleague’s record opened without a reason', 'Member of staff looked up a neighbour’s record', 'Records viewed outside a care relationship'],
    description: 'A member of staff at {site} opened a patient’s record with no care relationship. Their access was suspended while their line manager and human resources looked into it, and the audit trail was kept as evidence.',
    cia: ['confidentiality'], severity: [['low', 0.3], ['medium', 0.7]], sources: [['internal-monitoring', 0.9], ['user-report', 0.1]], owners: ['igLead', 'dpo'],
    assets: ['Electronic patient record'], subjects: ['Patients'], people: [1, 2],
    likelihood: [[5, 1]], harm: [[1, 0.3], [2, 0.5], [3, 0.2]],
    detectHours: 300, estimated: 0.05, unknown: 0,
    containHours: 6, recoverHours: 24, eradicate: false,
  },
  {
    kind: 'data-breach',
    count: 5,
    titles: ['Smartcard lost on a ward', 'Smartcard left in a shared workstation overnight', 'Smartcard lost on the way home'],
    description: 'A member of staff at {site} lost their smartcard. The registration authority cancelled it within the hour and no use of it was seen.',
    cia: ['confidentiality'], severity: [['low', 1]], sources: [['user-report', 0.8], ['internal-monitoring', 0.2]], owners: ['igLead', 'analyst'],
    assets: ['Smartcard'], subjects: ['Staff'], people: [1, 1],
    likelihood: [[1, 0.6], [2, 0.4]], harm: [[1, 1]],
    detectHours: 10, estimated: 0.7, unknown: 0.3,
    containHours: 2, recoverHours: 48, eradicate: false,
  },
  {
    kind: 'data-breach',
    count: 5,
    titles: ['Handover sheet found in the hospital car park', 'Patient notes left on public transport', 'Ward list found in a public corridor', 'Box of paper records missing after an office move'],
    description: 'Paper records with patient details from {dept} at {site} were out of the trust’s control for a time. What could be found was recovered, and the team went over how paper must travel.',
    cia: ['confidentiality'], severity: [['low', 0.5], ['medium', 0.5]], sources: [['user-report', 0.9], [null, 0.1]], owners: ['igLead', 'dpo'],
    assets: ['Paper health records'], subjects: ['Patients'], people: [1, 30],
    likelihood: [[2, 0.3], [3, 0.4], [4, 0.3]], harm: [[1, 0.3], [2, 0.5], [3, 0.2]],
    detectHours: 20, estimated: 0.7, unknown: 0.3,
    containHours: 12, recoverHours: 72, eradicate: false,
  },
  {
    kind: 'data-breach',
    count: 2,
    titles: ['Unencrypted memory stick found in a staff room', 'Memory stick with a clinic list lost'],
    description: 'A memory stick without encryption, holding a clinic list from {dept}, was out of the trust’s control. Device control settings for the team were checked and tightened.',
    cia: ['confidentiality'], severity: [['medium', 1]], sources: [['user-report', 0.6], ['internal-monitoring', 0.4]], owners: ['igLead', 'securityLead'],
    assets: ['Removable media'], subjects: ['Patients'], people: [5, 150],
    likelihood: [[2, 0.5], [3, 0.5]], harm: [[2, 0.7], [3, 0.3]],
    detectHours: 30, estimated: 0.8, unknown: 0.2,
    containHours: 24, recoverHours: 48, eradicate: false,
  },
  {
    kind: 'data-breach',
    count: 2,
    titles: ['Referral faxed to the wrong number', 'Prescription faxed to a number no longer in use'],
    description: 'A fax with one patient’s details from {dept} went to a wrong number, which belonged to a local business. It destroyed the fax and said so in writing. The team now sends referrals by secure email.',
    cia: ['confidentiality'], severity: [['low', 1]], sources: [['user-report', 1]], owners: ['igLead'],
    assets: ['Fax'], subjects: ['Patients'], people: [1, 1],
    likelihood: [[4, 0.5], [5, 0.5]], harm: [[1, 0.7], [2, 0.3]],
    detectHours: 24, estimated: 0.3, unknown: 0,
    containHours: 24, recoverHours: 24, eradicate: false,
  },
  {
    kind: 'data-breach',
    count: 3,
    titles: ['Shared folder with patient lists open to all staff', 'Team folder permissions wider than needed'],
    description: 'A folder on the file server holding patient lists could be opened by every member of staff, not just the team. Permissions were put right and the access log showed no opening by anyone outside the team.',
    cia: ['confidentiality'], severity: [['low', 0.5], ['medium', 0.5]], sources: [['internal-monitoring', 0.6], ['user-report', 0.4]], owners: ['analyst', 'igLead'],
    assets: ['File server'], subjects: ['Patients', 'Staff'], people: [20, 900],
    likelihood: [[2, 0.6], [3, 0.4]], harm: [[1, 0.6], [2, 0.4]],
    detectHours: 1500, estimated: 0.9, unknown: 0.1,
    containHours: 4, recoverHours: 48, eradicate: false,
  },
  {
    kind: 'cyber',
    count: 5,
    titles: ['Password entered on a fake sign-in page', 'Phishing email led to a stolen password', 'Compromised account sent phishing emails to other organisations'],
    description: 'A member of staff in {dept} entered their password on a page made to look like the email sign-in. The password was reset, every session ended, and the mailbox checked for forwarding rules and messages sent by the attacker.',
    cia: ['confidentiality'], severity: [['low', 0.3], ['medium', 0.7]], sources: [['internal-monitoring', 0.7], ['user-report', 0.2], ['external-party', 0.1]], owners: ['analyst', 'securityLead'],
    assets: ['Email', 'Single sign-on'], subjects: ['Staff', 'Patients'], people: [1, 40],
    likelihood: [[1, 0.3], [2, 0.5], [3, 0.2]], harm: [[1, 0.5], [2, 0.4], [3, 0.1]],
    detectHours: 4, estimated: 0.3, unknown: 0,
    containHours: 2, recoverHours: 12, eradicate: true,
  },
  {
    kind: 'cyber',
    count: 6,
    titles: ['Malware blocked on a ward workstation', 'Malicious download quarantined on a clinic computer', 'Infected memory stick plugged into an office computer', 'Unwanted software found on a shared workstation'],
    description: 'Endpoint protection alerted on malware on a workstation at {site}. The device was taken off the network, checked and rebuilt; no spread to other devices was seen.',
    cia: ['integrity'], severity: [['low', 0.6], ['medium', 0.4]], sources: [['internal-monitoring', 0.9], ['user-report', 0.1]], owners: ['analyst'],
    assets: ['Workstation'], subjects: [], people: null,
    likelihood: null, harm: [[1, 1]],
    detectHours: 0.5, estimated: 0.2, unknown: 0,
    containHours: 1, recoverHours: 20, eradicate: true,
  },
  {
    kind: 'cyber',
    count: 2,
    titles: ['Traffic flood slowed the patient portal', 'Denial of service attempt on the patient portal'],
    description: 'A flood of requests from many addresses slowed the service for a short time. The supplier’s protection filtered it out; no data was at risk.',
    cia: ['availability'], severity: [['low', 0.5], ['medium', 0.5]], sources: [['internal-monitoring', 0.8], ['supplier', 0.2]], owners: ['analyst', 'securityLead'],
    assets: ['Patient portal'], subjects: [], people: null,
    likelihood: null, harm: [[1, 1]],
    detectHours: 0.2, estimated: 0, unknown: 0,
    containHours: 1.5, recoverHours: 2, eradicate: false,
  },
  {
    kind: 'cyber',
    count: 3,
    titles: ['Password spraying against remote access', 'Exploitation attempts against the remote-access service blocked', 'Scanning of the VPN for a known flaw'],
    description: 'Logs showed repeated attempts from outside the UK against staff accounts and the remote-access service. The addresses were blocked and the accounts targeted checked; none had been used by the attacker.',
    cia: ['confidentiality', 'integrity'], severity: [['low', 0.5], ['medium', 0.5]], sources: [['internal-monitoring', 0.6], ['external-party', 0.4]], owners: ['analyst', 'securityLead'],
    assets: ['Remote-access VPN', 'Single sign-on'], subjects: [], people: null,
    likelihood: null, harm: [[1, 1]],
    detectHours: 6, estimated: 0.3, unknown: 0,
    containHours: 3, recoverHours: 4, eradicate: false,
  },
  {
    kind: 'cyber',
    count: 2,
    titles: ['Supplier reported a flaw in the electronic prescribing system', 'Urgent security fix from the electronic prescribing supplier'],
    description: 'The supplier told us about a security flaw in its system. Our exposure was checked, the fix went on in an agreed window, and the supplier confirmed it had seen no misuse.',
    cia: ['confidentiality', 'integrity'], severity: [['low', 0.4], ['medium', 0.6]], sources: [['supplier', 1]], owners: ['securityLead', 'analyst'],
    assets: ['Electronic prescribing'], subjects: ['Patients'], people: null,
    likelihood: [[1, 0.7], [2, 0.3]], harm: [[1, 0.7], [2, 0.3]],
    detectHours: 200, estimated: 0.8, unknown: 0.2,
    containHours: 24, recoverHours: 48, eradicate: false,
  },
  {
    kind: 'cyber',
    count: 1,
    titles: ['Imaging supplier’s support account used outside agreed hours'],
    description: 'The supplier’s remote support account for the imaging system signed in overnight without a booked change. The supplier confirmed one of its engineers was working on a fault; its access now needs our approval each time.',
    cia: ['confidentiality', 'integrity'], severity: [['medium', 1]], sources: [['supplier', 0.5], ['internal-monitoring', 0.5]], owners: ['securityLead'],
    assets: ['PACS'], subjects: ['Patients'], people: null,
    likelihood: [[1, 0.5], [2, 0.5]], harm: [[1, 1]],
    detectHours: 30, estimated: 0, unknown: 0,
    containHours: 4, recoverHours: 2, eradicate: false,
  },
  {
    kind: 'near-miss',
    count: 5,
    titles: ['Phishing email reported before anyone clicked', 'Fake invoice email reported by finance', 'Text message scam aimed at staff reported'],
    description: 'Staff reported a suspicious message. It was removed from every mailbox and the sender blocked; nobody had entered any details.',
    cia: ['confidentiality'], severity: [['low', 1]], sources: [['user-report', 0.5], ['internal-monitoring', 0.5]], owners: ['analyst'],
    assets: ['Email'], subjects: [], people: null,
    likelihood: [[1, 1]], harm: [[1, 1]],
    detectHours: 1, estimated: 0, unknown: 0,
    containHours: 1, recoverHours: 0.5, eradicate: false,
  },
  {
    kind: 'near-miss',
    count: 3,
    titles: ['Email to the wrong recipient recalled before it was opened', 'Patient list nearly sent to an external address'],
    description: 'An email with patient details from {dept} was about to reach the wrong address; it was stopped before anyone outside the trust could read it.',
    cia: ['confidentiality'], severity: [['low', 1]], sources: [['internal-monitoring', 0.6], ['user-report', 0.4]], owners: ['igLead'],
    assets: ['Email'], subjects: ['Patients'], people: [1, 60],
    likelihood: [[1, 1]], harm: [[1, 0.5], [2, 0.5]],
    detectHours: 0.2, estimated: 0, unknown: 0,
    containHours: 0.5, recoverHours: 0.5, eradicate: false,
  },
  {
    kind: 'near-miss',
    count: 3,
    titles: ['Unencrypted memory stick blocked by device control'],
    description: 'Device control stopped a member of staff at {site} copying files to a memory stick without encryption. They were shown how to share the files safely.',
    cia: ['confidentiality'], severity: [['low', 1]], sources: [['internal-monitoring', 1]], owners: ['analyst'],
    assets: ['Removable media'], subjects: [], people: null,
    likelihood: [[1, 1]], harm: [[1, 1]],
    detectHours: 0.1, estimated: 0, unknown: 0,
    containHours: 0.5, recoverHours: 0.5, eradicate: false,
  },
  {
    kind: 'near-miss',
    count: 2,
    titles: ['Leaver’s account still active after they left', 'Access review found an unused supplier account'],
    description: 'The monthly joiners, movers and leavers check found an account that should have been disabled. It had not been used since; it was disabled the same day.',
    cia: ['confidentiality'], severity: [['low', 1]], sources: [['internal-monitoring', 1]], owners: ['analyst', 'iao'],
    assets: ['Single sign-on', 'Electronic patient record'], subjects: ['Staff'], people: null,
    likelihood: [[1, 1]], harm: [[1, 1]],
    detectHours: 400, estimated: 0.5, unknown: 0,
    containHours: 2, recoverHours: 1, eradicate: false,
  },
];

/** Median hours by severity: detection to acknowledgement, acknowledgement to triage, recovery to closure. */
const ACKNOWLEDGE_HOURS: Record<Severity, number> = { critical: 0.25, high: 0.75, medium: 3, low: 10 };
const TRIAGE_HOURS: Record<Severity, number> = { critical: 0.75, high: 2, medium: 6, low: 18 };
const CLOSE_HOURS: Record<Severity, number> = { critical: 40 * 24, high: 25 * 24, medium: 12 * 24, low: 6 * 24 };
/** Low-severity incidents wait behind the rest. */
const CONTAIN_FACTOR: Record<Severity, number> = { critical: 0.5, high: 0.7, medium: 1, low: 1.4 };

/** The everyday incidents spread from two years ago to four weeks ago, each closed before now. */
const OLDEST_DAYS = 728;
const NEWEST_DAYS = 28;

function routineIncident(random: Random, scenario: Scenario, detected: number, now: number): Draft {
  const severity = random.weighted(scenario.severity);
  const source = random.weighted(scenario.sources);
  const fill = (text: string) => text.replace('{site}', random.pick(SITES)).replace('{dept}', random.pick(DEPARTMENTS));
  const title = random.pick(scenario.titles);
  const description = fill(scenario.description);
  const grade = scenario.likelihood ? { likelihood: random.weighted(scenario.likelihood), harm: random.weighted(scenario.harm) } : null;
  const people = scenario.people ? random.int(scenario.people[0], scenario.people[1]) : null;

  // Time after detection of each step, in hours, then shrunk if need be so that it closed before now.
  const reported = source === 'user-report' ? random.logNormal(0.7, 0.8) : random.logNormal(0.15, 0.6);
  const acknowledged = reported + random.logNormal(ACKNOWLEDGE_HOURS[severity], 0.8);
  const triaged = acknowledged + random.logNormal(TRIAGE_HOURS[severity], 0.7);
  const contained = triaged + random.logNormal(scenario.containHours * CONTAIN_FACTOR[severity], 0.8);
  const recoveryGap = random.logNormal(scenario.recoverHours, 0.7);
  const eradicated = contained + recoveryGap * random.unit();
  const recovered = contained + recoveryGap;
  const closed = recovered + random.logNormal(CLOSE_HOURS[severity], 0.5);
  const fit = Math.min(1, (now - 2 * DAY - detected) / (closed * HOUR));
  const at = (hours: number) => detected + hours * fit * HOUR;

  const occurredUnknown = random.chance(scenario.unknown);
  const occurredEstimated = !occurredUnknown && random.chance(scenario.estimated);
  const occurred = detected - random.logNormal(scenario.detectHours, 0.9) * HOUR;
  // Some records were kept after the event: a step nobody wrote down stays missing, never guessed.
  const noTriage = random.chance(0.09);
  const noAcknowledgement = random.chance(0.04);

  const times: Draft['times'] = {
    ...(occurredUnknown ? {} : { occurred }),
    detected,
    reported: at(reported),
    ...(noAcknowledgement ? {} : { acknowledged: at(acknowledged) }),
    ...(noTriage ? {} : { triaged: at(triaged) }),
    contained: at(contained),
    ...(scenario.eradicate ? { eradicated: at(eradicated) } : {}),
    recovered: at(recovered),
    closed: at(closed),
  };

  const notifications: Draft['notifications'] = [];
  const reportable = icoReportable(grade);
  // Senior management hear of every breach and cyber incident: the serious ones at once, the small
  // ones often in the next day's summary, which is how some come to miss the 12 hours.
  const seniorAfter = severity === 'low' ? random.logNormal(4, 0.7) : random.logNormal(2.5, 0.8);
  if (scenario.kind !== 'near-miss') notifications.push({ recipient: 'senior-management', sentAt: detected + seniorAfter * HOUR });
  if (reportable) {
    const icoAfter = 18 + random.unit() * 50;
    notifications.push({ recipient: 'ico', sentAt: detected + icoAfter * HOUR });
    if (grade!.harm >= 3) notifications.push({ recipient: 'data-subjects', sentAt: detected + (icoAfter + 24 * random.int(3, 10)) * HOUR });
  }

  return {
    title,
    description,
    kind: scenario.kind,
    severity,
    cia: scenario.cia,
    nis: false,
    detectionSource: source,
    owner: random.pick(scenario.owners),
    affectedAssets: scenario.assets,
    dataSubjects: scenario.subjects,
    subjectsCount: people,
    grade,
    times,
    occurredEstimated,
    notifications,
    review: null,
  };
}

// ---- The incidents that mattered: high and critical, each with lessons learned ----

interface Notable {
  daysAgo: number;
  /** Hour of the day (UTC) it was detected. */
  hour: number;
  draft: Omit<Draft, 'times' | 'notifications'>;
  /** Hours from detection; occurred is negative. */
  hours: Partial<Record<Milestone, number>>;
  /** Hours from detection. */
  notified: Array<[Recipient, number]>;
}

const NOTABLE: Notable[] = [
  {
    daysAgo: 455,
    hour: 7.6,
    draft: {
      title: 'Ransomware at the pathology system supplier: results interface down',
      description:
        'The supplier of the hosted laboratory information system told us it had been hit by ransomware. We cut the results interfaces to the electronic patient record, moved the laboratories to the downtime procedure and phoned urgent results to wards. The supplier later confirmed that a copy of some test requests had been taken.',
      kind: 'cyber',
      severity: 'critical',
      cia: ['confidentiality', 'integrity', 'availability'],
      nis: true,
      detectionSource: 'supplier',
      owner: 'securityLead',
      affectedAssets: ['Pathology laboratory information system', 'Results interface', 'Order communications'],
      dataSubjects: ['Patients'],
      subjectsCount: 41_200,
      grade: { likelihood: 4, harm: 4 },
      occurredEstimated: true,
      review: {
        afterDays: 40,
        rootCause: 'supplier',
        summary: 'The supplier’s hosted system was compromised through the supplier’s own remote access. Our exposure was the live interface and the copies of test requests the supplier held for us.',
        wentWell: 'Pathology downtime procedures were known and worked; urgent results were phoned to wards within the hour. The incident team met twice a day and the SIRO was told within two hours.',
        toImprove: 'We could not isolate the interface quickly without the supplier, and the contract did not require the supplier to tell us of an incident within 24 hours.',
        actions: [
          { title: 'Add a 24-hour incident notification clause to clinical system supplier contracts', owner: 'siro', dueAfterDays: 90, done: true },
          { title: 'Write and test a runbook to isolate each clinical system interface', owner: 'securityLead', dueAfterDays: 60, done: true },
          { title: 'Run a downtime exercise with pathology, radiology and the emergency department', owner: 'analyst', dueAfterDays: 200, done: true },
          { title: 'Collect security assurance evidence from every critical supplier', owner: 'dpo', dueAfterDays: 500, done: false },
        ],
      },
    },
    hours: { occurred: -216, reported: 0.2, acknowledged: 0.3, triaged: 1.2, contained: 6, eradicated: 190, recovered: 340, closed: 1420 },
    notified: [['senior-management', 1.5], ['dhsc-nhse', 4], ['ncsc', 8], ['ico', 58], ['data-subjects', 600]],
  },
  {
    daysAgo: 230,
    hour: 2.7,
    draft: {
      title: 'Ransomware on file servers used by outpatients and finance',
      description:
        'Endpoint protection alerted at night on files being encrypted on two file servers. The on-call analyst took the servers off the network before encryption reached the clinical shares; clinic letter templates were unavailable for four days while the servers were restored from offline backups.',
      kind: 'cyber',
      severity: 'critical',
      cia: ['confidentiality', 'integrity', 'availability'],
      nis: true,
      detectionSource: 'internal-monitoring',
      owner: 'securityLead',
      affectedAssets: ['File server', 'Outpatient letters'],
      dataSubjects: ['Staff', 'Patients'],
      subjectsCount: 2_300,
      grade: { likelihood: 3, harm: 3 },
      occurredEstimated: true,
      review: {
        afterDays: 30,
        rootCause: 'credential-compromise',
        summary: 'An attacker used the password of a dormant supplier support account, which had no second factor, to reach the file servers and start encryption at night.',
        wentWell: 'Endpoint detection raised the alarm within minutes and the servers were isolated in under four hours. Offline backups restored everything.',
        toImprove: 'Dormant and supplier accounts were not reviewed; the on-call analyst could not reach the SIRO for 40 minutes; restoring took longer than planned because the restore order was not written down.',
        actions: [
          { title: 'Require a second factor on every supplier remote-access account', owner: 'securityLead', dueAfterDays: 30, done: true },
          { title: 'Disable accounts unused for 90 days, reviewed monthly', owner: 'analyst', dueAfterDays: 60, done: true },
          { title: 'Give the SIRO a second out-of-hours contact route', owner: 'siro', dueAfterDays: 45, done: true },
          { title: 'Write the file server restore order into the recovery plan', owner: 'analyst', dueAfterDays: 90, done: false },
        ],
      },
    },
    hours: { occurred: -5, reported: 0.1, acknowledged: 0.25, triaged: 1, contained: 3.5, eradicated: 60, recovered: 110, closed: 900 },
    notified: [['senior-management', 1], ['dhsc-nhse', 3], ['ncsc', 4], ['police', 30], ['ico', 50]],
  },
  {
    daysAgo: 520,
    hour: 10.25,
    draft: {
      title: 'Exploitation attempt against the remote-access VPN',
      description:
        'A national alert named a critical flaw in our make of VPN appliance, already being exploited. Logs showed attempts against ours from 30 hours before. The appliance was patched that morning and a compromise assessment found no sign that any attempt had worked.',
      kind: 'cyber',
      severity: 'high',
      cia: ['confidentiality', 'integrity'],
      nis: false,
      detectionSource: 'external-party',
      owner: 'securityLead',
      affectedAssets: ['Remote-access VPN'],
      dataSubjects: [],
      subjectsCount: null,
      grade: { likelihood: 1, harm: 1 },
      occurredEstimated: true,
      review: {
        afterDays: 21,
        rootCause: 'unpatched-vulnerability',
        summary: 'The appliance was two versions behind when the flaw was published, and attempts began before we knew of it. None succeeded.',
        wentWell: 'The alert reached us and the patch went on the same morning, with an emergency change approved in 40 minutes.',
        toImprove: 'We did not know which version every internet-facing device ran, and patching network appliances relied on one engineer.',
        actions: [
          { title: 'Keep a register of internet-facing devices with their software versions', owner: 'analyst', dueAfterDays: 30, done: true },
          { title: 'Patch critical flaws on internet-facing devices within 48 hours, checked weekly', owner: 'securityLead', dueAfterDays: 45, done: true },
          { title: 'Register every trust internet address with the national early warning service', owner: 'analyst', dueAfterDays: 20, done: true },
        ],
      },
    },
    hours: { occurred: -30, reported: 0.1, acknowledged: 0.5, triaged: 2, contained: 5, eradicated: 30, recovered: 30, closed: 600 },
    notified: [['senior-management', 2], ['ncsc', 6]],
  },
  {
    daysAgo: 300,
    hour: 18.3,
    draft: {
      title: 'Denial of service on the patient portal',
      description: 'Traffic from many addresses made the patient portal unusable for five hours one evening. Patients were told on the website and by text message; no data was at risk.',
      kind: 'cyber',
      severity: 'high',
      cia: ['availability'],
      nis: false,
      detectionSource: 'internal-monitoring',
      owner: 'analyst',
      affectedAssets: ['Patient portal'],
      dataSubjects: [],
      subjectsCount: null,
      grade: null,
      occurredEstimated: false,
      review: {
        afterDays: 14,
        rootCause: 'misconfiguration',
        summary: 'The supplier’s protection service covered the portal’s old web address but not the new one, which went live a month before.',
        wentWell: 'Monitoring spotted the slowdown within minutes, and the supplier switched protection on for the new address the same evening.',
        toImprove: 'New web addresses go live without a security check, and the supplier’s out-of-hours contacts we held were out of date.',
        actions: [
          { title: 'Add a security check to go-live for every new public web address', owner: 'securityLead', dueAfterDays: 30, done: true },
          { title: 'Check supplier out-of-hours contacts every quarter', owner: 'iao', dueAfterDays: 30, done: true },
        ],
      },
    },
    hours: { occurred: -0.3, reported: 0.1, acknowledged: 0.3, triaged: 1, contained: 5, recovered: 7, closed: 400 },
    notified: [['senior-management', 1.5]],
  },
  {
    daysAgo: 120,
    hour: 9.1,
    draft: {
      title: 'Stolen password used to forward a consultant’s email outside the trust',
      description:
        'A sign-in from abroad raised an alert. The consultant had entered their password on a fake sign-in page the day before, and the attacker had added a rule forwarding their email to an outside address. About 340 patients were named in the forwarded messages.',
      kind: 'cyber',
      severity: 'high',
      cia: ['confidentiality'],
      nis: false,
      detectionSource: 'internal-monitoring',
      owner: 'analyst',
      affectedAssets: ['Email', 'Single sign-on'],
      dataSubjects: ['Patients', 'Staff'],
      subjectsCount: 340,
      grade: { likelihood: 3, harm: 3 },
      occurredEstimated: false,
      review: {
        afterDays: 20,
        rootCause: 'phishing',
        summary: 'A convincing fake sign-in page took the password, and the account was not yet covered by the second-factor policy.',
        wentWell: 'The alert fired within an hour of the first foreign sign-in; the account was locked and the rule removed within three hours.',
        toImprove: 'Forwarding email to outside addresses was allowed, and nothing alerted on new forwarding rules.',
        actions: [
          { title: 'Require a second factor for every account, clinical staff included', owner: 'securityLead', dueAfterDays: 60, done: true },
          { title: 'Block automatic forwarding to outside addresses', owner: 'analyst', dueAfterDays: 30, done: true },
          { title: 'Alert on new inbox rules that forward outside the trust', owner: 'analyst', dueAfterDays: 45, done: false },
          { title: 'Phishing awareness session for consultants', owner: 'igLead', dueAfterDays: 150, done: false },
        ],
      },
    },
    hours: { occurred: -26, reported: 0.1, acknowledged: 0.5, triaged: 2, contained: 3, eradicated: 8, recovered: 24, closed: 500 },
    notified: [['senior-management', 2], ['ico', 40], ['data-subjects', 200]],
  },
  {
    daysAgo: 330,
    hour: 16.5,
    draft: {
      title: 'Spreadsheet of patient details emailed to a patient group mailing list',
      description:
        'A spreadsheet of clinic attendees was attached instead of a meeting agenda and sent to about 60 members of a patient group late in the afternoon. A recipient told us that evening; the information governance team heard of it nearly three days later.',
      kind: 'data-breach',
      severity: 'high',
      cia: ['confidentiality'],
      nis: false,
      detectionSource: 'user-report',
      owner: 'igLead',
      affectedAssets: ['Email'],
      dataSubjects: ['Patients'],
      subjectsCount: 812,
      grade: { likelihood: 5, harm: 3 },
      occurredEstimated: false,
      review: {
        afterDays: 20,
        rootCause: 'misdirected-information',
        summary: 'The wrong attachment went to an external mailing list. Staff did not know how to report a breach out of hours, so the ICO was told 93 hours after we became aware.',
        wentWell: 'Most recipients confirmed deletion within two days, and the letter to the people affected was clear and went within ten days.',
        toImprove: 'There was no out-of-hours route to information governance, and personal data went out in an unprotected spreadsheet.',
        actions: [
          { title: 'Publish an out-of-hours route for reporting breaches', owner: 'igLead', dueAfterDays: 14, done: true },
          { title: 'Warn when an attachment is sent to an external mailing list', owner: 'analyst', dueAfterDays: 60, done: true },
          { title: 'Send patient lists only through the secure file transfer service', owner: 'dpo', dueAfterDays: 250, done: false },
        ],
      },
    },
    hours: { occurred: -1, reported: 64, acknowledged: 65, triaged: 68, contained: 78, recovered: 120, closed: 700 },
    notified: [['senior-management', 14], ['ico', 93], ['data-subjects', 240]],
  },
  {
    daysAgo: 600,
    hour: 11.5,
    draft: {
      title: 'Staff looked at the record of a patient in the news',
      description: 'The access audit flagged views of the record of a patient in the local news by three members of staff with no care relationship. Their access was suspended the same day while it was looked into.',
      kind: 'data-breach',
      severity: 'high',
      cia: ['confidentiality'],
      nis: false,
      detectionSource: 'internal-monitoring',
      owner: 'dpo',
      affectedAssets: ['Electronic patient record'],
      dataSubjects: ['Patients'],
      subjectsCount: 1,
      grade: { likelihood: 5, harm: 3 },
      occurredEstimated: false,
      review: {
        afterDays: 45,
        rootCause: 'inappropriate-access',
        summary: 'One member of staff had no reason to look; the other two had been asked to by that colleague.',
        wentWell: 'The privacy monitoring report worked as designed, and access was suspended within hours.',
        toImprove: 'Staff underestimated that every view is recorded, and the warning on sensitive records was not switched on.',
        actions: [
          { title: 'Switch on the sensitive-record warning in the electronic patient record', owner: 'iao', dueAfterDays: 30, done: true },
          { title: 'Add real cases of inappropriate access to annual training', owner: 'igLead', dueAfterDays: 90, done: true },
        ],
      },
    },
    hours: { occurred: -170, reported: 0.5, acknowledged: 2, triaged: 6, contained: 8, recovered: 48, closed: 1150 },
    notified: [['senior-management', 3], ['ico', 45], ['data-subjects', 400]],
  },
  {
    daysAgo: 75,
    hour: 14,
    draft: {
      title: 'Unencrypted memory stick with research data lost',
      description: 'A researcher copied a study spreadsheet of 220 participants to a personal memory stick to work at home and lost it on the way. The stick was not encrypted and has not been found.',
      kind: 'data-breach',
      severity: 'high',
      cia: ['confidentiality'],
      nis: false,
      detectionSource: 'user-report',
      owner: 'igLead',
      affectedAssets: ['Removable media', 'Research data'],
      dataSubjects: ['Research participants'],
      subjectsCount: 220,
      grade: { likelihood: 3, harm: 3 },
      occurredEstimated: true,
      review: {
        afterDays: 30,
        rootCause: 'lost-or-stolen',
        summary: 'The research team had an exception to device control, granted years ago and never reviewed, which let them write to unencrypted sticks.',
        wentWell: 'The researcher reported it the same day and knew exactly what was on it.',
        toImprove: 'Exceptions to device control had no owner and no review date, and researchers had no approved way to work on study data from home.',
        actions: [
          { title: 'Remove the research team’s exception to device control', owner: 'securityLead', dueAfterDays: 14, done: true },
          { title: 'Review every device control exception each quarter', owner: 'analyst', dueAfterDays: 21, done: false },
          { title: 'Give researchers a secure way to work on study data from home', owner: 'iao', dueAfterDays: 60, done: false },
        ],
      },
    },
    // Nothing to recover: the stick is gone, so "recovered" was never recorded.
    hours: { occurred: -30, reported: 2, acknowledged: 3, triaged: 20, contained: 48, closed: 900 },
    notified: [['senior-management', 4], ['ico', 66]],
  },
];

// ---- The live incidents, placed relative to now ----

function liveIncidents(now: number): Array<Omit<Draft, 'times' | 'notifications'> & { detected: number; hours: Notable['hours']; notified: Notable['notified'] }> {
  const minute = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;
  const dayStart = Math.floor(now / DAY) * DAY;
  return [
    {
      // Reportable, not yet reported: the ICO clock is past its warning (48 of 72 hours).
      detected: minute(now - 50 * HOUR),
      title: 'Ward handover list emailed to an external distribution list',
      description:
        'A handover list for a medical ward, with names, bed numbers and diagnoses, was sent to an external distribution list of about 40 addresses. Recall has been asked for and deletion confirmations are coming in.',
      kind: 'data-breach',
      severity: 'medium',
      cia: ['confidentiality'],
      nis: false,
      detectionSource: 'user-report',
      owner: 'igLead',
      affectedAssets: ['Email'],
      dataSubjects: ['Patients'],
      subjectsCount: 28,
      grade: { likelihood: 4, harm: 3 },
      occurredEstimated: false,
      review: null,
      hours: { occurred: -3, reported: 0.5, acknowledged: 1.5, triaged: 5 },
      notified: [['senior-management', 6]],
    },
    {
      // Contained, not yet recovered, and reported under NIS.
      detected: minute(now - 40 * HOUR),
      title: 'Malware on the theatre scheduling servers',
      description:
        'Endpoint protection alerted on malware spreading between the servers that run theatre scheduling. The servers were isolated; theatres are working from printed lists while the servers are rebuilt from clean backups.',
      kind: 'cyber',
      severity: 'high',
      cia: ['integrity', 'availability'],
      nis: true,
      detectionSource: 'internal-monitoring',
      owner: 'securityLead',
      affectedAssets: ['Theatre scheduling system', 'Application servers'],
      dataSubjects: ['Patients'],
      subjectsCount: null,
      grade: { likelihood: 2, harm: 2 },
      occurredEstimated: true,
      review: null,
      hours: { occurred: -2, reported: 0.1, acknowledged: 0.3, triaged: 1, contained: 6, eradicated: 22 },
      notified: [['senior-management', 1], ['dhsc-nhse', 5], ['ncsc', 8]],
    },
    {
      // Just recorded: nobody has picked it up yet.
      detected: minute(now - 3 * HOUR),
      title: 'Letter printed with another patient’s address caught before posting',
      description: 'Spotted in the post room before it went out.',
      kind: 'near-miss',
      severity: 'low',
      cia: ['confidentiality'],
      nis: false,
      detectionSource: 'user-report',
      owner: null,
      affectedAssets: ['Outpatient letters'],
      dataSubjects: ['Patients'],
      subjectsCount: 1,
      grade: null,
      occurredEstimated: true,
      review: null,
      hours: { occurred: -20, reported: 0.25 },
      notified: [],
    },
    {
      // Closed last week, reported to the ICO in time.
      detected: dayStart - 11 * DAY + 10.3 * HOUR,
      title: 'Outpatient letters posted to previous addresses after an address update failed',
      description: 'A nightly update from the national address service failed for two days, so six outpatient letters went to previous addresses. All six were returned or confirmed destroyed.',
      kind: 'data-breach',
      severity: 'medium',
      cia: ['confidentiality'],
      nis: false,
      detectionSource: 'user-report',
      owner: 'dpo',
      affectedAssets: ['Outpatient letters', 'Patient administration system'],
      dataSubjects: ['Patients'],
      subjectsCount: 6,
      grade: { likelihood: 4, harm: 2 },
      occurredEstimated: true,
      review: null,
      hours: { occurred: -60, reported: 1, acknowledged: 2, triaged: 8, contained: 26, recovered: 72, closed: 5 * 24 + 4.7 },
      notified: [['senior-management', 5], ['ico', 30]],
    },
  ];
}

// ---- Putting it together ----

export function demoIncidentHistory(now: Date, people: DemoIncidentPeople): IncidentHistoryRecord[] {
  const nowMs = now.getTime();
  const random = new Random(mulberry32(SEED));
  const dayStart = Math.floor(nowMs / DAY) * DAY;
  const drafts: Draft[] = [];

  // Each scenario as often as it says, half in each year so that either year alone looks like the
  // trust, shuffled within the year and spread evenly over it.
  const years: [Scenario[], Scenario[]] = [[], []];
  SCENARIOS.forEach((s, i) => {
    for (let n = 0; n < s.count; n += 1) years[(n + i) % 2]!.push(s);
  });
  const routine = [...random.shuffle(years[0]), ...random.shuffle(years[1])];
  const spacing = (OLDEST_DAYS - NEWEST_DAYS) / routine.length;
  for (const [i, scenario] of routine.entries()) {
    const daysAgo = Math.floor(OLDEST_DAYS - (i + random.unit()) * spacing);
    // Staff report in working hours; monitoring and attackers keep no office hours.
    const hour = scenario.kind === 'cyber' && random.chance(0.4) ? random.unit() * 24 : 8 + random.unit() * 10;
    drafts.push(routineIncident(random, scenario, dayStart - daysAgo * DAY + hour * HOUR, nowMs));
  }
  for (const n of NOTABLE) drafts.push(fromHours(dayStart - n.daysAgo * DAY + n.hour * HOUR, n.draft, n.hours, n.notified));
  for (const { detected, hours, notified, ...draft } of liveIncidents(nowMs)) drafts.push(fromHours(detected, draft, hours, notified));

  drafts.sort((a, b) => a.times.detected - b.times.detected);
  const numbers = new Map<string, number>();
  const counters: Counters = { ico: 0, nhse: 0, ncsc: 0, police: 0 };
  return drafts.map((d) => {
    const year = ukDateOf(new Date(d.times.detected)).slice(0, 4);
    const number = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, number);
    return toRecord(d, `INC-${year}-${String(number).padStart(3, '0')}`, people, nowMs, counters);
  });
}

function fromHours(detected: number, draft: Omit<Draft, 'times' | 'notifications'>, hours: Notable['hours'], notified: Notable['notified']): Draft {
  const times: Draft['times'] = { detected };
  for (const [milestone, h] of Object.entries(hours) as Array<[Milestone, number]>) times[milestone] = detected + h * HOUR;
  return { ...draft, times, notifications: notified.map(([recipient, h]) => ({ recipient, sentAt: detected + h * HOUR })) };
}

type Counters = { ico: number; nhse: number; ncsc: number; police: number };

/** Made-up references in each body's style, numbered in the order the incidents happened. */
function referenceFor(recipient: Recipient, counters: Counters): string | null {
  switch (recipient) {
    case 'ico':
      return `ICO/${String(123_400 + ++counters.ico).padStart(8, '0')}`;
    case 'dhsc-nhse':
      return `CSOC-DEMO-${String(++counters.nhse).padStart(4, '0')}`;
    case 'ncsc':
      return `NCSC-DEMO-${String(++counters.ncsc).padStart(4, '0')}`;
    case 'police':
      return `NFRC-DEMO-${String(++counters.police).padStart(4, '0')}`;
    default:
      return null;
  }
}

function toRecord(d: Draft, reference: string, people: DemoIncidentPeople, now: number, counters: Counters): IncidentHistoryRecord {
  const minute = (ms: number) => new Date(Math.floor(ms / MINUTE) * MINUTE).toISOString();
  const milestones: IncidentHistoryRecord['milestones'] = {};
  for (const m of MILESTONES) if (d.times[m] !== undefined) milestones[m] = minute(d.times[m]);
  const dateAfter = (ms: number, days: number) => ukDateOf(new Date(ms + days * DAY));
  const review = d.review;
  const heldAt = review ? d.times.detected + review.afterDays * DAY : 0;
  return {
    reference,
    title: d.title,
    description: d.description,
    kind: d.kind,
    severity: d.severity,
    cia: d.cia,
    nis: d.nis,
    detectionSource: d.detectionSource,
    ownerId: d.owner ? people[d.owner] : null,
    affectedAssets: d.affectedAssets,
    dataSubjects: d.dataSubjects,
    subjectsCount: d.subjectsCount,
    recordsCount: d.subjectsCount,
    breachLikelihood: d.grade?.likelihood ?? null,
    breachHarm: d.grade?.harm ?? null,
    milestones,
    occurredEstimated: d.occurredEstimated && d.times.occurred !== undefined,
    // Only what had been sent by now: a history never holds a notification from the future.
    notifications: d.notifications
      .filter((n) => n.sentAt <= now)
      .sort((a, b) => a.sentAt - b.sentAt)
      .map((n) => ({ recipient: n.recipient, sentAt: minute(n.sentAt), reference: referenceFor(n.recipient, counters) })),
    review: review
      ? { heldOn: ukDateOf(new Date(heldAt)), rootCause: review.rootCause, summary: review.summary, wentWell: review.wentWell, toImprove: review.toImprove }
      : null,
    actions: (review?.actions ?? []).map((a) => {
      const dueOn = dateAfter(heldAt, a.dueAfterDays);
      // Done a little before it was due, or yesterday when it is not due yet.
      const doneOn = a.done ? [dateAfter(heldAt, a.dueAfterDays - 5), dateAfter(now, -1)].sort()[0]! : null;
      return { title: a.title, ownerId: people[a.owner], dueOn, doneOn };
    }),
  };
}
