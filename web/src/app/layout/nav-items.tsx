import {
  ApartmentOutlined,
  BarChartOutlined,
  AppstoreAddOutlined,
  NotificationOutlined,
  PrinterOutlined,
  BellOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  HomeOutlined,
  ScheduleOutlined,
  SwapOutlined,
  SettingOutlined,
  AccountBookOutlined,
  TableOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../../features/auth/api/types';

/**
 * The sidebar, as data. Each later feature (cases, org, rules, ledger,
 * reports, district) adds one entry here and one route in router.tsx;
 * `roles` limits an entry to the roles that may use it (absent: everyone).
 */
export interface NavItem {
  path: string;
  labelKey:
    | 'nav.home'
    | 'nav.status'
    | 'nav.cases'
    | 'nav.caseNew'
    | 'nav.org'
    | 'nav.screening'
    | 'nav.reviews'
    | 'nav.reception'
    | 'nav.inbox'
    | 'nav.rules'
    | 'nav.settings'
    | 'nav.reports'
    | 'nav.ledger'
    | 'nav.districtNotices'
    | 'nav.districtOnboarding'
    | 'nav.districtAnnual'
    | 'nav.district'
    | 'nav.districtRules';
  icon: ReactNode;
  roles?: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: <HomeOutlined /> },
  {
    path: '/cases',
    labelKey: 'nav.cases',
    icon: <FileTextOutlined />,
    roles: ['petition_officer', 'township_admin', 'unit_reporter', 'auditor'],
  },
  {
    path: '/cases/new',
    labelKey: 'nav.caseNew',
    icon: <FileAddOutlined />,
    roles: ['petition_officer', 'township_admin'],
  },
  {
    path: '/org',
    labelKey: 'nav.org',
    icon: <ApartmentOutlined />,
    roles: ['township_admin', 'petition_officer', 'auditor'],
  },
  {
    path: '/screening',
    labelKey: 'nav.screening',
    icon: <FileSearchOutlined />,
    roles: ['township_admin', 'petition_officer', 'unit_reporter', 'auditor'],
  },
  {
    path: '/reviews',
    labelKey: 'nav.reviews',
    icon: <ScheduleOutlined />,
    roles: ['township_admin', 'petition_officer', 'auditor'],
  },
  {
    path: '/reception-days',
    labelKey: 'nav.reception',
    icon: <CalendarOutlined />,
    roles: ['township_admin', 'petition_officer', 'auditor'],
  },
  {
    path: '/rules',
    labelKey: 'nav.rules',
    icon: <TableOutlined />,
    roles: ['township_admin', 'petition_officer', 'auditor'],
  },
  {
    path: '/reports',
    labelKey: 'nav.reports',
    icon: <BarChartOutlined />,
    roles: ['township_admin', 'petition_officer', 'auditor'],
  },
  {
    path: '/ledger',
    labelKey: 'nav.ledger',
    icon: <AccountBookOutlined />,
    roles: ['township_admin', 'petition_officer', 'auditor'],
  },
  { path: '/settings', labelKey: 'nav.settings', icon: <SettingOutlined />, roles: ['township_admin'] },
  { path: '/district', labelKey: 'nav.district', icon: <BarChartOutlined />, roles: ['district_overseer'] },
  { path: '/district/rules', labelKey: 'nav.districtRules', icon: <SwapOutlined />, roles: ['district_overseer'] },
  {
    path: '/district/notices',
    labelKey: 'nav.districtNotices',
    icon: <NotificationOutlined />,
    roles: ['district_overseer'],
  },
  {
    path: '/district/townships/new',
    labelKey: 'nav.districtOnboarding',
    icon: <AppstoreAddOutlined />,
    roles: ['district_overseer'],
  },
  {
    path: '/district/annual-report',
    labelKey: 'nav.districtAnnual',
    icon: <PrinterOutlined />,
    roles: ['district_overseer'],
  },
  {
    path: '/inbox',
    labelKey: 'nav.inbox',
    icon: <BellOutlined />,
    roles: ['petition_officer', 'township_admin', 'unit_reporter', 'district_overseer'],
  },
  { path: '/system/status', labelKey: 'nav.status', icon: <DashboardOutlined /> },
];

export function navItemsFor(role: Role | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || (role !== undefined && item.roles.includes(role)));
}

/** The entry to highlight: the longest path that prefixes the current location. */
export function selectedNavKey(pathname: string, items: readonly NavItem[]): string | undefined {
  return items
    .filter((item) => pathname === item.path || pathname.startsWith(item.path === '/' ? '/' : `${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
