// Types are the API's own (`import type` only: web depends on api for types,
// never for code). The decoders check answers at run time; the compiler
// checks that they produce exactly these types.
import type { AuthContext, DemoUser, Role } from '@xinfang/api';
import { arr, num, obj, oneOf, optStr, str } from '../../../lib/decode';

export type { DemoUser, Role };

/** In the order the sign-in list and nav filters rank them. */
export const ROLES = [
  'petition_officer',
  'township_admin',
  'unit_reporter',
  'district_overseer',
  'auditor',
] as const satisfies readonly Role[];

/** `POST /auth/token` answer (the local issuer's; Cognito has its own flow). */
export interface TokenResponse {
  token: string;
  expiresIn: number;
}

/** `GET /api/me`: the caller as the verified token names them. */
export type Me = AuthContext;

export function decodeDemoUsers(value: unknown): DemoUser[] {
  return arr(value, 'users').map((item) => {
    const o = obj(item, 'user');
    return {
      id: str(o, 'id'),
      name: str(o, 'name'),
      role: oneOf(o, 'role', ROLES),
      tenantId: optStr(o, 'tenantId'),
      tenantName: optStr(o, 'tenantName'),
      districtId: str(o, 'districtId'),
      districtName: optStr(o, 'districtName'),
      unitId: optStr(o, 'unitId'),
      unitName: optStr(o, 'unitName'),
    };
  });
}

export function decodeToken(value: unknown): TokenResponse {
  const o = obj(value, 'token');
  return { token: str(o, 'token'), expiresIn: num(o, 'expiresIn') };
}

export function decodeMe(value: unknown): Me {
  const o = obj(value, 'me');
  return {
    userId: str(o, 'userId'),
    name: str(o, 'name'),
    role: oneOf(o, 'role', ROLES),
    tenantId: optStr(o, 'tenantId'),
    districtId: str(o, 'districtId'),
    unitId: optStr(o, 'unitId'),
  };
}
