// The data behind api.assessment.read, put in through Bulwark's own API as the Trust's head of cyber
// would: a CAF v3.2 assessment answered in full (so every DSPT outcome the crosswalk reaches has a
// suggestion), then DSPT 2025-26 answered in full with narratives, owners, due dates and, when the
// evidence library is present, files, links and notes linked to most outcomes. Fixed seed: the same
// data every run.
import type { Server } from '../../src/app/server.js';
import type { Workspace } from '../../src/contract/assessments.js';
import type { Session } from './sign-in.js';
import { mulberry32 as seeded } from '../../src/platform/seeded-random.js';

export interface AssessmentWorkspace {
  /** The measured route: the DSPT assessment's workspace. */
  route: string;
  dataset: {
    assessment: string;
    outcomes: number;
    answered: number;
    withSuggestions: number;
    suggestions: number;
    evidenceItems: number;
    evidenceLinks: number;
    outcomesWithEvidence: number;
    /** Why no evidence is linked, when none is. */
    evidenceNote?: string;
  };
}

const SENTENCES = [
  'The Trust’s information governance group reviewed this in its quarterly meeting and agreed the position set out here.',
  'Responsibility sits with the named owner, who reports progress monthly to the Senior Information Risk Owner.',
  'Policies were last reviewed in March and approved by the Audit and Risk Committee; the next review is due in twelve months.',
  'All clinical systems on the information asset register have a named Information Asset Owner and an administrator.',
  'Mandatory data security awareness training completion stood at 93% of staff at the end of the reporting period.',
  'The supplier assurance framework covers every supplier handling patient data; contracts include the standard data protection clauses.',
  'Privileged accounts are held in a separate directory tier and reviewed quarterly by the infrastructure manager.',
  'Backups of the electronic patient record are taken nightly, held offline for thirty days and restored in a test every quarter.',
  'A penetration test in the autumn found two medium-severity issues on the external perimeter; both have been remediated and retested.',
  'Unsupported operating systems remain on four imaging modalities; they are isolated on their own network segment under an agreed risk acceptance.',
  'The business continuity plan for the loss of IT was exercised in a tabletop session with clinical divisions in June.',
  'Multi-factor authentication is enforced for remote access and for all cloud administration portals.',
  'Security events from servers, firewalls and endpoints are collected centrally and reviewed daily by the security operations team.',
  'Lessons from the last incident were written up, shared with the divisions and tracked to completion through the risk register.',
  'The data flow map was refreshed this year and each flow outside the Trust has a documented lawful basis.',
  'Gaps identified in last year’s independent audit have action plans, and the remaining two are due to close by the end of the quarter.',
  'Evidence for this outcome is held in the evidence library and linked below.',
  'The Caldicott Guardian has been consulted on the changes to access to shared care records.',
];

export async function prepareAssessmentWorkspace(server: Server, orgId: string, lead: Session): Promise<AssessmentWorkspace> {
  const random = seeded(2025_26);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const call = async <T>(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, expected = 200): Promise<T> => {
    const res = await server.inject({ method, url, headers: { cookie: lead.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': lead.csrfToken }) }, ...(payload ? { payload } : {}) });
    if (res.statusCode !== expected) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body.slice(0, 2000)}`);
    return res.json<T>();
  };
  const base = `/api/v1/orgs/${orgId}/assessments`;

  const narrative = () => {
    const count = 3 + Math.floor(random() * 5);
    const picked = new Set<string>();
    while (picked.size < count) picked.add(pick(SENTENCES));
    return [...picked].join(' ');
  };
  const levelOf = (levels: readonly string[]) => {
    const r = random();
    if (levels.includes('partially-achieved') && r < 0.3) return 'partially-achieved';
    return r < 0.85 ? levels.at(-1)! : levels[0]!;
  };

  /** Answers every outcome of an assessment, spreading owners and due dates as a Trust would. */
  const answerAll = async (id: string) => {
    const w = await call<Workspace>('GET', `${base}/${id}`);
    const owners = w.owners;
    for (const [i, r] of w.responses.entries()) {
      const due = new Date(Date.UTC(2026, 2, 1 + i * 3)).toISOString().slice(0, 10);
      const reviewState = i % 3 === 0 ? { reviewState: 'agreed' } : i % 3 === 1 ? { reviewState: 'ready-for-review' } : {};
      await call('PATCH', `${base}/${id}/outcomes/${r.ref}`, { version: r.version, level: levelOf(r.levels), narrative: narrative(), ownerId: owners[i % owners.length]!.id, dueOn: due, ...reviewState });
    }
    return w.responses.map((r) => r.ref);
  };

  const caf = await call<{ id: string }>('POST', base, { catalogue: 'caf@3.2', period: '2025-26', title: 'CAF v3.2 self-assessment 2025-26', dueOn: '2026-06-30' }, 201);
  const cafRefs = await answerAll(caf.id);
  const dspt = await call<{ id: string }>('POST', base, { catalogue: 'dspt@2025-26', period: '2025-26', title: 'DSPT 2025-26 submission', dueOn: '2026-06-30' }, 201);
  const dsptRefs = await answerAll(dspt.id);

  // The evidence library is its own module; link through its API only once it is there.
  let evidenceItems = 0;
  let evidenceLinks = 0;
  const withEvidence = new Set<string>();
  let evidenceNote: string | undefined;
  if (server.hasRoute({ method: 'POST', url: '/api/v1/orgs/:orgId/evidence' })) {
    const ids: string[] = [];
    const headers = { cookie: lead.cookie, 'x-csrf-token': lead.csrfToken };
    for (let i = 0; i < 30; i++) {
      const expiry: Record<string, string> = i % 4 === 0 ? { expiresOn: '2027-03-31' } : {};
      let res;
      if (i % 3 === 0) {
        // A file: the bytes as the body, its details in the query, as the web app uploads one.
        const query = new URLSearchParams({ fileName: `evidence-${i + 1}.txt`, title: `Evidence item ${i + 1}: report extract`, ...expiry });
        res = await server.inject({ method: 'POST', url: `/api/v1/orgs/${orgId}/evidence?${query}`, headers: { ...headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from(`${narrative()}\n`) });
      } else {
        const body =
          i % 3 === 1
            ? { kind: 'link', title: `Evidence item ${i + 1}: policy on the intranet`, url: `https://intranet.northshire-acute.example/documents/${1000 + i}`, ...expiry }
            : { kind: 'note', title: `Evidence item ${i + 1}: board minute`, noteText: narrative(), ...expiry };
        res = await server.inject({ method: 'POST', url: `/api/v1/orgs/${orgId}/evidence`, headers, payload: body });
      }
      if (res.statusCode !== 201) throw new Error(`adding evidence answered ${res.statusCode}: ${res.body.slice(0, 2000)}`);
      ids.push(res.json<{ id: string }>().id);
    }
    evidenceItems = ids.length;
    // Most outcomes have one to three items; about one in eight has none yet.
    for (const [assessment, refs] of [
      [dspt.id, dsptRefs],
      [caf.id, cafRefs],
    ] as const) {
      for (const ref of refs) {
        if (random() < 0.125) continue;
        const count = 1 + Math.floor(random() * 3);
        for (const evidenceId of new Set(Array.from({ length: count }, () => pick(ids)))) {
          await call('POST', `${base}/${assessment}/outcomes/${ref}/evidence`, { evidenceId });
          if (assessment === dspt.id) {
            evidenceLinks++;
            withEvidence.add(ref);
          }
        }
      }
    }
  } else {
    evidenceNote = 'the evidence library (src/modules/evidence) has no routes on this branch yet, so no evidence is linked';
  }

  const workspace = await call<Workspace>('GET', `${base}/${dspt.id}`);
  return {
    route: `${base}/${dspt.id}`,
    dataset: {
      assessment: 'dspt@2025-26, with a fully answered caf@3.2 assessment of the same Trust for suggestions',
      outcomes: workspace.responses.length,
      answered: workspace.responses.filter((r) => r.level !== null).length,
      withSuggestions: workspace.responses.filter((r) => r.suggestions > 0).length,
      suggestions: workspace.responses.reduce((n, r) => n + r.suggestions, 0),
      evidenceItems,
      evidenceLinks,
      outcomesWithEvidence: withEvidence.size,
      ...(evidenceNote ? { evidenceNote } : {}),
    },
  };
}
