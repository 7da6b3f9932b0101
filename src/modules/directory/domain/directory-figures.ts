// The directory's live evidence: MFA on privileged accounts (CAF and DSPT B2.a, B2.c), leavers' enabled
// accounts and dormant enabled accounts (B2.d; NDG standard 4), from the findings on a day. Pure.
import { figureText, type LiveFigureValue, type RequirementRef } from '../../../platform/live-evidence.js';
import type { AccountFacts, DirectoryFinding } from './findings.js';

// The CAF-aligned DSPT keeps the CAF's outcome refs, so a CAF outcome is the same ref in both families.
const cafOutcome = (ref: string): RequirementRef[] => [
  { family: 'caf', ref },
  { family: 'dspt', ref },
];
const NDG_4: RequirementRef[] = [{ family: 'ndg-standards', ref: '4' }]; // managing data access

const READ = ['directory.read'] as const;

export const DIRECTORY_FIGURES = [
  { key: 'privileged-accounts-with-mfa', label: 'Enabled privileged accounts with MFA registered (of those whose export says)', readActions: READ, speaksTo: [...cafOutcome('B2.a'), ...cafOutcome('B2.c')] },
  { key: 'leavers-with-enabled-accounts', label: 'Enabled accounts of people who have left', readActions: READ, speaksTo: [...cafOutcome('B2.d'), ...NDG_4] },
  { key: 'dormant-enabled-accounts', label: 'Enabled accounts dormant or never used', readActions: READ, speaksTo: [...cafOutcome('B2.d'), ...NDG_4] },
] as const;

/** The findings page the figures link to. */
export const findingsPath = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/directory/findings`;

const countOf = (findings: readonly DirectoryFinding[], key: DirectoryFinding['key']) => findings.find((f) => f.key === key)?.entries.length ?? 0;

/**
 * The figures on the day, from the accounts that existed then and their findings. None while no
 * directory has been imported: an empty directory is no evidence either way.
 */
export function directoryFigureValues(orgId: string, accounts: readonly AccountFacts[], findings: readonly DirectoryFinding[]): LiveFigureValue[] {
  if (!accounts.length) return [];
  const privileged = accounts.filter((a) => a.enabled && a.privilegedGroups.length > 0 && a.mfaRegistered !== null);
  const withMfa = privileged.filter((a) => a.mfaRegistered === true).length;
  const leavers = countOf(findings, 'leaver-enabled');
  const dormant = countOf(findings, 'dormant') + countOf(findings, 'never-logged-on');
  const link = findingsPath(orgId);
  const [mfa, leaving, unused] = DIRECTORY_FIGURES;
  return [
    { key: mfa.key, label: mfa.label, value: withMfa, of: privileged.length, text: figureText(withMfa, privileged.length), state: privileged.length === 0 ? 'info' : withMfa === privileged.length ? 'ok' : 'attention', link },
    { key: leaving.key, label: leaving.label, value: leavers, of: null, text: figureText(leavers, null), state: leavers > 0 ? 'attention' : 'ok', link },
    { key: unused.key, label: unused.label, value: dormant, of: null, text: figureText(dormant, null), state: dormant > 0 ? 'attention' : 'ok', link },
  ];
}
