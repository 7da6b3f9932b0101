// The demo trust's NHS cyber alerts register: five alerts over the last two months, each at a
// different point of its response, written step by step through the service by the head of cyber
// security and a security analyst on the days they would have. Two name CVEs the demo's scans found,
// so the register shows the hosts they touch. References, titles and summaries are invented.
import type { CyberAlertView } from '../../contract/cyber-alerts.js';
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import * as accounts from '../accounts/service.js';
import * as cyberAlerts from '../cyber-alerts/service.js';

type Who = 'seclead' | 'analyst';
type Step =
  | { day: number; who: Who; take: 'applicable' | 'not-applicable'; note: string }
  | { day: number; who: Who; take: 'acknowledge' }
  | { day: number; who: Who; take: 'update'; text: string }
  | { day: number; who: Who; take: 'remediated'; note: string }
  | { day: number; who: Who; take: 'close'; reason: string };

interface DemoAlert {
  reference: string;
  title: string;
  severity: 'critical' | 'high' | 'medium' | 'low';
  /** Days before now it was issued, and the hour (UTC) of day. */
  issuedDaysAgo: number;
  cves: string[];
  products: string[];
  summary: string;
  /** Each step, days after issue. */
  steps: Step[];
}

const ALERTS: readonly DemoAlert[] = [
  {
    reference: 'CC-DEMO-0101',
    title: 'Critical flaw in a Java logging library used by clinical applications',
    severity: 'critical',
    issuedDaysAgo: 58,
    cves: ['CVE-2021-44228', 'CVE-2021-45046'],
    products: ['log4j'],
    summary: 'Suppliers of two of our clinical systems ship the library. Check every server the scans list and ask the suppliers for their fixed releases.',
    steps: [
      { day: 0.5, who: 'seclead', take: 'acknowledge' },
      { day: 1, who: 'analyst', take: 'applicable', note: 'The scans find it on the electronic patient record servers and the data warehouse.' },
      { day: 6, who: 'analyst', take: 'update', text: 'Supplier fix applied on the test servers; live servers booked for the weekend change window.' },
    ],
  },
  {
    reference: 'CC-DEMO-0102',
    title: 'Remote access gateway leaks session tokens',
    severity: 'high',
    issuedDaysAgo: 40,
    cves: ['CVE-2023-4966'],
    products: ['NetScaler'],
    summary: 'Our remote access gateway is from this supplier. Patch, then end every session so stolen tokens stop working.',
    steps: [
      { day: 0.3, who: 'seclead', take: 'acknowledge' },
      { day: 0.5, who: 'seclead', take: 'applicable', note: 'The gateway runs an affected release.' },
      { day: 3, who: 'analyst', take: 'update', text: 'Patched and all sessions ended; no sign of misuse in the gateway logs for the last 30 days.' },
      { day: 4, who: 'seclead', take: 'remediated', note: 'Patched on day 3; sessions reset.' },
      { day: 10, who: 'seclead', take: 'close', reason: 'Remediated and checked; nothing found in the logs.' },
    ],
  },
  {
    reference: 'CC-DEMO-0103',
    title: 'Flaw in a firewall operating system allows commands from the internet',
    severity: 'critical',
    issuedDaysAgo: 30,
    cves: ['CVE-2024-3400'],
    products: ['PAN-OS'],
    summary: 'We do not run this firewall; the community health partner does. Told them through the ICS.',
    steps: [
      { day: 0.8, who: 'analyst', take: 'acknowledge' },
      { day: 1, who: 'seclead', take: 'not-applicable', note: 'No such firewall in our estate or our scans.' },
      { day: 1.2, who: 'seclead', take: 'close', reason: 'Does not apply to us; partner told.' },
    ],
  },
  {
    reference: 'CC-DEMO-0104',
    title: 'Web browser flaws exploited in the wild',
    severity: 'high',
    issuedDaysAgo: 12,
    cves: ['CVE-2024-4671', 'CVE-2024-4761'],
    products: ['Chrome'],
    summary: 'Ward PCs that missed the automatic update still run an affected browser.',
    steps: [{ day: 1.5, who: 'seclead', take: 'acknowledge' }],
  },
  {
    reference: 'CC-DEMO-0105',
    title: 'Managed file transfer product allows database commands from the web',
    severity: 'critical',
    issuedDaysAgo: 1,
    cves: ['CVE-2023-34362'],
    products: ['MOVEit Transfer'],
    summary: 'Check whether the file transfer server used for pathology results runs this product.',
    steps: [],
  },
];

const DAY_MS = 86_400_000;

/** Records the demo trust's alerts once: a trust with a register keeps its own. How many it holds afterwards. */
export async function loadDemoCyberAlerts(ctx: { db: Db; actor: Actor; now: Date }, acute: OrganisationRow): Promise<number> {
  if ((await cyberAlerts.listCyberAlerts(ctx.db, acute.id, { page: 1, pageSize: 1 }, () => ctx.now)).total > 0) return 0;
  const actors = new Map<Who, Actor>();
  for (const who of ['seclead', 'analyst'] as const) {
    const email = `${who}@northshire-acute.example`;
    actors.set(who, { userId: (await accounts.findAccountByEmail(ctx.db, email))!.id, label: email });
  }
  for (const alert of ALERTS) {
    const issuedAt = new Date(ctx.now.getTime() - alert.issuedDaysAgo * DAY_MS);
    issuedAt.setUTCHours(9, 0, 0, 0);
    const at = (days: number) => new Date(Math.min(issuedAt.getTime() + days * DAY_MS, ctx.now.getTime()));
    let view: CyberAlertView = await cyberAlerts.recordCyberAlert({ db: ctx.db, actor: actors.get('seclead')!, now: at(0.1) }, acute.id, {
      reference: alert.reference,
      title: alert.title,
      severity: alert.severity,
      issuedAt: issuedAt.toISOString(),
      cves: alert.cves,
      products: alert.products,
      summary: alert.summary,
      remediateBy: null,
    });
    for (const step of alert.steps) {
      const c = { db: ctx.db, actor: actors.get(step.who)!, now: at(step.day) };
      const version = view.version;
      if (step.take === 'acknowledge') view = await cyberAlerts.acknowledgeCyberAlert(c, acute.id, view.id, { version, at: null, note: null });
      else if (step.take === 'update') view = await cyberAlerts.addCyberAlertUpdate(c, acute.id, view.id, { version, text: step.text });
      else if (step.take === 'remediated') view = await cyberAlerts.markCyberAlertRemediated(c, acute.id, view.id, { version, note: step.note });
      else if (step.take === 'close') view = await cyberAlerts.closeCyberAlert(c, acute.id, view.id, { version, reason: step.reason });
      else view = await cyberAlerts.confirmApplicability(c, acute.id, view.id, { version, applicability: step.take, note: step.note });
    }
  }
  return (await cyberAlerts.listCyberAlerts(ctx.db, acute.id, { page: 1, pageSize: 1 }, () => ctx.now)).total;
}
