import { randomUUID } from 'node:crypto';
import { AuditLog, districtScope } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { repo } from './repo';

export interface AuditInput {
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
  /** Defaults to the caller's township, or its district for district callers. */
  tenantId?: string;
}

/** Writes who did what, when, from the verified caller. Every change and every read of a petitioner's identity goes here. */
export async function audit(c: Context<AppEnv>, input: AuditInput): Promise<void> {
  const auth = c.get('auth');
  await repo(c, AuditLog).record({
    tenantId: input.tenantId ?? auth.tenantId ?? districtScope(auth.districtId),
    at: c.get('deps').now().toISOString(),
    id: randomUUID(),
    actorId: auth.userId,
    actorRole: auth.role,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    requestId: c.get('requestId'),
    ...(input.details ? { details: input.details } : {}),
  });
}
