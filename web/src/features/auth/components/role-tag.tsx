import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';

// District-level roles stand out from township roles at a glance.
const COLORS: Record<Role, string> = {
  petition_officer: 'blue',
  township_admin: 'geekblue',
  unit_reporter: 'cyan',
  district_overseer: 'volcano',
  auditor: 'purple',
};

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[role]}>{t(`role.${role}`)}</Tag>;
}
