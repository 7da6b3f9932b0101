// Loads the demo organisation tree and people, and the demo trust's assessments, incident register,
// exercises, alert history, information asset register with its data flows, staff register (two of
// whose line managers get accounts), training records, directories and an access review in progress.
// Idempotent: what exists is left as it is, so it can run on every start; passwords are only set for
// new accounts unless one is given.
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import * as accounts from '../accounts/service.js';
import * as incidents from '../incidents/service.js';
import * as organisations from '../organisations/service.js';
import { loadDemoAlerts } from './demo-alerts.js';
import { loadDemoAssessments } from './demo-assessments.js';
import { loadDemoExercises } from './demo-exercises.js';
import { demoIncidentHistory } from './demo-incidents.js';
import { loadDemoDpias } from './demo-dpias.js';
import { loadDemoFlows } from './demo-flows.js';
import { loadDemoRegister } from './demo-register.js';
import { loadDemoDirectory } from './demo-directory.js';
import { loadDemoAccessReview } from './demo-access-review.js';
import { demoLineManagerPeople, loadDemoLineManagers } from './demo-line-managers.js';
import { loadDemoStaff } from './demo-staff.js';
import { loadDemoCyberAlerts } from './demo-cyber-alerts.js';
import { loadDemoVulnerabilities } from './demo-vulnerabilities.js';
import { loadDemoTraining } from './demo-training.js';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE } from './demo-data.js';

export interface DemoResult {
  organisations: { created: number; existing: number };
  people: Array<{ email: string; name: string; organisation: string; roles: string[] }>;
  peopleCreated: number;
  /** The password of the demo accounts, when this run set it; null when they already existed. */
  password: string | null;
  passwordGenerated: boolean;
  /** Whether this run added the demo trust's assessments (false when they were there already, or not asked for). */
  assessmentsCreated: boolean;
  /** How many incidents this run added to the demo trust's register (0 when it had some already, or not asked for). */
  incidentsCreated: number;
  /** How many exercises this run added to the demo trust (0 when it had some already, or not asked for). */
  exercisesCreated: number;
  /** How many alerts this run imported into the demo trust's alert history (0 when it had some already, or not asked for). */
  alertsCreated: number;
  /** How many information assets and suppliers this run added to the demo trust's register (0 when it had some already, or not asked for). */
  registerCreated: { assets: number; suppliers: number };
  /** How many data flows this run added to the demo trust's register (0 when it had some already, or not asked for). */
  flowsCreated: number;
  /** How many DPIAs this run added to the demo trust (0 when it had some already, or not asked for). */
  dpiasCreated: number;
  /** How many people this run put in the demo trust's staff register, from two ESR extracts (0 when it had a register already, or not asked for). */
  staffCreated: number;
  /** How many training completions this run imported for the demo trust's staff (0 when it had some already, or not asked for). */
  trainingCreated: number;
  /** How many accounts this run put in the demo trust's directories, from an AD and an Entra ID export (0 when it had directories already, or not asked for). */
  directoryAccountsCreated: number;
  /** Vulnerability findings held after the demo's scans were imported (0 when the trust already had some). */
  findingsCreated: number;
  /** NHS cyber alerts in the register after the demo's were recorded (0 when the trust already had some). */
  cyberAlertsCreated: number;
}

export interface DemoOptions {
  /** Add the demo trust's DSPT assessments, evidence and review (default true; most tests start without them). */
  assessments?: boolean;
  /** Add two years of the demo trust's incidents (default true; most tests start without them). */
  incidents?: boolean;
  /** Add three years of the demo trust's exercises of its incident response plan (default true; most tests start without them). */
  exercises?: boolean;
  /** Import 90 days of the demo trust's Sentinel alerts through the import pipeline (default true; most tests start without them). */
  alerts?: boolean;
  /** Add the demo trust's information asset register, suppliers, data flows and DPIAs, with two flags made actions, its staff register from two ESR extracts (with accounts for two of its line managers) and its training records (default true; most tests start without them). */
  register?: boolean;
  /** Import the demo trust's vulnerability scans (three Nessus scans and a Defender export) and record its NHS cyber alerts (default true; most tests start without them). */
  vulnerabilities?: boolean;
}

export async function loadDemo(app: AppContext, now = new Date(), options: DemoOptions = {}): Promise<DemoResult> {
  const ctx = { ...app, actor: { userId: null, label: 'demo-loader' }, now };
  const byKey = new Map<string, OrganisationRow>();
  let created = 0;
  for (const spec of DEMO_ORGANISATIONS) {
    const parent = spec.parent ? byKey.get(spec.parent)! : null;
    const existing = spec.odsCode
      ? await organisations.findByIdOrOdsCode(app.db, spec.odsCode)
      : (await organisations.findOrganisationsByName(app.db, spec.name)).find((o) => o.parent_id === (parent?.id ?? null));
    if (existing) {
      byKey.set(spec.key, existing);
    } else {
      byKey.set(spec.key, await organisations.createOrganisation(ctx, spec, parent));
      created++;
    }
  }

  const password = app.config.demoPassword ?? randomBytes(12).toString('base64url');
  let peopleCreated = 0;
  for (const person of DEMO_PEOPLE) {
    const result = await accounts.ensureAccount(ctx, byKey.get(person.org)!, { ...person, password }, { resetPassword: app.config.demoPassword !== undefined });
    if (result.created) peopleCreated++;
  }
  const assessmentsCreated = options.assessments === false ? false : (await loadDemoAssessments(app, byKey.get('acute')!, now)).created;
  const incidentsCreated = options.incidents === false ? 0 : await loadDemoIncidents(ctx, byKey.get('acute')!);
  const exercisesCreated = options.exercises === false ? 0 : await loadDemoExercises(app.db, byKey.get('acute')!, now);
  const alertsCreated = options.alerts === false ? 0 : await loadDemoAlerts(ctx, byKey.get('acute')!);
  const registerCreated = options.register === false ? { assets: 0, suppliers: 0 } : await loadDemoRegister(ctx, byKey.get('acute')!);
  const flowsCreated = options.register === false ? 0 : await loadDemoFlows(ctx, byKey.get('acute')!);
  const dpiasCreated = options.register === false ? 0 : await loadDemoDpias(ctx, byKey.get('acute')!);
  const staffCreated = options.register === false ? 0 : await loadDemoStaff(ctx, byKey.get('acute')!);
  if (options.register !== false) peopleCreated += await loadDemoLineManagers(ctx, byKey.get('acute')!, password, app.config.demoPassword !== undefined);
  const trainingCreated = options.register === false ? 0 : await loadDemoTraining(ctx, byKey.get('acute')!);
  const directoryAccountsCreated = options.register === false ? 0 : await loadDemoDirectory(ctx, byKey.get('acute')!);
  if (options.register !== false) await loadDemoAccessReview(ctx, byKey.get('acute')!);
  const findingsCreated = options.vulnerabilities === false ? 0 : await loadDemoVulnerabilities(ctx, byKey.get('acute')!);
  const cyberAlertsCreated = options.vulnerabilities === false ? 0 : await loadDemoCyberAlerts(ctx, byKey.get('acute')!);
  const passwordSet = peopleCreated > 0 || app.config.demoPassword !== undefined;
  return {
    organisations: { created, existing: DEMO_ORGANISATIONS.length - created },
    people: [
      ...DEMO_PEOPLE.map((p) => ({ email: p.email, name: p.name, organisation: byKey.get(p.org)!.name, roles: p.roles })),
      ...(options.register === false ? [] : demoLineManagerPeople().map((p) => ({ email: p.email, name: p.name, organisation: byKey.get('acute')!.name, roles: p.roles }))),
    ],
    peopleCreated,
    password: passwordSet ? password : null,
    passwordGenerated: passwordSet && app.config.demoPassword === undefined,
    assessmentsCreated,
    incidentsCreated,
    exercisesCreated,
    alertsCreated,
    registerCreated,
    flowsCreated,
    dpiasCreated,
    staffCreated,
    trainingCreated,
    directoryAccountsCreated,
    findingsCreated,
    cyberAlertsCreated,
  };
}

/** The demo trust's incident register, written once: a trust that already has incidents keeps its own. How many were added. */
async function loadDemoIncidents(ctx: Parameters<typeof incidents.recordIncidentHistory>[0], acute: OrganisationRow): Promise<number> {
  if ((await incidents.listIncidents(ctx.db, acute.id, {}, ctx.now)).items.length > 0) return 0;
  const id = async (who: string) => (await accounts.findAccountByEmail(ctx.db, `${who}@northshire-acute.example`))!.id;
  const [securityLead, analyst, igLead, dpo, siro, iao] = await Promise.all(['seclead', 'analyst', 'iglead', 'dpo', 'siro', 'iao'].map(id));
  const records = demoIncidentHistory(ctx.now, { securityLead: securityLead!, analyst: analyst!, igLead: igLead!, dpo: dpo!, siro: siro!, iao: iao! });
  return (await incidents.recordIncidentHistory(ctx, acute.id, records)).inserted;
}
