/**
 * What a bearer token says about its holder, read without verifying it: only to start the right requests early
 * (the home page's figures alongside /api/me). The API verifies every request; nothing here grants anything.
 */
export interface TokenClaims {
  role?: string;
  tenant?: string;
}

export function tokenClaims(token: string | null): TokenClaims {
  const payload = token?.split('.')[1];
  if (!payload) return {};
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return {};
    const o = value as Record<string, unknown>;
    return {
      ...(typeof o.role === 'string' ? { role: o.role } : {}),
      ...(typeof o.tenant === 'string' ? { tenant: o.tenant } : {}),
    };
  } catch {
    return {};
  }
}
