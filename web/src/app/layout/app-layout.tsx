import { Flex, Layout, Menu, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { InboxBadge } from '../../features/inbox/components/inbox-badge';
import { LanguageSwitch } from './language-switch';
import { navItemsFor, selectedNavKey } from './nav-items';
import { UserMenu } from './user-menu';

const { Header, Sider, Content } = Layout;

/** The signed-in shell: sidebar menu, header with product name, user and language. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);

  const items = navItemsFor(me.data?.role);
  const selected = selectedNavKey(location.pathname, items);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg">
        <Typography.Title level={5} style={{ color: '#fff', margin: 16, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {collapsed ? t('app.shortName') : t('app.name')}
        </Typography.Title>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          onClick={({ key }) => void navigate(key)}
          items={items.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
        />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', paddingInline: 24 }}>
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <Flex align="center" gap={16}>
              {me.data && me.data.role !== 'auditor' ? <InboxBadge /> : null}
              <LanguageSwitch />
              <UserMenu />
            </Flex>
          </Flex>
        </Header>
        <Content style={{ margin: 24 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
