// A seeded alert history in the shape of a Microsoft Sentinel SecurityIncident export (one row per
// update, as Sentinel writes them) or a Splunk ES notable-event search, for the demo Trust, the tests
// and the benchmark. Rule names are our own; the shape of the file is the vendors'.
import { mulberry32 as seeded } from '../../platform/seeded-random.js';

export interface SampleRule {
  name: string;
  /** Relative volume. */
  weight: number;
  severity: 'High' | 'Medium' | 'Low' | 'Informational';
  falsePositive: number;
  benign: number;
}

/** A few loud rules and a long tail, as a SOC's alert history usually looks. */
export const SAMPLE_RULES: readonly SampleRule[] = [
  { name: 'Sign-in from an unfamiliar country', weight: 240, severity: 'Medium', falsePositive: 0.9, benign: 0.06 },
  { name: 'Many failed sign-ins to one account', weight: 160, severity: 'Low', falsePositive: 0.55, benign: 0.35 },
  { name: 'Email with a link to a newly registered domain', weight: 120, severity: 'Low', falsePositive: 0.7, benign: 0.1 },
  { name: 'Administrative tool run on a clinical workstation', weight: 90, severity: 'Medium', falsePositive: 0.2, benign: 0.72 },
  { name: 'Large download from the patient record by one user', weight: 60, severity: 'Medium', falsePositive: 0.35, benign: 0.5 },
  { name: 'Encoded PowerShell command', weight: 45, severity: 'High', falsePositive: 0.3, benign: 0.4 },
  { name: 'Malware blocked on an endpoint', weight: 40, severity: 'Medium', falsePositive: 0.1, benign: 0.5 },
  { name: 'Mailbox forwarding rule to an outside address', weight: 25, severity: 'High', falsePositive: 0.25, benign: 0.35 },
  { name: 'Privileged group membership changed', weight: 20, severity: 'High', falsePositive: 0.05, benign: 0.8 },
  { name: 'Connection to a known command-and-control address', weight: 8, severity: 'High', falsePositive: 0.4, benign: 0.05 },
  { name: 'Ransomware behaviour on a server', weight: 2, severity: 'High', falsePositive: 0.2, benign: 0.05 },
  { name: 'Multi-factor authentication fatigue', weight: 12, severity: 'Medium', falsePositive: 0.3, benign: 0.3 },
];

export const SAMPLE_ANALYSTS = ['amira.khan', 'ben.oduya', 'chloe.walsh', 'dev.patel', 'ellie.morgan', 'finlay.reid'] as const;

export interface SampleOptions {
  alerts: number;
  /** The export's end: nothing happens after it. */
  end: Date;
  days: number;
  seed?: number;
  /** Share of alerts that get a row for each update (new, then active, then closed) rather than only their latest. */
  historyShare?: number;
  domain?: string;
}

export interface SampleAlertState {
  number: number;
  rule: SampleRule;
  owner: string | null;
  status: 'New' | 'Active' | 'Closed';
  classification: 'TruePositive' | 'BenignPositive' | 'FalsePositive' | 'Undetermined' | null;
  created: number;
  firstModified: number | null;
  closed: number | null;
}

/** Minutes to triage by severity: the median and how far the slow ones run. */
const TRIAGE_MINUTES: Record<SampleRule['severity'], number> = { High: 20, Medium: 90, Low: 300, Informational: 900 };

/** The alerts of a sample history, in order of creation, each with the states it went through. */
export function* sampleAlerts(options: SampleOptions): Generator<{ states: SampleAlertState[] }> {
  const random = seeded(options.seed ?? 20261206);
  const totalWeight = SAMPLE_RULES.reduce((n, r) => n + r.weight, 0);
  const endMs = options.end.getTime();
  const startMs = endMs - options.days * 86_400_000;
  const step = (endMs - startMs) / options.alerts;
  const historyShare = options.historyShare ?? 0.2;
  for (let i = 0; i < options.alerts; i++) {
    let pick = random() * totalWeight;
    let rule = SAMPLE_RULES[0]!;
    for (const r of SAMPLE_RULES) {
      pick -= r.weight;
      if (pick <= 0) {
        rule = r;
        break;
      }
    }
    const created = Math.floor(startMs + i * step + random() * step);
    // Skewed delays: most quick, a long tail (the square of a uniform, scaled).
    const triageMs = Math.round(TRIAGE_MINUTES[rule.severity] * 60_000 * (0.1 + 3 * random() ** 2));
    const closeMs = triageMs + Math.round(60 * 60_000 * (0.2 + 8 * random() ** 3));
    const owner = SAMPLE_ANALYSTS[Math.floor((random() ** 1.6) * SAMPLE_ANALYSTS.length)]!;
    const draw = random();
    const classification = draw < rule.falsePositive ? 'FalsePositive' : draw < rule.falsePositive + rule.benign ? 'BenignPositive' : random() < 0.8 ? 'TruePositive' : 'Undetermined';
    const firstModified = created + triageMs <= endMs ? created + triageMs : null;
    const closed = created + closeMs <= endMs ? created + closeMs : null;
    const latest: SampleAlertState = {
      number: i + 1,
      rule,
      owner: firstModified === null ? null : owner,
      status: closed !== null ? 'Closed' : firstModified !== null ? 'Active' : 'New',
      classification: closed !== null ? classification : null,
      created,
      firstModified,
      closed,
    };
    if (random() >= historyShare || latest.status === 'New') {
      yield { states: [latest] };
      continue;
    }
    const states: SampleAlertState[] = [{ ...latest, owner: null, status: 'New', classification: null, firstModified: null, closed: null }];
    if (latest.status === 'Closed') states.push({ ...latest, status: 'Active', classification: null, closed: null });
    states.push(latest);
    yield { states };
  }
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().replace('Z', '0000Z'));

export const SENTINEL_HEADINGS = ['TenantId', 'TimeGenerated [UTC]', 'IncidentNumber', 'IncidentName', 'Title', 'Severity', 'Status', 'Classification', 'ClassificationReason', 'Owner', 'CreatedTime [UTC]', 'FirstModifiedTime [UTC]', 'LastModifiedTime [UTC]', 'ClosedTime [UTC]', 'ProviderName'];

const REASONS: Record<string, string> = { TruePositive: 'SuspiciousActivity', BenignPositive: 'SuspiciousButExpected', FalsePositive: 'IncorrectAlertLogic', Undetermined: '' };

/** A state as Sentinel writes it to CSV: ISO instants with seven-digit fractions, the owner as JSON. */
export function sentinelRow(state: SampleAlertState, domain = 'northshire-acute.example'): string {
  const modified = state.closed ?? state.firstModified ?? state.created;
  const owner = state.owner === null ? '{"objectId":null,"email":null,"assignedTo":null,"userPrincipalName":null}' : `{"objectId":null,"email":"${state.owner}@${domain}","assignedTo":"${state.owner}","userPrincipalName":"${state.owner}@${domain}"}`;
  const name = `4f1c${state.number.toString(16).padStart(8, '0')}`;
  return [
    '7d3e0c2a-55b1-4a9e-9d0e-2b6f1c9a8e41',
    iso(modified),
    String(state.number),
    name,
    csvQuote(state.rule.name),
    state.rule.severity,
    state.status,
    state.classification ?? '',
    state.classification ? REASONS[state.classification]! : '',
    csvQuote(owner),
    iso(state.created),
    iso(state.firstModified),
    iso(modified),
    iso(state.closed),
    'Azure Sentinel',
  ].join(',');
}

function csvQuote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The lines of a Sentinel CSV export of the sample history (a BOM and CRLF, as the portal saves it). */
export function* sentinelCsvLines(options: SampleOptions): Generator<string> {
  yield `\uFEFF${SENTINEL_HEADINGS.join(',')}\r\n`;
  for (const { states } of sampleAlerts(options)) {
    for (const state of states) yield `${sentinelRow(state, options.domain)}\r\n`;
  }
}
