import { getToken } from '../../../lib/session';
import { tokenClaims } from '../../../lib/token-claims';
import { ROLES, type Role } from '../api/types';

export function isRole(value: string | undefined): value is Role {
  return (ROLES as readonly string[]).includes(value ?? '');
}

/**
 * The role the session's token claims, read without verifying it: only to draw the page and start its requests
 * before /api/me answers (the API checks every request; /api/me decides once it answers).
 */
export function claimedRole(): Role | undefined {
  const role = tokenClaims(getToken()).role;
  return isRole(role) ? role : undefined;
}
