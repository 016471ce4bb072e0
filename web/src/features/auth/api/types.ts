// Mirrors the API's auth schemas (`GET /auth/users`, `POST /auth/token`,
// `GET /api/me`). To be replaced by `import type` from '@xinfang/api'.
import { arr, num, obj, oneOf, optStr, str } from '../../../lib/decode';

export const ROLES = ['petition_officer', 'township_admin', 'unit_reporter', 'district_overseer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export interface DemoUser {
  id: string;
  name: string;
  role: Role;
  tenantId?: string | undefined;
  tenantName?: string | undefined;
  districtId: string;
  districtName?: string | undefined;
  unitId?: string | undefined;
  unitName?: string | undefined;
}

export interface TokenResponse {
  token: string;
  expiresIn: number;
}

export interface Me {
  userId: string;
  name: string;
  role: Role;
  tenantId?: string | undefined;
  districtId: string;
  unitId?: string | undefined;
}

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
