import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { useSignOut } from '../../features/auth/api/sign-out';
import { RoleTag } from '../../features/auth/components/role-tag';

/** Who is signed in (name and role in the user's language) and the way out; `compact` on phones. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();

  const onSignOut = () => {
    signOut();
    void navigate('/signin', { replace: true });
  };

  return (
    <Flex align="center" gap={8}>
      {me.isPending ? <Spin size="small" /> : null}
      {me.data ? (
        <>
          {compact ? null : <Avatar size="small" icon={<UserOutlined />} />}
          <Typography.Text strong data-testid="current-user" ellipsis style={{ maxWidth: compact ? 64 : undefined }}>
            {me.data.name}
          </Typography.Text>
          {compact ? null : <RoleTag role={me.data.role} />}
        </>
      ) : null}
      <Button
        type="text"
        size="small"
        icon={<LogoutOutlined />}
        onClick={onSignOut}
        aria-label={t('header.signOut')}
        title={t('header.signOut')}
      >
        {compact ? null : t('header.signOut')}
      </Button>
    </Flex>
  );
}
