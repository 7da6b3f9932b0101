// The live evidence registry: which contributions answer for a requirement and a reader, a failing
// source left out and logged, the instant an assessment's figures are for, and figures in words.
import { afterEach, describe, expect, it } from 'vitest';
import { liveEvidenceInstant } from '../../src/modules/assessments/domain/lifecycle.js';
import type { Db } from '../../src/platform/db/database.js';
import { contributeLiveEvidence, EVERY_SOURCE, figureText, liveEvidenceFor, type LiveEvidenceContributor, logLiveEvidenceTo } from '../../src/platform/live-evidence.js';

const db = {} as Db;
const AS_OF = new Date('2026-06-30T12:00:00Z');
const withdrawals: Array<() => void> = [];
afterEach(() => {
  while (withdrawals.length) withdrawals.pop()!();
  logLiveEvidenceTo({ warn: () => undefined });
});

let calls = 0;
const register: LiveEvidenceContributor = {
  source: 'Register',
  figures: [
    { key: 'owned', readActions: ['asset.read'], speaksTo: [{ family: 'caf', ref: 'A3.a' }, { family: 'dspt', ref: 'A3.a' }] },
    { key: 'suppliers', readActions: ['supplier.read'], speaksTo: [{ family: 'caf', ref: 'A4.a' }] },
    { key: 'encrypted', readActions: ['asset.read'], speaksTo: [{ family: 'caf', ref: 'B3.a' }, { family: 'ndg-standards', ref: '1' }] },
  ],
  compute: () => {
    calls += 1;
    return Promise.resolve(['owned', 'suppliers', 'encrypted', 'undeclared'].map((key) => ({ key, label: key, value: 1, of: null, text: '1', state: 'info' as const, link: null })));
  },
};

function contribute(contributor: LiveEvidenceContributor) {
  withdrawals.push(contributeLiveEvidence(contributor));
}

const placed = async (ask: Partial<Parameters<typeof liveEvidenceFor>[2]> & { family: string }) =>
  (await liveEvidenceFor(db, 'org-1', { asOf: AS_OF, mayRead: EVERY_SOURCE, ...ask })).map((p) => `${p.ref} ${p.figure.key}`);

describe('the live evidence registry', () => {
  it.each<[string, { family: string; refs?: string[] }, string[]]>([
    ['every requirement of a family, in the order declared', { family: 'caf' }, ['A3.a owned', 'A4.a suppliers', 'B3.a encrypted']],
    ['one requirement', { family: 'caf', refs: ['B3.a'] }, ['B3.a encrypted']],
    ['another family that keeps the ref', { family: 'dspt', refs: ['A3.a'] }, ['A3.a owned']],
    ['a family with other refs', { family: 'ndg-standards' }, ['1 encrypted']],
    ['a family nobody speaks to', { family: 'cis-controls' }, []],
  ])('answers %s', async (_, ask, expected) => {
    contribute(register);
    expect(await placed(ask)).toEqual(expected);
  });

  it('leaves out figures the reader may not read at the source, and does not ask a source nobody may read', async () => {
    contribute(register);
    expect(await placed({ family: 'caf', mayRead: (action) => action === 'supplier.read' })).toEqual(['A4.a suppliers']);
    calls = 0;
    expect(await placed({ family: 'caf', mayRead: () => false })).toEqual([]);
    expect(calls).toBe(0);
  });

  it('asks each source once however many requirements are shown, and stamps the instant and the source', async () => {
    contribute(register);
    calls = 0;
    const figures = await liveEvidenceFor(db, 'org-1', { family: 'caf', asOf: AS_OF, mayRead: EVERY_SOURCE });
    expect(calls).toBe(1);
    expect(figures[0]).toEqual({ ref: 'A3.a', readActions: ['asset.read'], figure: { key: 'owned', label: 'owned', value: 1, of: null, text: '1', state: 'info', link: null, asOf: '2026-06-30T12:00:00.000Z', source: 'Register' } });
  });

  it('logs a source that fails and answers with the others', async () => {
    const warnings: object[] = [];
    logLiveEvidenceTo({ warn: (details) => warnings.push(details) });
    contribute(register);
    contribute({ ...register, source: 'Broken', compute: () => Promise.reject(new TypeError('no table')) });
    expect(await placed({ family: 'caf', refs: ['A3.a'] })).toEqual(['A3.a owned']);
    expect(warnings).toEqual([{ source: 'Broken', orgId: 'org-1', error: 'TypeError: no table' }]);
  });

  it('contributing again under the same source replaces it; withdrawing removes it', async () => {
    contribute(register);
    const withdraw = contributeLiveEvidence({ ...register, figures: register.figures.slice(0, 1) });
    expect(await placed({ family: 'caf' })).toEqual(['A3.a owned']);
    withdraw();
    expect(await placed({ family: 'caf' })).toEqual([]);
  });

  it('refuses a contribution that declares a figure twice', () => {
    expect(() => contributeLiveEvidence({ ...register, figures: [register.figures[0]!, register.figures[0]!] })).toThrow('declares the live figure "owned" twice');
  });
});

describe('the instant an assessment’s figures are for', () => {
  const asked = new Date('2026-07-10T08:00:00Z');
  it.each<[string, { state: 'draft' | 'in-review' | 'submitted' | 'archived'; submittedAt: string | null; updatedAt: string }, { at: string; reason: string }]>([
    ['a draft: the instant asked for', { state: 'draft', submittedAt: null, updatedAt: '2026-05-01T09:00:00Z' }, { at: '2026-07-10T08:00:00.000Z', reason: 'working' }],
    ['in review: the instant asked for', { state: 'in-review', submittedAt: null, updatedAt: '2026-05-01T09:00:00Z' }, { at: '2026-07-10T08:00:00.000Z', reason: 'working' }],
    ['submitted: the moment it was', { state: 'submitted', submittedAt: '2026-06-28T15:30:00.000Z', updatedAt: '2026-06-28T15:30:00.000Z' }, { at: '2026-06-28T15:30:00.000Z', reason: 'submitted' }],
    ['submitted then archived: still the moment it was submitted', { state: 'archived', submittedAt: '2026-06-28T15:30:00.000Z', updatedAt: '2027-07-01T09:00:00.000Z' }, { at: '2026-06-28T15:30:00.000Z', reason: 'submitted' }],
    ['archived without being submitted: the moment it was archived', { state: 'archived', submittedAt: null, updatedAt: '2026-05-01T09:00:00.000Z' }, { at: '2026-05-01T09:00:00.000Z', reason: 'archived' }],
  ])('%s', (_, assessment, expected) => {
    const instant = liveEvidenceInstant(assessment, asked);
    expect({ at: instant.at.toISOString(), reason: instant.reason }).toEqual(expected);
  });
});

describe('a figure in words', () => {
  it.each<[string, number, number | null, string]>([
    ['a count', 1250, null, '1,250'],
    ['a share', 142, 150, '142 of 150 (95%)'],
    ['all of them', 3, 3, '3 of 3 (100%)'],
    ['nearly all is never rounded up to all', 999, 1000, '999 of 1,000 (99%)'],
    ['very few is never rounded down to none', 1, 1000, '1 of 1,000 (1%)'],
    ['none of them', 0, 4, '0 of 4 (0%)'],
    ['nothing to count', 0, 0, 'None to count'],
  ])('%s', (_, value, of, text) => expect(figureText(value, of)).toBe(text));
});
