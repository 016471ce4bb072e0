import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Layout, Menu, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { claimedRole } from '../../features/auth/lib/claimed-role';
import { useAfterFirstPaint } from '../../lib/use-after-first-paint';
import { useIsPhone } from '../../lib/use-media-query';
import { InboxBadge } from '../../features/inbox/components/inbox-badge';
import { LanguageSwitch } from './language-switch';
import { navItemsFor, selectedNavKey } from './nav-items';
import { UserMenu } from './user-menu';

const { Header, Sider, Content } = Layout;

/**
 * The signed-in shell: sidebar menu, header with product name, user and language.
 * At phone width (≤ 768 px) the sidebar is a drawer opened from a hamburger in the header.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // The menu and the header's controls come a moment after the page's content on a cold load (useAfterFirstPaint).
  const chrome = useAfterFirstPaint();

  // The token's role until /api/me answers: the menu and the bell (and its request) need not wait for it.
  const role = me.data?.role ?? claimedRole();
  const items = navItemsFor(role);
  const selected = selectedNavKey(location.pathname, items);
  const menu = (theme: 'dark' | 'light') => (
    <Menu
      theme={theme}
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
      items={items.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.name')}
          size={260}
          styles={{ body: { padding: 0 } }}
        >
          {menu('light')}
        </Drawer>
      ) : (
        <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg">
          <Typography.Title
            level={5}
            style={{ color: '#fff', margin: 16, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
          >
            {collapsed ? t('app.shortName') : t('app.name')}
          </Typography.Title>
          {chrome ? menu('dark') : null}
        </Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Header style={{ background: '#fff', paddingInline: phone ? 12 : 24 }}>
          <Flex justify="space-between" align="center" gap={8} style={{ height: '100%' }}>
            <Flex align="center" gap={8} style={{ minWidth: 0 }}>
              {phone ? (
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label={t('header.menu')}
                  data-testid="nav-drawer-toggle"
                  onClick={() => setDrawerOpen(true)}
                />
              ) : null}
              <Typography.Title level={phone ? 5 : 4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
                {phone ? t('app.shortName') : t('app.name')}
              </Typography.Title>
            </Flex>
            <Flex align="center" gap={phone ? 4 : 16} style={{ minWidth: 0 }}>
              {chrome ? (
                <>
                  {role && role !== 'auditor' ? <InboxBadge /> : null}
                  <LanguageSwitch compact={phone} />
                  <UserMenu compact={phone} />
                </>
              ) : null}
            </Flex>
          </Flex>
        </Header>
        <Content style={{ margin: phone ? 8 : 24, minWidth: 0 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
