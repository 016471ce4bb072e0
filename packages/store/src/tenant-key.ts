/**
 * The key prefix of a tenant scope. A township's items start `T#<townshipId>`; a district's own items
 * (its audit log, its idempotency keys) start `D#<districtId>`. Callers name a district scope as
 * `district:<id>`, the same spelling the audit log shows.
 */
export function tenantKeyPrefix(scope: string): string {
  return scope.startsWith('district:') ? `D#${scope.slice('district:'.length)}` : `T#${scope}`;
}

export const districtScope = (districtId: string) => `district:${districtId}`;
