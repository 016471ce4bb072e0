import type { TFunction } from 'i18next';
import type { OrgAssignment, OrgUnit } from '../api/types';

export const UNIT_ROLES = ['main', 'liaison', 'supervision'] as const;

export const roleLabel = (t: TFunction, role: OrgAssignment['role']) => t(`org.role.${role}`);
export const kindLabel = (t: TFunction, kind: OrgUnit['kind']) => t(`org.kind.${kind}`);
