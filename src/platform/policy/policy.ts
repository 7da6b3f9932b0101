// The one place that decides who may do what. Each module declares its rules with allow() in its
// own policy.ts; routes name the action they need; can() answers, and an unknown action is refused.
import { Forbidden } from '../errors.js';
import type { OrgRef, Principal } from './principal.js';

export interface PolicySubject {
  principal: Principal;
  /** The organisation the action is in; absent for actions on the principal's own account. */
  org?: OrgRef;
}

export type Rule = (subject: PolicySubject) => boolean;

export interface PolicyEntry {
  rule: Rule;
  /** The rule in words, for the policy reference page and test names. */
  because: string;
  /** True when the action needs an organisation to be judged. */
  inOrg: boolean;
  /** False for actions an API token may never take (managing credentials, say), whatever its scopes. */
  viaToken: boolean;
  /**
   * True for actions that change who can sign in as whom, or hand out power (credentials, second
   * factors, privileged roles, tokens): only a login session that has given its second factor may
   * take them (or the command line on the server). Implies viaToken false.
   */
  secondFactor: boolean;
}

export interface PolicyOptions {
  inOrg?: boolean;
  viaToken?: boolean;
  secondFactor?: boolean;
}

const rules = new Map<string, PolicyEntry>();
let sortedActions: string[] | null = null;

export function allow(action: string, because: string, rule: Rule, options: PolicyOptions = {}): void {
  if (rules.has(action)) throw new Error(`Policy for "${action}" is declared twice`);
  const secondFactor = options.secondFactor ?? false;
  if (secondFactor && options.viaToken) throw new Error(`Policy for "${action}" needs a second factor, which no token can give`);
  rules.set(action, { rule, because, inOrg: options.inOrg ?? true, viaToken: !secondFactor && (options.viaToken ?? true), secondFactor });
  sortedActions = null;
}

export function policyFor(action: string): PolicyEntry | undefined {
  return rules.get(action);
}

export function declaredActions(): readonly string[] {
  return (sortedActions ??= [...rules.keys()].sort());
}

/** The organisational actions principal may take in org: what the web app offers them there. */
export function permissionsIn(principal: Principal, org: OrgRef): string[] {
  return declaredActions().filter((a) => rules.get(a)!.inOrg && can(principal, a, org));
}

export function can(principal: Principal, action: string, org?: OrgRef): boolean {
  const entry = rules.get(action);
  if (!entry) return false; // fail closed: an action nobody declared is nobody's
  if (entry.inOrg && !org) return false;
  if (!entry.viaToken && principal.credential.kind === 'token') return false;
  if (entry.secondFactor && !gaveSecondFactor(principal)) return false;
  return entry.rule(org ? { principal, org } : { principal });
}

/** A login session that has given its second factor, or the command line on the server itself. */
function gaveSecondFactor(principal: Principal): boolean {
  const credential = principal.credential;
  return credential.kind === 'local' || (credential.kind === 'session' && credential.stage === 'complete' && credential.secondFactor);
}

export function authorise(principal: Principal, action: string, org?: OrgRef): void {
  if (!can(principal, action, org)) {
    throw new Forbidden(`You do not have permission to do this (${action}). ${rules.get(action)?.because ?? ''}`.trim());
  }
}

/**
 * For an action a handler checks beyond its route's own (the kind of file an import route was given,
 * say): the person must be allowed it, and a token must also carry its scope, as the route's own
 * action was checked on the way in.
 */
export function authoriseAlso(principal: Principal, action: string, org: OrgRef | undefined, writing: boolean): void {
  authorise(principal, action, org);
  const credential = principal.credential;
  if (credential.kind === 'token' && credential.tokenKind !== 'scim' && !scopeAllows(credential.scopes, action, !writing)) {
    throw new Forbidden(`This token’s scopes do not allow ${action}: it needs the scope ${capabilityOf(action)}:${writing ? 'write' : 'read'}.`);
  }
}

/** The capability an action belongs to, which token scopes name: 'member.manage' → 'member'. */
export function capabilityOf(action: string): string {
  return action.split('.')[0]!;
}

/** Every capability some action belongs to, for the scopes a token may be given. */
export function tokenCapabilities(): string[] {
  // SCIM actions answer only to SCIM tokens, which carry no scopes.
  return [...new Set(declaredActions().filter((a) => rules.get(a)!.viaToken && !a.startsWith('scim.')).map(capabilityOf))];
}

/** Whether a token with these scopes may take the action: reading needs ':read' or ':write', anything else ':write'. */
export function scopeAllows(scopes: readonly string[], action: string, reading: boolean): boolean {
  const capability = capabilityOf(action);
  return scopes.includes(`${capability}:write`) || (reading && scopes.includes(`${capability}:read`));
}
