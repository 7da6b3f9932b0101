// The organisation last worked in, so pages outside /orgs/:orgId (your account, the API reference)
// keep navigation pointing at it. Memory only: a reload starts from the first organisation.
let lastOrgId: string | null = null;

export function rememberOrg(orgId: string): void {
  lastOrgId = orgId;
}

export function lastOrg(): string | null {
  return lastOrgId;
}
