// What the signed-in layout draws just after the page's first paint (app-layout.tsx): the menu, the phone's drawer
// and the header's controls. A chunk of its own, loaded then, so that the page's first paint waits neither for its
// code nor for the code of antd's menu, drawer, select and badge.
import { Drawer, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Role } from '../../features/auth/api/types';
import { InboxBadge } from '../../features/inbox/components/inbox-badge';
import { LanguageSwitch } from './language-switch';
import { navItemsFor, selectedNavKey } from './nav-items';
import { UserMenu } from './user-menu';

interface NavMenuProps {
  /** The menu has the role's pages. */
  role: Role | undefined;
  theme: 'dark' | 'light';
  /** After a menu item was chosen (the phone's drawer closes). */
  onNavigate?: () => void;
}

export function NavMenu({ role, theme, onNavigate }: NavMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const items = navItemsFor(role);
  const selected = selectedNavKey(location.pathname, items);
  return (
    <Menu
      theme={theme}
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        onNavigate?.();
        void navigate(key);
      }}
      items={items.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
    />
  );
}

/** The phone's menu: a drawer from the left, opened from the header's hamburger. */
export function NavDrawer({ role, open, onClose }: { role: Role | undefined; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      placement="left"
      open={open}
      onClose={onClose}
      title={t('app.name')}
      size={260}
      styles={{ body: { padding: 0 } }}
    >
      <NavMenu role={role} theme="light" onNavigate={onClose} />
    </Drawer>
  );
}

/** The bell (not for auditors), the language and the signed-in user. */
export function HeaderControls({ role, compact }: { role: Role | undefined; compact: boolean }) {
  return (
    <>
      {role && role !== 'auditor' ? <InboxBadge /> : null}
      <LanguageSwitch compact={compact} />
      <UserMenu compact={compact} />
    </>
  );
}
