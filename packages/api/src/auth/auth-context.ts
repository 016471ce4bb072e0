import { z } from 'zod';

/**
 * petition_officer 信访室干部 · township_admin 乡镇管理员 · unit_reporter 单位信息员 (own unit only) ·
 * district_overseer 区信访局 · auditor 审计 (read-only, township or district scope).
 */
export const Role = z.enum(['petition_officer', 'township_admin', 'unit_reporter', 'district_overseer', 'auditor']);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = {
  petition_officer: '信访室干部',
  township_admin: '乡镇管理员',
  unit_reporter: '单位信息员',
  district_overseer: '区信访局',
  auditor: '审计',
};

/** Who is calling, taken from the verified token only: never from a path, query or body. */
export interface AuthContext {
  userId: string;
  name: string;
  role: Role;
  districtId: string;
  /** The township (tenant) for township roles and township auditors; absent for district scope. */
  tenantId?: string;
  /** The unit of a unit reporter. */
  unitId?: string;
}

/** The claims a token must carry. Cognito puts custom attributes under `custom:`; both spellings are read. */
export const TokenClaims = z
  .object({
    sub: z.string().min(1),
    name: z.string().min(1).optional(),
    role: Role,
    district: z.string().min(1),
    tenant: z.string().min(1).optional(),
    unit: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    const townshipRole = c.role === 'petition_officer' || c.role === 'township_admin' || c.role === 'unit_reporter';
    if (townshipRole && !c.tenant)
      ctx.addIssue({ code: 'custom', path: ['tenant'], message: '乡镇角色的凭证必须带乡镇' });
    if (c.role === 'district_overseer' && c.tenant)
      ctx.addIssue({ code: 'custom', path: ['tenant'], message: '区级凭证不能带乡镇' });
    if (c.role === 'unit_reporter' && !c.unit)
      ctx.addIssue({ code: 'custom', path: ['unit'], message: '单位信息员的凭证必须带单位' });
  });

export function claimsFromPayload(payload: Record<string, unknown>): Record<string, unknown> {
  const pick = (key: string) => payload[key] ?? payload[`custom:${key}`];
  return {
    sub: payload.sub,
    name: payload.name,
    role: pick('role'),
    district: pick('district'),
    tenant: pick('tenant'),
    unit: pick('unit'),
  };
}

export function authContextOf(claims: z.infer<typeof TokenClaims>): AuthContext {
  return {
    userId: claims.sub,
    name: claims.name ?? claims.sub,
    role: claims.role,
    districtId: claims.district,
    ...(claims.tenant ? { tenantId: claims.tenant } : {}),
    ...(claims.unit ? { unitId: claims.unit } : {}),
  };
}
