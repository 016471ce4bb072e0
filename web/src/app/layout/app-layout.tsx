import { MenuOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { claimedRole } from '../../features/auth/lib/claimed-role';
import { useAfterFirstPaint } from '../../lib/use-after-first-paint';
import { useIsPhone } from '../../lib/use-media-query';

const { Header, Sider, Content } = Layout;

// The menu, the phone's drawer and the header's controls: a chunk loaded after the page's first paint.
const NavMenu = lazy(() => import('./layout-chrome').then((m) => ({ default: m.NavMenu })));
const NavDrawer = lazy(() => import('./layout-chrome').then((m) => ({ default: m.NavDrawer })));
const HeaderControls = lazy(() => import('./layout-chrome').then((m) => ({ default: m.HeaderControls })));

/**
 * The signed-in shell: sidebar menu, header with product name, user and language.
 * At phone width (≤ 768 px) the sidebar is a drawer opened from a hamburger in the header.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const phone = useIsPhone();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // The menu and the header's controls come a moment after the page's content on a cold load (useAfterFirstPaint):
  // their code is not even asked for before.
  const chrome = useAfterFirstPaint();

  // The token's role until /api/me answers: the menu and the bell (and its request) need not wait for it.
  const role = me.data?.role ?? claimedRole();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        chrome ? (
          <Suspense fallback={null}>
            <NavDrawer role={role} open={drawerOpen} onClose={() => setDrawerOpen(false)} />
          </Suspense>
        ) : null
      ) : (
        <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg">
          <Typography.Title
            level={5}
            style={{ color: '#fff', margin: 16, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
          >
            {collapsed ? t('app.shortName') : t('app.name')}
          </Typography.Title>
          {chrome ? (
            <Suspense fallback={null}>
              <NavMenu role={role} theme="dark" />
            </Suspense>
          ) : null}
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
                <Suspense fallback={null}>
                  <HeaderControls role={role} compact={phone} />
                </Suspense>
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
